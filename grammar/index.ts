// The grammar's entry point: source text → AST (grammar/ast.ts), or a
// ParseError shaped like CPython 3.11's SyntaxError.
// https://docs.python.org/3.11/library/functions.html#compile
import { createTokenInstance, type IToken } from 'chevrotain';
import { ParseError, type Expr, type Mod, type Stmt } from './ast';
import { recognitionError } from './errors';
import { lineText, tokenize, type TokenStream } from './lexer';
import { getParser } from './parser';
import { ToAst } from './to-ast';
import * as T from './tokens';

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
    const err = new ParseError('SyntaxError', `internal parser error: ${(e as Error)?.message ?? e}`, filename, 1, 0, null);
    err.cause = e; // a bug of ours: keep the original error for debugging
    throw err;
  }
}

/** Builds the lexer and parser and runs them once, so that a start-up
 * snapshot of the process (node --build-snapshot) includes them ready. */
export function warmUp(): void {
  parse('import os\ndef f(a, *b, c=1, **d):\n    return [x for x in a if x] + f"{b!r:>3}"\n');
}

function parseOrThrow(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): Mod {
  const ts = tokenize(source, filename);
  const parser = getParser();
  const v = new ToAst();
  v.filename = filename;
  v.source = ts.source;
  v.py2 = ts.py2;
  v.subParse = (text, line, col) => parseField(v, ts, text, line, col);
  if (mode === 'eval') {
    if (!ts.tokens.length) throw new ParseError('SyntaxError', 'invalid syntax', filename, 0, 0, null);
    parser.input = ts.tokens;
    const cst = parser.evalInput();
    if (parser.errors.length) throw recognitionError(parser.errors[0], ts, filename);
    parser.input = [];
    return { type: 'Expression', body: v.evalInput(cst.children) };
  }
  const body = parseStatements(ts, v, filename);
  if (mode === 'single') {
    // one logical line (`a; b` is fine) or one compound statement
    const first = body[0];
    const compound = first && 'body' in first;
    if (body.length > 1 && (compound || body.some((x) => x.lineno > first.end_lineno))) {
      throw new ParseError('SyntaxError', 'multiple statements found while compiling a single statement',
        filename, first.end_lineno, first.end_col_offset + 1, lineText(ts.source, first.end_lineno));
    }
    return { type: 'Interactive', body, py2: v.py2 };
  }
  return { type: 'Module', body, py2: v.py2 };
}

/** Top-level statements are parsed a few thousand tokens at a time and
 * turned into AST before the next piece is parsed: a whole file's CST would
 * live long enough to make garbage collection the main cost of parsing. On a
 * syntax error the whole file is parsed again, so that the error is found
 * with all its context (end of input, unclosed brackets...). */
const CHUNK_TOKENS = 2000;

function parseStatements(ts: TokenStream, v: ToAst, filename: string): Stmt[] {
  const parser = getParser();
  const tokens = ts.tokens;
  const body: Stmt[] = [];
  let start = 0;
  while (start < tokens.length) {
    const end = chunkEnd(tokens, start);
    parser.input = end === tokens.length && start === 0 ? tokens : tokens.slice(start, end);
    const cst = parser.fileInput();
    if (parser.errors.length) {
      parser.input = tokens;
      parser.fileInput();
      const err = parser.errors[0];
      parser.input = [];
      if (!err) throw new Error(`statement chunk ${start}-${end} failed alone but not in the file`);
      throw earlierError(ts, tokens.indexOf(err.token), filename) ?? recognitionError(err, ts, filename);
    }
    parser.input = [];
    for (const s of v.fileInput(cst.children)) body.push(s);
    start = end;
  }
  return body;
}

/** CPython finds errors such as "cannot assign to ..." while it parses, so
 * such an error in a statement before a syntax error is the one reported.
 * This parses the statements before the one that failed (closing their
 * blocks) and converts them, looking for that earlier error. */
function earlierError(ts: TokenStream, failAt: number, filename: string): ParseError | null {
  const tokens = ts.tokens;
  let cut = failAt < 0 ? tokens.length : failAt;
  for (let attempt = 0; attempt < 3; attempt++) {
    while (cut > 0 && tokens[cut - 1].tokenType !== T.Newline) cut--;
    if (cut === 0) return null;
    let depth = 0;
    for (let i = 0; i < cut; i++) {
      if (tokens[i].tokenType === T.INDENT) depth++;
      else if (tokens[i].tokenType === T.DEDENT) depth--;
    }
    const last = tokens[cut - 1];
    const prefix = tokens.slice(0, cut);
    for (let i = 0; i < depth; i++) prefix.push(createTokenInstance(T.DEDENT, '', last.endOffset!, last.endOffset!, last.endLine!, last.endLine!, last.endColumn!, last.endColumn!));
    const parser = getParser();
    parser.input = prefix;
    const cst = parser.fileInput();
    const ok = parser.errors.length === 0;
    parser.input = [];
    if (ok) {
      const v = new ToAst();
      v.filename = filename;
      v.source = ts.source;
      v.subParse = (text, line, col) => parseField(v, ts, text, line, col);
      try {
        v.fileInput(cst.children);
      } catch (e) {
        if (e instanceof ParseError) return e;
        throw e;
      }
      return null;
    }
    cut--; // the last statement kept is incomplete (a block header): drop it too
  }
  return null;
}

const CONTINUATIONS = new Set([T.Else, T.Elif, T.Except, T.Finally]);

/** The end of a chunk beginning at `start`: a boundary between top-level
 * statements at least CHUNK_TOKENS later (or the end of the tokens). A
 * boundary is the start of a logical line at indentation 0 that does not
 * continue the previous statement (`else`, `except`...; after a decorator). */
function chunkEnd(tokens: IToken[], start: number): number {
  let depth = 0;
  let lineStart = start;
  for (let i = start; i < tokens.length; i++) {
    const tt = tokens[i].tokenType;
    if (tt === T.INDENT) { depth++; continue; }
    if (tt === T.DEDENT) { depth--; continue; }
    if (tt === T.Newline) {
      const next = tokens[i + 1];
      if (depth === 0 && i + 1 - start >= CHUNK_TOKENS && next && next.tokenType !== T.INDENT
        && !CONTINUATIONS.has(next.tokenType) && tokens[lineStart].tokenType !== T.At) return i + 1;
      lineStart = i + 1;
      continue;
    }
    if (depth === 0 && tokens[i - 1]?.tokenType === T.DEDENT && i - start >= CHUNK_TOKENS
      && !CONTINUATIONS.has(tt)) return i;
    if (tokens[i - 1]?.tokenType === T.DEDENT || tokens[i - 1]?.tokenType === T.INDENT) lineStart = i;
  }
  return tokens.length;
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
