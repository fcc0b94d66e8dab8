// str: methods of the str type.
// https://docs.python.org/3.11/library/stdtypes.html#string-methods

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyStr, strValue, strRepr, strLen, isFlat, codePoints, isPrintableChar } from './strutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PyBytes, bytesValue } from './bytesutil';
import { PySlice, sliceIndices, sliceArray } from './sliceutil';
import { methods, staticMethods } from './typesetup';
import { TypeError, ValueError, IndexError, LookupError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { index, indexNum } from './int';
import { str as pyStr, repr, strHash, getitem } from './protocol';
import { formatStr } from './format';
import { strFormat, percentFormat } from './strformat';
import { StrIter, iterToArray } from './iter';
import { encode, decode } from './codecs';

/** The str value of self for str methods. */
export function S(x: Py): string {
  const s = strValue(x);
  if (s === null) throw TypeError(`descriptor requires a 'str' object but received a '${typeName(x)}'`);
  return s;
}

/** A str argument (TypeError in CPython's wording otherwise). */
export function strArg(x: Py, what: string): string {
  const s = strValue(x);
  if (s === null) throw TypeError(`${what} must be str, not ${typeName(x)}`);
  return s;
}

function optStr(x: Py, what: string): string | null {
  return x === None || x === undefined ? null : strArg(x, what);
}

/** Python-style start/end arguments clipped to [0, len]. */
function range_(len: number, start: Py, end: Py): [number, number] {
  let a = start === None || start === undefined ? 0 : indexNum(start);
  let b = end === None || end === undefined ? len : indexNum(end);
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  if (b > len) b = len;
  return [a, b];
}

/** Operates on code points when s has surrogate pairs. */
function cps(s: string): string[] | null {
  return isFlat(s) ? null : codePoints(s);
}

function find(s: string, sub: string, start: Py, end: Py, rev: boolean): number {
  const arr = cps(s);
  if (!arr) {
    const [a, b] = range_(s.length, start, end);
    if (b - a < sub.length) return sub === '' && a <= s.length && a <= b ? a : -1;
    const hay = s.slice(a, b);
    const i = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
    return i < 0 ? -1 : i + a;
  }
  const [a, b] = range_(arr.length, start, end);
  const subArr = codePoints(sub);
  if (rev) {
    for (let i = b - subArr.length; i >= a; i--) if (arr.slice(i, i + subArr.length).join('') === sub) return i;
  } else {
    for (let i = a; i + subArr.length <= b; i++) if (arr.slice(i, i + subArr.length).join('') === sub) return i;
  }
  return -1;
}

function count(s: string, sub: string, start: Py, end: Py): number {
  const arr = cps(s) ?? s.split('');
  const [a, b] = range_(arr.length, start, end);
  if (a > arr.length) return 0;
  const hay = arr.slice(a, b).join('');
  if (sub === '') return strLen(hay) + 1;
  let n = 0, i = 0;
  while ((i = hay.indexOf(sub, i)) >= 0) {
    n++;
    i += sub.length;
  }
  return n;
}

const WS = /^[\s\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;
function isSpace(ch: string): boolean {
  return WS.test(ch);
}

function strip(s: string, chars: Py, left: boolean, right: boolean): string {
  const set = chars === None || chars === undefined ? null : new Set(codePoints(strArg(chars, 'strip arg')));
  const arr = codePoints(s);
  let a = 0, b = arr.length;
  const drop = (c: string) => (set ? set.has(c) : isSpace(c));
  if (left) while (a < b && drop(arr[a])) a++;
  if (right) while (b > a && drop(arr[b - 1])) b--;
  return arr.slice(a, b).join('');
}

function split(s: string, sep: Py, maxsplit: Py): PyList {
  let max = maxsplit === undefined ? -1 : indexNum(maxsplit);
  const out: string[] = [];
  if (sep === None || sep === undefined) {
    const arr = codePoints(s);
    let i = 0;
    const n = arr.length;
    while (i < n) {
      while (i < n && isSpace(arr[i])) i++;
      if (i >= n) break;
      if (max === 0) {
        let e = n;
        while (e > i && isSpace(arr[e - 1])) e--;
        out.push(arr.slice(i, e).join(''));
        break;
      }
      let j = i;
      while (j < n && !isSpace(arr[j])) j++;
      out.push(arr.slice(i, j).join(''));
      max--;
      i = j;
    }
    return new PyList(out);
  }
  const d = strArg(sep, 'must be str or None,');
  if (d === '') throw ValueError('empty separator');
  let i = 0;
  while (max !== 0) {
    const j = s.indexOf(d, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + d.length;
    max--;
  }
  out.push(s.slice(i));
  return new PyList(out);
}

function rsplit(s: string, sep: Py, maxsplit: Py): PyList {
  let max = maxsplit === undefined ? -1 : indexNum(maxsplit);
  if (max < 0) return split(s, sep, maxsplit);
  const out: string[] = [];
  if (sep === None || sep === undefined) {
    const arr = codePoints(s);
    let j = arr.length;
    while (j > 0) {
      while (j > 0 && isSpace(arr[j - 1])) j--;
      if (j <= 0) break;
      if (max === 0) {
        let b = 0;
        while (b < j && isSpace(arr[b])) b++;
        out.push(arr.slice(b, j).join(''));
        break;
      }
      let i = j;
      while (i > 0 && !isSpace(arr[i - 1])) i--;
      out.push(arr.slice(i, j).join(''));
      max--;
      j = i;
    }
    return new PyList(out.reverse());
  }
  const d = strArg(sep, 'must be str or None,');
  if (d === '') throw ValueError('empty separator');
  let end = s.length;
  while (max !== 0) {
    const j = s.lastIndexOf(d, end - d.length);
    if (j < 0 || end - d.length < 0) break;
    out.push(s.slice(j + d.length, end));
    end = j;
    max--;
  }
  out.push(s.slice(0, end));
  return new PyList(out.reverse());
}

const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

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

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    if (cased) out += prevCased ? ch.toLowerCase() : titleCase(ch);
    else out += ch;
    prevCased = cased || (prevCased && /\p{Mn}/u.test(ch));
    if (!cased && !/\p{Mn}/u.test(ch)) prevCased = false;
  }
  return out;
}

function titleCase(ch: string): string {
  const special: Record<string, string> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ', 'ß': 'Ss' };
  return special[ch] ?? ch.toUpperCase();
}

function capitalize(s: string): string {
  const arr = codePoints(s);
  if (!arr.length) return s;
  return titleCase(arr[0]) + arr.slice(1).join('').toLowerCase();
}

function swapcase(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase(), l = ch.toLowerCase();
    out += ch === u && ch !== l ? l : ch === l && ch !== u ? u : ch;
  }
  return out;
}

const hasCase = (c: string) => c.toLowerCase() !== c.toUpperCase();

function isUpper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (c !== c.toUpperCase() && hasCase(c)) return false;
    if (hasCase(c) && c === c.toUpperCase()) cased = true;
  }
  return cased;
}

function isLower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (c !== c.toLowerCase() && hasCase(c)) return false;
    if (hasCase(c) && c === c.toLowerCase()) cased = true;
  }
  return cased;
}

function isTitle(s: string): boolean {
  let cased = false, prev = false;
  for (const c of s) {
    if (hasCase(c)) {
      const upper = c === titleCase(c) && c !== c.toLowerCase();
      if (upper) {
        if (prev) return false;
        prev = true;
        cased = true;
      } else {
        if (!prev) return false;
      }
    } else prev = false;
  }
  return cased;
}

function expandtabs(s: string, tabsize: number): string {
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else if (ch === '\n' || ch === '\r') {
      out += ch;
      col = 0;
    } else {
      out += ch;
      col++;
    }
  }
  return out;
}

function pad(s: string, width: number, fill: string, where: 'l' | 'r' | 'c'): string {
  const n = strLen(s);
  if (width <= n) return s;
  const total = width - n;
  if (where === 'l') return s + fill.repeat(total);
  if (where === 'r') return fill.repeat(total) + s;
  // CPython centers with the extra pad on the left when the string length is odd
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function fillChar(x: Py): string {
  if (x === undefined) return ' ';
  const s = strValue(x);
  if (s === null) throw TypeError(`The fill character must be a unicode character, not ${typeName(x)}`);
  if (strLen(s) !== 1) throw TypeError('The fill character must be exactly one character long');
  return s;
}

function zfill(s: string, width: number): string {
  const n = strLen(s);
  if (width <= n) return s;
  const z = '0'.repeat(width - n);
  if (s[0] === '+' || s[0] === '-') return s[0] + z + s.slice(1);
  return z + s;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]*$/u.test(s.normalize('NFKC'));
}

function translate(s: string, table: Py): string {
  let out = '';
  for (const ch of s) {
    let v: Py;
    try {
      v = getitem(table, ch.codePointAt(0)!);
    } catch (e: any) {
      if (e?.cls?.isSubtype?.(T.LookupError)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (v === None) continue;
    const iv = intValue(v);
    if (iv !== null) out += String.fromCodePoint(Number(iv));
    else {
      const sv = strValue(v);
      if (sv === null) throw TypeError('character mapping must return integer, None or str');
      out += sv;
    }
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
  const a = codePoints(strArg(x, 'first maketrans argument'));
  const b = codePoints(strArg(y, 'second maketrans argument'));
  if (a.length !== b.length) throw ValueError('the first two maketrans arguments must have equal length');
  a.forEach((c, i) => d.set(c.codePointAt(0)!, b[i].codePointAt(0)!));
  if (z !== undefined) for (const c of codePoints(strArg(z, 'third maketrans argument'))) d.set(c.codePointAt(0)!, None);
  return d;
}

/** str(object='') / str(bytes, encoding, errors). */
function newStr(cls: PyType, o: Py, encoding: Py, errors: Py): Py {
  let s: string;
  if (o === undefined) s = '';
  else if (encoding === undefined && errors === undefined) s = pyStr(o);
  else {
    const b = bytesValue(o);
    if (!b) {
      if (strValue(o) !== null) throw TypeError('decoding str is not supported');
      throw TypeError(`decoding to str: need a bytes-like object, ${typeName(o)} found`);
    }
    s = decode(b, encoding === undefined ? 'utf-8' : strArg(encoding, "str() argument 'encoding'"), errors === undefined ? 'strict' : strArg(errors, "str() argument 'errors'"));
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
  if (k instanceof PySlice) return sliceArray(isFlat(s) ? s.split('') : codePoints(s), k).join('');
  const iv = intValue(k);
  if (iv !== null || typeOf(k).lookup('__index__') !== MISSING) return getItem(s, Number(index(k)));
  throw TypeError(`string indices must be integers, not '${typeName(k)}'`);
}

function cmpStr(op: (a: string, b: string) => boolean) {
  return (a: Py, b: Py) => {
    const y = strValue(b);
    if (y === null) return NotImplemented;
    return op(S(a), y);
  };
}

/** Python string comparison is by code point; JS by UTF-16 unit. */
export function strLess(a: string, b: string): boolean {
  if (isFlat(a) && isFlat(b)) return a < b;
  const x = codePoints(a), y = codePoints(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i].codePointAt(0)! < y[i].codePointAt(0)!;
  }
  return x.length < y.length;
}

function startsEnds(s: string, prefix: Py, start: Py, end: Py, ends: boolean): boolean {
  const arr = cps(s);
  const len = arr ? arr.length : s.length;
  const [a, b] = range_(len, start, end);
  if (start !== None && start !== undefined && indexNum(start) > len) return false;
  const sub = arr ? arr.slice(a, b).join('') : s.slice(a, b);
  const test = (p: Py) => {
    const ps = strValue(p);
    if (ps === null) {
      throw TypeError(`tuple for ${ends ? 'endswith' : 'startswith'} must only contain str, not ${typeName(p)}`);
    }
    if (a > b) return false;
    return ends ? sub.endsWith(ps) : sub.startsWith(ps);
  };
  if (prefix instanceof PyTuple) return prefix.items.some(test);
  if (strValue(prefix) === null) {
    throw TypeError(`${ends ? 'endswith' : 'startswith'} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
  }
  return test(prefix);
}

function join(sep: string, iterable: Py): string {
  const items = iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : iterToArray(iterable);
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x === 'string') parts[i] = x;
    else {
      const v = strValue(x);
      if (v === null) throw TypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
      parts[i] = v;
    }
  }
  return parts.join(sep);
}

function partition(s: string, sep: Py, rev: boolean): PyTuple {
  const d = strArg(sep, 'must be str,');
  if (d === '') throw ValueError('empty separator');
  const i = rev ? s.lastIndexOf(d) : s.indexOf(d);
  if (i < 0) return rev ? new PyTuple(['', '', s]) : new PyTuple([s, '', '']);
  return new PyTuple([s.slice(0, i), d, s.slice(i + d.length)]);
}

function replace(s: string, old: string, nw: string, n: number): string {
  if (n < 0) {
    if (old === '') return nw + codePoints(s).join(nw) + (s ? nw : '');
    return s.split(old).join(nw);
  }
  let out = '';
  if (old === '') {
    const arr = codePoints(s);
    let i = 0;
    for (; i < arr.length && n > 0; i++, n--) out += nw + arr[i];
    if (n > 0 && i === arr.length) out += nw;
    return out + arr.slice(i).join('');
  }
  let i = 0;
  while (n > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
    n--;
  }
  return out + s.slice(i);
}

export function setupStr(): void {
  const t = T.str;
  staticMethods(t, {
    __new__: ['cls, object=?, encoding=?, errors=?', newStr],
    maketrans: ['x, y=?, z=?, /', maketrans],
  });
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
    __add__: ['self, value, /', (a: Py, b: Py) => { const y = strValue(b); return y === null ? NotImplemented : S(a) + y; }],
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
      const sp = strArg(spec, 'format_spec');
      // an empty spec means str(self), which a subclass may override
      return sp === '' && typeof a !== 'string' ? pyStr(a) : formatStr(S(a), sp);
    }],
    __getnewargs__: ['self, /', (a: Py) => new PyTuple([S(a)])],
    __sizeof__: ['self, /', (a: Py) => 49 + S(a).length],
    join: ['self, iterable, /', (a: Py, it: Py) => join(S(a), it)],
    split: ['self, /, sep=None, maxsplit=-1', (a: Py, sep: Py, m: Py) => split(S(a), sep, m)],
    rsplit: ['self, /, sep=None, maxsplit=-1', (a: Py, sep: Py, m: Py) => rsplit(S(a), sep, m)],
    splitlines: ['self, /, keepends=False', (a: Py, k: Py) => new PyList(splitlines(S(a), !!k && k !== 0))],
    strip: ['self, chars=None, /', (a: Py, c: Py) => strip(S(a), c, true, true)],
    lstrip: ['self, chars=None, /', (a: Py, c: Py) => strip(S(a), c, true, false)],
    rstrip: ['self, chars=None, /', (a: Py, c: Py) => strip(S(a), c, false, true)],
    find: ['self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => find(S(a), strArg(sub, 'must be str, not'), s, e, false)],
    rfind: ['self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => find(S(a), strArg(sub, 'must be str, not'), s, e, true)],
    index: ['self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => { const i = find(S(a), strArg(sub, 'must be str, not'), s, e, false); if (i < 0) throw ValueError('substring not found'); return i; }],
    rindex: ['self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => { const i = find(S(a), strArg(sub, 'must be str, not'), s, e, true); if (i < 0) throw ValueError('substring not found'); return i; }],
    count: ['self, sub, start=None, end=None, /', (a: Py, sub: Py, s: Py, e: Py) => count(S(a), strArg(sub, 'must be str, not'), s, e)],
    replace: ['self, old, new, count=-1, /', (a: Py, o: Py, n: Py, c: Py) => replace(S(a), strArg(o, 'replace() argument 1'), strArg(n, 'replace() argument 2'), indexNum(c))],
    startswith: ['self, prefix, start=None, end=None, /', (a: Py, p: Py, s: Py, e: Py) => startsEnds(S(a), p, s, e, false)],
    endswith: ['self, suffix, start=None, end=None, /', (a: Py, p: Py, s: Py, e: Py) => startsEnds(S(a), p, s, e, true)],
    upper: ['self, /', (a: Py) => S(a).toUpperCase()],
    lower: ['self, /', (a: Py) => S(a).toLowerCase()],
    casefold: ['self, /', (a: Py) => S(a).toLowerCase().replace(/ß/g, 'ss')],
    title: ['self, /', (a: Py) => title(S(a))],
    capitalize: ['self, /', (a: Py) => capitalize(S(a))],
    swapcase: ['self, /', (a: Py) => swapcase(S(a))],
    isupper: ['self, /', (a: Py) => isUpper(S(a))],
    islower: ['self, /', (a: Py) => isLower(S(a))],
    istitle: ['self, /', (a: Py) => isTitle(S(a))],
    isspace: ['self, /', (a: Py) => { const s = S(a); return s.length > 0 && [...s].every(isSpace); }],
    isdigit: ['self, /', (a: Py) => /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u.test(S(a))],
    isdecimal: ['self, /', (a: Py) => /^\p{Nd}+$/u.test(S(a))],
    isnumeric: ['self, /', (a: Py) => /^[\p{Nd}\p{Nl}\p{No}\u3007\u4e00\u4e03\u4e5d\u4e8c\u4e94\u516b\u516d\u5341\u5343\u56db\u4e07\u767e\u96f6]+$/u.test(S(a))],
    isalpha: ['self, /', (a: Py) => /^\p{L}+$/u.test(S(a))],
    isalnum: ['self, /', (a: Py) => /^[\p{L}\p{Nd}\p{Nl}\p{No}]+$/u.test(S(a))],
    isascii: ['self, /', (a: Py) => /^[\x00-\x7f]*$/.test(S(a))],
    isidentifier: ['self, /', (a: Py) => isIdentifier(S(a))],
    isprintable: ['self, /', (a: Py) => [...S(a)].every(isPrintableChar)],
    center: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => pad(S(a), indexNum(w), fillChar(f), 'c')],
    ljust: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => pad(S(a), indexNum(w), fillChar(f), 'l')],
    rjust: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => pad(S(a), indexNum(w), fillChar(f), 'r')],
    zfill: ['self, width, /', (a: Py, w: Py) => zfill(S(a), indexNum(w))],
    expandtabs: ['self, /, tabsize=8', (a: Py, n: Py) => expandtabs(S(a), indexNum(n))],
    partition: ['self, sep, /', (a: Py, s: Py) => partition(S(a), s, false)],
    rpartition: ['self, sep, /', (a: Py, s: Py) => partition(S(a), s, true)],
    removeprefix: ['self, prefix, /', (a: Py, p: Py) => { const s = S(a), x = strArg(p, 'removeprefix() argument'); return x && s.startsWith(x) ? s.slice(x.length) : s; }],
    removesuffix: ['self, suffix, /', (a: Py, p: Py) => { const s = S(a), x = strArg(p, 'removesuffix() argument'); return x && s.endsWith(x) ? s.slice(0, s.length - x.length) : s; }],
    encode: ['self, /, encoding="utf-8", errors="strict"', (a: Py, enc: Py, err: Py) => new PyBytes(encode(S(a), strArg(enc, "encode() argument 'encoding'"), strArg(err, "encode() argument 'errors'")))],
    format: ['self, /, *args, **kwargs', (a: Py, args: Py[], kw: PyDict) => strFormat(S(a), args, kw)],
    format_map: ['self, mapping, /', (a: Py, m: Py) => strFormat(S(a), [], m)],
    translate: ['self, table, /', (a: Py, tb: Py) => translate(S(a), tb)],
  });
  void optStr;
  void LookupError;
  void repr;
  void sliceIndices;
}

function repeatStr(s: string, n: Py): Py {
  if (intValue(n) === null && typeOf(n).lookup('__index__') === MISSING) return NotImplemented;
  const k = index(n);
  if (k <= 0) return '';
  if (typeof k === 'bigint' || s.length * k > 2 ** 29) throw OverflowError('repeated string is too long');
  return s.repeat(k);
}
