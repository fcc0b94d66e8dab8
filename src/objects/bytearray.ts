// bytearray: the mutating methods (the shared ones are in bytes.ts). The
// buffer grows by doubling; while a memoryview exports it, resizing raises
// BufferError as in CPython.

import { T, None, NotImplemented, MISSING, STOP, type Py } from './base';
import { PyType } from './type';
import { PyByteArray, latin1 } from './bytesutil';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PySlice, sliceIndices } from './sliceutil';
import { methods, staticMethods, attrs } from './typesetup';
import { TypeError, ValueError, IndexError, BufferError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { index, indexNum, sizeArg } from './int';
import { getIter, nextSync } from './iter';
import { bufferOf, byteValue, bytesFrom, intsToBytes } from './bytesops';

function BA(x: Py): PyByteArray {
  if (x instanceof PyByteArray) return x;
  throw TypeError(`descriptor requires a 'bytearray' object but received a '${typeName(x)}'`);
}

function checkResizable(ba: PyByteArray): void {
  if (ba.exports > 0) throw BufferError('Existing exports of data: object cannot be re-sized');
}

/** Makes room for n bytes (amortized doubling). */
function reserve(ba: PyByteArray, n: number): void {
  if (n <= ba.v.length) return;
  const nv = new Uint8Array(Math.max(n, ba.v.length * 2, 16));
  nv.set(ba.view);
  ba.v = nv;
}

/** Replaces ba[start:start+del] with ins. */
function splice(ba: PyByteArray, start: number, del: number, ins: Uint8Array): void {
  if (del !== ins.length) checkResizable(ba);
  const n = ba.n, newN = n - del + ins.length;
  if (newN > ba.v.length) reserve(ba, newN);
  const v = ba.v;
  v.copyWithin(start + ins.length, start + del, n);
  v.set(ins, start);
  ba.n = newN;
}

function setAll(ba: PyByteArray, data: Uint8Array): void {
  if (data.length !== ba.n) checkResizable(ba);
  ba.v = data.length ? data : new Uint8Array(0);
  ba.n = data.length;
}

/** Bytes for slice assignment. */
function assignSource(ba: PyByteArray, v: Py): Uint8Array {
  if (v === ba) return ba.view.slice();
  const b = bufferOf(v);
  if (b) return b.slice();
  if (intValue(v) !== null || typeof v === 'string' || typeOf(v).lookup('__iter__') === MISSING) {
    throw TypeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return bytesFrom(v, undefined, undefined, 'bytearray');
}

function setItem(ba: PyByteArray, k: Py, v: Py): void {
  if (k instanceof PySlice) {
    const src = assignSource(ba, v);
    const [start, stop, step, n] = sliceIndices(k, ba.n);
    if (step === 1) {
      splice(ba, start, Math.max(0, stop - start), src);
      return;
    }
    if (src.length !== n) throw ValueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) ba.v[j] = src[i];
    return;
  }
  if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) {
    throw TypeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = indexNum(k);
  if (i < 0) i += ba.n;
  if (i < 0 || i >= ba.n) throw IndexError('bytearray index out of range');
  ba.v[i] = byteValue(v);
}

function delItem(ba: PyByteArray, k: Py): void {
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, ba.n);
    if (step === 1) {
      if (stop > start) splice(ba, start, stop - start, new Uint8Array(0));
      return;
    }
    if (n === 0) return;
    checkResizable(ba);
    const v = ba.v;
    const lo = step > 0 ? start : start + (n - 1) * step;
    const st = Math.abs(step);
    let w = lo;
    for (let r = lo; r < ba.n; r++) {
      if (r <= lo + (n - 1) * st && (r - lo) % st === 0) continue;
      v[w++] = v[r];
    }
    ba.n = w;
    return;
  }
  if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) {
    throw TypeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = indexNum(k);
  if (i < 0) i += ba.n;
  if (i < 0 || i >= ba.n) throw IndexError('bytearray index out of range');
  splice(ba, i, 1, new Uint8Array(0));
}

function extend(ba: PyByteArray, it: Py): void {
  const b = bufferOf(it);
  if (b) {
    const copy = b.slice();
    splice(ba, ba.n, 0, copy);
    return;
  }
  if (typeOf(it).lookup('__iter__') === MISSING && typeOf(it).lookup('__getitem__') === MISSING) {
    throw TypeError(`can't extend bytearray with ${typeName(it)}`);
  }
  if (it instanceof PyList || it instanceof PyTuple) {
    splice(ba, ba.n, 0, intsToBytes(it.items, 'bytearray'));
    return;
  }
  const iter = getIter(it);
  const items: number[] = [];
  for (;;) {
    const x = nextSync(iter);
    if (x === STOP) break;
    items.push(byteValue(x));
  }
  splice(ba, ba.n, 0, Uint8Array.from(items));
}

export function setupByteArray(): void {
  const t = T.bytearray;
  staticMethods(t, {
    __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyByteArray(new Uint8Array(0), 0, cls === T.bytearray ? undefined : cls)],
  });
  methods(t, {
    __init__: ['self, source=?, encoding=?, errors=?', (a: Py, x: Py, e: Py, er: Py) => {
      setAll(BA(a), bytesFrom(x, e, er, 'bytearray'));
      return None;
    }],
    __setitem__: ['self, key, value, /', (a: Py, k: Py, v: Py) => { setItem(BA(a), k, v); return None; }],
    __delitem__: ['self, key, /', (a: Py, k: Py) => { delItem(BA(a), k); return None; }],
    __iadd__: ['self, value, /', (a: Py, o: Py) => {
      const ba = BA(a), y = bufferOf(o);
      if (!y) throw TypeError(`can't concat ${typeName(o)} to bytearray`);
      splice(ba, ba.n, 0, y.slice());
      return a;
    }],
    __imul__: ['self, value, /', (a: Py, n: Py) => {
      const ba = BA(a);
      const v = index(n);
      const k = v <= 0 ? 0 : Number(v);
      const b = ba.view.slice();
      const r = new Uint8Array(b.length * k);
      for (let i = 0; i < k; i++) r.set(b, i * b.length);
      setAll(ba, r);
      return a;
    }],
    __alloc__: ['self, /', (a: Py) => (BA(a).n ? BA(a).n + 1 : 0)],
    __reduce_ex__: ['self, proto=0, /', (a: Py) => reduce(BA(a))],
    __reduce__: ['self, /', (a: Py) => reduce(BA(a))],
    append: ['self, item, /', (a: Py, x: Py) => {
      const ba = BA(a);
      const c = byteValue(x);
      if (ba.n >= ba.v.length) {
        checkResizable(ba);
        reserve(ba, ba.n + 1);
      } else checkResizable(ba);
      ba.v[ba.n++] = c;
      return None;
    }],
    extend: ['self, iterable_of_ints, /', (a: Py, it: Py) => { extend(BA(a), it); return None; }],
    pop: ['self, index=-1, /', (a: Py, k: Py) => {
      const ba = BA(a);
      if (!ba.n) throw IndexError('pop from empty bytearray');
      let i = sizeArg(k);
      if (i < 0) i += ba.n;
      if (i < 0 || i >= ba.n) throw IndexError('pop index out of range');
      const v = ba.v[i];
      splice(ba, i, 1, new Uint8Array(0));
      return v;
    }],
    remove: ['self, value, /', (a: Py, x: Py) => {
      const ba = BA(a);
      const c = byteValue(x);
      const i = ba.view.indexOf(c);
      if (i < 0) throw ValueError('value not found in bytearray');
      splice(ba, i, 1, new Uint8Array(0));
      return None;
    }],
    insert: ['self, index, item, /', (a: Py, k: Py, x: Py) => {
      const ba = BA(a);
      let i = sizeArg(k);
      const c = byteValue(x);
      if (i < 0) i = Math.max(0, i + ba.n);
      if (i > ba.n) i = ba.n;
      splice(ba, i, 0, Uint8Array.of(c));
      return None;
    }],
    clear: ['self, /', (a: Py) => { setAll(BA(a), new Uint8Array(0)); return None; }],
    copy: ['self, /', (a: Py) => new PyByteArray(BA(a).view.slice())],
    reverse: ['self, /', (a: Py) => { BA(a).view.reverse(); return None; }],
  });
  attrs(t, { __hash__: None });
}

function reduce(ba: PyByteArray): PyTuple {
  const state = ba.dict && ba.dict.size ? ba.dict : None;
  const args = ba.n ? new PyTuple([latin1(ba.view), 'latin-1']) : new PyTuple([]);
  return new PyTuple([ba.cls, args, state]);
}

void NotImplemented;
