// str: methods of the str type.
// https://docs.python.org/3.11/library/stdtypes.html#string-methods
//
// Indices are code points. Strings without surrogate pairs (isFlat) use JS
// indexing directly; the others convert positions (see toUnit/toCp).

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyStr, strValue, strRepr, strLen, isFlat, codePoints, strLt } from './strutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PyBytes } from './bytesutil';
import { PySlice, sliceIndices } from './sliceutil';
import { methods, staticMethods } from './typesetup';
import { TypeError, ValueError, IndexError, OverflowError } from './raise';
import { PyBaseException } from './exceptions';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { index, sizeArg } from './int';
import { str as pyStr, strHash, getitem, truthy } from './protocol';
import { formatStr } from './format';
import { strFormat, percentFormat } from './strformat';
import { StrIter, iterToArray } from './iter';
import { encode, decode } from './codecs';
import { bufferOf } from './bytesops';
import { findIn, countIn, tailMatch, splitSep, rsplitSep, splitWs, rsplitWs, replaceIn, expandTabs, centerLeft } from './textops';
import {
  strUpper, strLower, strCasefold, strSwapcase, strTitle, strCapitalize, strIsUpper, strIsLower, strIsTitle, strIsAlpha,
  strIsDecimal, strIsDigit, strIsNumeric, strIsAlnum, strIsSpace, strIsPrintable, strIsIdentifier, isAscii,
} from './strcase';
import { isSpaceCp } from './unicode';

/** The str value of self for str methods. */
export function S(x: Py): string {
  if (typeof x === 'string') return x;
  if (x instanceof PyStr) return x.v;
  throw TypeError(`descriptor requires a 'str' object but received a '${typeName(x)}'`);
}

/** A str argument: "<what> must be str, not int". */
export function strArg(x: Py, what: string): string {
  if (typeof x === 'string') return x;
  const s = strValue(x);
  if (s === null) throw TypeError(`${what} must be str, not ${typeName(x)}`);
  return s;
}

/** A str argument: "must be str, not int". */
function mustBeStr(x: Py): string {
  if (typeof x === 'string') return x;
  const s = strValue(x);
  if (s === null) throw TypeError(`must be str, not ${typeName(x)}`);
  return s;
}

/** A start/end argument: None (the default) or an index. */
function slot(x: Py, dflt: number): number {
  if (x === None || x === undefined) return dflt;
  if (typeof x === 'number') return x;
  if (intValue(x) === null && typeOf(x).lookup('__index__') === MISSING) {
    throw TypeError('slice indices must be integers or None or have an __index__ method');
  }
  const v = index(x);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

// ---- code point / unit positions for strings with surrogate pairs ----------

/** The UTF-16 offset of code point index i (i within [0, len]). */
function toUnit(s: string, i: number): number {
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** The code point index of UTF-16 offset u. */
function toCp(s: string, u: number): number {
  return strLen(s.slice(0, u));
}

/** Clipped [start, end) in code points, and as units. */
function span(s: string, start: Py, end: Py): [number, number, number] {
  const n = strLen(s);
  let a = slot(start, 0), b = slot(end, n);
  if (b > n) b = n;
  else if (b < 0) b = Math.max(0, b + n);
  if (a < 0) a = Math.max(0, a + n);
  return [a, b, n];
}

function find(s: string, sub: string, start: Py, end: Py, rev: boolean): number {
  if (isFlat(s)) return findIn(s, sub, slot(start, 0), slot(end, s.length), rev);
  const [a, b, n] = span(s, start, end);
  if (a > n || b - a < strLen(sub)) return -1;
  const ua = toUnit(s, a), ub = toUnit(s, b);
  const i = findIn(s, sub, ua, ub, rev);
  return i < 0 ? -1 : toCp(s, i);
}

function count(s: string, sub: string, start: Py, end: Py): number {
  if (isFlat(s) && isFlat(sub)) return countIn(s, sub, slot(start, 0), slot(end, s.length));
  const [a, b, n] = span(s, start, end);
  if (a > n || b < a) return 0;
  if (sub === '') return b - a + 1;
  return countIn(s, sub, toUnit(s, a), toUnit(s, b));
}

function startsEnds(s: string, prefix: Py, start: Py, end: Py, atEnd: boolean): boolean {
  const name = atEnd ? 'endswith' : 'startswith';
  let a: number, b: number;
  if (isFlat(s)) {
    a = slot(start, 0);
    b = slot(end, s.length);
  } else {
    const [ca, cb, n] = span(s, start, end);
    if (ca > n) return false;
    a = toUnit(s, ca);
    b = toUnit(s, cb);
  }
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      const ps = strValue(p);
      if (ps === null) throw TypeError(`tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (tailMatch(s, ps, a, b, atEnd)) return true;
    }
    return false;
  }
  const ps = strValue(prefix);
  if (ps === null) throw TypeError(`${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
  return tailMatch(s, ps, a, b, atEnd);
}

const isWsUnit = (c: number) => isSpaceCp(c);

function strip(s: string, chars: Py, left: boolean, right: boolean): string {
  let a = 0, b = s.length;
  if (chars === None || chars === undefined) {
    if (left) while (a < b && isSpaceCp(s.charCodeAt(a))) a++;
    if (right) while (b > a && isSpaceCp(s.charCodeAt(b - 1))) b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
  }
  const cs = strValue(chars);
  if (cs === null) throw TypeError(`${left && right ? 'strip' : left ? 'lstrip' : 'rstrip'} arg must be None or str`);
  if (!isFlat(s) || !isFlat(cs)) {
    const set = new Set(codePoints(cs));
    const arr = codePoints(s);
    let i = 0, j = arr.length;
    if (left) while (i < j && set.has(arr[i])) i++;
    if (right) while (j > i && set.has(arr[j - 1])) j--;
    return arr.slice(i, j).join('');
  }
  if (left) while (a < b && cs.includes(s[a])) a++;
  if (right) while (b > a && cs.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function split(s: string, sep: Py, maxsplit: Py, rev: boolean): PyList {
  const max = sizeArg(maxsplit);
  if (sep === None) return new PyList(rev ? rsplitWs(s, max, isWsUnit) : splitWs(s, max, isWsUnit));
  const d = strValue(sep);
  if (d === null) throw TypeError(`must be str or None, not ${typeName(sep)}`);
  if (d === '') throw ValueError('empty separator');
  return new PyList(rev ? rsplitSep(s, d, max) : splitSep(s, d, max));
}

const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

/** str.splitlines(keepends). */
export function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  LINE_BREAKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAKS.exec(s))) {
    out.push(s.slice(i, keepends ? m.index + m[0].length : m.index));
    i = m.index + m[0].length;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
}

function expandtabs(s: string, tabsize: number): string {
  if (isFlat(s)) return expandTabs(s, tabsize);
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function pad(self: Py, s: string, width: Py, fillchar: Py, where: 'l' | 'r' | 'c'): Py {
  const w = sizeArg(width);
  let fill = ' ';
  if (fillchar !== undefined) {
    const f = strValue(fillchar);
    if (f === null) throw TypeError(`The fill character must be a unicode character, not ${typeName(fillchar)}`);
    if (strLen(f) !== 1) throw TypeError('The fill character must be exactly one character long');
    fill = f;
  }
  const n = strLen(s);
  if (w <= n) return typeof self === 'string' ? self : s;
  const total = w - n;
  if (where === 'l') return s + fill.repeat(total);
  if (where === 'r') return fill.repeat(total) + s;
  const left = centerLeft(total, w);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function zfill(self: Py, s: string, width: Py): Py {
  const w = sizeArg(width);
  const n = strLen(s);
  if (w <= n) return typeof self === 'string' ? self : s;
  const z = '0'.repeat(w - n);
  if (s[0] === '+' || s[0] === '-') return s[0] + z + s.slice(1);
  return z + s;
}

function translate(s: string, table: Py): string {
  let out = '';
  const cache = new Map<number, string | null>();
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    let r = cache.get(cp);
    if (r === undefined) {
      let v: Py;
      try {
        v = getitem(table, cp);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtype(T.LookupError)) {
          cache.set(cp, (r = String.fromCodePoint(cp)));
          out += r;
          continue;
        }
        throw e;
      }
      if (v === None) r = null;
      else {
        const iv = intValue(v);
        if (iv !== null) {
          if (iv < 0 || iv > 0x10ffff) throw ValueError('character mapping must be in range(0x110000)');
          r = String.fromCodePoint(Number(iv));
        } else {
          const sv = strValue(v);
          if (sv === null) throw TypeError('character mapping must return integer, None or str');
          r = sv;
        }
      }
      cache.set(cp, r);
    }
    if (r !== null) out += r;
  }
  return out;
}

function maketrans(x: Py, y: Py, z: Py): PyDict {
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw TypeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.entries()) {
      const ks = strValue(k);
      if (ks !== null) {
        if (strLen(ks) !== 1) throw ValueError('string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if (intValue(k) !== null) d.set(k, v);
      else throw TypeError('keys in translate table must be strings or integers');
    }
    return d;
  }
  const a = codePoints(strArg(x, 'maketrans() argument 1'));
  const b = codePoints(strArg(y, 'maketrans() argument 2'));
  if (a.length !== b.length) throw ValueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < a.length; i++) d.set(a[i].codePointAt(0)!, b[i].codePointAt(0)!);
  if (z !== undefined) for (const c of codePoints(strArg(z, 'maketrans() argument 3'))) d.set(c.codePointAt(0)!, None);
  return d;
}

/** str(object='') / str(bytes, encoding, errors). */
function newStr(cls: PyType, o: Py, encoding: Py, errors: Py): Py {
  let s: string;
  if (o === undefined) s = '';
  else if (encoding === undefined && errors === undefined) s = typeof o === 'string' ? o : pyStr(o);
  else {
    const enc = encoding === undefined ? 'utf-8' : strArg(encoding, "str() argument 'encoding'");
    const err = errors === undefined ? 'strict' : strArg(errors, "str() argument 'errors'");
    const b = bufferOf(o);
    if (!b) {
      if (strValue(o) !== null) throw TypeError('decoding str is not supported');
      throw TypeError(`decoding to str: need a bytes-like object, ${typeName(o)} found`);
    }
    s = decode(b, enc, err);
  }
  return cls === T.str ? s : new PyStr(s, cls);
}

function getItem(s: string, k: Py): string {
  if (typeof k === 'number') {
    if (isFlat(s)) {
      const i = k < 0 ? k + s.length : k;
      if (i < 0 || i >= s.length) throw IndexError('string index out of range');
      return s[i];
    }
    const arr = codePoints(s);
    const i = k < 0 ? k + arr.length : k;
    if (i < 0 || i >= arr.length) throw IndexError('string index out of range');
    return arr[i];
  }
  if (k instanceof PySlice) {
    const flat = isFlat(s);
    const arr = flat ? null : codePoints(s);
    const [start, stop, step, n] = sliceIndices(k, flat ? s.length : arr!.length);
    if (flat && step === 1) return stop > start ? s.slice(start, stop) : '';
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += flat ? s[j] : arr![j];
    return out;
  }
  if (intValue(k) !== null || typeOf(k).lookup('__index__') !== MISSING) {
    const v = index(k);
    if (typeof v === 'bigint') throw IndexError(`cannot fit 'int' into an index-sized integer`);
    return getItem(s, v);
  }
  throw TypeError(`string indices must be integers, not '${typeName(k)}'`);
}

/** Python string comparison is by code point; JS by UTF-16 unit, which
 * differs only when a surrogate pair meets a unit in U+E000..U+FFFF. */
export function strLess(a: string, b: string): boolean {
  return strLt(a, b);
}

function cmpStr(op: (a: string, b: string) => boolean) {
  return (a: Py, b: Py) => {
    const y = strValue(b);
    if (y === null) return NotImplemented;
    return op(S(a), y);
  };
}

function join(sep: string, iterable: Py): string {
  let items: Py[];
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = iterable.items;
  else {
    const tp = typeOf(iterable);
    if (tp.lookup('__iter__') === MISSING && tp.lookup('__getitem__') === MISSING) throw TypeError('can only join an iterable');
    items = iterToArray(iterable);
  }
  const n = items.length;
  if (n === 1 && typeof items[0] === 'string') return items[0];
  // Array.prototype.join sizes and copies the result once; joining with +
  // made a cons string per item, all garbage once flattened (GC was a third
  // of a loop appending 600,000 chars and joining them)
  let strs = items;
  for (let i = 0; i < n; i++) {
    if (typeof items[i] === 'string') continue;
    if (strs === items) strs = items.slice(0, n);
    const x = strValue(items[i]);
    if (x === null) throw TypeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    strs[i] = x;
  }
  return strs.join(sep);
}

function partition(s: string, sep: Py, rev: boolean): PyTuple {
  const d = mustBeStr(sep);
  if (d === '') throw ValueError('empty separator');
  const i = rev ? s.lastIndexOf(d) : s.indexOf(d);
  if (i < 0) return rev ? new PyTuple(['', '', s]) : new PyTuple([s, '', '']);
  return new PyTuple([s.slice(0, i), d, s.slice(i + d.length)]);
}

function replace(s: string, old: string, nw: string, n: number): string {
  if (old === '' && !isFlat(s)) {
    const arr = codePoints(s);
    if (n < 0 || n > arr.length + 1) n = arr.length + 1;
    let out = '';
    let i = 0;
    for (; i < arr.length && n > 0; i++, n--) out += nw + arr[i];
    if (n > 0) out += nw;
    return out + arr.slice(i).join('');
  }
  return replaceIn(s, old, nw, n);
}

function repeatStr(s: string, n: Py): Py {
  if (typeof n !== 'number') {
    if (intValue(n) === null && typeOf(n).lookup('__index__') === MISSING) return NotImplemented;
    n = index(n);
  }
  if (n <= 0 || s.length === 0) return '';
  if (typeof n === 'bigint' || s.length * n > 2 ** 29) throw OverflowError('repeated string is too long');
  return s.repeat(n);
}

export function setupStr(): void {
  const t = T.str;
  staticMethods(t, {
    __new__: ['cls, object=?, encoding=?, errors=?', newStr],
    maketrans: ['x, y=?, z=?, /', maketrans],
  });
  t.vnew = (a) => (a.length <= 1 ? newStr(T.str, a[0], undefined, undefined) : undefined);
  methods(t, {
    __repr__: ['self, /', (a: Py) => strRepr(S(a))],
    __str__: ['self, /', (a: Py) => (typeof a === 'string' ? a : S(a))],
    __hash__: ['self, /', (a: Py) => strHash(S(a))],
    __len__: ['self, /', (a: Py) => strLen(S(a))],
    __getitem__: ['self, key, /', (a: Py, k: Py) => getItem(S(a), k)],
    __contains__: ['self, key, /', (a: Py, k: Py) => {
      const x = strValue(k);
      if (x === null) throw TypeError(`'in <string>' requires string as left operand, not ${typeName(k)}`);
      return S(a).includes(x);
    }],
    __iter__: ['self, /', (a: Py) => new StrIter(S(a))],
    __add__: ['self, value, /', (a: Py, b: Py) => {
      const y = strValue(b);
      if (y === null) throw TypeError(`can only concatenate str (not "${typeName(b)}") to str`);
      return S(a) + y;
    }],
    __mul__: ['self, value, /', (a: Py, n: Py) => repeatStr(S(a), n)],
    __rmul__: ['self, value, /', (a: Py, n: Py) => repeatStr(S(a), n)],
    __mod__: ['self, value, /', (a: Py, v: Py) => percentFormat(S(a), v)],
    __rmod__: ['self, value, /', () => NotImplemented],
    __eq__: ['self, value, /', cmpStr((x, y) => x === y)],
    __ne__: ['self, value, /', cmpStr((x, y) => x !== y)],
    __lt__: ['self, value, /', cmpStr((x, y) => strLess(x, y))],
    __le__: ['self, value, /', cmpStr((x, y) => x === y || strLess(x, y))],
    __gt__: ['self, value, /', cmpStr((x, y) => strLess(y, x))],
    __ge__: ['self, value, /', cmpStr((x, y) => x === y || strLess(y, x))],
    __format__: ['self, format_spec, /', (a: Py, spec: Py) => {
      const sp = strArg(spec, 'format() argument 2');
      // an empty spec is str(self), which a subclass may override
      if (sp === '' && typeof a !== 'string') return pyStr(a);
      return formatStr(S(a), sp);
    }],
    __getnewargs__: ['self, /', (a: Py) => new PyTuple([S(a)])],
    __sizeof__: ['self, /', (a: Py) => {
      const s = S(a);
      if (isAscii(s)) return 49 + s.length;
      let max = 0;
      for (const c of s) max = Math.max(max, c.codePointAt(0)!);
      const n = strLen(s);
      return max < 256 ? 73 + n : max < 65536 ? 74 + 2 * n : 76 + 4 * n;
    }],
    join: ['self, iterable, /', (a: Py, it: Py) => join(S(a), it)],
    split: ['self, /, sep=None, maxsplit=-1', (a: Py, sep: Py, m: Py) => split(S(a), sep, m, false)],
    rsplit: ['self, /, sep=None, maxsplit=-1', (a: Py, sep: Py, m: Py) => split(S(a), sep, m, true)],
    splitlines: ['self, /, keepends=False', (a: Py, k: Py) => new PyList(splitlines(S(a), typeof k === 'boolean' ? k : sizeArg(k) !== 0))],
    strip: ['self, chars=None, /', (a: Py, c: Py) => strip(S(a), c, true, true)],
    lstrip: ['self, chars=None, /', (a: Py, c: Py) => strip(S(a), c, true, false)],
    rstrip: ['self, chars=None, /', (a: Py, c: Py) => strip(S(a), c, false, true)],
    find: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => find(S(a), mustBeStr(sub), s, e, false)],
    rfind: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => find(S(a), mustBeStr(sub), s, e, true)],
    index: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => {
      const i = find(S(a), mustBeStr(sub), s, e, false);
      if (i < 0) throw ValueError('substring not found');
      return i;
    }],
    rindex: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => {
      const i = find(S(a), mustBeStr(sub), s, e, true);
      if (i < 0) throw ValueError('substring not found');
      return i;
    }],
    count: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => count(S(a), mustBeStr(sub), s, e)],
    replace: ['self, old, new, count=-1, /', (a: Py, o: Py, n: Py, c: Py) =>
      replace(S(a), strArg(o, 'replace() argument 1'), strArg(n, 'replace() argument 2'), sizeArg(c))],
    startswith: ['@parsetuple self, prefix, start=None, end=None, /', (a: Py, p: Py, s: Py, e: Py) => startsEnds(S(a), p, s, e, false)],
    endswith: ['@parsetuple self, suffix, start=None, end=None, /', (a: Py, p: Py, s: Py, e: Py) => startsEnds(S(a), p, s, e, true)],
    upper: ['self, /', (a: Py) => strUpper(S(a))],
    lower: ['self, /', (a: Py) => strLower(S(a))],
    casefold: ['self, /', (a: Py) => strCasefold(S(a))],
    title: ['self, /', (a: Py) => strTitle(S(a))],
    capitalize: ['self, /', (a: Py) => strCapitalize(S(a))],
    swapcase: ['self, /', (a: Py) => strSwapcase(S(a))],
    isupper: ['self, /', (a: Py) => strIsUpper(S(a))],
    islower: ['self, /', (a: Py) => strIsLower(S(a))],
    istitle: ['self, /', (a: Py) => strIsTitle(S(a))],
    isspace: ['self, /', (a: Py) => strIsSpace(S(a))],
    isdigit: ['self, /', (a: Py) => strIsDigit(S(a))],
    isdecimal: ['self, /', (a: Py) => strIsDecimal(S(a))],
    isnumeric: ['self, /', (a: Py) => strIsNumeric(S(a))],
    isalpha: ['self, /', (a: Py) => strIsAlpha(S(a))],
    isalnum: ['self, /', (a: Py) => strIsAlnum(S(a))],
    isascii: ['self, /', (a: Py) => isAscii(S(a))],
    isidentifier: ['self, /', (a: Py) => strIsIdentifier(S(a))],
    isprintable: ['self, /', (a: Py) => strIsPrintable(S(a))],
    center: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => pad(a, S(a), w, f, 'c')],
    ljust: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => pad(a, S(a), w, f, 'l')],
    rjust: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => pad(a, S(a), w, f, 'r')],
    zfill: ['self, width, /', (a: Py, w: Py) => zfill(a, S(a), w)],
    expandtabs: ['self, /, tabsize=8', (a: Py, n: Py) => expandtabs(S(a), sizeArg(n))],
    partition: ['self, sep, /', (a: Py, s: Py) => partition(S(a), s, false)],
    rpartition: ['self, sep, /', (a: Py, s: Py) => partition(S(a), s, true)],
    removeprefix: ['self, prefix, /', (a: Py, p: Py) => {
      const s = S(a), x = strArg(p, 'removeprefix() argument');
      return x && s.startsWith(x) ? s.slice(x.length) : s;
    }],
    removesuffix: ['self, suffix, /', (a: Py, p: Py) => {
      const s = S(a), x = strArg(p, 'removesuffix() argument');
      return x && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
    }],
    encode: ['self, /, encoding="utf-8", errors="strict"', (a: Py, enc: Py, err: Py) =>
      new PyBytes(encode(S(a), strArg(enc, "encode() argument 'encoding'"), strArg(err, "encode() argument 'errors'")))],
    format: ['self, /, *args, **kwargs', (a: Py, args: Py[], kw: PyDict) => strFormat(S(a), args, kw)],
    format_map: ['self, mapping, /', (a: Py, m: Py) => strFormat(S(a), null, m)],
    translate: ['self, table, /', (a: Py, tb: Py) => translate(S(a), tb)],
  });
  void truthy;
}
