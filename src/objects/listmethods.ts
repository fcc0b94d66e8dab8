// list: methods of the list type.
// https://docs.python.org/3.11/library/stdtypes.html#lists

import { T, None, NotImplemented, MISSING, type Py, serial } from './base';
import { PyType } from './type';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PySlice, sliceIndices, sliceArray } from './sliceutil';
import { methods, staticMethods, attrs } from './typesetup';
import { TypeError, ValueError, IndexError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { index, indexNum, sizeArg } from './int';
import { Cmp, lessThan, truthy, repr, richEqBool } from './protocol';
import { strLess } from './str';
import { ArrayIter, iterToArray, seqIter } from './iter';
import { seqCompare, repeatCount, repeatItems, seqIndex, seqCount, seqRepr } from './sequtil';
import { callSync } from '../vm/call';
import { NativeIter } from './iter';
import { STOP } from './base';

export function L(x: Py): Py[] {
  if (x instanceof PyList) return x.items;
  throw TypeError(`descriptor requires a 'list' object but received a '${typeName(x)}'`);
}

function idx(k: Py, n: number, what: string): number {
  let i = indexNum(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw IndexError(what);
  return i;
}

function isIndex(k: Py): boolean {
  return intValue(k) !== null || typeOf(k).lookup('__index__') !== MISSING;
}

export function listGetitem(a: Py[], k: Py): Py {
  if (k instanceof PySlice) return new PyList(sliceArray(a, k));
  if (!isIndex(k)) throw TypeError(`list indices must be integers or slices, not ${typeName(k)}`);
  return a[idx(k, a.length, 'list index out of range')];
}

function setSlice(a: Py[], s: PySlice, v: Py): void {
  let items: Py[];
  try {
    items = v instanceof PyList && v.items === a ? a.slice() : iterToArray(v);
  } catch (e: any) {
    if (e?.cls === T.TypeError && typeOf(v).lookup('__iter__') === MISSING) throw TypeError('can only assign an iterable');
    throw e;
  }
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) {
    a.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  if (items.length !== n) throw ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) a[j] = items[i];
}

function delSlice(a: Py[], s: PySlice): void {
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) {
    if (stop > start) a.splice(start, stop - start);
    return;
  }
  if (n === 0) return;
  // the dropped indices, lowest first, are an arithmetic progression
  let next = step > 0 ? start : start + (n - 1) * step;
  const gap = step > 0 ? step : -step;
  let w = next, k = 0;
  for (let r = next; r < a.length; r++) {
    if (k < n && r === next) {
      k++;
      next += gap;
    } else a[w++] = a[r];
  }
  a.length = w;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The comparator for one sort: -1 when a < b, else 0. V8's Array sort is
 * a port of CPython's timsort that only asks "less than?" (order < 0), so
 * with this comparator the sequence of Python `<` calls is CPython's. */
function comparatorFor(keys: Py[]): (a: Py, b: Py) => number {
  let allInt = true, allStr = true, allFloat = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const t = typeof k;
    if (t !== 'number') allInt = false;
    if (t !== 'string') allStr = false;
    else if (allStr && k.length > 1 && SURROGATE.test(k)) allStr = false;
    if (!(t === 'object' && k.cls === T.float)) allFloat = false;
    if (!allInt && !allStr && !allFloat) break;
  }
  if (allInt || allStr) return (a, b) => (a < b ? -1 : 0);
  if (allFloat) return (a, b) => (a.v < b.v ? -1 : 0);
  if (keys.every((k) => typeof k === 'string')) return (a, b) => (strLess(a, b) ? -1 : 0);
  let allTuple = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k !== 'object' || k.cls !== T.tuple) {
      allTuple = false;
      break;
    }
  }
  if (allTuple) return (a, b) => (tupleLess(a.items, b.items) ? -1 : 0);
  return (a, b) => (lessThan(a, b) ? -1 : 0);
}

/** a < b for tuples as CPython compares them (first unequal items decide),
 * without a Python-level call for items of the common builtin types. */
function tupleLess(a: Py[], b: Py[]): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    const tx = typeof x;
    if (tx === 'number' && typeof y === 'number') return x < y;
    if (tx === 'string' && typeof y === 'string') return strLess(x, y);
    if (tx === 'object' && typeof y === 'object' && x.cls === T.tuple && y.cls === T.tuple) {
      if (tupleEqual(x.items, y.items)) continue;
      return tupleLess(x.items, y.items);
    }
    if (richEqBool(x, y)) continue;
    return lessThan(x, y);
  }
  return a.length < b.length;
}

function tupleEqual(a: Py[], b: Py[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i] || richEqBool(a[i], b[i]))) return false;
  return true;
}

/** Sorts an array of ints or of strs in place: no Python code can observe
 * the comparisons and equal primitives are indistinguishable, so the
 * engine's native sorts give CPython's result. */
function sortPrimitives(a: Py[], allInt: boolean): void {
  if (allInt) {
    // an Int32Array sorts about twice as fast as a Float64Array
    let small = true;
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as number;
      if (x >= 2 ** 31 || x < -(2 ** 31)) {
        small = false;
        break;
      }
    }
    if (small && a.length >= RADIX_MIN) {
      radixSortInts(a as number[]);
      return;
    }
    const f = small ? Int32Array.from(a as number[]) : Float64Array.from(a as number[]);
    f.sort();
    for (let i = 0; i < a.length; i++) a[i] = f[i];
  } else a.sort();
}

/** 1: all ints (JS numbers), 2: all strs without surrogates, 0: other. */
function primitiveKind(a: Py[]): number {
  const t0 = typeof a[0];
  if (t0 === 'number') {
    for (let i = 1; i < a.length; i++) if (typeof a[i] !== 'number') return 0;
    return 1;
  }
  if (t0 === 'string') {
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      if (typeof x !== 'string' || (x.length > 1 && SURROGATE.test(x))) return 0;
    }
    return 2;
  }
  return 0;
}

const PACK = 2 ** 21;

/** For int keys of moderate size: key and position packed into one double
 * (key * 2**21 + i, key negated for reverse), sorted natively with no
 * comparator; ties keep their order as list.sort's stability wants. Null
 * when the keys don't fit. */
function packedIntOrder(keys: Py[], reverse: boolean): Float64Array | null {
  const n = keys.length;
  if (n >= PACK) return null;
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== 'number' || k >= 2 ** 31 || k <= -(2 ** 31)) return null;
    f[i] = (reverse ? -k : k) * PACK + i;
  }
  f.sort();
  return f;
}

/** Below this many keys the 65,536-entry digit counts of radixIntOrder
 * cost more than a comparison sort. */
const RADIX_MIN = 4096;

/** For int keys in the int32 range: the positions in stable sorted order
 * (reverse sorts the complemented keys, so equal keys still keep their
 * order), by an LSD radix sort on two 16-bit digits; null when a key does
 * not fit. Linear: a native sort of 100,000 packed doubles took 3x CPython's
 * whole sorted(key=...). */
function radixIntOrder(keys: Py[], reverse: boolean): Int32Array | null {
  const n = keys.length;
  const u = new Uint32Array(n);
  const flip = reverse ? 0x7fffffff : -0x80000000;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== 'number' || k >= 2 ** 31 || k < -(2 ** 31)) return null;
    // the sign bit flipped orders int32s as unsigned; reverse also
    // complements the rest
    u[i] = (k ^ flip) >>> 0;
  }
  let src = new Int32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  let dst = new Int32Array(n);
  const count = new Int32Array(65536);
  for (let shift = 0; shift <= 16; shift += 16) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(u[i] >>> shift) & 0xffff]++;
    // a digit every key shares moves nothing
    if (count[(u[0] >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const j = src[i];
      dst[count[(u[j] >>> shift) & 0xffff]++] = j;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** Sorts ints of the int32 range in place (radixIntOrder with the ints
 * as their own keys). */
function radixSortInts(a: number[]): void {
  const order = radixIntOrder(a, false)!;
  const v = Int32Array.from(a);
  for (let i = 0; i < v.length; i++) a[i] = v[order[i]];
}

/** Sorts items (a new array is returned; items is left alone) as
 * list.sort does: keys computed first, only `<`, stable, and reverse by
 * reversing before and after so that equal items keep their order. */
export function sortArray(items: Py[], key: Py, reverse: boolean): Py[] {
  const n = items.length;
  if (key === None) {
    const a = items.slice();
    if (n < 2) return a;
    const kind = primitiveKind(a);
    if (kind !== 0) {
      sortPrimitives(a, kind === 1);
      if (reverse) a.reverse();
      return a;
    }
    if (reverse) a.reverse();
    a.sort(comparatorFor(a));
    if (reverse) a.reverse();
    return a;
  }
  const keys = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = callSync(key, [items[i]]);
  if (n < 2) return items.slice();
  const order = n >= RADIX_MIN ? radixIntOrder(keys, reverse) : null;
  if (order !== null) {
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = items[order[i]];
    return out;
  }
  const packed = n >= RADIX_MIN ? null : packedIntOrder(keys, reverse);
  if (packed !== null) {
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = packed[i];
      out[i] = items[v - Math.floor(v / PACK) * PACK];
    }
    return out;
  }
  const idx = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
  const cmp = comparatorFor(keys);
  idx.sort((i, j) => cmp(keys[i], keys[j]));
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = items[idx[reverse ? n - 1 - i : i]];
  return out;
}

/** sorted(): a new sorted array. */
export function sortList(a: Py[], key: Py, reverse: boolean): void {
  const r = sortArray(a, key, reverse);
  for (let i = 0; i < r.length; i++) a[i] = r[i];
}

/** list.sort(): the list looks empty while it is sorted; changing it from
 * a key or comparison is detected ("list modified during sort"). */
function listSort(list: PyList, key: Py, reverse: boolean): void {
  const saved = list.items;
  const temp: Py[] = [];
  list.items = temp;
  let sorted: Py[] | null = null;
  let modified = false;
  try {
    sorted = sortArray(saved, key, reverse);
  } finally {
    modified = list.items !== temp || temp.length !== 0;
    list.items = saved;
  }
  for (let i = 0; i < sorted.length; i++) saved[i] = sorted[i];
  if (modified) throw ValueError('list modified during sort');
}

class ListRevIter extends NativeIter {
  constructor(public items: Py[], public i: number) {
    super(T.list_reverseiterator);
  }
  next(): Py {
    if (this.i >= 0 && this.i < this.items.length) return this.items[this.i--];
    this.i = -1;
    return STOP;
  }
}

/** list * n and n * list. */
function listRepeat(self: Py, n: Py): Py {
  const k = repeatCount(n, L(self).length);
  if (k === NotImplemented) return k;
  return new PyList(repeatItems(L(self), k as number));
}

export function setupList(): void {
  const t = T.list;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyList([], cls === T.list ? undefined : cls)] });
  t.vnew = (a) => (a.length === 0 ? new PyList([]) : a.length === 1 ? new PyList(iterToArray(a[0])) : undefined);
  methods(t, {
    __init__: ['self, iterable=?, /', (self: Py, it: Py) => {
      const a = L(self);
      const items = it === undefined ? [] : iterToArray(it);
      a.length = 0;
      for (const x of items) a.push(x);
      return None;
    }],
    __repr__: ['self, /', (self: Py) => seqRepr(self, L(self), '[', ']')],
    __len__: ['self, /', (self: Py) => L(self).length],
    __getitem__: ['self, index, /', (self: Py, k: Py) => listGetitem(L(self), k)],
    __setitem__: ['self, index, value, /', (self: Py, k: Py, v: Py) => {
      const a = L(self);
      if (k instanceof PySlice) setSlice(a, k, v);
      else if (!isIndex(k)) throw TypeError(`list indices must be integers or slices, not ${typeName(k)}`);
      else a[idx(k, a.length, 'list assignment index out of range')] = v;
      return None;
    }],
    __delitem__: ['self, index, /', (self: Py, k: Py) => {
      const a = L(self);
      if (k instanceof PySlice) delSlice(a, k);
      else if (!isIndex(k)) throw TypeError(`list indices must be integers or slices, not ${typeName(k)}`);
      else a.splice(idx(k, a.length, 'list assignment index out of range'), 1);
      return None;
    }],
    __contains__: ['self, key, /', (self: Py, x: Py) => { try { seqIndex(L(self), x, undefined, undefined, ''); return true; } catch { return false; } }],
    __iter__: ['self, /', (self: Py) => seqIter(self, L(self), T.list_iterator)],
    __reversed__: ['self, /', (self: Py) => new ListRevIter(L(self), L(self).length - 1)],
    __add__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyList)) {
        // CPython tries the right operand's nb_add (__radd__) before list's
        // sq_concat: `[0] + UserList(...)` works
        if (typeOf(o).lookup('__radd__') !== MISSING) return NotImplemented;
        throw TypeError(`can only concatenate list (not "${typeName(o)}") to list`);
      }
      return new PyList(L(self).concat(o.items));
    }],
    __iadd__: ['self, value, /', (self: Py, o: Py) => {
      const a = L(self);
      const b = o instanceof PyList && o.items === a ? a.slice() : iterToArray(o);
      for (const x of b) a.push(x);
      return self;
    }],
    __mul__: ['self, value, /', listRepeat],
    __rmul__: ['self, value, /', listRepeat],
    __imul__: ['self, value, /', (self: Py, n: Py) => {
      const k = repeatCount(n, L(self).length);
      if (k === NotImplemented) return k;
      // in place: iterators over the list hold its items array
      const a = L(self), r = repeatItems(a, k as number);
      a.length = r.length;
      for (let i = 0; i < r.length; i++) a[i] = r[i];
      return self;
    }],
    __eq__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyList ? seqCompare(L(self), o.items, Cmp.EQ) : NotImplemented)],
    __ne__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyList ? seqCompare(L(self), o.items, Cmp.NE) : NotImplemented)],
    __lt__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyList ? seqCompare(L(self), o.items, Cmp.LT) : NotImplemented)],
    __le__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyList ? seqCompare(L(self), o.items, Cmp.LE) : NotImplemented)],
    __gt__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyList ? seqCompare(L(self), o.items, Cmp.GT) : NotImplemented)],
    __ge__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyList ? seqCompare(L(self), o.items, Cmp.GE) : NotImplemented)],
    __sizeof__: ['self, /', (self: Py) => 40 + 8 * L(self).length],
    append: ['self, object, /', (self: Py, x: Py) => { L(self).push(x); return None; }],
    extend: ['self, iterable, /', (self: Py, it: Py) => {
      const a = L(self);
      const b = it instanceof PyList && it.items === a ? a.slice() : it instanceof PyList || it instanceof PyTuple ? it.items : iterToArray(it);
      for (let i = 0; i < b.length; i++) a.push(b[i]);
      return None;
    }],
    insert: ['self, index, object, /', (self: Py, i: Py, x: Py) => {
      const a = L(self);
      let k = sizeArg(i);
      if (k < 0) k = Math.max(0, k + a.length);
      if (k > a.length) k = a.length;
      a.splice(k, 0, x);
      return None;
    }],
    pop: ['self, index=-1, /', (self: Py, i: Py) => {
      const a = L(self);
      const k = sizeArg(i);
      if (!a.length) throw IndexError('pop from empty list');
      if (k === -1) return a.pop();
      return a.splice(idx(k, a.length, 'pop index out of range'), 1)[0];
    }],
    remove: ['self, value, /', (self: Py, x: Py) => {
      const a = L(self);
      a.splice(seqIndex(a, x, undefined, undefined, 'list.remove(x): x not in list'), 1);
      return None;
    }],
    index: ['self, value, start=?, stop=?, /', (self: Py, x: Py, s: Py, e: Py) => seqIndex(L(self), x, s, e, `${repr(x)} is not in list`)],
    count: ['self, value, /', (self: Py, x: Py) => seqCount(L(self), x)],
    reverse: ['self, /', (self: Py) => { L(self).reverse(); return None; }],
    clear: ['self, /', (self: Py) => { L(self).length = 0; return None; }],
    copy: ['self, /', (self: Py) => new PyList(L(self).slice())],
    sort: ['self, /, *, key=None, reverse=False', (self: Py, key: Py, rev: Py) => {
      if (!(self instanceof PyList)) L(self);
      listSort(self, key, truthy(rev));
      return None;
    }],
  });
  attrs(t, { __hash__: None });
  void index;
}

serial(ListRevIter);
