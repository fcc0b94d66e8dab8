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

/** The result of bounds(): start, stop, step and the item count. */
const SB = { start: 0, stop: 0, step: 1, n: 0 };

/** CPython's PySlice_Unpack + PySlice_AdjustIndices into SB (no allocation:
 * slicing is in hot loops). */
function bounds(lo: Py, hi: Py, st: Py, len: number): void {
  let step = st === None ? null : sliceIndex(st);
  if (step === null) step = 1;
  else if (step === 0) throw ValueError('slice step cannot be zero');
  let start = typeof lo === 'number' ? lo : sliceIndex(lo);
  let stop = typeof hi === 'number' ? hi : sliceIndex(hi);
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
  SB.start = start;
  SB.stop = stop;
  SB.step = step;
  SB.n = n;
}

/** CPython's PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, n]. */
export function sliceIndices(s: PySlice | { start: Py; stop: Py; step: Py }, len: number): [number, number, number, number] {
  bounds(s.start, s.stop, s.step, len);
  return [SB.start, SB.stop, SB.step, SB.n];
}

/** The items of a selected by the bounds in SB. */
function takeArray<X>(a: X[]): X[] {
  const { start, stop, step, n } = SB;
  if (step === 1) return a.slice(start, stop > start ? stop : start);
  const out = new Array<X>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = a[j];
  return out;
}

/** The characters of flat string s selected by the bounds in SB. */
function takeStr(s: string): string {
  const { start, stop, step, n } = SB;
  if (step === 1) return stop > start ? s.slice(start, stop) : '';
  // from char codes, not `out += s[j]`: that builds a chain of cons strings
  // which the next len() or regex flattens again (2.5x slower measured)
  const codes = new Array<number>(n);
  for (let i = 0, j = start; i < n; i++, j += step) codes[i] = s.charCodeAt(j);
  if (n <= 8192) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
}

/** The items of array a selected by a slice. */
export function sliceArray<X>(a: X[], s: { start: Py; stop: Py; step: Py }): X[] {
  bounds(s.start, s.stop, s.step, a.length);
  return takeArray(a);
}

/** o[lo:hi:st] */
export function getslice(o: Py, lo: Py, hi: Py, st: Py): Py {
  if (typeof o === 'string') {
    if (isFlat(o)) {
      bounds(lo, hi, st, o.length);
      return takeStr(o);
    }
    const cps = Array.from(o);
    bounds(lo, hi, st, cps.length);
    return takeArray(cps).join('');
  }
  if (typeof o === 'object') {
    if (o.cls === T.list) {
      const a = (o as PyList).items;
      bounds(lo, hi, st, a.length);
      return new PyList(takeArray(a));
    }
    if (o.cls === T.tuple) {
      const a = (o as PyTuple).items;
      bounds(lo, hi, st, a.length);
      return new PyTuple(takeArray(a));
    }
  }
  return getitem(o, new PySlice(lo, hi, st));
}

serial(PySlice);
