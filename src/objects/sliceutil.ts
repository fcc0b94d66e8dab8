// slice objects and slicing of the builtin sequences.

import { PyObject, T, None, type Py, serial } from './base';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { TypeError, ValueError } from './raise';
import { intValue } from './intutil';
import { isFlat } from './strutil';
import { getitem } from './protocol';
import { callSpecial } from './attrs';
import { typeOf } from './typeof';
import { MISSING } from './base';

export class PySlice extends PyObject {
  constructor(public start: Py, public stop: Py, public step: Py) {
    super(T.slice);
  }
}

/** An index value for slicing: None -> null, ints, or __index__. */
export function sliceIndex(x: Py): number | null {
  if (x === None) return null;
  let v = intValue(x);
  if (v === null) {
    if (typeOf(x).lookup('__index__') !== MISSING) v = intValue(callSpecial(x, '__index__'));
    if (v === null) throw TypeError('slice indices must be integers or None or have an __index__ method');
  }
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** CPython's PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, n]. */
export function sliceIndices(s: PySlice | { start: Py; stop: Py; step: Py }, len: number): [number, number, number, number] {
  let step = sliceIndex(s.step);
  if (step === null) step = 1;
  else if (step === 0) throw ValueError('slice step cannot be zero');
  let start = sliceIndex(s.start);
  let stop = sliceIndex(s.stop);
  if (start === null) start = step < 0 ? len - 1 : 0;
  else if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop === null) stop = step < 0 ? -1 : len;
  else if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** The items of array a selected by a slice. */
export function sliceArray<X>(a: X[], s: { start: Py; stop: Py; step: Py }): X[] {
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, stop > start ? stop : start);
  const out = new Array<X>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = a[j];
  return out;
}

/** o[lo:hi:st] */
export function getslice(o: Py, lo: Py, hi: Py, st: Py): Py {
  const sl = { start: lo, stop: hi, step: st };
  if (typeof o === 'string') {
    if (isFlat(o)) {
      if (st === None) {
        const [a, b] = sliceIndices(sl, o.length);
        return b > a ? o.slice(a, b) : '';
      }
      return sliceArray(o.split(''), sl).join('');
    }
    return sliceArray(Array.from(o), sl).join('');
  }
  if (typeof o === 'object') {
    if (o.cls === T.list) return new PyList(sliceArray((o as PyList).items, sl));
    if (o.cls === T.tuple) return new PyTuple(sliceArray((o as PyTuple).items, sl));
  }
  return getitem(o, new PySlice(lo, hi, st));
}

serial(PySlice);
