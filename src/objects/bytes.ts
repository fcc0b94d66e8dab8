// bytes and bytearray: methods shared by both types (the bytearray-only
// mutators are in bytearray.ts).
// https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyBytes, PyByteArray, bytesValue, latin1, fromLatin1 } from './bytesutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PySlice, sliceIndices } from './sliceutil';
import { methods, staticMethods, classMethods, attrs } from './typesetup';
import { TypeError, ValueError, IndexError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { index, sizeArg } from './int';
import { strValue } from './strutil';
import { ArrayIter, iterToArray } from './iter';
import { decode } from './codecs';
import { percentFormat } from './strformat';
import { Cmp, truthy, strHash } from './protocol';
import { callSync } from '../vm/call';
import {
  bufferOf, needBuffer, subArg, isSpaceB, isAlphaB, isDigitB, isAlnumB, mapBytes, lowerB, upperB, swapB, titleB,
  capitalizeB, allB, isLowerBytes, isUpperBytes, isTitleBytes, bytesRepr, hexOf, fromHex, bytesFrom, fillByte,
} from './bytesops';
import { findIn, countIn, tailMatch, splitSep, rsplitSep, splitWs, rsplitWs, replaceIn, expandTabs, centerLeft } from './textops';
import { setupByteArray } from './bytearray';

export { bytesRepr, bytesFrom };

/** The bytes of a bytes-like argument (TypeError otherwise). */
export function B(x: Py, what = 'a bytes-like object is required'): Uint8Array {
  const b = bufferOf(x);
  if (b) return b;
  throw TypeError(`${what}, not '${typeName(x)}'`);
}

/** A result of the same kind (bytes or bytearray) as self. */
function mk(self: Py, data: Uint8Array): Py {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}
function mkS(self: Py, s: string): Py {
  return mk(self, fromLatin1(s));
}

const optIndex = (x: Py, dflt: number): number => {
  if (x === None || x === undefined) return dflt;
  const v = index(x);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
};

function find(b: Uint8Array, sub: Py, start: Py, end: Py, rev: boolean): number {
  return findIn(latin1(b), subArg(sub), optIndex(start, 0), optIndex(end, Number.MAX_SAFE_INTEGER), rev);
}

function startsEnds(b: Uint8Array, p: Py, start: Py, end: Py, atEnd: boolean): boolean {
  const s = latin1(b);
  const a = optIndex(start, 0), e = optIndex(end, Number.MAX_SAFE_INTEGER);
  if (p instanceof PyTuple) {
    for (const q of p.items) if (tailMatch(s, latin1(needBuffer(q)), a, e, atEnd)) return true;
    return false;
  }
  const pb = bufferOf(p);
  if (!pb) throw TypeError(`${atEnd ? 'endswith' : 'startswith'} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
  return tailMatch(s, latin1(pb), a, e, atEnd);
}

function stripB(b: Uint8Array, chars: Py, l: boolean, r: boolean): Uint8Array {
  let test: (c: number) => boolean = isSpaceB;
  if (chars !== None && chars !== undefined) {
    const set = needBuffer(chars);
    test = (c) => set.includes(c);
  }
  let a = 0, e = b.length;
  if (l) while (a < e && test(b[a])) a++;
  if (r) while (e > a && test(b[e - 1])) e--;
  return b.slice(a, e);
}

function splitB(self: Py, b: Uint8Array, sep: Py, maxsplit: Py, rev: boolean): PyList {
  const max = sizeArg(maxsplit);
  const s = latin1(b);
  let parts: string[];
  if (sep === None) parts = rev ? rsplitWs(s, max, isSpaceB) : splitWs(s, max, isSpaceB);
  else {
    const d = latin1(needBuffer(sep));
    if (!d.length) throw ValueError('empty separator');
    parts = rev ? rsplitSep(s, d, max) : splitSep(s, d, max);
  }
  const out = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = mkS(self, parts[i]);
  return new PyList(out);
}

function splitlinesB(self: Py, b: Uint8Array, keep: boolean): PyList {
  const out: Py[] = [];
  let i = 0;
  const n = b.length;
  while (i < n) {
    let j = i;
    while (j < n && b[j] !== 10 && b[j] !== 13) j++;
    let eol = j;
    if (j < n) eol = b[j] === 13 && j + 1 < n && b[j + 1] === 10 ? j + 2 : j + 1;
    out.push(mk(self, b.slice(i, keep ? eol : j)));
    i = eol;
  }
  return new PyList(out);
}

function partitionB(self: Py, b: Uint8Array, sep: Py, rev: boolean): PyTuple {
  const d = needBuffer(sep);
  if (!d.length) throw ValueError('empty separator');
  const s = latin1(b), ds = latin1(d);
  const i = rev ? s.lastIndexOf(ds) : s.indexOf(ds);
  const empty = () => mk(self, new Uint8Array(0));
  if (i < 0) return rev ? new PyTuple([empty(), empty(), mk(self, b.slice())]) : new PyTuple([mk(self, b.slice()), empty(), empty()]);
  return new PyTuple([mkS(self, s.slice(0, i)), mk(self, d.slice()), mkS(self, s.slice(i + ds.length))]);
}

function padB(self: Py, b: Uint8Array, width: Py, fill: Py, how: 'l' | 'r' | 'c', fn: string): Py {
  const w = sizeArg(width);
  const f = fillByte(fill, fn);
  if (w <= b.length) return self instanceof PyBytes && self.cls === T.bytes ? self : mk(self, b.slice());
  const total = w - b.length;
  const left = how === 'l' ? 0 : how === 'r' ? total : centerLeft(total, w);
  const out = new Uint8Array(w).fill(f);
  out.set(b, left);
  return mk(self, out);
}

function zfillB(self: Py, b: Uint8Array, width: Py): Py {
  const w = sizeArg(width);
  if (w <= b.length) return self instanceof PyBytes && self.cls === T.bytes ? self : mk(self, b.slice());
  const out = new Uint8Array(w).fill(48);
  const fill = w - b.length;
  out.set(b, fill);
  if (b.length && (b[0] === 43 || b[0] === 45)) {
    out[0] = b[0];
    out[fill] = 48;
  }
  return mk(self, out);
}

function translateB(self: Py, b: Uint8Array, table: Py, del: Py): Py {
  let t: Uint8Array | null = null;
  if (table !== None) {
    t = needBuffer(table);
    if (t.length !== 256) throw ValueError('translation table must be 256 characters long');
  }
  const d = del === undefined ? null : needBuffer(del);
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (d && d.includes(c)) continue;
    out.push(t ? t[c] : c);
  }
  return mk(self, Uint8Array.from(out));
}

function joinB(self: Py, sep: Uint8Array, it: Py): Py {
  const items = it instanceof PyList || it instanceof PyTuple ? it.items : iterToArray(it);
  const parts: Uint8Array[] = new Array(items.length);
  let total = Math.max(0, items.length - 1) * sep.length;
  for (let i = 0; i < items.length; i++) {
    const p = bufferOf(items[i]);
    if (!p) throw TypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
    parts[i] = p;
    total += p.length;
  }
  const r = new Uint8Array(total);
  let off = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i) {
      r.set(sep, off);
      off += sep.length;
    }
    r.set(parts[i], off);
    off += parts[i].length;
  }
  return mk(self, r);
}

/** b[k] for an index or a slice. */
export function bytesGetitem(self: Py, b: Uint8Array, k: Py): Py {
  if (typeof k === 'number') {
    const i = k < 0 ? k + b.length : k;
    if (i < 0 || i >= b.length) throw IndexError(`${self instanceof PyByteArray ? 'bytearray ' : ''}index out of range`);
    return b[i];
  }
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, b.length);
    if (step === 1) return mk(self, b.slice(start, Math.max(start, stop)));
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
    return mk(self, out);
  }
  if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) {
    throw TypeError(`${self instanceof PyByteArray ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeName(k)}`);
  }
  const v = index(k);
  if (typeof v === 'bigint') throw IndexError(`cannot fit 'int' into an index-sized integer`);
  return bytesGetitem(self, b, v);
}

function compareBytes(a: Uint8Array, b: Uint8Array, op: Cmp): boolean {
  const n = Math.min(a.length, b.length);
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      c = a[i] - b[i];
      break;
    }
  }
  if (c === 0) c = a.length - b.length;
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    case Cmp.GE: return c >= 0;
  }
}

function repeatB(self: Py, b: Uint8Array, n: Py): Py {
  if (intValue(n) === null && typeOf(n).lookup('__index__') === MISSING) return NotImplemented;
  const v = index(n);
  const k = v <= 0 ? 0 : Number(v);
  if (k * b.length > 2 ** 31) throw OverflowError('repeated bytes are too long');
  const r = new Uint8Array(b.length * k);
  for (let i = 0; i < k; i++) r.set(b, i * b.length);
  return mk(self, r);
}

/** %-formatting of bytes. */
function modB(self: Py, b: Uint8Array, v: Py): Py {
  return mkS(self, percentFormat(latin1(b), v, true));
}

export function setupBytes(): void {
  for (const t of [T.bytes, T.bytearray]) {
    const isBA = t === T.bytearray;
    const view = (x: Py): Uint8Array => {
      const b = bytesValue(x);
      if (b && (isBA ? x instanceof PyByteArray : x instanceof PyBytes)) return b;
      throw TypeError(`descriptor requires a '${t.name}' object but received a '${typeName(x)}'`);
    };
    const cmp = (op: Cmp) => (a: Py, o: Py) => {
      const x = view(a);
      // bytes compares only with bytes; bytearray with any buffer
      const y = isBA ? bufferOf(o) : o instanceof PyBytes ? o.v : null;
      if (!y) return NotImplemented;
      return compareBytes(x, y, op);
    };
    methods(t, {
      __repr__: ['self, /', (a: Py) => {
        const b = view(a);
        if (!isBA) return bytesRepr(b);
        const body = bytesRepr(b, 'b', true);
        return `${a.cls.name}(${body})`;
      }],
      __len__: ['self, /', (a: Py) => view(a).length],
      __getitem__: ['self, key, /', (a: Py, k: Py) => bytesGetitem(a, view(a), k)],
      __iter__: ['self, /', (a: Py) => new ArrayIter(Array.from(view(a)), isBA ? T.bytearray_iterator : T.bytes_iterator)],
      __contains__: ['self, key, /', (a: Py, k: Py) => {
        const b = view(a);
        if (intValue(k) !== null || (bufferOf(k) === null && typeOf(k).lookup('__index__') !== MISSING)) {
          const v = index(k);
          if (v < 0 || v > 255) throw ValueError('byte must be in range(0, 256)');
          return b.includes(Number(v));
        }
        return latin1(b).includes(latin1(needBuffer(k)));
      }],
      __add__: ['self, value, /', (a: Py, o: Py) => {
        const y = bufferOf(o);
        if (!y) throw TypeError(`can't concat ${typeName(o)} to ${t.name}`);
        const x = view(a);
        const r = new Uint8Array(x.length + y.length);
        r.set(x);
        r.set(y, x.length);
        return mk(a, r);
      }],
      __mul__: ['self, value, /', (a: Py, n: Py) => repeatB(a, view(a), n)],
      __rmul__: ['self, value, /', (a: Py, n: Py) => repeatB(a, view(a), n)],
      __mod__: ['self, value, /', (a: Py, v: Py) => modB(a, view(a), v)],
      __rmod__: ['self, value, /', () => NotImplemented],
      __eq__: ['self, value, /', cmp(Cmp.EQ)],
      __ne__: ['self, value, /', cmp(Cmp.NE)],
      __lt__: ['self, value, /', cmp(Cmp.LT)],
      __le__: ['self, value, /', cmp(Cmp.LE)],
      __gt__: ['self, value, /', cmp(Cmp.GT)],
      __ge__: ['self, value, /', cmp(Cmp.GE)],
      __sizeof__: ['self, /', (a: Py) => (isBA ? 57 + (a as PyByteArray).v.length : 33 + view(a).length)],
      decode: ['self, /, encoding="utf-8", errors="strict"', (a: Py, e: Py, er: Py) => {
        const enc = strValue(e);
        if (enc === null) throw TypeError(`decode() argument 'encoding' must be str, not ${typeName(e)}`);
        const err = strValue(er);
        if (err === null) throw TypeError(`decode() argument 'errors' must be str, not ${typeName(er)}`);
        return decode(view(a), enc, err);
      }],
      hex: ['self, /, sep=?, bytes_per_sep=?', (a: Py, s: Py, n: Py) => hexOf(view(a), s, n)],
      find: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => find(view(a), s, st, e, false)],
      rfind: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => find(view(a), s, st, e, true)],
      index: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => {
        const i = find(view(a), s, st, e, false);
        if (i < 0) throw ValueError('subsection not found');
        return i;
      }],
      rindex: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => {
        const i = find(view(a), s, st, e, true);
        if (i < 0) throw ValueError('subsection not found');
        return i;
      }],
      count: ['@parsetuple self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) =>
        countIn(latin1(view(a)), subArg(s), optIndex(st, 0), optIndex(e, Number.MAX_SAFE_INTEGER))],
      startswith: ['@parsetuple self, prefix, start=None, end=None, /', (a: Py, p: Py, s: Py, e: Py) => startsEnds(view(a), p, s, e, false)],
      endswith: ['@parsetuple self, suffix, start=None, end=None, /', (a: Py, p: Py, s: Py, e: Py) => startsEnds(view(a), p, s, e, true)],
      strip: ['self, bytes=None, /', (a: Py, c: Py) => mk(a, stripB(view(a), c, true, true))],
      lstrip: ['self, bytes=None, /', (a: Py, c: Py) => mk(a, stripB(view(a), c, true, false))],
      rstrip: ['self, bytes=None, /', (a: Py, c: Py) => mk(a, stripB(view(a), c, false, true))],
      split: ['self, /, sep=None, maxsplit=-1', (a: Py, s: Py, m: Py) => splitB(a, view(a), s, m, false)],
      rsplit: ['self, /, sep=None, maxsplit=-1', (a: Py, s: Py, m: Py) => splitB(a, view(a), s, m, true)],
      splitlines: ['self, /, keepends=False', (a: Py, k: Py) => splitlinesB(a, view(a), truthy(k))],
      partition: ['self, sep, /', (a: Py, s: Py) => partitionB(a, view(a), s, false)],
      rpartition: ['self, sep, /', (a: Py, s: Py) => partitionB(a, view(a), s, true)],
      join: ['self, iterable_of_bytes, /', (a: Py, it: Py) => joinB(a, view(a), it)],
      replace: ['self, old, new, count=-1, /', (a: Py, o: Py, n: Py, c: Py) =>
        mkS(a, replaceIn(latin1(view(a)), latin1(needBuffer(o)), latin1(needBuffer(n)), sizeArg(c)))],
      removeprefix: ['self, prefix, /', (a: Py, p: Py) => {
        const b = view(a), x = needBuffer(p);
        if (x.length <= b.length && latin1(b).startsWith(latin1(x))) return mk(a, b.slice(x.length));
        return isBA ? mk(a, b.slice()) : a;
      }],
      removesuffix: ['self, suffix, /', (a: Py, p: Py) => {
        const b = view(a), x = needBuffer(p);
        if (x.length && x.length <= b.length && latin1(b).endsWith(latin1(x))) return mk(a, b.slice(0, b.length - x.length));
        return isBA ? mk(a, b.slice()) : a;
      }],
      upper: ['self, /', (a: Py) => mk(a, mapBytes(view(a), upperB))],
      lower: ['self, /', (a: Py) => mk(a, mapBytes(view(a), lowerB))],
      swapcase: ['self, /', (a: Py) => mk(a, mapBytes(view(a), swapB))],
      title: ['self, /', (a: Py) => mk(a, titleB(view(a)))],
      capitalize: ['self, /', (a: Py) => mk(a, capitalizeB(view(a)))],
      isdigit: ['self, /', (a: Py) => allB(view(a), isDigitB)],
      isalpha: ['self, /', (a: Py) => allB(view(a), isAlphaB)],
      isalnum: ['self, /', (a: Py) => allB(view(a), isAlnumB)],
      isspace: ['self, /', (a: Py) => allB(view(a), isSpaceB)],
      islower: ['self, /', (a: Py) => isLowerBytes(view(a))],
      isupper: ['self, /', (a: Py) => isUpperBytes(view(a))],
      istitle: ['self, /', (a: Py) => isTitleBytes(view(a))],
      isascii: ['self, /', (a: Py) => view(a).every((c) => c < 128)],
      center: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => padB(a, view(a), w, f, 'c', 'center')],
      ljust: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => padB(a, view(a), w, f, 'l', 'ljust')],
      rjust: ['self, width, fillchar=?, /', (a: Py, w: Py, f: Py) => padB(a, view(a), w, f, 'r', 'rjust')],
      zfill: ['self, width, /', (a: Py, w: Py) => zfillB(a, view(a), w)],
      expandtabs: ['self, /, tabsize=8', (a: Py, n: Py) => mkS(a, expandTabs(latin1(view(a)), sizeArg(n)))],
      translate: ['self, table, /, delete=?', (a: Py, tb: Py, d: Py) => translateB(a, view(a), tb, d)],
    });
    classMethods(t, {
      fromhex: ['cls, string, /', (cls: PyType, s: Py) => {
        const b = fromHex(s);
        if (cls === T.bytes) return new PyBytes(b);
        if (cls === T.bytearray) return new PyByteArray(b);
        return callSync(cls, [isBA ? new PyByteArray(b) : new PyBytes(b)]);
      }],
    });
    staticMethods(t, {
      maketrans: ['frm, to, /', (f: Py, to: Py) => {
        const a = needBuffer(f), b = needBuffer(to);
        if (a.length !== b.length) throw ValueError('maketrans arguments must have same length');
        const r = new Uint8Array(256);
        for (let i = 0; i < 256; i++) r[i] = i;
        for (let i = 0; i < a.length; i++) r[a[i]] = b[i];
        return new PyBytes(r);
      }],
    });
  }
  staticMethods(T.bytes, {
    __new__: ['cls, source=?, encoding=?, errors=?', (cls: PyType, x: Py, e: Py, er: Py) => {
      if (cls === T.bytes && x instanceof PyBytes && x.cls === T.bytes && e === undefined && er === undefined) return x;
      return new PyBytes(bytesFrom(x, e, er, 'bytes'), cls === T.bytes ? undefined : cls);
    }],
  });
  methods(T.bytes, {
    // latin-1 strings hash like our str (CPython's are randomized anyway)
    __hash__: ['self, /', (a: Py) => { const b = B(a); return b.length ? strHash(latin1(b)) : 0; }],
    __bytes__: ['self, /', (a: Py) => (a.cls === T.bytes ? a : new PyBytes(B(a)))],
    __getnewargs__: ['self, /', (a: Py) => new PyTuple([new PyBytes(B(a).slice())])],
  });
  setupByteArray();
}
