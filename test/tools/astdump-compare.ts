// Compares pys's parser with CPython's over a corpus written by
// astdump-corpus.py: same ast.dump text (and positions, when the corpus has
// them). Prints a summary and the first difference of each mismatch.
// Usage: npx esbuild test/tools/astdump-compare.ts --bundle --platform=node --outfile=/tmp/cmp.js
//        python3 test/tools/astdump-corpus.py /root/.pyenv/versions/3.11.7/lib/python3.11 > /tmp/corpus.jsonl
//        node --stack-size=8000 /tmp/cmp.js /tmp/corpus.jsonl [--attributes] [-v]
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse, ParseError } from '../../grammar/index';
import { dump } from './astdump';

async function main(): Promise<void> {
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('-'))!;
const withAttrs = args.includes('--attributes');
const verbose = args.includes('-v');
let same = 0;
let total = 0;
const bad: string[] = [];
// (streamed: a corpus with positions exceeds the longest string V8 allows)
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
  if (!line) continue;
  const rec = JSON.parse(line) as { path: string; dump: string; attrs?: string };
  total++;
  const expected = withAttrs ? rec.attrs! : rec.dump;
  let got: string;
  try {
    got = dump(parse(readFileSync(rec.path, 'utf8'), rec.path), { includeAttributes: withAttrs });
  } catch (e) {
    const err = e as ParseError;
    got = err instanceof ParseError ? `${err.kind}: ${err.msg} line ${err.lineno} offset ${err.offset}` : String(e);
  }
  if (got === expected) { same++; continue; }
  let i = 0;
  while (i < got.length && got[i] === expected[i]) i++;
  bad.push(`${rec.path}\n   ours:    ${got.slice(Math.max(0, i - 60), i + 100)}\n   cpython: ${expected.slice(Math.max(0, i - 60), i + 100)}`);
}
for (const b of verbose ? bad : bad.slice(0, 40)) console.log(b);
console.log(`${same} of ${total} files identical${withAttrs ? ' (with positions)' : ''}; ${bad.length} differ`);
}

main();
