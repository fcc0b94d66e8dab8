// Compares pys's syntax errors with CPython's on the cases written by
// astdump-errors.py; prints the agreement and the most frequent differences.
// Usage: npx esbuild test/tools/astdump-errors-compare.ts --bundle --platform=node --outfile=/tmp/errcmp.js
//        node /tmp/errcmp.js /tmp/errors.json [how-many-differences-to-show]
import { readFileSync } from 'node:fs';
import { parse, ParseError } from '../../grammar/index';

interface Case { src: string; kind: string; msg: string; lineno: number; offset: number }
const cases: Case[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let same = 0;
let sameMsg = 0;
const diffs = new Map<string, { n: number; example: string }>();
for (const c of cases) {
  let got: { kind: string; msg: string; lineno?: number; offset?: number };
  try {
    parse(c.src, '<errors>');
    got = { kind: 'no error', msg: '' };
  } catch (e) {
    got = e instanceof ParseError ? e : { kind: 'crash', msg: String(e) };
  }
  const msgOk = got.kind === c.kind && got.msg === c.msg;
  if (msgOk) sameMsg++;
  if (msgOk && got.lineno === c.lineno && got.offset === c.offset) { same++; continue; }
  const key = msgOk ? `location of: ${c.msg}` : `${c.msg}  <=  pys: ${got.msg}`;
  const d = diffs.get(key) ?? { n: 0, example: `${JSON.stringify(c.src.slice(0, 200))}\n    CPython ${c.lineno}:${c.offset}, pys ${got.lineno}:${got.offset}` };
  d.n++;
  diffs.set(key, d);
}
console.log(`same error and location: ${same}/${cases.length}; same message: ${sameMsg}/${cases.length}`);
for (const [k, d] of [...diffs].sort((a, b) => b[1].n - a[1].n).slice(0, Number(process.argv[3] ?? 20))) {
  console.log(`${d.n}× ${k}\n    ${d.example}`);
}
