// collections.deque: a double-ended queue on a power-of-two ring buffer, so
// appends and pops at both ends are O(1) without shifting a JS array.
// https://docs.python.org/3.11/library/collections.html#collections.deque

import { PyObject, T, None, NotImplemented, MISSING, STOP, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyDict } from '../src/objects/dict';
import { methods, staticMethods, classMethods, getsets, attrs, newType } from '../src/objects/typesetup';
import { TypeError, ValueError, IndexError, RuntimeError, AttributeError, StopIteration } from '../src/objects/raise';
import { typeOf, typeName } from '../src/objects/typeof';
import { intValue } from '../src/objects/intutil';
import { index, indexNum } from '../src/objects/int';
import { Cmp, richEqBool, repr, reprEnter, reprLeave } from '../src/objects/protocol';
import { NativeIter, getIter, nextSync, iterToArray, returnSelf } from '../src/objects/iter';
import { seqCompare, repeatCount } from '../src/objects/sequtil';
import { PyGenericAlias } from '../src/objects/misc';
import { callSync } from '../src/vm/call';
import { serial } from '../src/objects/base';

export class PyDeque extends PyObject {
  a: Py[] = new Array(8);
  h = 0;
  n = 0;
  /** -1: unbounded */
  maxlen = -1;
  /** Bumped by structural changes; iterators compare it (CPython's state). */
  state = 0;

  get(i: number): Py {
    return this.a[(this.h + i) & (this.a.length - 1)];
  }
  put(i: number, v: Py): void {
    this.a[(this.h + i) & (this.a.length - 1)] = v;
  }
  private grow(): void {
    const old = this.a, cap = old.length, m = cap - 1;
    const a = new Array(cap * 2);
    for (let i = 0; i < this.n; i++) a[i] = old[(this.h + i) & m];
    this.a = a;
    this.h = 0;
  }
  push(v: Py): void {
    this.state++;
    if (this.maxlen >= 0 && this.n >= this.maxlen) {
      if (this.maxlen === 0) return;
      this.shift();
    }
    if (this.n === this.a.length) this.grow();
    this.a[(this.h + this.n) & (this.a.length - 1)] = v;
    this.n++;
  }
  unshift(v: Py): void {
    this.state++;
    if (this.maxlen >= 0 && this.n >= this.maxlen) {
      if (this.maxlen === 0) return;
      this.pop();
    }
    if (this.n === this.a.length) this.grow();
    this.h = (this.h - 1) & (this.a.length - 1);
    this.a[this.h] = v;
    this.n++;
  }
  pop(): Py {
    if (!this.n) throw IndexError('pop from an empty deque');
    this.state++;
    this.n--;
    const i = (this.h + this.n) & (this.a.length - 1);
    const v = this.a[i];
    this.a[i] = undefined;
    return v;
  }
  shift(): Py {
    if (!this.n) throw IndexError('pop from an empty deque');
    this.state++;
    const v = this.a[this.h];
    this.a[this.h] = undefined;
    this.h = (this.h + 1) & (this.a.length - 1);
    this.n--;
    return v;
  }
  toArray(): Py[] {
    const out = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }
  /** Replaces the contents (keeping maxlen's rightmost items). */
  setArray(items: Py[]): void {
    this.state++;
    if (this.maxlen >= 0 && items.length > this.maxlen) items = items.slice(items.length - this.maxlen);
    let cap = 8;
    while (cap < items.length) cap *= 2;
    const a = new Array(cap);
    for (let i = 0; i < items.length; i++) a[i] = items[i];
    this.a = a;
    this.h = 0;
    this.n = items.length;
  }
  clear(): void {
    this.state++;
    this.a = new Array(8);
    this.h = 0;
    this.n = 0;
  }
  rotate(k: number): void {
    const n = this.n;
    if (n <= 1) return;
    k %= n;
    if (k === 0) return;
    this.state++;
    const items = this.toArray();
    const cut = k > 0 ? n - k : -k;
    this.setArrayRaw(items.slice(cut).concat(items.slice(0, cut)));
  }
  private setArrayRaw(items: Py[]): void {
    for (let i = 0; i < items.length; i++) this.put(i, items[i]);
  }
}

function Q(x: Py): PyDeque {
  if (x instanceof PyDeque) return x;
  throw TypeError(`descriptor requires a 'collections.deque' object but received a '${typeName(x)}'`);
}

class DequeIter extends NativeIter {
  i = 0;
  state: number;
  constructor(public d: PyDeque, public rev: boolean, cls: PyType) {
    super(cls);
    this.state = d.state;
  }
  next(): Py {
    const d = this.d;
    if (d.state !== this.state) {
      this.i = d.n;
      throw RuntimeError('deque mutated during iteration');
    }
    if (this.i >= d.n) return STOP;
    const k = this.i++;
    return d.get(this.rev ? d.n - 1 - k : k);
  }
}

function checkIndex(d: PyDeque, k: Py): number {
  if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) {
    throw TypeError(`sequence index must be integer, not '${typeName(k)}'`);
  }
  let i = indexNum(k);
  if (i < 0) i += d.n;
  if (i < 0 || i >= d.n) throw IndexError('deque index out of range');
  return i;
}

/** deque.extend: iterating self is safe (we snapshot first). */
function extend(d: PyDeque, it: Py, left: boolean): void {
  if (it === d) {
    const items = d.toArray();
    for (const v of items) left ? d.unshift(v) : d.push(v);
    return;
  }
  if (typeof it === 'object' && (it.cls === T.list || it.cls === T.tuple)) {
    for (const v of (it as PyList).items.slice()) left ? d.unshift(v) : d.push(v);
    return;
  }
  const iter = getIter(it);
  for (;;) {
    const v = nextSync(iter);
    if (v === STOP) return;
    left ? d.unshift(v) : d.push(v);
  }
}

/** index of x in d[start:stop], raising CPython's errors. */
function dequeIndex(d: PyDeque, x: Py, start: Py, stop: Py): number {
  const n = d.n;
  let a = start === undefined ? 0 : sliceIndex(start);
  let b = stop === undefined ? n : sliceIndex(stop);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  const state = d.state;
  for (let i = a; i < Math.min(b, d.n); i++) {
    const v = d.get(i);
    const eq = v === x || richEqBool(v, x);
    if (d.state !== state) throw RuntimeError('deque mutated during iteration');
    if (eq) return i;
  }
  throw ValueError(`${repr(x)} is not in deque`);
}

function sliceIndex(x: Py): number {
  if (intValue(x) === null && typeOf(x).lookup('__index__') === MISSING) {
    throw TypeError('slice indices must be integers or have an __index__ method');
  }
  const v = index(x);
  return typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
}

function parseMaxlen(m: Py): number {
  if (m === None || m === undefined) return -1;
  const v = intValue(m);
  if (v === null) {
    if (typeOf(m).lookup('__index__') === MISSING) throw TypeError('an integer is required');
  }
  const k = v ?? index(m);
  if (k < 0) throw ValueError('maxlen must be non-negative');
  return typeof k === 'bigint' ? Number.MAX_SAFE_INTEGER : k;
}

/** A new deque of d's class with the same maxlen (copy, +, *). */
function sameKind(d: PyDeque, items: Py[]): PyDeque {
  const tp = typeOf(d);
  if (tp === T.deque) {
    const r = new PyDeque(T.deque);
    r.maxlen = d.maxlen;
    r.setArray(items);
    return r;
  }
  const r = callSync(tp, d.maxlen < 0 ? [new PyList(items)] : [new PyList(items), d.maxlen]);
  return r;
}

function dequeRepr(d: PyDeque): string {
  const name = typeOf(d).name;
  if (!reprEnter(d)) return '[...]';
  let body: string;
  try {
    body = d.toArray().map(repr).join(', ');
  } finally {
    reprLeave(d);
  }
  return d.maxlen >= 0 ? `${name}([${body}], maxlen=${d.maxlen})` : `${name}([${body}])`;
}

function compare(op: Cmp) {
  return (a: Py, b: Py) => {
    if (!(b instanceof PyDeque)) return NotImplemented;
    return seqCompare(Q(a).toArray(), b.toArray(), op);
  };
}

/** Creates the deque type and its iterators. */
export function makeDeque(): PyType {
  const t = newType('deque', T.object, (cls) => new PyDeque(cls), { module: 'collections' });
  t.nativeLen = (o: PyDeque) => o.n;
  t.tpName = 'collections.deque';
  const it = newType('_deque_iterator', T.object, undefined, { module: '_collections', final: true });
  const rit = newType('_deque_reverse_iterator', T.object, undefined, { module: '_collections', final: true });
  for (const x of [it, rit]) {
    methods(x, {
      __iter__: ['self, /', returnSelf],
      __next__: ['self, /', (s: DequeIter) => {
        const v = s.next();
        if (v === STOP) throw StopIteration();
        return v;
      }],
      __length_hint__: ['self, /', (s: DequeIter) => Math.max(0, s.d.n - s.i)],
    });
  }
  staticMethods(t, {
    __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyDeque(cls)],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  methods(t, {
    __init__: ['self, iterable=?, maxlen=None', (self: Py, itb: Py, m: Py) => {
      const d = Q(self);
      d.maxlen = parseMaxlen(m);
      if (d.n) d.clear();
      if (itb !== undefined) extend(d, itb, false);
      return None;
    }],
    append: ['self, x, /', (self: Py, x: Py) => { Q(self).push(x); return None; }],
    appendleft: ['self, x, /', (self: Py, x: Py) => { Q(self).unshift(x); return None; }],
    pop: ['self, /', (self: Py) => Q(self).pop()],
    popleft: ['self, /', (self: Py) => Q(self).shift()],
    extend: ['self, iterable, /', (self: Py, x: Py) => { extend(Q(self), x, false); return None; }],
    extendleft: ['self, iterable, /', (self: Py, x: Py) => { extend(Q(self), x, true); return None; }],
    clear: ['self, /', (self: Py) => { Q(self).clear(); return None; }],
    copy: ['self, /', (self: Py) => sameKind(Q(self), Q(self).toArray())],
    __copy__: ['self, /', (self: Py) => sameKind(Q(self), Q(self).toArray())],
    count: ['self, value, /', (self: Py, x: Py) => {
      const d = Q(self);
      const state = d.state;
      let c = 0;
      for (let i = 0; i < d.n; i++) {
        const v = d.get(i);
        if (v === x || richEqBool(v, x)) c++;
        if (d.state !== state) throw RuntimeError('deque mutated during iteration');
      }
      return c;
    }],
    index: ['self, value, start=?, stop=?, /', (self: Py, x: Py, a: Py, b: Py) => dequeIndex(Q(self), x, a, b)],
    insert: ['self, index, value, /', (self: Py, k: Py, x: Py) => {
      const d = Q(self);
      if (d.maxlen >= 0 && d.n >= d.maxlen) throw IndexError('deque already at its maximum size');
      let i = indexNum(k);
      const n = d.n;
      if (i < 0) i = Math.max(0, i + n);
      if (i >= n) {
        d.push(x);
        return None;
      }
      if (i === 0) {
        d.unshift(x);
        return None;
      }
      const items = d.toArray();
      items.splice(i, 0, x);
      d.setArray(items);
      return None;
    }],
    remove: ['self, value, /', (self: Py, x: Py) => {
      const d = Q(self);
      const state = d.state;
      for (let i = 0; i < d.n; i++) {
        const v = d.get(i);
        const eq = v === x || richEqBool(v, x);
        if (d.state !== state) throw IndexError('deque mutated during remove().');
        if (eq) {
          const items = d.toArray();
          items.splice(i, 1);
          d.setArray(items);
          return None;
        }
      }
      throw ValueError(`${repr(x)} is not in deque`);
    }],
    reverse: ['self, /', (self: Py) => {
      const d = Q(self);
      const items = d.toArray().reverse();
      for (let i = 0; i < items.length; i++) d.put(i, items[i]);
      return None;
    }],
    rotate: ['self, n=1, /', (self: Py, k: Py) => {
      const d = Q(self);
      const v = index(k);
      d.rotate(typeof v === 'bigint' ? Number(v % BigInt(Math.max(1, d.n))) : v);
      return None;
    }],
    __len__: ['self, /', (self: Py) => Q(self).n],
    __bool__: ['self, /', (self: Py) => Q(self).n > 0],
    __getitem__: ['self, key, /', (self: Py, k: Py) => { const d = Q(self); return d.get(checkIndex(d, k)); }],
    __setitem__: ['self, key, value, /', (self: Py, k: Py, v: Py) => { const d = Q(self); d.put(checkIndex(d, k), v); return None; }],
    __delitem__: ['self, key, /', (self: Py, k: Py) => {
      const d = Q(self);
      const i = checkIndex(d, k);
      if (i === 0) d.shift();
      else if (i === d.n - 1) d.pop();
      else {
        const items = d.toArray();
        items.splice(i, 1);
        d.setArray(items);
      }
      return None;
    }],
    __contains__: ['self, key, /', (self: Py, x: Py) => {
      const d = Q(self);
      const state = d.state;
      for (let i = 0; i < d.n; i++) {
        const v = d.get(i);
        const eq = v === x || richEqBool(v, x);
        if (d.state !== state) throw RuntimeError('deque mutated during iteration');
        if (eq) return true;
      }
      return false;
    }],
    __iter__: ['self, /', (self: Py) => new DequeIter(Q(self), false, it)],
    __reversed__: ['self, /', (self: Py) => new DequeIter(Q(self), true, rit)],
    __repr__: ['self, /', (self: Py) => dequeRepr(Q(self))],
    __eq__: ['self, value, /', compare(Cmp.EQ)],
    __ne__: ['self, value, /', compare(Cmp.NE)],
    __lt__: ['self, value, /', compare(Cmp.LT)],
    __le__: ['self, value, /', compare(Cmp.LE)],
    __gt__: ['self, value, /', compare(Cmp.GT)],
    __ge__: ['self, value, /', compare(Cmp.GE)],
    __add__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDeque)) throw TypeError(`can only concatenate deque (not "${typeName(o)}") to deque`);
      return sameKind(Q(self), Q(self).toArray().concat(o.toArray()));
    }],
    __iadd__: ['self, value, /', (self: Py, o: Py) => { extend(Q(self), o, false); return self; }],
    __mul__: ['self, value, /', (self: Py, k: Py) => repeat(Q(self), k, false)],
    __rmul__: ['self, value, /', (self: Py, k: Py) => repeat(Q(self), k, false)],
    __imul__: ['self, value, /', (self: Py, k: Py) => repeat(Q(self), k, true)],
    __reduce__: ['self, /', (self: Py) => reduce(Q(self))],
    __sizeof__: ['self, /', (self: Py) => 80 + 8 * Q(self).a.length],
  });
  getsets(t, {
    maxlen: [(d: PyDeque) => (d.maxlen < 0 ? None : d.maxlen), () => {
      throw AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable");
    }],
  });
  attrs(t, { __hash__: None, __doc__: 'A list-like sequence optimized for data accesses near its endpoints.' });
  return t;
}

function repeat(d: PyDeque, k: Py, inplace: boolean): Py {
  const c = repeatCount(k, d.n);
  if (c === NotImplemented) return NotImplemented;
  const base = d.toArray();
  let items: Py[] = [];
  // with a maxlen only the last maxlen items survive: skip building the rest
  const limit = d.maxlen >= 0 ? d.maxlen : Infinity;
  const reps = base.length ? Math.min(c as number, Math.ceil(limit / base.length) + 1) : 0;
  for (let i = 0; i < reps; i++) items = items.concat(base);
  if (!inplace) return sameKind(d, items);
  d.setArray(items);
  return d;
}

function reduce(d: PyDeque): PyTuple {
  const tp = typeOf(d);
  const args = d.maxlen < 0 ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
  const state = d.dict && d.dict.size ? d.dict : None;
  void PyDict;
  void iterToArray;
  return new PyTuple([tp, args, state, new DequeIter(d, false, T._deque_iterator)]);
}

serial(DequeIter, PyDeque);
