// The tokenizer: Chevrotain's Lexer produces the raw tokens, then the
// Python-specific pass below turns them into what the parser consumes —
// NEWLINE only at bracket depth 0 and only after a non-blank line, INDENT and
// DEDENT from the indentation stack, keywords from names, and CPython's
// tokenizer errors. https://docs.python.org/3.11/reference/lexical_analysis.html
//
// Errors are not thrown here: the first one becomes an ErrorToken at the place
// it occurs, and the token stream stops there. CPython's tokenizer runs on
// demand, so a syntax error earlier in the file wins over a tokenizer error
// later on; index.ts decides which one to report (see `LexError`).
import { Lexer, createTokenInstance, tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { ParseError } from './ast';
import * as T from './tokens';

/** What an ErrorToken carries. `hard` errors are those CPython raises from the
 * tokenizer itself (bad literals, brackets, characters): they replace a
 * parser error found earlier in the file. Indentation errors do not. */
export interface LexError {
  error: ParseError;
  hard: boolean;
  /** The unclosed bracket at end of input ("'(' was never closed"). */
  eofBracket?: IToken;
  incomplete?: boolean;
}

export interface TokenStream {
  tokens: IToken[];
  /** The source without its BOM; positions refer to it. */
  source: string;
  /** Python 2-only lexical forms seen: `0777`, `10L`, `ur''`, `<>`, backquotes. */
  py2: boolean;
  /** Line and column just past the last character (for errors at end of input). */
  eofLine: number;
  eofCol: number;
}

/** For text that is part of a file (f-string replacement fields, tokenized
 * as "(expr)"): where it starts, so that tokens get file positions. */
export interface TokenizeOptions {
  /** Line (1-based) and column (0-based) of the text's first character. */
  line?: number;
  col?: number;
  /** The whole file's source, for the `text` of errors. */
  fileSource?: string;
}

let chevLexer: Lexer | undefined;

/** The Chevrotain lexer, built on first use (start-up time matters). */
export function getLexer(validate = false): Lexer {
  if (chevLexer && !validate) return chevLexer;
  const lexer = new Lexer(T.lexerTokens, {
    positionTracking: 'full',
    skipValidations: !validate,
    ensureOptimizations: validate,
    recoveryEnabled: false,
  });
  if (!validate) chevLexer = lexer;
  return lexer;
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The source line `lineno` (1-based) of `src`, with a '\n' ending as CPython shows it. */
export function lineText(src: string, lineno: number): string | null {
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const m = /\r\n?|\n/g;
    m.lastIndex = start;
    const r = m.exec(src);
    if (!r) return null;
    start = r.index + r[0].length;
  }
  const m = /\r\n?|\n/g;
  m.lastIndex = start;
  const r = m.exec(src);
  return r ? src.slice(start, r.index) + '\n' : src.slice(start);
}

export function makeError(
  kind: ParseError['kind'], msg: string, filename: string, src: string,
  lineno: number, offset: number, endLineno = lineno, endOffset = offset,
): ParseError {
  return new ParseError(kind, msg, filename, lineno, offset, lineText(src, lineno), endLineno, endOffset);
}

function isPrintable(ch: string): boolean {
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch) || ch === ' ';
}

const ID_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;

/** Splits `source` into the parser's tokens. Never throws. */
export function tokenize(source: string, filename = '<unknown>', opts: TokenizeOptions = {}): TokenStream {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const fileSource = opts.fileSource ?? source;
  const lineShift = (opts.line ?? 1) - 1;
  const colShift = opts.col ?? 0;
  const lexed = getLexer().tokenize(source);
  const raw = lexed.tokens;
  // Comments, to place a NEWLINE that ends a commented line where CPython
  // does: at the '#'.
  const comments = lexed.groups.comments ?? [];
  let ci = 0;
  const newlineAt = (nl: IToken): IToken => {
    while (ci < comments.length && comments[ci].endOffset! + 1 < nl.startOffset) ci++;
    const c = comments[ci];
    if (!c || c.endOffset! + 1 !== nl.startOffset) return shift(nl);
    const t = createTokenInstance(T.Newline, nl.image, c.startOffset, nl.endOffset!, c.startLine!, nl.endLine!, c.startColumn!, c.endColumn!);
    return shiftComment(t);
  };
  const out: IToken[] = [];
  const indents = [0];
  const altIndents = [0];
  const brackets: IToken[] = [];
  let atLineStart = true;
  let py2 = false;

  // End-of-input position: the end of the line holding the last character
  // (a final line break belongs to the line it ends), as CPython reports it.
  let eofLine = 1;
  let eofCol = 0;
  {
    let end = source.length;
    if (source.endsWith('\r\n')) end -= 2;
    else if (end && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
    let ls = 0;
    for (let i = 0; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) { eofLine++; ls = i + 1; }
    }
    eofCol = end - ls;
  }

  const shiftComment = (t: IToken): IToken => {
    t.payload = 'comment'; // errors.ts: the NEWLINE spans the comment
    return shift(t);
  };
  const shift = (t: IToken): IToken => {
    if (lineShift || colShift) {
      if (t.startLine === 1) t.startColumn! += colShift;
      if (t.endLine === 1) t.endColumn! += colShift;
      t.startLine! += lineShift;
      t.endLine! += lineShift;
    }
    return t;
  };
  const synth = (type: TokenType, image: string, line: number, col: number, offset: number): IToken =>
    createTokenInstance(type, image, offset, offset, line, line, col + 1, col);
  const errAt = (t: IToken, lexErr: Omit<LexError, 'error'> & { error: ParseError }): TokenStream => {
    const e = synth(T.ErrorToken, '', t.startLine!, t.startColumn! - 1, t.startOffset);
    e.payload = lexErr;
    out.push(e);
    return { tokens: out, source, py2, eofLine: eofLine + lineShift, eofCol };
  };
  // Errors use file positions: line/col already shifted.
  const err = (kind: ParseError['kind'], msg: string, line: number, offset: number, endLine = line, endOffset = offset) =>
    makeError(kind, msg, filename, fileSource, line, offset, endLine, endOffset);

  for (let k = 0; k < raw.length; k++) {
    const type = raw[k].tokenType;
    if (type === T.Newline) {
      if (brackets.length || atLineStart) continue;
      out.push(comments.length ? newlineAt(raw[k]) : shift(raw[k]));
      atLineStart = true;
      continue;
    }
    const tok = shift(raw[k]);
    if (atLineStart) {
      atLineStart = false;
      // Indentation of a new logical line: measured from the start of its
      // physical line, tabs to multiples of 8 (`col`) and as one column
      // (`alt`); the two must order lines the same way, else TabError.
      let ls = tok.startOffset;
      while (ls > 0 && source[ls - 1] !== '\n' && source[ls - 1] !== '\r') ls--;
      let col = 0;
      let alt = 0;
      for (let i = ls; i < tok.startOffset; i++) {
        const c = source[i];
        if (c === ' ') { col++; alt++; } else if (c === '\t') { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; alt++; } else if (c === '\f') { col = alt = 0; } else break;
      }
      const line = tok.startLine!;
      const top = indents[indents.length - 1];
      if (col === top) {
        if (alt !== altIndents[altIndents.length - 1]) {
          return errAt(tok, { hard: false, error: err('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, line, 0) });
        }
      } else if (col > top) {
        if (indents.length >= MAXINDENT) {
          return errAt(tok, { hard: false, error: err('IndentationError', 'too many levels of indentation', line, 1, line, 0) });
        }
        if (alt <= altIndents[altIndents.length - 1]) {
          return errAt(tok, { hard: false, error: err('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, line, 0) });
        }
        indents.push(col);
        altIndents.push(alt);
        const ind = synth(T.INDENT, '', line, tok.startColumn! - 1, tok.startOffset);
        out.push(ind);
      } else {
        // Dedent to a level on the stack, checked before any DEDENT is
        // emitted (as CPython's tokenizer does).
        let level = indents.length - 1;
        while (level > 0 && col < indents[level]) level--;
        if (col !== indents[level]) {
          // CPython's column: the line's length plus its newline
          const lt = (lineText(fileSource, line) ?? '').replace(/\n$/, '');
          return errAt(tok, { hard: false, error: err('IndentationError', 'unindent does not match any outer indentation level', line, lt.length + 1, line, -1) });
        }
        if (alt !== altIndents[level]) {
          return errAt(tok, { hard: false, error: err('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, line, 0) });
        }
        while (indents.length > level + 1) {
          indents.pop();
          altIndents.pop();
          out.push(synth(T.DEDENT, '', line, tok.startColumn! - 1, tok.startOffset));
        }
      }
    }
    const line = tok.startLine!;
    const col1 = tok.startColumn!; // 1-based: CPython's offset of the token
    switch (type) {
      case T.Name: {
        const kwType = T.KEYWORDS.get(tok.image);
        if (kwType) {
          tok.tokenType = kwType;
          tok.tokenTypeIdx = kwType.tokenTypeIdx!;
        } else if (!isAsciiName(tok.image) && !ID_RE.test(tok.image)) {
          // CPython's verify_identifier: report the first character that
          // cannot be part of an identifier.
          const cps = Array.from(tok.image);
          let bad = 0;
          let pos = 0;
          for (let i = 0; i < cps.length; i++) {
            if (!(i === 0 ? ID_START : ID_CONTINUE).test(cps[i])) { bad = i; break; }
            pos += cps[i].length;
          }
          const ch = cps[bad];
          const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
          const msg = isPrintable(ch) ? `invalid character '${ch}' (U+${cp})` : `invalid non-printable character U+${cp}`;
          const off = col1 + pos;
          return errAt(tok, { hard: true, error: err('SyntaxError', msg, line, off, line, off) });
        }
        break;
      }
      case T.StringTok: {
        const bad = tok.payload as T.BadLiteral | undefined;
        if (bad) {
          const breaks = tok.image.match(/\r\n?|\n/g)?.length ?? 0;
          const endsWithBreak = /[\r\n]$/.test(tok.image);
          if (bad.error === 'triple') {
            const detected = line + breaks - (endsWithBreak ? 1 : 0);
            return errAt(tok, {
              hard: true, incomplete: true,
              error: err('SyntaxError', `unterminated triple-quoted string literal (detected at line ${detected})`, line, col1, line, col1),
            });
          }
          return errAt(tok, {
            hard: true,
            error: err('SyntaxError', `unterminated string literal (detected at line ${line + breaks})`, line, col1, line, col1),
          });
        }
        if (!py2 && /^[uU][rR]/.test(tok.image)) py2 = true;
        break;
      }
      case T.NumberTok: {
        const bad = tok.payload as T.BadLiteral | undefined;
        if (bad) {
          const off = col1 + (bad.at - tok.startOffset);
          const end = bad.endAt === undefined ? off : col1 + (bad.endAt - tok.startOffset);
          return errAt(tok, { hard: true, error: err('SyntaxError', bad.error, line, off, line, end) });
        }
        if (!py2 && (/[lL]$/.test(tok.image) || /^0[0-7_]*[1-7]/.test(tok.image) && !/[.eEjJxXoObB]/.test(tok.image))) py2 = true;
        break;
      }
      case T.LPar: case T.LSqb: case T.LBrace:
        if (brackets.length >= MAXLEVEL) {
          return errAt(tok, { hard: true, error: err('SyntaxError', 'too many nested parentheses', line, col1, line, col1) });
        }
        brackets.push(tok);
        break;
      case T.RPar: case T.RSqb: case T.RBrace: {
        const open = brackets.pop();
        if (!open) {
          return errAt(tok, { hard: true, error: err('SyntaxError', `unmatched '${tok.image}'`, line, col1) });
        }
        if (OPENERS[open.image] !== tok.image) {
          const where = open.startLine === line ? '' : ` on line ${open.startLine}`;
          return errAt(tok, {
            hard: true,
            error: err('SyntaxError', `closing parenthesis '${tok.image}' does not match opening parenthesis '${open.image}'${where}`, line, col1),
          });
        }
        break;
      }
      case T.LessGreater: case T.Backquote:
        py2 = true;
        break;
      case T.Unknown: {
        const c = tok.image;
        if (c === '\\') {
          if (tok.startOffset + 1 >= source.length) {
            return errAt(tok, {
              hard: false, incomplete: true,
              error: err('SyntaxError', 'unexpected EOF while parsing', line, col1 + 1, line, -1),
            });
          }
          return errAt(tok, {
            hard: false,
            error: err('SyntaxError', 'unexpected character after line continuation character', line, col1 + 1, line, 0),
          });
        }
        if (c === '\0') {
          return errAt(tok, { hard: true, error: err('SyntaxError', 'source code string cannot contain null bytes', line, col1) });
        }
        if (!isPrintable(c)) {
          const cp = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
          return errAt(tok, { hard: true, error: err('SyntaxError', `invalid non-printable character U+${cp}`, line, col1) });
        }
        // `$`, `?`, `!`: CPython passes them to the parser, which fails there.
        break;
      }
    }
    out.push(tok);
  }

  const eofL = eofLine + lineShift;
  const eofC = eofLine === 1 ? eofCol + colShift : eofCol;
  const eofOff = source.length;
  if (brackets.length) {
    const open = brackets[brackets.length - 1];
    const e = synth(T.ErrorToken, '', eofL, eofC, eofOff);
    e.payload = {
      hard: true, incomplete: true, eofBracket: open,
      error: err('SyntaxError', `'${open.image}' was never closed`, open.startLine!, open.startColumn!, open.startLine!, 0),
    } satisfies LexError;
    out.push(e);
    return { tokens: out, source, py2, eofLine: eofL, eofCol: eofC };
  }
  const cont = /\\(?:\r\n?|\n)[ \t\f]*$/.exec(source);
  if (cont) {
    // a backslash continuation with nothing after it: more input expected
    const bl = (source.slice(0, cont.index).match(/\r\n?|\n/g)?.length ?? 0) + 1 + lineShift;
    const bc = cont.index - Math.max(source.lastIndexOf('\n', cont.index - 1), source.lastIndexOf('\r', cont.index - 1)) - 1;
    const e = synth(T.ErrorToken, '', eofL, eofC, eofOff);
    e.payload = {
      hard: false, incomplete: true, error: err('SyntaxError', 'unexpected EOF while parsing', bl, bc + 2, bl, -1),
    } satisfies LexError;
    out.push(e);
    return { tokens: out, source, py2, eofLine: eofL, eofCol: eofC };
  }
  if (!atLineStart) {
    const nl = synth(T.Newline, '', eofL, eofC, eofOff);
    const c = comments[comments.length - 1];
    if (c && c.endOffset! + 1 === source.length) {
      out.push(shiftComment(createTokenInstance(T.Newline, '', c.startOffset, c.endOffset!, c.startLine!, c.endLine!, c.startColumn!, c.endColumn!)));
    } else out.push(nl);
  }
  for (let i = 1; i < indents.length; i++) out.push(synth(T.DEDENT, '', eofL, eofC, eofOff));
  return { tokens: out, source, py2, eofLine: eofL, eofCol: eofC };
}

function isAsciiName(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** True when `t` is of type `type` or one of its categories. */
export function isType(t: IToken, type: TokenType): boolean {
  return tokenMatcher(t, type);
}
