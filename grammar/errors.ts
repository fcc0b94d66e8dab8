// Turns a Chevrotain recognition error into CPython's SyntaxError: the
// message and location CPython 3.11 gives for the same source (pegen's
// invalid_* rules and _PyPegen_set_syntax_error), as far as the failing token
// and its neighbours tell.
import { EOF, tokenMatcher, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import type { ParseError } from './ast';
import { makeError, type LexError, type TokenStream } from './lexer';
import * as T from './tokens';

/** Rules whose ':' CPython requires with a forced token (`&&':'`). */
const FORCED_COLON = new Set(['classDef', 'funcDef', 'forStmt', 'tryStmt', 'finallyClause', 'elseClause']);
/** Rules where a missing ':' is "expected ':'" only before the end of the line. */
const COLON_AT_NEWLINE = new Set(['ifStmt', 'elifClause', 'whileStmt', 'withStmt', 'exceptClause', 'matchStmt', 'caseBlock']);

const BLOCK_OWNER: Record<string, string> = {
  If: "'if' statement", Elif: "'elif' statement", Else: "'else' statement", While: "'while' statement",
  For: "'for' statement", With: "'with' statement", Try: "'try' statement", Except: "'except' statement",
  Finally: "'finally' statement", Def: 'function definition', Class: 'class definition',
  Match: "'match' statement", Case: "'case' statement",
};

/** Tokens that end the expression before a juxtaposed one (for "Perhaps you forgot a comma?"). */
const EXPR_STOP: TokenType[] = [
  T.Comma, T.Colon, T.Equal, T.ColonEqual, T.Semi, T.Newline, T.INDENT, T.DEDENT, T.Arrow, T.AugAssign,
  T.If, T.Else, T.Elif, T.For, T.Async, T.In, T.Lambda, T.Yield, T.Return, T.Del, T.Assert, T.Raise,
  T.Import, T.From, T.As, T.While, T.With, T.Star, T.DoubleStar, T.Print, T.Exec,
];
const EXPR_START: TokenType[] = [
  T.Name, T.NumberTok, T.StringTok, T.NoneKw, T.TrueKw, T.FalseKw, T.Ellipsis, T.LBrace, T.Tilde, T.Not,
  T.Lambda, T.Await, T.LPar, T.LSqb,
];
const EXPR_END: TokenType[] = [
  T.Name, T.NumberTok, T.StringTok, T.NoneKw, T.TrueKw, T.FalseKw, T.Ellipsis, T.RPar, T.RSqb, T.RBrace,
];

const isAny = (t: IToken | undefined, types: TokenType[]) => !!t && types.some((ty) => tokenMatcher(t, ty));
const isOpen = (t: IToken) => t.tokenType === T.LPar || t.tokenType === T.LSqb || t.tokenType === T.LBrace;
const isClose = (t: IToken) => t.tokenType === T.RPar || t.tokenType === T.RSqb || t.tokenType === T.RBrace;

/** The CPython error for the parser failure `err` on the tokens `ts`. */
export function recognitionError(err: IRecognitionException, ts: TokenStream, filename: string): ParseError {
  const tokens = ts.tokens;
  const tok = err.token;
  const idx = tokens.indexOf(tok);
  const last = tokens[tokens.length - 1];
  const lexErr = last && last.tokenType === T.ErrorToken ? (last.payload as LexError) : undefined;
  if (tok.tokenType === T.ErrorToken) return fromLex(tok.payload as LexError);
  const e = parserError(err, tok, idx, ts, filename);
  if (e.kind === 'IndentationError' && e.msg === 'unexpected indent') return e;
  if (lexErr) {
    // CPython tokenizes the rest of the file after a parser error; a
    // tokenizer error found there is reported instead.
    if (lexErr.eofBracket) {
      // CPython reports the unclosed bracket if its parser read past the
      // bracket's line (or to the end): it reads one token beyond a token
      // that can start an expression.
      const next = tokens[idx + 1];
      const line = lexErr.eofBracket.startLine!;
      if (idx < 0 || !next || next === last || tok.startLine! > line
        || (isAny(tok, EXPR_START) && next.startLine! > line)) return fromLex(lexErr);
    } else if (lexErr.hard) return fromLex(lexErr);
  }
  return e;
}

function fromLex(l: LexError): ParseError {
  l.error.incomplete = !!l.incomplete;
  return l.error;
}

function parserError(err: IRecognitionException, tok: IToken, idx: number, ts: TokenStream, filename: string): ParseError {
  const tokens = ts.tokens;
  const src = ts.source;
  const [what, detail] = err.message.split(':');
  const stack = err.context?.ruleStack ?? [];
  const rule = stack[stack.length - 1];
  const atEof = idx < 0 || tok.tokenType === EOF || (tok.tokenType === T.DEDENT && tok.startOffset >= src.length);
  const line = atEof ? ts.eofLine : tok.startLine!;
  const col = atEof ? ts.eofCol : tok.startColumn! - 1;
  const endLine = atEof ? line : tok.endLine!;
  const endCol = atEof || tok.tokenType === T.Newline ? col : tok.endColumn!;
  const fail = (msg: string, kind: ParseError['kind'] = 'SyntaxError', l = line, c = col + 1, el = endLine, ec = endCol + 1) => {
    const e = makeError(kind, msg, filename, src, l, c, el, ec);
    e.incomplete = atEof;
    return e;
  };

  if (tok.tokenType === T.INDENT) return fail('unexpected indent', 'IndentationError', line, col, line, -1);
  if (what === 'expected' && detail === 'INDENT') {
    const header = headerOf(tokens, idx < 0 ? tokens.length : idx);
    if (header) {
      let owner = BLOCK_OWNER[header.tokenType.name] ?? 'statement';
      const next = tokens[tokens.indexOf(header) + 1];
      if (header.tokenType === T.Async) owner = BLOCK_OWNER[next?.tokenType.name] ?? owner;
      if (header.tokenType === T.Except && next?.tokenType === T.Star) owner = "'except*' statement";
      return fail(`expected an indented block after ${owner} on line ${header.startLine}`, 'IndentationError');
    }
  }
  if (what === 'expected' && detail === 'Colon' && (FORCED_COLON.has(rule) || (COLON_AT_NEWLINE.has(rule) && tok.tokenType === T.Newline))) {
    return fail("expected ':'");
  }
  if (what === 'expected' && detail === 'LPar' && rule === 'funcDef') return fail("expected '('");
  if (rule === 'tryStmt' && what !== 'expected') return fail("expected 'except' or 'finally' block");
  if (what === 'expected' && detail === 'Else' && rule === 'ternaryTail' && idx > 0) {
    let k = idx - 1;
    while (k > 0 && tokens[k].tokenType !== T.If) k--;
    const start = exprStart(tokens, k);
    const prev = tokens[idx - 1];
    if (start >= 0) {
      const s = tokens[start];
      return fail("expected 'else' after 'if' expression", 'SyntaxError', s.startLine!, s.startColumn!, prev.endLine!, prev.endColumn! + 1);
    }
  }
  if (tok.tokenType === T.Equal && idx >= 1 && tokenMatcher(tokens[idx - 1], T.Name) && tokens[idx - 2]?.tokenType !== T.Dot) {
    const name = tokens[idx - 1];
    const after = tokens[idx + 1];
    if (after && !isAny(after, [T.Equal, T.ColonEqual, T.Newline])) {
      return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 'SyntaxError',
        name.startLine!, name.startColumn!, after.endLine!, after.endColumn! + 1);
    }
  }
  if (idx > 0 && isAny(tok, EXPR_START) && isAny(tokens[idx - 1], EXPR_END)) {
    const start = exprStart(tokens, idx);
    if (start >= 0) {
      const s = tokens[start];
      const legacy = (tokenMatcher(s, T.Name) && tokens[start + 1]?.tokenType === T.StringTok)
        || s.tokenType === T.Match || s.tokenType === T.Case || s.image === '_';
      if (!legacy && insideBrackets(tokens, idx)) {
        return fail('invalid syntax. Perhaps you forgot a comma?', 'SyntaxError', s.startLine!, s.startColumn!, tok.endLine!, tok.endColumn! + 1);
      }
    }
  }
  if (tok.tokenType === T.DEDENT && !atEof) return fail('unexpected unindent', 'IndentationError');
  if (atEof && tokens.length && what !== 'expected') {
    // CPython reports a premature end of input at column 0 of the last line
    return fail('invalid syntax', 'SyntaxError', line, 0, line, 0);
  }
  return fail('invalid syntax');
}

/** First token of the logical line ending just before tokens[idx] (the
 * NEWLINE at idx-1): the keyword of a block header. */
function headerOf(tokens: IToken[], idx: number): IToken | undefined {
  let k = idx - 1;
  if (tokens[k]?.tokenType === T.Newline) k--;
  while (k > 0) {
    const t = tokens[k - 1].tokenType;
    if (t === T.Newline || t === T.INDENT || t === T.DEDENT) break;
    k--;
  }
  return tokens[k];
}

/** Index of the first token of the expression (a disjunction) ending just
 * before tokens[idx], within the same brackets; -1 if none. */
function exprStart(tokens: IToken[], idx: number): number {
  let depth = 0;
  let start = -1;
  for (let j = idx - 1; j >= 0; j--) {
    const t = tokens[j];
    if (isClose(t)) { depth++; continue; }
    if (isOpen(t)) {
      if (depth === 0) break;
      depth--;
      if (depth === 0) start = j;
      continue;
    }
    if (depth > 0) continue;
    if (isAny(t, EXPR_STOP)) break;
    start = j;
  }
  return start;
}

/** True when tokens[idx] is inside brackets. */
function insideBrackets(tokens: IToken[], idx: number): boolean {
  let depth = 0;
  for (let j = 0; j < idx; j++) {
    if (isOpen(tokens[j])) depth++;
    else if (isClose(tokens[j])) depth--;
  }
  return depth > 0;
}
