// The tokenizer's Python-specific pass: NEWLINE only at bracket depth 0 and
// after non-blank lines, INDENT/DEDENT, keywords and soft keywords, line
// endings, and where errors are placed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenize } from '../../../grammar/lexer';

const types = (src: string) => tokenize(src).tokens.map((t) => t.tokenType.name);
const images = (src: string) => tokenize(src).tokens.map((t) => t.image);

test('NEWLINE, INDENT, DEDENT', () => {
  assert.equal(types('if x:\n    y\nz\n'), ['If', 'Name', 'Colon', 'NEWLINE', 'INDENT', 'Name', 'NEWLINE', 'DEDENT', 'Name', 'NEWLINE']);
  assert.equal(types('if x:\n  if y:\n    z\n'), ['If', 'Name', 'Colon', 'NEWLINE', 'INDENT', 'If', 'Name', 'Colon', 'NEWLINE', 'INDENT', 'Name', 'NEWLINE', 'DEDENT', 'DEDENT']);
});

test('no NEWLINE inside brackets, after blank or comment lines, or continuations', () => {
  assert.equal(types('f(a,\n  b)\n'), ['Name', 'LPar', 'Name', 'Comma', 'Name', 'RPar', 'NEWLINE']);
  assert.equal(types('\n\n# c\n   \nx\n'), ['Name', 'NEWLINE']);
  assert.equal(types('x = 1 + \\\n  2\n'), ['Name', 'Equal', 'Number', 'Plus', 'Number', 'NEWLINE']);
});

test('a final NEWLINE and DEDENTs are added at the end', () => {
  assert.equal(types('if x:\n  y'), ['If', 'Name', 'Colon', 'NEWLINE', 'INDENT', 'Name', 'NEWLINE', 'DEDENT']);
});

test('CRLF and CR line endings', () => {
  assert.equal(types('a\r\nb\rc\n'), ['Name', 'NEWLINE', 'Name', 'NEWLINE', 'Name', 'NEWLINE']);
  const t = tokenize('a\r\nb').tokens[2];
  assert.equal([t.image, t.startLine, t.startColumn], ['b', 2, 1]);
});

test('a BOM is skipped', () => {
  assert.equal(images('\ufeffx = 1\n'), ['x', '=', '1', '\n']);
});

test('keywords, soft keywords, names', () => {
  assert.equal(types('if match case print exec _ iffy'), ['If', 'Match', 'Case', 'Print', 'Exec', 'Name', 'Name', 'NEWLINE']);
});

test('literals', () => {
  assert.equal(images("rb'x' F'{y}' 1_000 0x1f .5 1e3j 0777 10L ..."), ["rb'x'", "F'{y}'", '1_000', '0x1f', '.5', '1e3j', '0777', '10L', '...', '']);
  assert.is(tokenize('x = 0777').py2, true);
  assert.is(tokenize('x = 0o777').py2, false);
  assert.is(tokenize('a <> b').py2, true);
});

test('numbers followed by keywords', () => {
  assert.equal(images('1if x else 2'), ['1', 'if', 'x', 'else', '2', '']);
});

test('a tokenizer error stops the stream with an ErrorToken', () => {
  const ts = tokenize("x = 1\ny = 'abc\nz = 2\n").tokens;
  const last = ts[ts.length - 1];
  assert.is(last.tokenType.name, 'ErrorToken');
  assert.is(last.payload.error.msg, 'unterminated string literal (detected at line 2)');
});

test('a NEWLINE after a comment starts at the comment', () => {
  const nl = tokenize('x = 1  # note\n').tokens[3];
  assert.equal([nl.tokenType.name, nl.startColumn], ['NEWLINE', 8]);
});

test('f-string fields are tokenized with file positions', () => {
  const ts = tokenize('(a + b)', '<f>', { line: 3, col: 10 });
  assert.equal(ts.tokens.slice(0, 3).map((t) => [t.image, t.startLine, t.startColumn]), [['(', 3, 11], ['a', 3, 12], ['+', 3, 14]]);
});

test.run();
