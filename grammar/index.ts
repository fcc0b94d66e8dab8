// The grammar's entry point: source text → AST (grammar/ast.ts), or a
// ParseError shaped like CPython 3.11's SyntaxError.
// https://docs.python.org/3.11/library/functions.html#compile
import { ParseError, type Expr, type Mod } from './ast';
import { recognitionError } from './errors';
import { lineText, tokenize, type TokenStream } from './lexer';
import { getParser } from './parser';
import { ToAst } from './to-ast';

export { ParseError } from './ast';
export type * from './ast';
export { tokenize } from './lexer';

/** Parses `source` as `compile(source, filename, mode)` would, returning a
 * Module, Expression or Interactive node, or throwing ParseError (and never
 * any other exception). Python 2 syntax is accepted and flagged with
 * `Module.py2`. */
export function parse(source: string, filename = '<unknown>', mode: 'exec' | 'eval' | 'single' = 'exec'): Mod {
  try {
    return parseOrThrow(source, filename, mode);
  } catch (e) {
    if (e instanceof ParseError) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // Nesting beyond what the JS stack holds (CPython: MemoryError).
      throw new ParseError('SyntaxError', 'too many nested parentheses', filename, 1, 0, lineText(source, 1));
    }
    throw new ParseError('SyntaxError', `internal parser error: ${(e as Error)?.message ?? e}`, filename, 1, 0, null);
  }
}

function parseOrThrow(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): Mod {
  const ts = tokenize(source, filename);
  const parser = getParser();
  parser.input = ts.tokens;
  const cst = mode === 'eval' ? parser.evalInput() : parser.fileInput();
  if (parser.errors.length) throw recognitionError(parser.errors[0], ts, filename);
  parser.input = [];

  const v = new ToAst();
  v.filename = filename;
  v.source = ts.source;
  v.py2 = ts.py2;
  v.subParse = (text, line, col) => parseField(v, ts, text, line, col);
  if (mode === 'eval') return { type: 'Expression', body: v.evalInput(cst.children) };
  const body = v.fileInput(cst.children);
  if (mode === 'single') {
    if (body.length > 1) {
      const s = body[1];
      throw new ParseError('SyntaxError', 'multiple statements found while compiling a single statement',
        filename, s.lineno, s.col_offset + 1, lineText(ts.source, s.lineno));
    }
    return { type: 'Interactive', body, py2: v.py2 };
  }
  return { type: 'Module', body, py2: v.py2 };
}

/** Parses the expression of an f-string replacement field, given as "(expr)"
 * placed at (line, col) of the file. Errors read as CPython 3.11's: prefixed
 * "f-string: " and located within the "(expr)" text. */
function parseField(v: ToAst, file: TokenStream, text: string, line: number, col: number): Expr {
  try {
    const ts = tokenize(text, v.filename, { line, col, fileSource: file.source });
    const parser = getParser();
    parser.input = ts.tokens;
    const cst = parser.evalInput();
    if (parser.errors.length) throw recognitionError(parser.errors[0], ts, v.filename);
    parser.input = [];
    return v.evalInput(cst.children);
  } catch (e) {
    if (!(e instanceof ParseError) || e.msg.startsWith('f-string')) throw e;
    const rel = (l: number, c: number) => (l === line ? c - col : c);
    let t = lineText(text, e.lineno - line + 1);
    if (t !== null && !t.endsWith('\n')) t += '\n';
    const err = new ParseError(e.kind, 'f-string: ' + e.msg, e.filename, e.lineno, rel(e.lineno, e.offset), t,
      e.end_lineno, rel(e.end_lineno, e.end_offset));
    err.incomplete = false;
    throw err;
  }
}
