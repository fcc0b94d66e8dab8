// Token types of the Python grammar, for Chevrotain.
// https://docs.python.org/3.11/reference/lexical_analysis.html
//
// Two kinds of token types live here:
//  - lexer tokens, matched by the Chevrotain Lexer (`lexerTokens`, in match order);
//  - parser-only tokens that the Python-specific pass in lexer.ts creates:
//    NEWLINE/INDENT/DEDENT, keywords (re-typed from Name by a table lookup,
//    which is faster than one regex per keyword), and ErrorToken, which carries
//    a tokenizer error to the point where the parser reaches it.
// The literal matchers (strings, numbers) are hand-written functions because
// they must report CPython's errors (unterminated strings, bad number suffixes).
import { createToken, Lexer, type TokenType, type CustomPatternMatcherReturn } from 'chevrotain';

// ---- categories (never produced directly) --------------------------------

/** Every binary operator of the flat `disjunction` rule (see parser-expressions.ts). */
export const BinOp = createToken({ name: 'BinOp', pattern: Lexer.NA });
/** `+=`, `-=` ... */
export const AugAssign = createToken({ name: 'AugAssign', pattern: Lexer.NA });
/** Identifiers, including the soft keywords. */
// Start-up time: every lexer token states its possible first characters
// (`start_chars_hint`, or a string pattern) and whether it spans lines, so
// that Chevrotain need not analyse the regular expressions when the lexer
// is built (that analysis costs milliseconds).

/** One character of each bucket Chevrotain's first-char optimization uses
 * for char codes ≥ 128 (it groups codes above 255 by 255). */
const NON_ASCII_HINTS: number[] = [];
for (let c = 128; c < 256; c++) NON_ASCII_HINTS.push(c);
for (let c = 256; c < 65536; c += 255) NON_ASCII_HINTS.push(c);
NON_ASCII_HINTS.push(65535);
const range = (a: string, b: string) => {
  const out: number[] = [];
  for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push(c);
  return out;
};

export const Name = createToken({
  name: 'Name',
  // Non-ASCII characters are accepted here and validated in lexer.ts, which
  // reports CPython's "invalid character" errors for those that cannot be in
  // an identifier.
  pattern: /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/,
  start_chars_hint: [...range('A', 'Z'), ...range('a', 'z'), 95, ...NON_ASCII_HINTS],
  line_breaks: false,
});

// ---- trivia --------------------------------------------------------------

export const Newline = createToken({ name: 'NEWLINE', pattern: /\r\n?|\n/, line_breaks: true, start_chars_hint: ['\r', '\n'] });
export const Whitespace = createToken({
  name: 'Whitespace', pattern: /[ \t\f]+/, group: Lexer.SKIPPED, line_breaks: false, start_chars_hint: [' ', '\t', '\f'],
});
export const Comment = createToken({
  name: 'Comment', pattern: /#[^\r\n]*/, group: 'comments', line_breaks: false, start_chars_hint: ['#'],
});
export const Continuation = createToken({
  name: 'Continuation', pattern: /\\(?:\r\n?|\n)/, group: Lexer.SKIPPED, line_breaks: true, start_chars_hint: ['\\'],
});

// ---- literals ------------------------------------------------------------

/** Payload of a String or Number token that CPython's tokenizer rejects. */
export interface BadLiteral { error: string; /** 0-based offset of the error in the source */ at: number; endAt?: number }

const STRING_PREFIXES = new Set(['', 'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf', 'ur']);

function isPrefixChar(c: number): boolean {
  // r R b B u U f F
  return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70;
}

/** Matches a string literal with its prefix. An unterminated one still
 * matches (to the end of the line, or of the source for triple quotes) and
 * carries a BadLiteral payload: the error is reported when the parser gets there. */
function matchString(text: string, offset: number): CustomPatternMatcherReturn | null {
  let i = offset;
  while (i - offset < 2 && isPrefixChar(text.charCodeAt(i))) i++;
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39) return null;
  if (i > offset && !STRING_PREFIXES.has(text.slice(offset, i).toLowerCase())) return null;
  const start = i;
  const n = text.length;
  if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) {
    i += 3;
    for (;;) {
      const k = text.indexOf(q === 34 ? '"""' : "'''", i);
      const b = text.indexOf('\\', i);
      if (b !== -1 && (k === -1 || b < k)) { i = b + 2; continue; }
      if (k === -1) {
        const r = [text.slice(offset)] as unknown as CustomPatternMatcherReturn;
        r.payload = { error: 'triple', at: start } satisfies BadLiteral;
        return r;
      }
      return [text.slice(offset, k + 3)] as unknown as CustomPatternMatcherReturn;
    }
  }
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === q) return [text.slice(offset, i + 1)] as unknown as CustomPatternMatcherReturn;
    if (c === 92) { // backslash: skips the next char, or a \r\n pair
      i += text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
      continue;
    }
    if (c === 10 || c === 13) break;
    i++;
  }
  const r = [text.slice(offset, Math.min(i, n))] as unknown as CustomPatternMatcherReturn;
  r.payload = { error: 'single', at: start } satisfies BadLiteral;
  return r;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
const isIdChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c >= 128;

/** Matches a number literal. This follows CPython's tokenizer (tok_get) step
 * by step, so that malformed numbers get its messages and error columns; it
 * also accepts the py2 forms `0777` and `10L` (lexer.ts marks the module py2). */
function matchNumber(text: string, offset: number): CustomPatternMatcherReturn | null {
  const n = text.length;
  let cur = offset;
  const nextc = () => (cur < n ? text.charCodeAt(cur++) : -1);
  const backup = (c: number) => { if (c !== -1) cur--; };
  const ok = (): CustomPatternMatcherReturn => [text.slice(offset, cur)] as unknown as CustomPatternMatcherReturn;
  // An error: CPython reports column `cur - line start` (1-based), i.e. the
  // character before the cursor.
  const fail = (error: string, at = cur - 1, endAt?: number): CustomPatternMatcherReturn => {
    let stop = cur;
    while (stop < n && isIdChar(text.charCodeAt(stop))) stop++;
    const r = [text.slice(offset, Math.max(stop, offset + 1))] as unknown as CustomPatternMatcherReturn;
    r.payload = { error, at, endAt } satisfies BadLiteral;
    return r;
  };
  /** CPython's verify_end_of_number: a number must not run into a name, except
   * the keywords that may follow it (`1if x else 2`). */
  const verifyEnd = (c: number, kind: string): boolean => {
    let r = false;
    const la = (s: string) => text.startsWith(s, cur);
    if (c === 97) r = la('nd');
    else if (c === 101) r = la('lse');
    else if (c === 102) r = la('or');
    else if (c === 105) { const c2 = text.charCodeAt(cur); r = c2 === 102 || c2 === 110 || c2 === 115; }
    else if (c === 111) r = la('r');
    else if (c === 110) r = la('ot');
    if (!r && c !== -1 && isIdChar(c)) { backup(c); return false; }
    return true;
  };
  const decimalTail = (): number | null => {
    let c: number;
    for (;;) {
      do c = nextc(); while (isDigit(c));
      if (c !== 95) return c;
      c = nextc();
      if (!isDigit(c)) { backup(c); return null; }
    }
  };
  let c = nextc();
  if (c === 46) { // '.5'
    c = nextc();
    if (!isDigit(c)) return null;
    return fraction(c);
  }
  if (!isDigit(c)) return null;
  if (c === 48) {
    c = nextc();
    const x = c | 32;
    if (x === 120 || x === 111 || x === 98) {
      const radix = x === 120 ? 16 : x === 111 ? 8 : 2;
      const name = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
      const isD = radix === 16 ? isHex : (d: number) => d >= 48 && d < 48 + radix;
      c = nextc();
      do {
        if (c === 95) c = nextc();
        if (!isD(c)) {
          if (radix !== 16 && isDigit(c)) return fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
          backup(c);
          return fail(`invalid ${name} literal`);
        }
        do c = nextc(); while (isD(c));
      } while (c === 95);
      if (radix !== 16 && isDigit(c)) return fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
      if ((c | 32) === 108) c = nextc(); // py2 long suffix: 0x10L
      if (!verifyEnd(c, name)) return fail(`invalid ${name} literal`);
      backup(c);
      return ok();
    }
    // '0', '00', py2 octal '0777', or a float '01.5'
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = nextc();
        if (!isDigit(c)) { backup(c); return fail('invalid decimal literal'); }
      }
      if (c !== 48) break;
      c = nextc();
    }
    const zerosEnd = cur;
    if (isDigit(c)) {
      nonzero = true;
      const t = decimalTail();
      if (t === null) return fail('invalid decimal literal');
      c = t;
    }
    if (c === 46) return fraction(nextc());
    if ((c | 32) === 101) return exponent(c);
    if ((c | 32) === 106) return imaginary();
    if (nonzero && !/^[0-7_]+$/.test(text.slice(offset, c === -1 ? cur : cur - 1))) {
      backup(c);
      return fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', offset, zerosEnd - 1);
    }
    if ((c | 32) === 108) c = nextc(); // py2 long suffix
    if (!verifyEnd(c, 'decimal')) return fail('invalid decimal literal');
    backup(c);
    return ok();
  }
  {
    const t = decimalTail();
    if (t === null) return fail('invalid decimal literal');
    c = t;
    if (c === 46) return fraction(nextc());
    if ((c | 32) === 101) return exponent(c);
    if ((c | 32) === 106) return imaginary();
    if ((c | 32) === 108) c = nextc(); // py2 long suffix: 10L
    if (!verifyEnd(c, 'decimal')) return fail('invalid decimal literal');
    backup(c);
    return ok();
  }

  function fraction(c: number): CustomPatternMatcherReturn {
    // c is the character after the '.'
    if (isDigit(c)) {
      const t = decimalTail();
      if (t === null) return fail('invalid decimal literal');
      c = t;
    }
    if ((c | 32) === 101) return exponent(c);
    if ((c | 32) === 106) return imaginary();
    if (!verifyEnd(c, 'decimal')) return fail('invalid decimal literal');
    backup(c);
    return ok();
  }
  function exponent(e: number): CustomPatternMatcherReturn {
    let c = nextc();
    if (c === 43 || c === 45) {
      c = nextc();
      if (!isDigit(c)) { backup(c); return fail('invalid decimal literal'); }
    } else if (!isDigit(c)) {
      backup(c);
      if (!verifyEnd(e, 'decimal')) return fail('invalid decimal literal');
      backup(e);
      return ok();
    }
    const t = decimalTail();
    if (t === null) return fail('invalid decimal literal');
    c = t;
    if ((c | 32) === 106) return imaginary();
    if (!verifyEnd(c, 'decimal')) return fail('invalid decimal literal');
    backup(c);
    return ok();
  }
  function imaginary(): CustomPatternMatcherReturn {
    const c = nextc();
    if (!verifyEnd(c, 'imaginary')) return fail('invalid imaginary literal');
    backup(c);
    return ok();
  }
}

export const StringTok = createToken({
  name: 'String',
  pattern: { exec: matchString },
  line_breaks: true,
  start_chars_hint: ['"', "'", 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F'],
});
export const NumberTok = createToken({
  name: 'Number',
  pattern: { exec: matchNumber },
  line_breaks: false,
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'],
});

// ---- operators and delimiters ---------------------------------------------

function op(name: string, pattern: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern, categories, label: `'${pattern}'`, line_breaks: false });
}

export const DoubleStarEqual = op('DoubleStarEqual', '**=', [AugAssign]);
export const DoubleSlashEqual = op('DoubleSlashEqual', '//=', [AugAssign]);
export const RShiftEqual = op('RShiftEqual', '>>=', [AugAssign]);
export const LShiftEqual = op('LShiftEqual', '<<=', [AugAssign]);
export const Ellipsis = op('Ellipsis', '...');
export const Arrow = op('Arrow', '->');
export const ColonEqual = op('ColonEqual', ':=');
export const DoubleStar = op('DoubleStar', '**', [BinOp]);
export const DoubleSlash = op('DoubleSlash', '//', [BinOp]);
export const RShift = op('RShift', '>>', [BinOp]);
export const LShift = op('LShift', '<<', [BinOp]);
export const LessEqual = op('LessEqual', '<=', [BinOp]);
export const GreaterEqual = op('GreaterEqual', '>=', [BinOp]);
export const EqEqual = op('EqEqual', '==', [BinOp]);
export const NotEqual = op('NotEqual', '!=', [BinOp]);
/** py2 `<>`. */
export const LessGreater = op('LessGreater', '<>', [BinOp]);
export const PlusEqual = op('PlusEqual', '+=', [AugAssign]);
export const MinusEqual = op('MinusEqual', '-=', [AugAssign]);
export const StarEqual = op('StarEqual', '*=', [AugAssign]);
export const SlashEqual = op('SlashEqual', '/=', [AugAssign]);
export const PercentEqual = op('PercentEqual', '%=', [AugAssign]);
export const AtEqual = op('AtEqual', '@=', [AugAssign]);
export const AmperEqual = op('AmperEqual', '&=', [AugAssign]);
export const VBarEqual = op('VBarEqual', '|=', [AugAssign]);
export const CircumflexEqual = op('CircumflexEqual', '^=', [AugAssign]);
export const LPar = op('LPar', '(');
export const RPar = op('RPar', ')');
export const LSqb = op('LSqb', '[');
export const RSqb = op('RSqb', ']');
export const LBrace = op('LBrace', '{');
export const RBrace = op('RBrace', '}');
export const Comma = op('Comma', ',');
export const Colon = op('Colon', ':');
export const Semi = op('Semi', ';');
export const Dot = op('Dot', '.');
export const Equal = op('Equal', '=');
export const Plus = op('Plus', '+', [BinOp]);
export const Minus = op('Minus', '-', [BinOp]);
export const Star = op('Star', '*', [BinOp]);
export const Slash = op('Slash', '/', [BinOp]);
export const Percent = op('Percent', '%', [BinOp]);
export const At = op('At', '@', [BinOp]);
export const Amper = op('Amper', '&', [BinOp]);
export const VBar = op('VBar', '|', [BinOp]);
export const Circumflex = op('Circumflex', '^', [BinOp]);
export const Tilde = op('Tilde', '~');
export const Less = op('Less', '<', [BinOp]);
export const Greater = op('Greater', '>', [BinOp]);
/** py2 backquotes: `x` is repr(x). */
export const Backquote = op('Backquote', '`');

/** Any other character: lexer.ts turns it into CPython's error. */
export const Unknown = createToken({
  name: 'Unknown', pattern: /[\s\S]/, line_breaks: true, start_chars_hint: [...range('\0', '\x7f'), ...NON_ASCII_HINTS],
});

// ---- parser-only tokens ----------------------------------------------------

export const INDENT = createToken({ name: 'INDENT', pattern: Lexer.NA });
export const DEDENT = createToken({ name: 'DEDENT', pattern: Lexer.NA });
/** Stands where the tokenizer found an error; its payload is the ParseError. */
export const ErrorToken = createToken({ name: 'ErrorToken', pattern: Lexer.NA });

function kw(word: string, categories: TokenType[] = []): TokenType {
  const name = word === 'None' || word === 'True' || word === 'False'
    ? word + 'Kw' : word[0].toUpperCase() + word.slice(1);
  return createToken({ name, pattern: Lexer.NA, categories, label: `'${word}'` });
}

export const FalseKw = kw('False');
export const NoneKw = kw('None');
export const TrueKw = kw('True');
export const And = kw('and', [BinOp]);
export const As = kw('as');
export const Assert = kw('assert');
export const Async = kw('async');
export const Await = kw('await');
export const Break = kw('break');
export const Class = kw('class');
export const Continue = kw('continue');
export const Def = kw('def');
export const Del = kw('del');
export const Elif = kw('elif');
export const Else = kw('else');
export const Except = kw('except');
export const Finally = kw('finally');
export const For = kw('for');
export const From = kw('from');
export const Global = kw('global');
export const If = kw('if');
export const Import = kw('import');
export const In = kw('in', [BinOp]);
export const Is = kw('is', [BinOp]);
export const Lambda = kw('lambda');
export const Nonlocal = kw('nonlocal');
export const Not = kw('not');
export const Or = kw('or', [BinOp]);
export const Pass = kw('pass');
export const Raise = kw('raise');
export const Return = kw('return');
export const Try = kw('try');
export const While = kw('while');
export const With = kw('with');
export const Yield = kw('yield');
// Soft keywords: they are Names everywhere except where the grammar asks for them.
export const Match = kw('match', [Name]);
export const Case = kw('case', [Name]);
/** py2 `print` statement (a Name unless the statement form applies). */
export const Print = kw('print', [Name]);
/** py2 `exec` statement. */
export const Exec = kw('exec', [Name]);

/** Identifier text → keyword token type. */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  [FalseKw, NoneKw, TrueKw, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
    Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not,
    Or, Pass, Raise, Return, Try, While, With, Yield, Match, Case, Print, Exec]
    .map((t) => [(t.LABEL as string).slice(1, -1), t]),
);

/** The Chevrotain lexer's definition, in match order: the first pattern that
 * matches wins, so longer operators come before their prefixes, and strings
 * before Name (a string prefix looks like a name). */
export const lexerTokens: TokenType[] = [
  Newline, Whitespace, Comment, Continuation, StringTok, NumberTok, Name,
  DoubleStarEqual, DoubleSlashEqual, RShiftEqual, LShiftEqual, Ellipsis, Arrow, ColonEqual,
  DoubleStar, DoubleSlash, RShift, LShift, LessEqual, GreaterEqual, EqEqual, NotEqual,
  LessGreater, PlusEqual, MinusEqual, StarEqual, SlashEqual, PercentEqual, AtEqual,
  AmperEqual, VBarEqual, CircumflexEqual,
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Comma, Colon, Semi, Dot, Equal, Plus, Minus,
  Star, Slash, Percent, At, Amper, VBar, Circumflex, Tilde, Less, Greater, Backquote,
  Unknown,
];

/** Everything the parser may see. */
export const allTokens: TokenType[] = [
  BinOp, AugAssign, ...lexerTokens, INDENT, DEDENT, ErrorToken, ...KEYWORDS.values(),
];
