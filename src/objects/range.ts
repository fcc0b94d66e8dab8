// range: an immutable arithmetic sequence, and its iterator. Bounds of any
// size are allowed (bigint arithmetic), the common small case iterates with
// FastRangeIter.
// https://docs.python.org/3.11/library/stdtypes.html#ranges

import { PyObject, T, None, NotImplemented, STOP, MISSING, type Py, serial } from './base';
import { PyType } from './type';
import { PyTuple } from './tuple';
import { PySlice } from './sliceutil';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError, ValueError, IndexError, OverflowError, StopIteration } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue, norm } from './intutil';
import { index } from './int';
import { richEqBool, repr } from './protocol';
import { NativeIter, FastRangeIter, returnSelf } from './iter';
export { FastRangeIter };
import { tupleHash } from './hash';

const I64 = 2n ** 63n;

export class PyRange extends PyObject {
  /** number of items (exact) as a bigint, made when first asked for (most
   * ranges are only iterated) */
  private _n: bigint | null;
  /** number of items as a JS number (exact when not big) */
  len: number;
  /** some bound or the length is beyond 2**53 */
  big: boolean;
  constructor(public start: number | bigint, public stop: number | bigint, public step: number | bigint) {
    super(T.range);
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
      let n = 0;
      if (step > 0 && start < stop) n = Math.floor((stop - start - 1) / step) + 1;
      else if (step < 0 && start > stop) n = Math.floor((start - stop - 1) / -step) + 1;
      this._n = null;
      this.len = n;
      this.big = false;
      return;
    }
    const a = BigInt(start), b = BigInt(stop), s = BigInt(step);
    let n = 0n;
    if (s > 0n && a < b) n = (b - a - 1n) / s + 1n;
    else if (s < 0n && a > b) n = (a - b - 1n) / -s + 1n;
    this._n = n;
    this.len = Number(n);
    this.big = true;
  }
  get n(): bigint {
    return (this._n ??= BigInt(this.len));
  }
  /** The item at index i (0 <= i < len). */
  at(i: number | bigint): number | bigint {
    if (!this.big && typeof i === 'number') return (this.start as number) + i * (this.step as number);
    return norm(BigInt(this.start) + BigInt(i) * BigInt(this.step));
  }
}

/** Iterator over a range with big bounds (CPython's longrange_iterator,
 * or range_iterator while everything fits in 64 bits). */
export class RangeIter extends NativeIter {
  i = 0n;
  constructor(public r: PyRange) {
    super(fits64(r) ? T.range_iterator : T.longrange_iterator);
  }
  next(): Py {
    const r = this.r;
    if (this.i >= r.n) return STOP;
    return r.at(this.i++);
  }
}

function fits64(r: PyRange): boolean {
  const ok = (x: number | bigint) => BigInt(x) >= -I64 && BigInt(x) < I64;
  return ok(r.start) && ok(r.stop) && ok(r.step) && r.n < I64;
}

function rangeArg(x: Py): number | bigint {
  const v = intValue(x);
  if (v !== null) return v;
  if (typeOf(x).lookup('__index__') === MISSING) throw TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return index(x);
}

/** range(*args). */
export function makeRange(args: Py[]): PyRange {
  if (args.length === 1 && typeof args[0] === 'number') return new PyRange(0, args[0], 1);
  if (args.length === 0) throw TypeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw TypeError(`range expected at most 3 arguments, got ${args.length}`);
  const v = args.map(rangeArg);
  const [start, stop, step] = v.length === 1 ? [0, v[0], 1] : [v[0], v[1], v.length === 3 ? v[2] : 1];
  if (step == 0) throw ValueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

function rangeRepr(r: PyRange): string {
  return r.step == 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

function isIntArg(x: Py): boolean {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'object' && x.cls.isSubtype(T.int));
}

/** Position of the int v in r, or -1n. */
function position(r: PyRange, v: number | bigint): bigint {
  const b = BigInt(v), a = BigInt(r.start), s = BigInt(r.step), e = BigInt(r.stop);
  if (s > 0n ? b < a || b >= e : b > a || b <= e) return -1n;
  if ((b - a) % s !== 0n) return -1n;
  return (b - a) / s;
}

function contains(r: PyRange, x: Py): boolean {
  if (isIntArg(x)) return position(r, intValue(x)!) >= 0n;
  for (let i = 0n; i < r.n; i++) if (richEqBool(r.at(i), x)) return true;
  return false;
}

/** Slice bounds over a length of any size (PySlice_GetLongIndices). */
function sliceBig(s: PySlice, len: bigint): [bigint, bigint, bigint] {
  const val = (x: Py): bigint | null => {
    if (x === None) return null;
    const v = intValue(x);
    if (v !== null) return BigInt(v);
    if (typeOf(x).lookup('__index__') === MISSING) throw TypeError('slice indices must be integers or None or have an __index__ method');
    return BigInt(index(x));
  };
  let step = val(s.step) ?? 1n;
  if (step === 0n) throw ValueError('slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n, upper = neg ? len - 1n : len;
  const adjust = (x: bigint | null, dflt: bigint) => {
    if (x === null) return dflt;
    if (x < 0n) {
      x += len;
      return x < lower ? lower : x;
    }
    return x > upper ? upper : x;
  };
  return [adjust(val(s.start), neg ? upper : lower), adjust(val(s.stop), neg ? lower : upper), step];
}

function getItem(r: PyRange, k: Py): Py {
  if (typeof k === 'number' && !r.big) {
    const i = k < 0 ? k + r.len : k;
    if (i < 0 || i >= r.len) throw IndexError('range object index out of range');
    return r.at(i);
  }
  if (k instanceof PySlice) {
    const [a, b, st] = sliceBig(k, r.n);
    const s0 = BigInt(r.start), step = BigInt(r.step);
    return new PyRange(norm(s0 + a * step), norm(s0 + b * step), norm(step * st));
  }
  if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) {
    throw TypeError(`range indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = BigInt(index(k));
  if (i < 0n) i += r.n;
  if (i < 0n || i >= r.n) throw IndexError('range object index out of range');
  return r.at(i);
}

function rangeEq(r: PyRange, o: PyRange): boolean {
  if (r.n !== o.n) return false;
  if (r.n === 0n) return true;
  if (BigInt(r.start) !== BigInt(o.start)) return false;
  return r.n === 1n || BigInt(r.step) === BigInt(o.step);
}

function R(x: Py): PyRange {
  if (x instanceof PyRange) return x;
  throw TypeError(`descriptor requires a 'range' object but received a '${typeName(x)}'`);
}

export function setupRange(): void {
  const t = T.range;
  staticMethods(t, {
    __new__: ['cls, *args, **kwargs', (_cls: PyType, args: Py[], kw: any) => {
      if (kw.size) throw TypeError('range() takes no keyword arguments');
      return makeRange(args);
    }],
  });
  t.vnew = makeRange;
  methods(t, {
    __repr__: ['self, /', (r: Py) => rangeRepr(R(r))],
    __len__: ['self, /', (r: Py) => {
      if (R(r).n > BigInt(Number.MAX_SAFE_INTEGER)) throw OverflowError('Python int too large to convert to C ssize_t');
      return R(r).len;
    }],
    __bool__: ['self, /', (r: Py) => R(r).n > 0n],
    __iter__: ['self, /', (r: Py) => {
      const x = R(r);
      return x.big ? new RangeIter(x) : new FastRangeIter(x.start as number, x.stop as number, x.step as number);
    }],
    __reversed__: ['self, /', (r: Py) => {
      const x = R(r);
      if (x.n === 0n) return new FastRangeIter(0, 0, 1);
      const last = x.at(x.n - 1n);
      const rev = new PyRange(last, norm(BigInt(x.start) - BigInt(x.step)), norm(-BigInt(x.step)));
      return rev.big ? new RangeIter(rev) : new FastRangeIter(rev.start as number, rev.stop as number, rev.step as number);
    }],
    __contains__: ['self, key, /', (r: Py, x: Py) => contains(R(r), x)],
    __getitem__: ['self, key, /', (r: Py, k: Py) => getItem(R(r), k)],
    __eq__: ['self, value, /', (r: Py, o: Py) => (o instanceof PyRange ? rangeEq(R(r), o) : NotImplemented)],
    __ne__: ['self, value, /', (r: Py, o: Py) => (o instanceof PyRange ? !rangeEq(R(r), o) : NotImplemented)],
    __lt__: ['self, value, /', () => NotImplemented],
    __le__: ['self, value, /', () => NotImplemented],
    __gt__: ['self, value, /', () => NotImplemented],
    __ge__: ['self, value, /', () => NotImplemented],
    __hash__: ['self, /', (r: Py) => {
      const x = R(r);
      const n = norm(x.n);
      return tupleHash(x.n === 0n ? [n, None, None] : x.n === 1n ? [n, x.start, None] : [n, x.start, x.step]);
    }],
    __reduce__: ['self, /', (r: Py) => new PyTuple([T.range, new PyTuple([R(r).start, R(r).stop, R(r).step])])],
    index: ['self, value, /', (r: Py, x: Py) => {
      const rr = R(r);
      if (isIntArg(x)) {
        const p = position(rr, intValue(x)!);
        if (p < 0n) throw ValueError(`${repr(x)} is not in range`);
        return norm(p);
      }
      for (let i = 0n; i < rr.n; i++) if (richEqBool(rr.at(i), x)) return norm(i);
      throw ValueError('sequence.index(x): x not in sequence');
    }],
    count: ['self, value, /', (r: Py, x: Py) => {
      const rr = R(r);
      if (isIntArg(x)) return position(rr, intValue(x)!) >= 0n ? 1 : 0;
      let c = 0;
      for (let i = 0n; i < rr.n; i++) if (richEqBool(rr.at(i), x)) c++;
      return c;
    }],
  });
  // the iterator for big bounds (range_iterator's methods come from itermethods.ts)
  methods(T.longrange_iterator, {
    __iter__: ['self, /', returnSelf],
    __next__: ['self, /', (it: RangeIter) => {
      const v = it.next();
      if (v === STOP) throw StopIteration();
      return v;
    }],
    __length_hint__: ['self, /', (it: RangeIter) => norm(it.i < it.r.n ? it.r.n - it.i : 0n)],
  });
  getsets(t, {
    start: [(r: PyRange) => r.start],
    stop: [(r: PyRange) => r.stop],
    step: [(r: PyRange) => r.step],
  });
}

serial(PyRange, RangeIter);
