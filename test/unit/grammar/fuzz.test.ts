// Fuzzing: whatever the input, parse() returns an AST or throws ParseError —
// never another exception, never an "internal parser error", never hangs.
// Inputs: random token soups, and valid programs mutated (characters and
// lines deleted, duplicated, swapped; brackets, quotes, indentation,
// backslashes inserted). FUZZ_SEED and FUZZ_RUNS override the defaults.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { parse, ParseError } from '../../../grammar/index';
import data from './fixtures/snippets.json';

const seed = Number(process.env.FUZZ_SEED ?? 20240611);
const runs = Number(process.env.FUZZ_RUNS ?? 3000);
/** Slowest single parse accepted (ms): a hang or blow-up fails the test. */
const MAX_MS = 10000;

function check(src: string): void {
  const t0 = performance.now();
  try {
    for (const mode of ['exec', 'eval', 'single'] as const) {
      try {
        parse(src, '<fuzz>', mode);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        if (e.msg.startsWith('internal parser error')) throw e.cause ?? e;
        if (typeof e.lineno !== 'number' || typeof e.offset !== 'number') throw new Error(`bad location in ${e.msg}`);
      }
    }
  } catch (e) {
    throw new Error(`${(e as Error).stack}\nsource: ${JSON.stringify(src)}`);
  }
  const ms = performance.now() - t0;
  if (ms > MAX_MS) throw new Error(`parse took ${ms.toFixed(0)} ms: ${JSON.stringify(src.slice(0, 200))}`);
}

const TOKENS = [
  'x', 'y', 'match', 'case', '_', 'print', 'exec', 'async', 'await', 'lambda', 'yield', 'from', 'import', 'as',
  'if', 'elif', 'else', 'for', 'while', 'in', 'not', 'is', 'and', 'or', 'def', 'class', 'return', 'try', 'except',
  'finally', 'with', 'raise', 'del', 'pass', 'break', 'continue', 'global', 'nonlocal', 'assert', 'None', 'True',
  'False', '0', '1', '0x1f', '1.5e3', '1j', '0777', '10L', "'s'", '"s"', "'''t'''", 'f"{x}"', "f'{x!r:>{y}}'",
  "b'b'", "r'\\d'", "'", '"', "'''", '(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '...', '=', '==', '!=', '<>',
  '<', '>', '<=', '>=', '+', '-', '*', '**', '/', '//', '%', '@', '&', '|', '^', '~', '<<', '>>', '+=', '->', ':=',
  '`', '\\', '#c', '\n', '\n    ', '\n  ', '\n\t', '$', '€', '\r\n', '\f',
];

test('random token soups', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), fc.constantFrom(' ', ''), (toks, sep) => {
      check(toks.join(sep));
    }),
    { seed, numRuns: runs },
  );
});

const programs = (data as { cases: { src: string; dump?: string }[] }).cases.filter((c) => c.dump).map((c) => c.src);
const INSERTS = ['(', ')', '[', ']', '{', '}', "'", '"', "'''", '\\', '\n', '    ', '\t', ':', ',', '=', '*', 'f"{', '}', '#', ' if ', 'lambda'];

type Mutation = (s: string, a: number, b: number, k: number) => string;
const MUTATIONS: Mutation[] = [
  (s, a, b) => s.slice(0, a) + s.slice(b), // delete a range
  (s, a, b) => s.slice(0, b) + s.slice(a, b) + s.slice(b), // duplicate a range
  (s, a, b) => (a < b ? s.slice(0, a) + s[b - 1] + s.slice(a + 1, b - 1) + s[a] + s.slice(b) : s), // swap two chars
  (s, a, _b, k) => s.slice(0, a) + INSERTS[k % INSERTS.length] + s.slice(a), // insert a token
  (s, _a, _b, k) => { // swap two lines
    const lines = s.split('\n');
    const i = k % lines.length;
    const j = (k * 7 + 3) % lines.length;
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  },
  (s, _a, _b, k) => { // indent or dedent a line
    const lines = s.split('\n');
    const i = k % lines.length;
    lines[i] = k % 2 ? '  ' + lines[i] : lines[i].replace(/^\s+/, '');
    return lines.join('\n');
  },
];

test('mutated valid programs', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...programs),
      fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
      (program, muts) => {
        let s = program;
        for (const [m, x, y, k] of muts) {
          const a = s.length ? x % s.length : 0;
          const b = s.length ? a + (y % Math.max(1, Math.min(8, s.length - a))) : 0;
          s = MUTATIONS[m](s, a, b, k);
        }
        check(s);
      },
    ),
    { seed, numRuns: runs * 2 },
  );
});

test('every prefix of a program (incomplete input)', () => {
  for (const p of programs.slice(0, 120)) {
    for (let i = 0; i <= p.length; i++) check(p.slice(0, i));
  }
});

test('pathological nesting and lengths', () => {
  check('('.repeat(10000));
  check('['.repeat(5000) + ']'.repeat(5000));
  check('x = ' + '-'.repeat(20000) + '1');
  check('x = a' + '**a'.repeat(20000));
  check('x = ' + 'lambda: '.repeat(20000) + '1');
  check('x = ' + 'not '.repeat(20000) + 'x');
  check('f"{' + '('.repeat(300) + '}"');
  check('if x:\n' + Array.from({ length: 300 }, (_, i) => ' '.repeat(i + 1) + 'if x:\n').join(''));
  check("'" + 'a'.repeat(100000));
  check('x = [' + '1, '.repeat(20000) + ']');
  assert.ok(true);
});

test.run();
