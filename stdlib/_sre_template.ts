// Replacement templates of re.sub / Match.expand: "\1", "\g<name>",
// "\g<0>", character escapes, with CPython's errors (re/_parser.py's
// parse_template is the behaviour followed). A parsed template is a list of
// literal strings and group numbers.

import { ReSyntaxError, MAXGROUPS, pyRepr } from './_sre_parse';
import { IndexError } from '../src/objects/raise';

export interface Template {
  /** Literal pieces (JS strings; latin-1 images for bytes) and group
   * numbers, in order. */
  parts: (string | number)[];
  /** The template has no group references. */
  literal: boolean;
  /** A str template for a bytes pattern or the reverse. */
  mismatch?: boolean;
}

const ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
const ASCIILETTER = /^[a-zA-Z]$/;
const ID_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** Parses a template given as an array of one-code-point strings. */
export function parseTemplate(chars: string[], istext: boolean, groups: number, groupindex: Map<string, number>): Template {
  const parts: (string | number)[] = [];
  let lit = '';
  let i = 0;
  const n = chars.length;
  const err = (msg: string, pos: number): ReSyntaxError => new ReSyntaxError(istext ? msg : asciiOnly(msg), pos);
  const addgroup = (index: number, pos: number, offset: number): void => {
    if (index > groups) throw err(`invalid group reference ${index}`, pos - offset);
    if (lit) parts.push(lit);
    lit = '';
    parts.push(index);
  };
  while (i < n) {
    const c = chars[i++];
    if (c !== '\\') {
      lit += c;
      continue;
    }
    if (i >= n) throw new ReSyntaxError('bad escape (end of pattern)', n - 1);
    const e = chars[i++];
    if (e === 'g') {
      if (chars[i] !== '<') throw err('missing <', i);
      i++;
      let name = '';
      for (;;) {
        if (i >= n) {
          if (!name) throw err('missing group name', i);
          throw err('missing >, unterminated name', i - [...name].length);
        }
        const x = chars[i++];
        if (x === '>') {
          if (!name) throw err('missing group name', i - 1);
          break;
        }
        name += x;
      }
      const nlen = [...name].length;
      let index: number;
      if (ID_RE.test(name)) {
        const g = groupindex.get(name);
        if (g === undefined) throw IndexError(`unknown group name ${pyRepr(name)}`);
        index = g;
      } else {
        if (!/^[0-9]+$/.test(name)) throw err(`bad character in group name ${pyRepr(name)}`, i - nlen - 1);
        index = Number(name);
        if (index >= MAXGROUPS) throw err(`invalid group reference ${index}`, i - nlen - 1);
      }
      addgroup(index, i, nlen + 1);
    } else if (e === '0') {
      let v = '0';
      if (i < n && '01234567'.includes(chars[i])) {
        v += chars[i++];
        if (i < n && '01234567'.includes(chars[i])) v += chars[i++];
      }
      lit += String.fromCharCode(parseInt(v, 8) & 0xff);
    } else if (e >= '1' && e <= '9') {
      let v = e;
      let octal = false;
      if (i < n && chars[i] >= '0' && chars[i] <= '9') {
        v += chars[i++];
        if (e <= '7' && v[1] <= '7' && i < n && chars[i] >= '0' && chars[i] <= '7') {
          v += chars[i++];
          octal = true;
          const o = parseInt(v, 8);
          if (o > 0o377) throw err(`octal escape value \\${v} outside of range 0-0o377`, i - v.length - 1);
          lit += String.fromCharCode(o);
        }
      }
      if (!octal) addgroup(Number(v), i, v.length);
    } else {
      const x = ESC[e];
      if (x !== undefined) lit += x;
      else {
        if (ASCIILETTER.test(e)) throw err(`bad escape \\${e}`, i - 2);
        lit += '\\' + e;
      }
    }
  }
  if (lit) parts.push(lit);
  const literal = parts.every((p) => typeof p === 'string');
  return { parts, literal };
}

function asciiOnly(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += '\\u' + c.toString(16).padStart(4, '0');
  }
  return out;
}
