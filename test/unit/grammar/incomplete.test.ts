// ParseError.incomplete: true when the only problem is that the input ended
// too early, so that the REPL asks for another line (CPython's codeop).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, ParseError } from '../../../grammar/index';

const CASES: [string, boolean][] = [
  ['if x:', true], ['if x:\n', true], ['def f():\n    """doc', true], ['x = (1,', true], ['x = [\n1,', true],
  ['x = 1 + \\', true], ['x = 1 + \\\n', true], ['@dec', true], ['@dec\n', true], ['try:\n  pass\n', true],
  ['class A:', true], ['for x in y:', true], ['while True:\n    x = (1 +', true], ['match x:', true],
  ['if x:\n    y = 1\nelse:', true], ['def f(', true], ['print("a",', true], ['x = {1:', true],
  ["s = '''abc\ndef", true], ['async def f():', true], ['with a as b:', true], ['x = f(a, b for', true],
  ['x = 1 +', false], ["x = 'abc", false], ['x = )', false], ['x = = 1', false], ['if x:\n    y\n  z', false],
  ['x = lambda:', false], ['x = (1, 2]', false], ['1abc', false],
];

for (const [src, incomplete] of CASES) {
  test(`${JSON.stringify(src)} is ${incomplete ? '' : 'not '}incomplete`, () => {
    try {
      parse(src, '<stdin>', 'single');
    } catch (e) {
      assert.instance(e, ParseError);
      assert.is((e as ParseError).incomplete, incomplete, (e as ParseError).msg);
      return;
    }
    assert.unreachable('parsed');
  });
}

test('complete input parses', () => {
  assert.is(parse('if x:\n  pass\n', '<stdin>', 'single').type, 'Interactive');
});

test("'single' mode takes one statement", () => {
  assert.throws(() => parse('x = 1\ny = 2\n', '<stdin>', 'single'), (e: ParseError) => e.msg === 'multiple statements found while compiling a single statement');
  assert.is(parse('x = 1; y = 2\n', '<stdin>', 'single').type, 'Interactive');
});

test.run();
