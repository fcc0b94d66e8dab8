// range: an immutable arithmetic sequence, and its iterator.

import { PyObject, T, None, NotImplemented, STOP, MISSING, type Py, serial } from './base';
import { PyType } from './type';
import { PyTuple } from './tuple';
import { PySlice, sliceIndices } from './sliceutil';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError, ValueError, IndexError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue, norm } from './intutil';
import { index } from './int';
import { richEqBool, repr } from './protocol';
import { NativeIter, FastRangeIter } from './iter';
export { FastRangeIter };
import { tupleHash } from './tuplemethods';

export class PyRange extends PyObject {
  /** number of items */
  len: number;
  constructor(public start: number | bigint, public stop: number | bigint, public step: number | bigint) {
    super(T.range);
    const a = BigInt(start), b = BigInt(stop), s = BigInt(step);
    let n = 0n;
    if (s > 0n && a < b) n = (b - a - 1n) / s + 1n;
    else if (s < 0n && a > b) n = (a - b - 1n) / -s + 1n;
    this.len = Number(n);
    this.big = typeof start === 'bigint' || typeof stop === 'bigint' || typeof step === 'bigint' || n > 2n ** 53n;
  }
  big: boolean;
  at(i: number): number | bigint {
    if (!this.big) return (this.start as number) + i * (this.step as number);
    return norm(BigInt(this.start) + BigInt(i) * BigInt(this.step));
  }
}

export class RangeIter extends NativeIter {
  i = 0;
  constructor(public r: PyRange) {
    super(T.range_iterator);
  }
  next(): Py {
    const r = this.r;
    if (this.i >= r.len) return STOP;
    return r.at(this.i++);
  }
}


function rangeArg(x: Py): number | bigint {
  const v = intValue(x);
  if (v !== null) return v;
  if (typeOf(x).lookup('__index__') === MISSING) throw TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return index(x);
}

export function makeRange(args: Py[]): PyRange {
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

function contains(r: PyRange, x: Py): boolean {
  const v = typeof x === 'boolean' ? (x ? 1 : 0) : intValue(x);
  if (v === null || (typeof x === 'object' && x.cls !== T.int && !x.cls.isSubtype(T.int))) {
    for (let i = 0; i < r.len; i++) if (richEqBool(r.at(i), x)) return true;
    return false;
  }
  const b = BigInt(v), a = BigInt(r.start), s = BigInt(r.step), e = BigInt(r.stop);
  if (s > 0n ? b < a || b >= e : b > a || b <= e) return false;
  return (b - a) % s === 0n;
}

export function setupRange(): void {
  const t = T.range;
  staticMethods(t, { __new__: ['cls, *args', (_cls: PyType, args: Py[]) => makeRange(args)] });
  methods(t, {
    __repr__: ['self, /', (r: PyRange) => rangeRepr(r)],
    __len__: ['self, /', (r: PyRange) => {
      if (r.len > Number.MAX_SAFE_INTEGER) throw OverflowError('Python int too large to convert to C ssize_t');
      return r.len;
    }],
    __bool__: ['self, /', (r: PyRange) => r.len > 0],
    __iter__: ['self, /', (r: PyRange) => (r.big ? new RangeIter(r) : new FastRangeIter(r.start as number, r.stop as number, r.step as number))],
    __reversed__: ['self, /', (r: PyRange) => {
      if (r.len === 0) return new FastRangeIter(0, 0, 1);
      const last = r.at(r.len - 1);
      return new RangeIter(new PyRange(last, norm(BigInt(r.start) - BigInt(r.step)), norm(-BigInt(r.step))));
    }],
    __contains__: ['self, key, /', (r: PyRange, x: Py) => contains(r, x)],
    __getitem__: ['self, key, /', (r: PyRange, k: Py) => {
      if (k instanceof PySlice) {
        const [start, , step, n] = sliceIndices(k, r.len);
        const s0 = BigInt(r.start) + BigInt(start) * BigInt(r.step);
        const st = BigInt(r.step) * BigInt(step);
        const out = new PyRange(norm(s0), norm(s0 + st * BigInt(n)), norm(st));
        return out;
      }
      let i = Number(rangeArg(k));
      if (i < 0) i += r.len;
      if (i < 0 || i >= r.len) throw IndexError('range object index out of range');
      return r.at(i);
    }],
    __eq__: ['self, value, /', (r: PyRange, o: Py) => {
      if (!(o instanceof PyRange)) return NotImplemented;
      if (r.len !== o.len) return false;
      if (r.len === 0) return true;
      if (r.start != o.start) return false;
      return r.len === 1 || r.step == o.step;
    }],
    __ne__: ['self, value, /', (r: PyRange, o: Py) => (o instanceof PyRange ? !(r.len === o.len && (r.len === 0 || (r.start == o.start && (r.len === 1 || r.step == o.step)))) : NotImplemented)],
    __hash__: ['self, /', (r: PyRange) => tupleHash(r.len === 0 ? [r.len, None, None] : r.len === 1 ? [r.len, r.start, None] : [r.len, r.start, r.step])],
    __reduce__: ['self, /', (r: PyRange) => new PyTuple([T.range, new PyTuple([r.start, r.stop, r.step])])],
    index: ['self, value, /', (r: PyRange, x: Py) => {
      if (!contains(r, x)) throw ValueError(`${repr(x)} is not in range`);
      return Number((BigInt(intValue(x)!) - BigInt(r.start)) / BigInt(r.step));
    }],
    count: ['self, value, /', (r: PyRange, x: Py) => (contains(r, x) ? 1 : 0)],
  });
  getsets(t, {
    start: [(r: PyRange) => r.start],
    stop: [(r: PyRange) => r.stop],
    step: [(r: PyRange) => r.step],
  });
}

serial(PyRange, RangeIter);
