// f-strings, Python 3.11 style: the whole f-string is one STRING token, and
// its replacement fields are found by scanning the body (the rules of
// CPython 3.11's fstring_find_literal / fstring_find_expr), each expression
// then parsed as "(expr)" by the real expression parser, placed so that the
// '(' sits where the '{' is: that gives CPython's node positions.
// https://docs.python.org/3.11/reference/lexical_analysis.html#f-strings
import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast';
import { decodeStr, EscapeError } from './literals';

export interface FStringHost {
  /** Parses `(` + expr + `)` whose '(' is at (line, col) of the file. */
  parseExpr(text: string, line: number, col: number): Expr;
  /** Raises a SyntaxError located where CPython reports f-string errors. */
  fail(msg: string): never;
}

/** A piece of a (possibly concatenated) string: literal text or a field. */
export type FPart = string | FormattedValue;

const MAX_PARENS = 200;

/** Parses the body of one f-string token into parts; `line`/`col` locate
 * body[0] in the file; `pos` is the span of the whole string concatenation,
 * which CPython gives to every FormattedValue and Constant inside, except
 * the JoinedStr of a format spec and its final text, which get `tokPos`, the
 * span of this token. */
export function parseFString(
  body: string, raw: boolean, line: number, col: number, pos: Pos, tokPos: Pos, host: FStringHost,
): FPart[] {
  // Line starts in body, to turn an index into a file position.
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const where = (idx: number): [number, number] => {
    let k = lineStarts.length - 1;
    while (lineStarts[k] > idx) k--;
    return [line + k, k === 0 ? col + idx : idx - lineStarts[k]];
  };
  let i = 0;
  const end = body.length;

  const decode = (s: string): string => {
    if (raw || s.indexOf('\\') < 0) return s;
    try {
      return decodeStr(s);
    } catch (e) {
      if (e instanceof EscapeError) host.fail(e.message);
      throw e;
    }
  };

  /** fstring_parse: literals and fields until the end, or until the '}' that
   * closes a format spec when `level` > 0. */
  function parse(level: number): FPart[] {
    const parts: FPart[] = [];
    for (;;) {
      // -- literal
      let lit = '';
      let start = i;
      while (i < end) {
        const ch = body[i++];
        if (!raw && ch === '\\' && i < end) {
          const c2 = body[i++];
          if (c2 === 'N' && i < end && body[i++] === '{') {
            while (i < end && body[i++] !== '}') { /* skip the name */ }
          }
          continue;
        }
        if (ch === '{' || ch === '}') {
          if (level === 0) {
            if (i < end && body[i] === ch) {
              lit += decode(body.slice(start, i)); // keeps one brace
              i++;
              start = i;
              continue;
            }
            if (ch === '}') host.fail("f-string: single '}' is not allowed");
          }
          i--;
          break;
        }
      }
      lit += decode(body.slice(start, i));
      if (lit) parts.push(lit);
      if (i >= end) return parts;
      if (body[i] === '}') return parts; // end of a format spec (level > 0)
      parts.push(...field(level));
    }
  }

  /** fstring_find_expr: the field at body[i] === '{'. Returns the
   * self-documenting text (for `=`) if any, then the FormattedValue. */
  function field(level: number): FPart[] {
    if (level >= 2) host.fail('f-string: expressions nested too deeply');
    const open = i;
    i++;
    const exprStart = i;
    let quote = '';
    let triple = false;
    const stack: string[] = [];
    for (; i < end; i++) {
      const ch = body[i];
      if (ch === '\\') host.fail('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (triple) {
            if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) { i += 2; quote = ''; }
          } else quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        triple = i + 2 < end && body[i + 1] === ch && body[i + 2] === ch;
        if (triple) i += 2;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= MAX_PARENS) host.fail('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === '#') {
        host.fail("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        const next = body[i + 1];
        if (i + 1 < end && next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) { i++; continue; }
        if (ch === '>' || ch === '<') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const opening = stack.pop();
        if (!opening) host.fail(`f-string: unmatched '${ch}'`);
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          host.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = i;
    if (quote) host.fail('f-string: unterminated string');
    if (stack.length) host.fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (i >= end) host.fail("f-string: expecting '}'");
    const text = body.slice(exprStart, exprEnd);
    if (/^[ \t\n\r\f\v]*$/.test(text)) host.fail('f-string: empty expression not allowed');
    const [l, c] = where(open);
    const value = host.parseExpr('(' + text + ')', l, c);

    let selfDoc: string | null = null;
    if (body[i] === '=') {
      i++;
      while (i < end && /[ \t\n\r\f\v]/.test(body[i])) i++;
      if (i >= end) host.fail("f-string: expecting '}'");
      selfDoc = body.slice(exprStart, i);
    }
    let conversion = -1;
    if (body[i] === '!') {
      i++;
      if (i >= end) host.fail("f-string: expecting '}'");
      const conv = body[i++];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        host.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv.charCodeAt(0);
    }
    let spec: JoinedStr | null = null;
    if (i < end && body[i] === ':') {
      i++;
      if (i >= end) host.fail("f-string: expecting '}'");
      // CPython gives a format spec the position of its own string token
      spec = joined(parse(level + 1), pos, null, tokPos);
    }
    if (i >= end || body[i] !== '}') host.fail("f-string: expecting '}'");
    i++;
    if (selfDoc !== null && spec === null && conversion === -1) conversion = 114; // 'r'
    const fv: FormattedValue = { type: 'FormattedValue', value, conversion, format_spec: spec, ...pos };
    return selfDoc !== null ? [selfDoc, fv] : [fv];
  }

  return parse(0);
}

/** A JoinedStr from parts: adjacent literal text merged, empty text dropped.
 * In a format spec (`tailPos` given) CPython places the JoinedStr and the
 * text after the last field at the spec's token, other text at `pos`. */
export function joined(parts: FPart[], pos: Pos, kind: string | null, tailPos: Pos = pos): JoinedStr {
  const values: (Constant | FormattedValue)[] = [];
  let text = '';
  for (const p of parts) {
    if (typeof p === 'string') { text += p; continue; }
    if (text) values.push(constant(text, pos, kind));
    text = '';
    values.push(p);
  }
  if (text) values.push(constant(text, tailPos, kind));
  return { type: 'JoinedStr', values, ...tailPos };
}

function constant(value: string, pos: Pos, kind: string | null): Constant {
  return { type: 'Constant', value: { kind: 'str', value }, kind, ...pos };
}
