// Bad input: any source text compiles or raises a Python SyntaxError (or
// subclass) -- never a JavaScript exception, never an invalid generated
// function. Programs are mutations of the conformance corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter } from '../../../src/vm/program';
import { compileSource } from '../../../src/vm/compile';
import { PyBaseException } from '../../../src/objects/exceptions';
import { T } from '../../../src/objects/base';
import { packageRoot } from '../../../src/host/fs';

const root = packageRoot(__dirname);
createInterpreter({ argv: [''], stdlibDir: join(root, 'stdlib'), path: [''], executable: '' });

const dir = join(root, 'test', 'conformance', 'lang');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

function check(src: string): void {
  try {
    compileSource(src, '<fuzz>', 'exec');
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(T.SyntaxError)) return;
    const what = e instanceof PyBaseException ? e.cls.name : String(e);
    throw new Error(`non-SyntaxError for input:\n${src.slice(0, 2000)}\n--- ${what}`);
  }
}

test('every corpus program compiles', () => {
  for (const src of corpus) check(src);
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom('(', ')', '[', ']', '{', '}', ':', '\n', '    ', '\t', '"', "'", '"""', '\\', 'yield ', 'await ', 'return ', 'lambda: ', '*', '**', '=', ':=', ',', 'async ', 'def f():\n', 'class C:\n', 'global x\n', 'nonlocal x\n', 'break\n', 'continue\n', '@', 'match x:\n case 1:\n  pass\n', 'except* E:\n') }),
  fc.record({ kind: fc.constant('dupline'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swaplines'), at: fc.nat(), at2: fc.nat() }),
);

function apply(src: string, muts: any[]): string {
  for (const m of muts) {
    if (m.kind === 'delete') {
      const i = m.at % (src.length + 1);
      src = src.slice(0, i) + src.slice(i + m.len);
    } else if (m.kind === 'insert') {
      const i = m.at % (src.length + 1);
      src = src.slice(0, i) + m.text + src.slice(i);
    } else {
      const lines = src.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'dupline') lines.splice(i, 0, lines[i]);
      else {
        const j = m.at2 % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      src = lines.join('\n');
    }
  }
  return src;
}

test('mutated programs compile or raise SyntaxError', () => {
  const started = Date.now();
  fc.assert(
    fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (pick, muts) => {
      check(apply(corpus[pick % corpus.length], muts));
    }),
    { numRuns: 3000, seed: 20261124 },
  );
  assert.ok(Date.now() - started < 120000);
});

test('random token soup', () => {
  const tok = fc.constantFrom('x', '1', '(', ')', ':', '\n', '    ', 'if', 'else', 'for', 'in', 'def', 'return', 'yield', 'lambda', 'class', 'try', 'except', 'finally', 'with', 'as', 'import', 'from', '.', ',', '=', '+', '*', '**', '[', ']', '{', '}', '"s"', 'f"{x}"', 'not', 'and', 'is', 'async', 'await', 'del', 'global', 'nonlocal', 'match', 'case', '_', '|', '->', '@', ';');
  fc.assert(
    fc.property(fc.array(tok, { maxLength: 60 }), (toks) => {
      check(toks.join(' '));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test.run();
