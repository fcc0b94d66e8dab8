// src/repl/complete.ts: after each line typed at the prompt, run it, ask for
// more (sys.ps2) or report a SyntaxError, as CPython's interactive loop.
// Also the pure parts of the session: tab completion and help() text.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Pys } from '../../../src/embed';
import { classify } from '../../../src/repl/complete';
import { completeLine } from '../../../src/repl/completer';
import { helpText } from '../../../src/repl/help';
import { strValue } from '../../../src/objects/strutil';

// an interpreter: builtin types and exceptions exist once it is made
const py = new Pys({ stdout: () => {}, stderr: () => {} });

const kind = (src: string) => classify(src.split('\n')).kind;

const CASES: [string, string][] = [
  ['', 'empty'], ['   ', 'empty'], ['# just a comment', 'empty'], ['x = 1', 'complete'], ['1 + 1', 'complete'],
  ['x = 1; y = 2', 'complete'], ['print("a",', 'incomplete'], ['print("a",\n"b")', 'complete'],
  ['x = [1,\n\n2]', 'complete'], ['x = (1,\n', 'incomplete'], ['s = """abc', 'incomplete'], ['s = """abc\n\ndef"""', 'complete'],
  ['x = 1 + \\', 'incomplete'], ['x = 1 + \\\n2', 'complete'],
  // a compound statement ends only at a blank line, even on one line
  ['if x:', 'incomplete'], ['if x: pass', 'incomplete'], ['if x: pass\n', 'complete'], ['def f():\n    return 1', 'incomplete'],
  ['def f():\n    return 1\n', 'complete'], ['if x:\n    pass\nelse:', 'incomplete'], ['if x:\n    pass\nelse:\n    pass\n', 'complete'],
  ['@dec', 'incomplete'], ['@dec\ndef f(): pass\n', 'complete'], ['class A:\n    x = 1\n\n', 'complete'],
  ['try:\n    pass', 'incomplete'], ['for i in x:\n    y = (1,\n\n    2)\n', 'complete'], ['match = 1', 'complete'],
  // errors: reported at once, or after the blank line ending a block
  ['x = = 1', 'error'], ['x = )', 'error'], ['1abc', 'error'], ["x = 'abc", 'error'], ['if x:\n', 'error'],
  ['try:\n    pass\n', 'error'], ['return 1', 'error'], ['if x:\n  y\n z', 'error'], ['x = 1\ny = 2', 'error'],
];

for (const [src, want] of CASES) {
  test(`${JSON.stringify(src)} is ${want}`, () => {
    assert.is(kind(src), want);
  });
}

test('an error is a SyntaxError naming <stdin> and the line', () => {
  const v = classify(['if x:', '    y = = 2']);
  assert.is(v.kind, 'error');
  if (v.kind !== 'error') return;
  assert.is(v.error.cls.name, 'SyntaxError');
  assert.is(strValue(v.error.dict!.getS('filename')), '<stdin>');
  assert.is(v.error.dict!.getS('lineno'), 2);
});

test('a block header followed by a blank line: IndentationError', () => {
  const v = classify(['for i in x:', '']);
  assert.is(v.kind === 'error' && v.error.cls.name, 'IndentationError');
});

test('complete input compiles in single mode (expression results echoed)', () => {
  const v = classify(['1 + 1']);
  assert.is(v.kind === 'complete' && v.code.unit?.mode, 'single');
});

test('a __future__ import holds for the statements after it', () => {
  const v = classify(['from __future__ import annotations']);
  assert.ok(v.kind === 'complete' && v.flags !== 0);
  const flags = v.kind === 'complete' ? v.flags : 0;
  const w = classify(['def f(x: undefined_name): pass', ''], '<stdin>', flags);
  assert.ok(w.kind === 'complete' && w.flags === flags);
});

test('completion: globals, builtins, keywords', async () => {
  await py.exec('import os\nmy_value = 3\ndef my_func(): pass\n');
  const g = py.main.dict;
  assert.equal(completeLine(py.interp, g, 'my_')[0], ['my_func(', 'my_value']);
  assert.ok(completeLine(py.interp, g, 'pri')[0].includes('print('));
  assert.ok(completeLine(py.interp, g, 'whi')[0].includes('while '));
  assert.ok(completeLine(py.interp, g, 'x = 1 if y el')[0].includes('else:'));
  assert.is(completeLine(py.interp, g, 'my_')[1], 'my_');
});

test('completion: attributes after a dotted name', () => {
  const g = py.main.dict;
  const [c, word] = completeLine(py.interp, g, 'print(os.getcw');
  assert.is(word, 'os.getcw');
  assert.ok(c.includes('os.getcwd('), c.join());
  assert.ok(completeLine(py.interp, g, 'os.path.jo')[0].includes('os.path.join('));
  // private names only when asked for
  assert.not.ok(completeLine(py.interp, g, 'os.')[0].some((s) => s.startsWith('os._')));
  assert.ok(completeLine(py.interp, g, 'os.__')[0].includes('os.__name__'));
  assert.equal(completeLine(py.interp, g, 'nosuch.x')[0], []);
  assert.equal(completeLine(py.interp, g, '1.5')[0], []);
});

test('Tab on a blank line indents', () => {
  assert.equal(completeLine(py.interp, py.main.dict, '    '), [['    '], '']);
});

test('help text: signature and docstring', async () => {
  await py.exec('def area(w, h=2, *, unit="m"):\n    """Area of a rectangle.\n\n    In square units.\n    """\n');
  const text = helpText(py.interp, py.getPy('area'));
  assert.is(text, 'Help on function area in module __main__:\n\narea(w, h=2, *, unit=\'m\')\n    Area of a rectangle.\n\n    In square units.\n\n');
  assert.match(helpText(py.interp, 'len'), /^Help on built-in function len in module builtins:\n\nlen\(obj, \/\)/);
  assert.match(helpText(py.interp, 'nosuchname_'), /No Python documentation found for 'nosuchname_'/);
});

test.run();
