// set and frozenset: methods, following setobject.c's algorithms step by
// step (which operand is iterated, when tables are resized), because the
// resulting table layout is the iteration order programs print.
// https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset

import { T, None, NotImplemented, STOP, type Py, serial } from './base';
import { PyType } from './type';
import { PySet, DUMMY } from './setutil';
import { PyDict } from './dict';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { methods, staticMethods, attrs } from './typesetup';
import { TypeError, KeyError, RuntimeError } from './raise';
import { typeName } from './typeof';
import { repr, reprEnter, reprLeave } from './protocol';
import { NativeIter, getIter, nextSync } from './iter';
import { H, hash64, setHashFromEntries } from './hash';
import { PyBaseException } from './exceptions';

function St(x: Py): PySet {
  if (x instanceof PySet) return x;
  throw TypeError(`descriptor requires a 'set' object but received a '${typeName(x)}'`);
}

const isAnySet = (x: Py): x is PySet => x instanceof PySet;

/** set or frozenset: the builtin base of so's type (make_new_set_basetype). */
function baseOf(so: PySet): PyType {
  const t = so.cls;
  if (t === T.set || t === T.frozenset) return t;
  return t.isSubtype(T.set) ? T.set : T.frozenset;
}

/** A new set of `cls` filled from any iterable (make_new_set). */
export function newSet(cls: PyType, it?: Py): PySet {
  const s = new PySet(cls);
  if (it !== undefined) update(s, it);
  return s;
}

/** set_update_internal: adds the elements of any iterable. */
export function update(so: PySet, other: Py): void {
  if (isAnySet(other)) return so.merge(other);
  if (other instanceof PyDict && other.cls === T.dict) {
    const n = other.size;
    if ((so.fill + n) * 5 >= so.mask * 3) so.resize((so.used + n) * 2);
    for (const k of other.keys()) so.add(k);
    return;
  }
  if (other instanceof PyList || (other instanceof PyTuple && other.cls === T.tuple)) {
    const items = other.items;
    for (let i = 0; i < items.length; i++) so.add(items[i]);
    return;
  }
  const it = getIter(other);
  for (;;) {
    const k = nextSync(it);
    if (k === STOP) return;
    so.add(k);
  }
}

function copy(so: PySet): PySet {
  return newSet(baseOf(so), so);
}

function union(so: PySet, others: Py[]): PySet {
  const r = copy(so);
  for (const o of others) if (o !== so) update(r, o);
  return r;
}

function intersection(so: PySet, other: Py): PySet {
  if (so === other) return copy(so);
  const r = new PySet(baseOf(so));
  if (isAnySet(other)) {
    let big = so, small = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    small.forEach((k, hi, lo) => {
      if (big.find(k, hi, lo) >= 0) r.addEntry(k, hi, lo);
    });
    return r;
  }
  const it = getIter(other);
  for (;;) {
    const k = nextSync(it);
    if (k === STOP) break;
    hash64(k);
    const hi = H.hi, lo = H.lo;
    if (so.find(k, hi, lo) >= 0) {
      r.addEntry(k, hi, lo);
      if (r.used >= so.used) break;
    }
  }
  return r;
}

export function intersectionMulti(so: PySet, others: Py[]): PySet {
  if (!others.length) return copy(so);
  let r = so;
  for (const o of others) r = intersection(r, o);
  return r;
}

function isdisjoint(so: PySet, other: Py): boolean {
  if (so === other) return so.used === 0;
  if (isAnySet(other) && (other.cls === T.set || other.cls === T.frozenset)) {
    let big = so, small = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    for (const k of small.items()) {
      hash64(k);
      if (big.find(k, H.hi, H.lo) >= 0) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (;;) {
    const k = nextSync(it);
    if (k === STOP) return true;
    if (so.has(k)) return false;
  }
}

export function differenceUpdate(so: PySet, other: Py): void {
  if (so === other) return so.clear();
  if (isAnySet(other)) {
    const o = other.used >> 3 > so.used ? intersection(so, other) : other;
    o.forEach((k, hi, lo) => {
      so.discardEntry(k, hi, lo);
    });
  } else {
    const it = getIter(other);
    for (;;) {
      const k = nextSync(it);
      if (k === STOP) break;
      so.discard(k);
    }
  }
  if (so.fill - so.used > Math.floor(so.mask / 4)) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function copyAndDifference(so: PySet, other: Py): PySet {
  const r = copy(so);
  differenceUpdate(r, other);
  return r;
}

function difference(so: PySet, other: Py): PySet {
  let n: number;
  const isDict = other instanceof PyDict && other.cls === T.dict;
  if (isAnySet(other)) n = other.used;
  else if (isDict) n = (other as PyDict).size;
  else return copyAndDifference(so, other);
  if (so.used >> 2 > n) return copyAndDifference(so, other);
  const r = new PySet(baseOf(so));
  if (isDict) {
    so.forEach((k, hi, lo) => {
      if (!(other as PyDict).has(k)) r.addEntry(k, hi, lo);
    });
    return r;
  }
  so.forEach((k, hi, lo) => {
    if ((other as PySet).find(k, hi, lo) < 0) r.addEntry(k, hi, lo);
  });
  return r;
}

function differenceMulti(so: PySet, others: Py[]): PySet {
  if (!others.length) return copy(so);
  const r = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
  return r;
}

export function symdiffUpdate(so: PySet, other: Py): void {
  if (so === other) return so.clear();
  if (other instanceof PyDict && other.cls === T.dict) {
    for (const k of other.keys()) {
      hash64(k);
      const hi = H.hi, lo = H.lo;
      if (!so.discardEntry(k, hi, lo)) so.addEntry(k, hi, lo);
    }
    return;
  }
  const o = isAnySet(other) ? other : newSet(baseOf(so), other);
  o.forEach((k, hi, lo) => {
    if (!so.discardEntry(k, hi, lo)) so.addEntry(k, hi, lo);
  });
}

function symdiff(so: PySet, other: Py): PySet {
  const r = newSet(baseOf(so), other);
  symdiffUpdate(r, so);
  return r;
}

function issubset(so: PySet, other: Py): boolean {
  if (!isAnySet(other)) other = newSet(T.set, other);
  const o = other as PySet;
  if (so.used > o.used) return false;
  const keys = so.keys_, hh = so.hh;
  for (let j = 0; j <= so.mask; j++) {
    const k = keys[j];
    if (k !== undefined && k !== DUMMY && o.find(k, hh[2 * j], hh[2 * j + 1]) < 0) return false;
  }
  return true;
}

function issuperset(so: PySet, other: Py): boolean {
  if (!isAnySet(other)) other = newSet(T.set, other);
  return issubset(other as PySet, so);
}

function setEq(a: PySet, b: PySet): boolean {
  if (a.used !== b.used) return false;
  if (a.hashCache !== null && b.hashCache !== null && a.hashCache !== b.hashCache) return false;
  return issubset(a, b);
}

/** `key in s`, `s.remove(key)` ...: an unhashable set key is looked up as a
 * frozenset (CPython's set_contains fallback). */
function withFrozenFallback<R>(key: Py, fn: (k: Py) => R): R {
  try {
    return fn(key);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === T.TypeError && key instanceof PySet && key.cls.isSubtype(T.set)) {
      return fn(newSet(T.frozenset, key));
    }
    throw e;
  }
}

/** `x in s` for a set or frozenset (unhashable sets looked up as frozensets). */
export function setContains(s: PySet, x: Py): boolean {
  if (typeof x !== 'object') return s.has(x);
  return withFrozenFallback(x, (k) => s.has(k));
}

function setRepr(s: PySet): string {
  const name = s.cls.name;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    if (!s.used) return `${name}()`;
    const body = '{' + s.items().map(repr).join(', ') + '}';
    return s.cls === T.set ? body : `${name}(${body})`;
  } finally {
    reprLeave(s);
  }
}

/** hash(frozenset): CPython's order-independent mix of the entry hashes. */
export function frozensetHash(s: PySet): number | bigint {
  if (s.hashCache !== null) return s.hashCache;
  const his: number[] = [], los: number[] = [];
  s.forEach((_k, hi, lo) => {
    his.push(hi);
    los.push(lo);
  });
  return (s.hashCache = setHashFromEntries(his, los, his.length, s.used));
}

/** Iterator over a set's table; fails if the set changes size. */
export class SetIter extends NativeIter {
  pos = 0;
  used: number;
  left: number;
  constructor(public s: PySet | null) {
    super(T.set_iterator);
    this.used = s!.used;
    this.left = s!.used;
  }
  next(): Py {
    const s = this.s;
    if (s === null) return STOP;
    if (s.used !== this.used) {
      this.used = -1;
      throw RuntimeError('Set changed size during iteration');
    }
    const keys = s.keys_, mask = s.mask;
    let j = this.pos;
    while (j <= mask) {
      const k = keys[j++];
      if (k !== undefined && k !== DUMMY) {
        this.pos = j;
        this.left--;
        return k;
      }
    }
    this.pos = j;
    this.s = null;
    return STOP;
  }
}

function noKeywords(name: string, kw: PyDict): void {
  if (kw.size) throw TypeError(`${name}() takes no keyword arguments`);
}
function atMostOne(name: string, args: Py[]): void {
  if (args.length > 1) throw TypeError(`${name} expected at most 1 argument, got ${args.length}`);
}

/** frozenset.__new__(cls, iterable): an exact frozenset is itself. */
function newFrozen(cls: PyType, it: Py): Py {
  if (cls === T.frozenset && it instanceof PySet && it.cls === T.frozenset) return it;
  return newSet(cls, it);
}

export function setupSet(): void {
  for (const t of [T.set, T.frozenset]) {
    t.nativeLen = (o: PySet) => o.used;
    const bin = (f: (a: PySet, b: PySet) => PySet) => (a: Py, b: Py) => (isAnySet(a) && isAnySet(b) ? f(a, b) : NotImplemented);
    const rbin = (f: (a: PySet, b: PySet) => PySet) => (a: Py, b: Py) => (isAnySet(a) && isAnySet(b) ? f(b, a) : NotImplemented);
    const cmp = (f: (a: PySet, b: PySet) => boolean) => (a: Py, b: Py) => (isAnySet(b) ? f(St(a), b) : NotImplemented);
    methods(t, {
      __repr__: ['self, /', (a: Py) => setRepr(St(a))],
      __len__: ['self, /', (a: Py) => St(a).used],
      __contains__: ['self, key, /', (a: Py, k: Py) => setContains(St(a), k)],
      __iter__: ['self, /', (a: Py) => new SetIter(St(a))],
      __or__: ['self, value, /', bin((a, b) => union(a, [b]))],
      __ror__: ['self, value, /', rbin((a, b) => union(a, [b]))],
      __and__: ['self, value, /', bin(intersection)],
      __rand__: ['self, value, /', rbin(intersection)],
      __sub__: ['self, value, /', bin(difference)],
      __rsub__: ['self, value, /', rbin(difference)],
      __xor__: ['self, value, /', bin(symdiff)],
      __rxor__: ['self, value, /', rbin(symdiff)],
      __eq__: ['self, value, /', cmp(setEq)],
      __ne__: ['self, value, /', cmp((a, b) => !setEq(a, b))],
      __le__: ['self, value, /', cmp(issubset)],
      __lt__: ['self, value, /', cmp((a, b) => a.used < b.used && issubset(a, b))],
      __ge__: ['self, value, /', cmp(issuperset)],
      __gt__: ['self, value, /', cmp((a, b) => a.used > b.used && issuperset(a, b))],
      __reduce__: ['self, /', (a: Py) => {
        const s = St(a);
        const state = s.dict && s.dict.size ? s.dict : None;
        return new PyTuple([s.cls, new PyTuple([new PyList(s.items())]), state]);
      }],
      __sizeof__: ['self, /', (a: Py) => { const s = St(a); return 200 + (s.mask > 7 ? 16 * (s.mask + 1) : 0); }],
      union: ['self, /, *others', (a: Py, o: Py[]) => union(St(a), o)],
      intersection: ['self, /, *others', (a: Py, o: Py[]) => intersectionMulti(St(a), o)],
      difference: ['self, /, *others', (a: Py, o: Py[]) => differenceMulti(St(a), o)],
      symmetric_difference: ['self, other, /', (a: Py, o: Py) => symdiff(St(a), o)],
      issubset: ['self, other, /', (a: Py, o: Py) => issubset(St(a), o)],
      issuperset: ['self, other, /', (a: Py, o: Py) => issuperset(St(a), o)],
      isdisjoint: ['self, other, /', (a: Py, o: Py) => isdisjoint(St(a), o)],
    });
  }
  staticMethods(T.set, {
    __new__: ['cls, *args, **kwargs', (cls: PyType, _args: Py[], kw: PyDict) => {
      if (cls === T.set) noKeywords('set', kw);
      return new PySet(cls);
    }],
  });
  T.set.vnew = (a) => {
    if (a.length > 1) return undefined;
    const s = new PySet(T.set);
    if (a.length) update(s, a[0]);
    return s;
  };
  methods(T.set, {
    __init__: ['self, *args, **kwargs', (a: Py, args: Py[], kw: PyDict) => {
      const s = St(a);
      noKeywords('set', kw);
      atMostOne(s.cls.name, args);
      if (s.fill) s.clear();
      if (args.length) update(s, args[0]);
      return None;
    }],
    __ior__: ['self, value, /', (a: Py, b: Py) => { if (!isAnySet(b)) return NotImplemented; update(St(a), b); return a; }],
    __iand__: ['self, value, /', (a: Py, b: Py) => { if (!isAnySet(b)) return NotImplemented; St(a).swap(intersection(St(a), b)); return a; }],
    __isub__: ['self, value, /', (a: Py, b: Py) => { if (!isAnySet(b)) return NotImplemented; differenceUpdate(St(a), b); return a; }],
    __ixor__: ['self, value, /', (a: Py, b: Py) => { if (!isAnySet(b)) return NotImplemented; symdiffUpdate(St(a), b); return a; }],
    add: ['self, object, /', (a: Py, x: Py) => { St(a).add(x); return None; }],
    discard: ['self, object, /', (a: Py, x: Py) => { withFrozenFallback(x, (k) => St(a).discard(k)); return None; }],
    remove: ['self, object, /', (a: Py, x: Py) => {
      if (!withFrozenFallback(x, (k) => St(a).discard(k))) throw KeyError(x);
      return None;
    }],
    pop: ['self, /', (a: Py) => {
      const s = St(a);
      if (!s.used) throw KeyError('pop from an empty set');
      return s.pop();
    }],
    clear: ['self, /', (a: Py) => { St(a).clear(); return None; }],
    copy: ['self, /', (a: Py) => copy(St(a))],
    update: ['self, /, *others', (a: Py, o: Py[]) => { for (const x of o) update(St(a), x); return None; }],
    intersection_update: ['self, /, *others', (a: Py, o: Py[]) => { const s = St(a); s.swap(intersectionMulti(s, o)); return None; }],
    difference_update: ['self, /, *others', (a: Py, o: Py[]) => { for (const x of o) differenceUpdate(St(a), x); return None; }],
    symmetric_difference_update: ['self, other, /', (a: Py, o: Py) => { symdiffUpdate(St(a), o); return None; }],
  });
  attrs(T.set, { __hash__: None });
  staticMethods(T.frozenset, {
    __new__: ['cls, *args, **kwargs', (cls: PyType, args: Py[], kw: PyDict) => {
      if (cls === T.frozenset || cls.lookup('__init__') === T.frozenset.lookup('__init__')) noKeywords('frozenset', kw);
      atMostOne(cls.name, args);
      return newFrozen(cls, args[0]);
    }],
  });
  T.frozenset.vnew = (a) => (a.length <= 1 ? newFrozen(T.frozenset, a[0]) : undefined);
  methods(T.frozenset, {
    __hash__: ['self, /', (a: Py) => frozensetHash(St(a))],
    copy: ['self, /', (a: Py) => (St(a).cls === T.frozenset ? a : copy(St(a)))],
  });
}

serial(SetIter);
