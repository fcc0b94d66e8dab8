// memoryview: a view of a bytes-like object's buffer. One-dimensional views
// with a struct-module item format (B, b, c, h, H, i, I, l, L, q, Q, n, N,
// f, d, ?, e), sliced with strides; cast() may add a shape for tolist().
// A view of a bytearray pins its size (bytearray.exports) until released.

import { PyObject, T, None, NotImplemented, MISSING, Ellipsis, type Py, serial } from './base';
import { PyType } from './type';
import { PyBytes, PyByteArray, bytesValue, latin1 } from './bytesutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyFloat } from './float';
import { PySlice, sliceIndices } from './sliceutil';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError, IndexError, ValueError, NotImplementedError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue, norm } from './intutil';
import { index } from './int';
import { strValue } from './strutil';
import { objectId } from './identity';
import { richEqBool, truthy, strHash } from './protocol';
import { hexOf } from './bytesops';

const SIZES: Record<string, number> = { B: 1, b: 1, c: 1, '?': 1, h: 2, H: 2, e: 2, i: 4, I: 4, f: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, d: 8, P: 8 };

export class PyMemoryView extends PyObject {
  released = false;
  fmt = 'B';
  itemsize = 1;
  /** shape beyond the first dimension (cast with a shape) */
  shape: number[] | null = null;
  constructor(public obj: Py, public start: number, public length: number, public step = 1, public readonly_ = false) {
    super(T.memoryview);
  }
  /** The underlying bytes (live for bytearray). */
  buf(): Uint8Array {
    if (this.released) throw ValueError('operation forbidden on released memoryview object');
    const b = bytesValue(this.obj);
    if (!b) throw TypeError('memoryview: underlying object is not a buffer');
    return b;
  }
  /** Byte offset of item i. */
  off(i: number): number {
    return this.start + i * this.step;
  }
  /** A copy of the viewed bytes, in order. */
  bytes(): Uint8Array {
    const b = this.buf();
    const n = this.length * (this.shape ? this.shape.reduce((a, c) => a * c, 1) : 1), sz = this.itemsize;
    if (this.step === sz) return b.slice(this.start, this.start + n * sz);
    const out = new Uint8Array(n * sz);
    for (let i = 0; i < n; i++) out.set(b.subarray(this.off(i), this.off(i) + sz), i * sz);
    return out;
  }
  release(): void {
    if (!this.released && this.obj instanceof PyByteArray && this.obj.exports > 0) this.obj.exports--;
    this.released = true;
  }
}

function M(x: Py): PyMemoryView {
  if (x instanceof PyMemoryView) return x;
  throw TypeError(`descriptor requires a 'memoryview' object but received a '${typeName(x)}'`);
}

function dv(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Reads the item at byte offset o. */
function unpack(b: Uint8Array, o: number, fmt: string): Py {
  const v = dv(b);
  switch (fmt) {
    case 'B': return b[o];
    case 'b': return v.getInt8(o);
    case 'c': return new PyBytes(b.slice(o, o + 1));
    case '?': return b[o] !== 0;
    case 'h': return v.getInt16(o, true);
    case 'H': return v.getUint16(o, true);
    case 'i': return v.getInt32(o, true);
    case 'I': return v.getUint32(o, true);
    case 'l': case 'q': case 'n': return norm(v.getBigInt64(o, true));
    case 'L': case 'Q': case 'N': case 'P': return norm(v.getBigUint64(o, true));
    case 'f': return new PyFloat(v.getFloat32(o, true));
    case 'd': return new PyFloat(v.getFloat64(o, true));
    case 'e': return new PyFloat(halfToFloat(v.getUint16(o, true)));
  }
  throw NotImplementedError(`memoryview: format ${fmt} not supported`);
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1, e = (h >> 10) & 0x1f, f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/** Writes v as an item at byte offset o. */
function pack(b: Uint8Array, o: number, fmt: string, x: Py): void {
  const v = dv(b);
  const bad = () => ValueError(`memoryview: invalid value for format '${fmt}'`);
  const intArg = (lo: bigint, hi: bigint): bigint => {
    if (intValue(x) === null && typeOf(x).lookup('__index__') === MISSING) throw TypeError(`memoryview: invalid type for format '${fmt}'`);
    const n = BigInt(index(x));
    if (n < lo || n > hi) throw bad();
    return n;
  };
  switch (fmt) {
    case 'B': b[o] = Number(intArg(0n, 255n)); return;
    case 'b': v.setInt8(o, Number(intArg(-128n, 127n))); return;
    case 'h': v.setInt16(o, Number(intArg(-32768n, 32767n)), true); return;
    case 'H': v.setUint16(o, Number(intArg(0n, 65535n)), true); return;
    case 'i': v.setInt32(o, Number(intArg(-(2n ** 31n), 2n ** 31n - 1n)), true); return;
    case 'I': v.setUint32(o, Number(intArg(0n, 2n ** 32n - 1n)), true); return;
    case 'l': case 'q': case 'n': v.setBigInt64(o, intArg(-(2n ** 63n), 2n ** 63n - 1n), true); return;
    case 'L': case 'Q': case 'N': case 'P': v.setBigUint64(o, intArg(0n, 2n ** 64n - 1n), true); return;
    case '?': b[o] = truthy(x) ? 1 : 0; return;
    case 'c': {
      const c = bytesValue(x);
      if (!c || c.length !== 1) throw bad();
      b[o] = c[0];
      return;
    }
    case 'f': case 'd': {
      if (!(x instanceof PyFloat) && intValue(x) === null) throw TypeError(`memoryview: invalid type for format '${fmt}'`);
      const f = x instanceof PyFloat ? x.v : Number(intValue(x));
      if (fmt === 'f') v.setFloat32(o, f, true);
      else v.setFloat64(o, f, true);
      return;
    }
  }
  throw NotImplementedError(`memoryview: format ${fmt} not supported`);
}

function itemIndex(m: PyMemoryView, k: Py): number {
  if (m.shape) throw NotImplementedError('multi-dimensional sub-views are not implemented');
  let i = typeof k === 'number' ? k : Number(index(k));
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw IndexError('index out of bounds on dimension 1');
  return i;
}

function isIndexKey(k: Py): boolean {
  return intValue(k) !== null || typeOf(k).lookup('__index__') !== MISSING;
}

function tolist(m: PyMemoryView): PyList {
  const b = m.buf();
  const items: Py[] = [];
  if (!m.shape) {
    for (let i = 0; i < m.length; i++) items.push(unpack(b, m.off(i), m.fmt));
    return new PyList(items);
  }
  // a cast with a shape: contiguous items, nested by dimension
  const dims = [m.length, ...m.shape];
  const total = dims.reduce((a, c) => a * c, 1);
  for (let i = 0; i < total; i++) items.push(unpack(b, m.start + i * m.itemsize, m.fmt));
  const build = (d: number, at: number): [Py, number] => {
    if (d === dims.length) return [items[at], at + 1];
    const out: Py[] = [];
    for (let i = 0; i < dims[d]; i++) {
      const [x, nx] = build(d + 1, at);
      out.push(x);
      at = nx;
    }
    return [new PyList(out), at];
  };
  return build(0, 0)[0] as PyList;
}

function cast(m: PyMemoryView, format: Py, shape: Py): PyMemoryView {
  let f = strValue(format);
  if (f === null) throw TypeError(`memoryview.cast(): argument 'format' must be str, not ${typeName(format)}`);
  if (f.startsWith('@')) f = f.slice(1);
  if (!(f in SIZES)) throw ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  if (m.step !== m.itemsize) throw TypeError('memoryview: casts are restricted to C-contiguous views');
  const nbytes = m.length * m.itemsize;
  if (m.fmt !== 'B' && m.fmt !== 'b' && m.fmt !== 'c' && f !== 'B' && f !== 'b' && f !== 'c') {
    throw TypeError('memoryview: cannot cast between two non-byte formats');
  }
  const size = SIZES[f];
  if (nbytes % size !== 0) throw TypeError('memoryview: length is not a multiple of itemsize');
  const r = new PyMemoryView(m.obj, m.start, nbytes / size, size, m.readonly_);
  r.fmt = f;
  r.itemsize = size;
  if (r.obj instanceof PyByteArray) r.obj.exports++;
  if (shape !== undefined && shape !== None) {
    const dims = (shape instanceof PyList || shape instanceof PyTuple ? shape.items : []).map((x) => Number(index(x)));
    const total = dims.reduce((a, c) => a * c, 1);
    if (total * size !== nbytes) throw TypeError('memoryview: product(shape) * itemsize != buffer size');
    if (dims.length > 1) {
      r.length = dims[0];
      r.shape = dims.slice(1);
    }
  }
  return r;
}

function mvEq(m: PyMemoryView, o: Py): Py {
  let other: PyMemoryView;
  if (o instanceof PyMemoryView) other = o;
  else {
    const b = bytesValue(o);
    if (!b) return NotImplemented;
    other = new PyMemoryView(o, 0, b.length);
  }
  if (m === other) return true;
  if (m.released || other.released) return false;
  if (m.length !== other.length) return false;
  const a = m.buf(), b = other.buf();
  for (let i = 0; i < m.length; i++) {
    const x = unpack(a, m.off(i), m.fmt), y = unpack(b, other.off(i), other.fmt);
    if (!(x === y || richEqBool(x, y))) return false;
  }
  return true;
}

export function setupMemoryview(): void {
  const t = T.memoryview;
  staticMethods(t, {
    __new__: ['cls, object', (_c: PyType, o: Py) => {
      let r: PyMemoryView;
      if (o instanceof PyMemoryView) {
        o.buf();
        r = new PyMemoryView(o.obj, o.start, o.length, o.step, o.readonly_);
        r.fmt = o.fmt;
        r.itemsize = o.itemsize;
        r.shape = o.shape;
      } else {
        const b = bytesValue(o);
        if (!b) throw TypeError(`memoryview: a bytes-like object is required, not '${typeName(o)}'`);
        r = new PyMemoryView(o, 0, b.length, 1, o instanceof PyBytes);
      }
      if (r.obj instanceof PyByteArray) r.obj.exports++;
      return r;
    }],
  });
  methods(t, {
    __len__: ['self, /', (m: Py) => { M(m).buf(); return M(m).length; }],
    __getitem__: ['self, key, /', (x: Py, k: Py) => {
      const m = M(x);
      const b = m.buf();
      if (k instanceof PySlice) {
        const [a, , s, n] = sliceIndices(k, m.length);
        const r = new PyMemoryView(m.obj, m.off(a), n, m.step * s, m.readonly_);
        r.fmt = m.fmt;
        r.itemsize = m.itemsize;
        if (r.obj instanceof PyByteArray) r.obj.exports++;
        return r;
      }
      if (k === Ellipsis) return m;
      if (!isIndexKey(k)) throw TypeError('memoryview: invalid slice key');
      return unpack(b, m.off(itemIndex(m, k)), m.fmt);
    }],
    __setitem__: ['self, key, value, /', (x: Py, k: Py, v: Py) => {
      const m = M(x);
      if (m.readonly_) throw TypeError('cannot modify read-only memory');
      const b = m.buf();
      if (k instanceof PySlice) {
        const [a, , s, n] = sliceIndices(k, m.length);
        const src = v instanceof PyMemoryView ? v.bytes() : bytesValue(v);
        if (!src) throw TypeError(`a bytes-like object is required, not '${typeName(v)}'`);
        if (src.length !== n * m.itemsize) throw ValueError('memoryview assignment: lvalue and rvalue have different structures');
        const copy = src.slice();
        for (let j = 0; j < n; j++) b.set(copy.subarray(j * m.itemsize, (j + 1) * m.itemsize), m.off(a + j * s));
        return None;
      }
      if (!isIndexKey(k)) throw TypeError('memoryview: invalid slice key');
      pack(b, m.off(itemIndex(m, k)), m.fmt, v);
      return None;
    }],
    tobytes: ['self, order=None', (m: Py) => new PyBytes(M(m).bytes())],
    tolist: ['self, /', (m: Py) => tolist(M(m))],
    toreadonly: ['self, /', (x: Py) => {
      const m = M(x);
      const r = new PyMemoryView(m.obj, m.start, m.length, m.step, true);
      r.fmt = m.fmt;
      r.itemsize = m.itemsize;
      r.shape = m.shape;
      if (r.obj instanceof PyByteArray) r.obj.exports++;
      return r;
    }],
    hex: ['self, sep=?, bytes_per_sep=?', (m: Py, s: Py, n: Py) => hexOf(M(m).bytes(), s, n)],
    release: ['self, /', (m: Py) => { M(m).release(); return None; }],
    cast: ['self, format, shape=?', (m: Py, f: Py, s: Py) => cast(M(m), f, s)],
    __enter__: ['self, /', (m: Py) => { M(m).buf(); return m; }],
    __exit__: ['self, *args', (m: Py) => { M(m).release(); return None; }],
    __eq__: ['self, value, /', (m: Py, o: Py) => mvEq(M(m), o)],
    __ne__: ['self, value, /', (m: Py, o: Py) => { const r = mvEq(M(m), o); return r === NotImplemented ? r : !r; }],
    __hash__: ['self, /', (x: Py) => {
      const m = M(x);
      if (!m.readonly_) throw ValueError('cannot hash writable memoryview object');
      if (m.fmt !== 'B' && m.fmt !== 'b' && m.fmt !== 'c') throw ValueError('memoryview: hashing is restricted to formats \'B\', \'b\' or \'c\'');
      const b = m.bytes();
      return b.length ? strHash(latin1(b)) : 0;
    }],
    __repr__: ['self, /', (m: Py) => `<${M(m).released ? 'released ' : ''}memory at 0x${objectId(m).toString(16).padStart(12, '0')}>`],
  });
  getsets(t, {
    obj: [(m: PyMemoryView) => { m.buf(); return m.obj; }],
    nbytes: [(m: PyMemoryView) => m.length * m.itemsize * (m.shape ? m.shape.reduce((a, c) => a * c, 1) : 1)],
    readonly: [(m: PyMemoryView) => { m.buf(); return m.readonly_; }],
    itemsize: [(m: PyMemoryView) => m.itemsize],
    format: [(m: PyMemoryView) => m.fmt],
    ndim: [(m: PyMemoryView) => 1 + (m.shape ? m.shape.length : 0)],
    shape: [(m: PyMemoryView) => new PyTuple([m.length, ...(m.shape ?? [])])],
    strides: [(m: PyMemoryView) => {
      const inner = m.shape ?? [];
      const out: number[] = [];
      let acc = m.itemsize;
      for (let i = inner.length - 1; i >= 0; i--) {
        out.unshift(acc);
        acc *= inner[i];
      }
      return new PyTuple([inner.length ? acc : m.step, ...out]);
    }],
    suboffsets: [() => new PyTuple([])],
    released: [(m: PyMemoryView) => m.released],
    contiguous: [(m: PyMemoryView) => m.step === m.itemsize],
    c_contiguous: [(m: PyMemoryView) => m.step === m.itemsize],
    f_contiguous: [(m: PyMemoryView) => m.step === m.itemsize && !m.shape],
  });
}

serial(PyMemoryView);
