// str values: JS strings, or PyStr boxes for instances of str subclasses.
// Python indexes strings by code point; JS by UTF-16 unit. Strings without
// surrogate pairs (the common case) use JS indexing directly.

import { PyObject, type Py, serial } from './base';

/** An instance of a subclass of str. */
export class PyStr extends PyObject {
  constructor(public v: string, cls: any) {
    super(cls);
  }
}

/** The string value of a str (or str subclass instance), else null. */
export function strValue(x: Py): string | null {
  if (typeof x === 'string') return x;
  if (x instanceof PyStr) return x.v;
  return null;
}

const SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

// Loops index and slice the same long string again and again: remember
// the answer for the last two long strings (the check scans all of s).
let flatA = '', flatAv = true, flatB = '', flatBv = true;
let flatS = '', flatSv = true;

/** True when JS indexing of s equals Python indexing. */
export function isFlat(s: string): boolean {
  if (s.length < 64) {
    if (s.length < 2) return true;
    // the same short string is often asked about several times in a row
    // (w[0], len(w)); === is cheap for short strings
    if (s === flatS) return flatSv;
    flatS = s;
    return (flatSv = !SURROGATE.test(s));
  }
  if (Object.is(s, flatA)) return flatAv;
  if (Object.is(s, flatB)) return flatBv;
  const v = !SURROGATE.test(s);
  flatB = flatA;
  flatBv = flatAv;
  flatA = s;
  flatAv = v;
  return v;
}

const SURROGATE_UNIT = /[\uD800-\uDFFF]/;

/** a < b by code point. JS compares UTF-16 units, which orders an astral
 * character (a surrogate pair) below U+E000..U+FFFF; only strings holding
 * surrogates need the slow comparison (the test is O(1) on Latin-1 strings). */
export function strLt(a: string, b: string): boolean {
  if (SURROGATE_UNIT.test(a) || SURROGATE_UNIT.test(b)) return cpLess(a, b);
  return a < b;
}

function cpLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) return a.codePointAt(i)! < b.codePointAt(i)!;
      return x < y;
    }
  }
  return a.length < b.length;
}

/** len() of a Python string. */
export function strLen(s: string): number {
  if (isFlat(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s as one-character strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** str.isprintable() for one code point. */
export function isPrintableChar(ch: string): boolean {
  return ch === ' ' || !NONPRINTABLE.test(ch);
}

/** repr() of a str, as CPython writes it. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || c === quote.charCodeAt(0)) {
      simple = false;
      break;
    }
  }
  if (simple) return quote + s + quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (isPrintableChar(ch) && !(c >= 0xd800 && c <= 0xdfff)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** ascii(): repr with every non-ASCII character escaped. */
export function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

serial(PyStr);
