// bytes and bytearray: methods.
// https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyBytes, PyByteArray, bytesValue } from './bytesutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PySlice, sliceArray, sliceIndices } from './sliceutil';
import { methods, staticMethods, classMethods, attrs } from './typesetup';
import { TypeError, ValueError, IndexError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { indexNum, index } from './int';
import { strValue } from './strutil';
import { iterToArray, ArrayIter } from './iter';
import { encode, decode } from './codecs';
import { callSpecial } from './attrs';
import { percentFormat } from './strformat';
import { seqCompare } from './sequtil';
import { Cmp } from './protocol';
import { callSync } from '../vm/call';

/** The bytes of a bytes-like argument (TypeError otherwise). */
export function B(x: Py, what = 'a bytes-like object is required'): Uint8Array {
  const b = bytesValue(x);
  if (b) return b;
  if (x instanceof Object && (x as any).cls === T.memoryview) return (x as any).bytes();
  throw TypeError(`${what}, not '${typeName(x)}'`);
}

/** repr of bytes content: b'...' */
export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (const c of b) {
    if (c === 0x5c) out += '\\\\';
    else if (c === q.charCodeAt(0)) out += '\\' + q;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/** bytes(x) / bytearray(x) contents. */
export function bytesFrom(x: Py, encoding: Py, errors: Py, what: string): Uint8Array {
  if (x === undefined) return new Uint8Array(0);
  const s = strValue(x);
  if (s !== null) {
    if (encoding === undefined) throw TypeError('string argument without an encoding');
    return encode(s, strValue(encoding)!, errors === undefined ? 'strict' : strValue(errors)!);
  }
  if (encoding !== undefined) throw TypeError(`encoding without a string argument`);
  const b = bytesValue(x);
  if (b) return Uint8Array.from(b);
  if (typeOf(x).lookup('__bytes__') !== MISSING && what === 'bytes') return Uint8Array.from(B(callSpecial(x, '__bytes__')));
  const iv = intValue(x);
  if (iv !== null) {
    if (iv < 0) throw ValueError('negative count');
    return new Uint8Array(Number(iv));
  }
  if (typeOf(x).lookup('__index__') !== MISSING) return new Uint8Array(indexNum(x));
  if ((x as any)?.cls === T.memoryview) return (x as any).bytes();
  return Uint8Array.from(iterToArray(x).map((v) => {
    const n = intValue(v);
    if (n === null) throw TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throw ValueError('bytes must be in range(0, 256)');
    return Number(n);
  }));
}

function find(h: Uint8Array, needle: Py, start: Py, end: Py, rev: boolean): number {
  const n = intValue(needle) !== null ? Uint8Array.of(Number(intValue(needle))) : B(needle);
  const len = h.length;
  let a = start === None || start === undefined ? 0 : indexNum(start);
  let e = end === None || end === undefined ? len : indexNum(end);
  if (a < 0) a = Math.max(0, a + len);
  if (e < 0) e = Math.max(0, e + len);
  e = Math.min(e, len);
  const buf = Buffer.from(h.buffer, h.byteOffset, h.length);
  if (rev) {
    for (let i = e - n.length; i >= a; i--) if (buf.subarray(i, i + n.length).equals(n)) return i;
    return -1;
  }
  if (e - a < n.length) return -1;
  const i = buf.subarray(0, e).indexOf(n, a);
  return i;
}

function mk(self: Py, data: Uint8Array): Py {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

function strip(b: Uint8Array, chars: Py, l: boolean, r: boolean): Uint8Array {
  const set = chars === None || chars === undefined ? WS : new Set(B(chars));
  let a = 0, e = b.length;
  if (l) while (a < e && set.has(b[a])) a++;
  if (r) while (e > a && set.has(b[e - 1])) e--;
  return b.slice(a, e);
}

function split(b: Uint8Array, sep: Py, maxsplit: Py): Uint8Array[] {
  let max = maxsplit === undefined ? -1 : indexNum(maxsplit);
  const out: Uint8Array[] = [];
  if (sep === None || sep === undefined) {
    let i = 0;
    while (i < b.length) {
      while (i < b.length && WS.has(b[i])) i++;
      if (i >= b.length) break;
      if (max === 0) {
        let e = b.length;
        while (e > i && WS.has(b[e - 1])) e--;
        out.push(b.slice(i, e));
        break;
      }
      let j = i;
      while (j < b.length && !WS.has(b[j])) j++;
      out.push(b.slice(i, j));
      max--;
      i = j;
    }
    return out;
  }
  const d = B(sep);
  if (!d.length) throw ValueError('empty separator');
  const buf = Buffer.from(b);
  let i = 0;
  while (max !== 0) {
    const j = buf.indexOf(d, i);
    if (j < 0) break;
    out.push(b.slice(i, j));
    i = j + d.length;
    max--;
  }
  out.push(b.slice(i));
  return out;
}

function getItem(self: Py, b: Uint8Array, k: Py): Py {
  if (k instanceof PySlice) return mk(self, Uint8Array.from(sliceArray(Array.from(b), k)));
  if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) {
    throw TypeError(`byte indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = indexNum(k);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw IndexError(`${self instanceof PyByteArray ? 'bytearray' : 'index'} index out of range`);
  return b[i];
}

function hexOf(b: Uint8Array, sep: Py, per: Py): string {
  const h = Buffer.from(b).toString('hex');
  if (sep === undefined) return h;
  const s = strValue(sep) ?? Buffer.from(B(sep)).toString('latin1');
  const n = per === undefined ? 1 : indexNum(per);
  const pairs = h.match(/../g) ?? [];
  const groups: string[] = [];
  const k = Math.abs(n) || 1;
  if (n >= 0) {
    for (let i = pairs.length; i > 0; i -= k) groups.unshift(pairs.slice(Math.max(0, i - k), i).join(''));
  } else for (let i = 0; i < pairs.length; i += k) groups.push(pairs.slice(i, i + k).join(''));
  return groups.join(s);
}

function fromhex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw ValueError(`non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

export function setupBytes(): void {
  for (const t of [T.bytes, T.bytearray]) {
    const isBA = t === T.bytearray;
    const view = (x: Py) => B(x, `descriptor requires a '${t.name}' object`);
    const cmp = (op: Cmp) => (a: Py, o: Py) => {
      const y = bytesValue(o);
      if (!y) return NotImplemented;
      return seqCompare(Array.from(view(a)), Array.from(y), op);
    };
    methods(t, {
      __repr__: ['self, /', (a: Py) => (isBA ? `bytearray(${bytesRepr(view(a))})` : bytesRepr(view(a)))],
      __len__: ['self, /', (a: Py) => view(a).length],
      __getitem__: ['self, key, /', (a: Py, k: Py) => getItem(a, view(a), k)],
      __iter__: ['self, /', (a: Py) => new ArrayIter(Array.from(view(a)), isBA ? T.bytearray_iterator : T.bytes_iterator)],
      __contains__: ['self, key, /', (a: Py, k: Py) => {
        const iv = intValue(k);
        if (iv !== null) {
          if (iv < 0 || iv > 255) throw ValueError('byte must be in range(0, 256)');
          return view(a).includes(Number(iv));
        }
        return find(view(a), k, undefined, undefined, false) >= 0;
      }],
      __add__: ['self, value, /', (a: Py, o: Py) => {
        const y = bytesValue(o) ?? ((o as any)?.cls === T.memoryview ? (o as any).bytes() : null);
        if (!y) throw TypeError(`can't concat ${typeName(o)} to ${t.name}`);
        const x = view(a);
        const r = new Uint8Array(x.length + y.length);
        r.set(x);
        r.set(y, x.length);
        return mk(a, r);
      }],
      __mul__: ['self, value, /', (a: Py, n: Py) => {
        if (intValue(n) === null && typeOf(n).lookup('__index__') === MISSING) return NotImplemented;
        const k = Math.max(0, Number(index(n)));
        const x = view(a);
        const r = new Uint8Array(x.length * k);
        for (let i = 0; i < k; i++) r.set(x, i * x.length);
        return mk(a, r);
      }],
      __rmul__: ['self, value, /', (a: Py, n: Py) => {
        if (intValue(n) === null) return NotImplemented;
        const k = Math.max(0, Number(index(n)));
        const x = view(a);
        const r = new Uint8Array(x.length * k);
        for (let i = 0; i < k; i++) r.set(x, i * x.length);
        return mk(a, r);
      }],
      __mod__: ['self, value, /', (a: Py, v: Py) => mk(a, Uint8Array.from(Buffer.from(percentFormat(Buffer.from(view(a)).toString('latin1'), v, true), 'latin1')))],
      __eq__: ['self, value, /', cmp(Cmp.EQ)],
      __ne__: ['self, value, /', cmp(Cmp.NE)],
      __lt__: ['self, value, /', cmp(Cmp.LT)],
      __le__: ['self, value, /', cmp(Cmp.LE)],
      __gt__: ['self, value, /', cmp(Cmp.GT)],
      __ge__: ['self, value, /', cmp(Cmp.GE)],
      decode: ['self, /, encoding="utf-8", errors="strict"', (a: Py, e: Py, er: Py) => decode(view(a), strValue(e)!, strValue(er)!)],
      hex: ['self, /, sep=?, bytes_per_sep=?', (a: Py, s: Py, n: Py) => hexOf(view(a), s, n)],
      find: ['self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => find(view(a), s, st, e, false)],
      rfind: ['self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => find(view(a), s, st, e, true)],
      index: ['self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => { const i = find(view(a), s, st, e, false); if (i < 0) throw ValueError('subsection not found'); return i; }],
      rindex: ['self, sub, start=None, end=None, /', (a: Py, s: Py, st: Py, e: Py) => { const i = find(view(a), s, st, e, true); if (i < 0) throw ValueError('subsection not found'); return i; }],
      count: ['self, sub, start=None, end=None, /', (a: Py, s: Py) => {
        const h = Buffer.from(view(a)), n = intValue(s) !== null ? Buffer.of(Number(intValue(s))) : Buffer.from(B(s));
        if (!n.length) return h.length + 1;
        let c = 0, i = 0;
        while ((i = h.indexOf(n, i)) >= 0) { c++; i += n.length; }
        return c;
      }],
      startswith: ['self, prefix, start=None, end=None, /', (a: Py, p: Py) => {
        const x = Buffer.from(view(a));
        const ps = p instanceof PyTuple ? p.items : [p];
        return ps.some((q) => x.subarray(0, B(q).length).equals(B(q)));
      }],
      endswith: ['self, suffix, start=None, end=None, /', (a: Py, p: Py) => {
        const x = Buffer.from(view(a));
        const ps = p instanceof PyTuple ? p.items : [p];
        return ps.some((q) => { const y = B(q); return y.length <= x.length && x.subarray(x.length - y.length).equals(y); });
      }],
      strip: ['self, bytes=None, /', (a: Py, c: Py) => mk(a, strip(view(a), c, true, true))],
      lstrip: ['self, bytes=None, /', (a: Py, c: Py) => mk(a, strip(view(a), c, true, false))],
      rstrip: ['self, bytes=None, /', (a: Py, c: Py) => mk(a, strip(view(a), c, false, true))],
      split: ['self, /, sep=None, maxsplit=-1', (a: Py, s: Py, m: Py) => new PyList(split(view(a), s, m).map((x) => mk(a, x)))],
      join: ['self, iterable_of_bytes, /', (a: Py, it: Py) => {
        const parts = iterToArray(it).map((x, i) => {
          const b = bytesValue(x) ?? ((x as any)?.cls === T.memoryview ? (x as any).bytes() : null);
          if (!b) throw TypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
          return b;
        });
        const sep = view(a);
        const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * sep.length;
        const r = new Uint8Array(total);
        let off = 0;
        parts.forEach((p, i) => {
          if (i) { r.set(sep, off); off += sep.length; }
          r.set(p, off);
          off += p.length;
        });
        return mk(a, r);
      }],
      replace: ['self, old, new, count=-1, /', (a: Py, o: Py, n: Py, c: Py) => {
        const s = Buffer.from(view(a)).toString('latin1');
        const os = Buffer.from(B(o)).toString('latin1'), ns = Buffer.from(B(n)).toString('latin1');
        let k = indexNum(c);
        let out = '', i = 0;
        while (k !== 0 && os) {
          const j = s.indexOf(os, i);
          if (j < 0) break;
          out += s.slice(i, j) + ns;
          i = j + os.length;
          k--;
        }
        return mk(a, Uint8Array.from(Buffer.from(out + s.slice(i), 'latin1')));
      }],
      upper: ['self, /', (a: Py) => mk(a, view(a).map((c) => (c >= 97 && c <= 122 ? c - 32 : c)))],
      lower: ['self, /', (a: Py) => mk(a, view(a).map((c) => (c >= 65 && c <= 90 ? c + 32 : c)))],
      isdigit: ['self, /', (a: Py) => view(a).length > 0 && view(a).every((c) => c >= 48 && c <= 57)],
      isalpha: ['self, /', (a: Py) => view(a).length > 0 && view(a).every((c) => (c | 32) >= 97 && (c | 32) <= 122)],
      isspace: ['self, /', (a: Py) => view(a).length > 0 && view(a).every((c) => WS.has(c))],
      splitlines: ['self, /, keepends=False', (a: Py, k: Py) => {
        const s = Buffer.from(view(a)).toString('latin1');
        const parts: string[] = [];
        const re = /\r\n|\r|\n/g;
        let i = 0, m: RegExpExecArray | null;
        while ((m = re.exec(s))) { parts.push(s.slice(i, k ? m.index + m[0].length : m.index)); i = m.index + m[0].length; }
        if (i < s.length) parts.push(s.slice(i));
        return new PyList(parts.map((p) => mk(a, Uint8Array.from(Buffer.from(p, 'latin1')))));
      }],
      partition: ['self, sep, /', (a: Py, sp: Py) => {
        const x = view(a), d = B(sp);
        const i = Buffer.from(x).indexOf(d);
        if (i < 0) return new PyTuple([mk(a, x.slice()), mk(a, new Uint8Array(0)), mk(a, new Uint8Array(0))]);
        return new PyTuple([mk(a, x.slice(0, i)), mk(a, d.slice()), mk(a, x.slice(i + d.length))]);
      }],
      __getnewargs__: ['self, /', (a: Py) => new PyTuple([new PyBytes(view(a).slice())])],
    });
    classMethods(t, {
      fromhex: ['cls, string, /', (cls: PyType, s: Py) => {
        const b = fromhex(strValue(s) ?? '');
        return cls === T.bytes ? new PyBytes(b) : cls === T.bytearray ? new PyByteArray(b) : callSync(cls, [new PyBytes(b)]);
      }],
    });
    staticMethods(t, {
      maketrans: ['frm, to, /', (f: Py, to: Py) => {
        const a = B(f), b = B(to);
        if (a.length !== b.length) throw ValueError('maketrans arguments must have same length');
        const r = new Uint8Array(256).map((_, i) => i);
        a.forEach((c, i) => { r[c] = b[i]; });
        return new PyBytes(r);
      }],
    });
  }
  staticMethods(T.bytes, {
    __new__: ['cls, source=?, encoding=?, errors=?', (cls: PyType, x: Py, e: Py, er: Py) => {
      if (cls === T.bytes && x instanceof PyBytes && x.cls === T.bytes && e === undefined) return x;
      return new PyBytes(bytesFrom(x, e, er, 'bytes'), cls === T.bytes ? undefined : cls);
    }],
  });
  methods(T.bytes, {
    __hash__: ['self, /', (a: Py) => {
      let h = 0x811c9dc5;
      for (const c of B(a)) h = Math.imul(h ^ c, 0x01000193);
      const r = h | 0;
      return r === -1 ? -2 : r;
    }],
    __bytes__: ['self, /', (a: Py) => (a.cls === T.bytes ? a : new PyBytes(B(a)))],
  });
  staticMethods(T.bytearray, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyByteArray(new Uint8Array(0), 0, cls === T.bytearray ? undefined : cls)] });
  const BA = (x: Py): PyByteArray => {
    if (x instanceof PyByteArray) return x;
    throw TypeError(`descriptor requires a 'bytearray' object but received a '${typeName(x)}'`);
  };
  const setAll = (ba: PyByteArray, data: Uint8Array) => {
    ba.v = Uint8Array.from(data);
    ba.n = data.length;
  };
  methods(T.bytearray, {
    __init__: ['self, source=?, encoding=?, errors=?', (a: Py, x: Py, e: Py, er: Py) => { setAll(BA(a), bytesFrom(x, e, er, 'bytearray')); return None; }],
    __setitem__: ['self, key, value, /', (a: Py, k: Py, v: Py) => {
      const ba = BA(a);
      const arr = Array.from(ba.view);
      if (k instanceof PySlice) {
        const src = intValue(v) !== null ? (() => { throw TypeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)'); })() : Array.from(bytesFrom(v, undefined, undefined, 'bytearray'));
        const [start, stop, step, n] = sliceIndices(k, arr.length);
        if (step === 1) arr.splice(start, Math.max(0, stop - start), ...src);
        else {
          if (src.length !== n) throw ValueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
          for (let i = 0, j = start; i < n; i++, j += step) arr[j] = src[i];
        }
        setAll(ba, Uint8Array.from(arr));
        return None;
      }
      let i = indexNum(k);
      if (i < 0) i += ba.n;
      if (i < 0 || i >= ba.n) throw IndexError('bytearray index out of range');
      const n = indexNum(v);
      if (n < 0 || n > 255) throw ValueError('byte must be in range(0, 256)');
      ba.v[i] = n;
      return None;
    }],
    __delitem__: ['self, key, /', (a: Py, k: Py) => {
      const ba = BA(a);
      const arr = Array.from(ba.view);
      if (k instanceof PySlice) {
        const [start, , step, n] = sliceIndices(k, arr.length);
        const drop = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
        setAll(ba, Uint8Array.from(arr.filter((_, i) => !drop.has(i))));
        return None;
      }
      let i = indexNum(k);
      if (i < 0) i += ba.n;
      if (i < 0 || i >= ba.n) throw IndexError('bytearray index out of range');
      arr.splice(i, 1);
      setAll(ba, Uint8Array.from(arr));
      return None;
    }],
    __iadd__: ['self, value, /', (a: Py, o: Py) => {
      const ba = BA(a), y = B(o);
      const r = new Uint8Array(ba.n + y.length);
      r.set(ba.view);
      r.set(y, ba.n);
      setAll(ba, r);
      return a;
    }],
    append: ['self, item, /', (a: Py, x: Py) => {
      const ba = BA(a);
      const n = indexNum(x);
      if (n < 0 || n > 255) throw ValueError('byte must be in range(0, 256)');
      if (ba.n >= ba.v.length) {
        const nv = new Uint8Array(Math.max(16, ba.v.length * 2));
        nv.set(ba.view);
        ba.v = nv;
      }
      ba.v[ba.n++] = n;
      return None;
    }],
    extend: ['self, iterable_of_ints, /', (a: Py, it: Py) => {
      const ba = BA(a), y = bytesFrom(it, undefined, undefined, 'bytearray');
      const r = new Uint8Array(ba.n + y.length);
      r.set(ba.view);
      r.set(y, ba.n);
      setAll(ba, r);
      return None;
    }],
    pop: ['self, index=-1, /', (a: Py, k: Py) => {
      const ba = BA(a);
      if (!ba.n) throw IndexError('pop from empty bytearray');
      let i = indexNum(k);
      if (i < 0) i += ba.n;
      if (i < 0 || i >= ba.n) throw IndexError('pop index out of range');
      const arr = Array.from(ba.view);
      const [v] = arr.splice(i, 1);
      setAll(ba, Uint8Array.from(arr));
      return v;
    }],
    insert: ['self, index, item, /', (a: Py, k: Py, x: Py) => {
      const ba = BA(a);
      const arr = Array.from(ba.view);
      let i = indexNum(k);
      if (i < 0) i = Math.max(0, i + arr.length);
      arr.splice(Math.min(i, arr.length), 0, indexNum(x));
      setAll(ba, Uint8Array.from(arr));
      return None;
    }],
    clear: ['self, /', (a: Py) => { setAll(BA(a), new Uint8Array(0)); return None; }],
    copy: ['self, /', (a: Py) => new PyByteArray(BA(a).view.slice())],
    reverse: ['self, /', (a: Py) => { BA(a).view.reverse(); return None; }],
  });
  attrs(T.bytearray, { __hash__: None });
}
