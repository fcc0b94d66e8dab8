// Turns a Chevrotain recognition error into CPython's SyntaxError: the
// message and location CPython 3.11 gives for the same source (pegen's
// invalid_* rules and _PyPegen_set_syntax_error), as far as the failing token
// and its neighbours tell.
import { EOF, tokenMatcher, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import type { ParseError } from './ast';
import { makeError, type LexError, type TokenStream } from './lexer';
import * as T from './tokens';

/** Rules whose ':' CPython requires with a forced token (`&&':'`). */
const FORCED_COLON = new Set(['funcDef', 'tryStmt', 'finallyClause', 'elseClause']);
/** Rules where a missing ':' is "expected ':'" only before the end of the line. */
const COLON_AT_NEWLINE = new Set([
  'ifStmt', 'elifClause', 'whileStmt', 'withStmt', 'exceptClause', 'matchStmt', 'caseBlock', 'forStmt', 'classDef',
]);
const EXPRESSION_RULES = new Set([
  'starExpressions', 'starred', 'test', 'ternaryTail', 'disjunction', 'primary', 'parenAtom', 'listAtom', 'dictAtom',
  'dictItem', 'reprAtom', 'call', 'subscript', 'slice', 'sliceRest', 'arglist', 'argument', 'yieldExpr', 'rhs',
  'exprStmt', 'block', 'simpleStmts',
]);
/** Rules whose contents are not expressions: no "Perhaps you forgot a comma?" there. */
const NOT_EXPRESSIONS = new Set([
  'funcDef', 'param', 'lambdaHeader', 'lambdaParam', 'importFrom', 'importAsNames', 'importAsName', 'importName',
  'dottedAsName', 'dottedName', 'globalStmt', 'compClause', 'patterns', 'maybeStarPattern', 'pattern',
  'closedPattern', 'literalPattern', 'classArg', 'mappingItem', 'caseBlock',
]);

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
/** What may follow an opening bracket. */
const GROUP_START: TokenType[] = [...EXPR_START, T.Star, T.DoubleStar, T.Minus, T.Plus, T.Yield, T.Backquote, T.ErrorToken];
const EXPR_END: TokenType[] = [
  T.Name, T.NumberTok, T.StringTok, T.NoneKw, T.TrueKw, T.FalseKw, T.Ellipsis, T.RPar, T.RSqb, T.RBrace,
];

/** Errors CPython raises at once from a forced token (`&&':'`), reading no further. */
const FORCED_MESSAGES = new Set(["expected ':'", "expected '('"]);

const isAny = (t: IToken | undefined, types: TokenType[]) => !!t && types.some((ty) => tokenMatcher(t, ty));
const isOpen = (t: IToken) => t.tokenType === T.LPar || t.tokenType === T.LSqb || t.tokenType === T.LBrace;
const isClose = (t: IToken) => t.tokenType === T.RPar || t.tokenType === T.RSqb || t.tokenType === T.RBrace;

/** The CPython error for the parser failure `err` on the tokens `ts`. */
export function recognitionError(err: IRecognitionException, ts: TokenStream, filename: string): ParseError {
  const tokens = ts.tokens;
  let tok = err.token;
  let idx = tokens.indexOf(tok);
  if (idx >= 0 && isOpen(tok) && tokens[idx + 1] && !isClose(tokens[idx + 1]) && !isAny(tokens[idx + 1], GROUP_START)) {
    // `x(= 1`: our lookahead declined the bracket; CPython enters it and
    // fails at the token after it
    tok = tokens[++idx];
    err = { ...err, token: tok, message: 'entered:', context: err.context };
  }
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
      // bracket's line, or to the end. After failing at a token that can
      // start an expression (or at '='), its error rules read that
      // expression and one token more.
      const line = lexErr.eofBracket.startLine!;
      const readTo = (from: number): boolean => {
        const end = exprEnd(tokens, from);
        if (end === EOF_REACHED) return true;
        const after = tokens[Math.max(end, from) + 1];
        return !after || after === last || after.startLine! > line;
      };
      const reads = !FORCED_MESSAGES.has(e.msg);
      if (idx < 0 || tok.startLine! > line || tokens[idx + 1] === last
        || (reads && ((isAny(tok, EXPR_START) && readTo(idx))
          || (tok.tokenType === T.Equal && isAny(tokens[idx - 1], EXPR_END) && readTo(idx + 1))))) {
        return fromLex(lexErr);
      }
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
  // A NEWLINE ends where it starts, unless it carries the line's comment.
  const endCol = atEof || (tok.tokenType === T.Newline && tok.payload !== 'comment') ? col : tok.endColumn!;
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
      const msg = `expected an indented block after ${owner} on line ${header.startLine}`;
      // at a dedent CPython has no column (0)
      if (tok.tokenType === T.DEDENT && !atEof) return fail(msg, 'IndentationError', line, 0, line, -1);
      return fail(msg, 'IndentationError');
    }
  }
  if (what === 'expected' && detail === 'Colon' && (FORCED_COLON.has(rule) || (COLON_AT_NEWLINE.has(rule) && tok.tokenType === T.Newline))) {
    return fail("expected ':'");
  }
  if (what === 'expected' && detail === 'LPar' && rule === 'funcDef') return fail("expected '('");
  if (rule === 'tryStmt' && what !== 'expected') return fail("expected 'except' or 'finally' block");
  if (what === 'expected' && detail === 'Else' && rule === 'ternaryTail' && idx > 0 && tok.tokenType !== T.Colon) {
    let k = idx - 1;
    while (k > 0 && tokens[k].tokenType !== T.If) k--;
    const start = exprStart(tokens, k);
    const prev = tokens[idx - 1];
    if (start >= 0) {
      const s = tokens[start];
      return fail("expected 'else' after 'if' expression", 'SyntaxError', s.startLine!, s.startColumn!, prev.endLine!, prev.endColumn! + 1);
    }
  }
  const inExpr = inExpression(err);
  if (tok.tokenType === T.Equal && idx >= 1 && tokenMatcher(tokens[idx - 1], T.Name) && tokens[idx - 2]?.tokenType !== T.Dot
    && inExpr && what !== 'notall' && rule !== 'simpleStmts') {
    const name = tokens[idx - 1];
    const after = tokens[idx + 1];
    if (after && !isAny(after, GROUP_START) && after.tokenType !== T.Newline) {
      return fail('invalid syntax', 'SyntaxError', after.startLine!, after.startColumn!, after.endLine!, after.endColumn! + 1);
    }
    const end = exprEnd(tokens, idx + 1);
    if (end === EOF_REACHED) return lexError(tokens);
    if (after && end >= 0 && !isAny(after, [T.Equal, T.ColonEqual, T.Newline])) {
      const e = tokens[Math.max(end, idx + 1)];
      return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 'SyntaxError',
        name.startLine!, name.startColumn!, e.endLine!, e.endColumn! + 1);
    }
  }
  // `a[]`: CPython reads `[]...` as a second expression after `a`
  const emptySub = tok.tokenType === T.RSqb && tokens[idx - 1]?.tokenType === T.LSqb && idx > 1 && isAny(tokens[idx - 2], EXPR_END);
  const bIdx = emptySub ? idx - 1 : idx;
  if (bIdx > 0 && (emptySub || (isAny(tok, EXPR_START) && isAny(tokens[idx - 1], EXPR_END))) && inExpr) {
    let start = exprStart(tokens, bIdx);
    // the iterable of a comprehension is not where CPython looks for a comma
    if (start > 0 && tokens[start - 1].tokenType === T.In && forBefore(tokens, start - 1)) start = -1;
    // CPython points at a parenthesized expression's inside
    while (start >= 0 && tokens[start].tokenType === T.LPar && matching(tokens, start) === bIdx - 1) start++;
    if (start >= 0) {
      const s = tokens[start];
      const legacy = (tokenMatcher(s, T.Name) && tokens[start + 1]?.tokenType === T.StringTok)
        || s.tokenType === T.Match || s.tokenType === T.Case || s.image === '_';
      if (!legacy && insideBrackets(tokens, bIdx)) {
        // CPython reads the whole expression after the missing comma (and
        // the token after it): an unclosed bracket there is the error
        const end = exprEnd(tokens, bIdx);
        if (end === EOF_REACHED || tokens[end + 1] === tokens[tokens.length - 1] && tokens[end + 1].tokenType === T.ErrorToken) {
          return lexError(tokens);
        }
        const e = tokens[Math.max(end, bIdx)];
        return fail('invalid syntax. Perhaps you forgot a comma?', 'SyntaxError', s.startLine!, s.startColumn!, e.endLine!, e.endColumn! + 1);
      }
    }
  }
  // `a is b:` — CPython fails at the ':' when what precedes it cannot be annotated
  if (idx > 0 && tokens[idx - 1].tokenType === T.Colon && stack.includes('exprStmt') && annotatable(tokens, idx - 1) === false) {
    const c = tokens[idx - 1];
    return fail('invalid syntax', 'SyntaxError', c.startLine!, c.startColumn!, c.endLine!, c.endColumn! + 1);
  }
  if (tok.tokenType === T.DEDENT && !atEof) return fail('unexpected unindent', 'IndentationError');
  if (atEof && tokens.length && what !== 'expected') {
    // CPython reports a premature end of input at column 0 of the last line
    return fail('invalid syntax', 'SyntaxError', line, 0, line, 0);
  }
  return fail('invalid syntax');
}

/** Whether the parser was reading an expression when it failed: decided by
 * the innermost rule that tells (a def's parameters or an import are not). */
function inExpression(err: IRecognitionException): boolean {
  const stack = err.context?.ruleStack ?? [];
  for (let k = stack.length - 1; k >= 0; k--) {
    if (NOT_EXPRESSIONS.has(stack[k])) return false;
    if (EXPRESSION_RULES.has(stack[k])) return true;
  }
  return true;
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

const EOF_REACHED = -2;

/** Whether the `in` at tokens[k] belongs to a `for` (same brackets). */
function forBefore(tokens: IToken[], k: number): boolean {
  let depth = 0;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (isClose(t)) depth++;
    else if (isOpen(t)) { if (depth === 0) return false; depth--; } else if (depth === 0 && t.tokenType === T.For) return true;
    else if (depth === 0 && (t.tokenType === T.Newline || t.tokenType === T.Comma)) return false;
  }
  return false;
}

/** Index of the bracket closing the one opened at tokens[k], or -1. */
function matching(tokens: IToken[], k: number): number {
  let depth = 0;
  for (let j = k; j < tokens.length; j++) {
    if (isOpen(tokens[j])) depth++;
    else if (isClose(tokens[j]) && --depth === 0) return j;
  }
  return -1;
}

/** Index of the last token of the expression starting at tokens[idx]
 * (operands, operators, and bracketed groups), -1 if none starts there, or
 * EOF_REACHED if a bracket in it is never closed. */
function exprEnd(tokens: IToken[], idx: number): number {
  let depth = 0;
  let end = -1;
  for (let j = idx; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.tokenType === T.ErrorToken) return depth > 0 ? EOF_REACHED : end;
    if (isOpen(t)) {
      // a group that cannot hold an expression ends it: `x{ = 1`
      const inner = tokens[j + 1];
      if (depth === 0 && inner && !isClose(inner) && !isAny(inner, GROUP_START)) return end;
      depth++;
      continue;
    }
    if (isClose(t)) {
      if (depth === 0) return end;
      if (--depth === 0) end = j;
      continue;
    }
    if (depth > 0) continue;
    if (isAny(t, EXPR_STOP) || t.tokenType === T.DEDENT) return end;
    end = j;
  }
  return end;
}

/** The tokenizer error the token stream ends with (there must be one). */
function lexError(tokens: IToken[]): ParseError {
  return fromLex(tokens[tokens.length - 1].payload as LexError);
}

/** For a ':' at statement level (an annotation's), whether what precedes it
 * is a name, attribute or subscript; undefined for any other ':'. */
function annotatable(tokens: IToken[], colon: number): boolean | undefined {
  let depth = 0;
  let simple = true;
  const last = tokens[colon - 1];
  if (!last || !(tokenMatcher(last, T.Name) || last.tokenType === T.RSqb)) simple = false;
  for (let k = colon - 1; k >= 0; k--) {
    const t = tokens[k];
    const tt = t.tokenType;
    if (isClose(t)) { depth++; continue; }
    if (isOpen(t)) { if (depth === 0) return undefined; depth--; continue; }
    if (depth > 0) continue;
    if (tt === T.Newline || tt === T.INDENT || tt === T.DEDENT || tt === T.Semi || tt === T.Colon) break;
    if (tt === T.Lambda || tt === T.Equal) return undefined;
    if (!tokenMatcher(t, T.Name) && tt !== T.Dot) simple = false;
  }
  return simple;
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
