// set and frozenset: methods.
// https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset

import { T, None, NotImplemented, type Py } from './base';
import { PyType } from './type';
import { PySet } from './setutil';
import { PyDict } from './dict';
import { methods, staticMethods, attrs } from './typesetup';
import { TypeError, KeyError } from './raise';
import { typeName } from './typeof';
import { repr, reprEnter, reprLeave, hashExact } from './protocol';
import { MapIter, iterToArray } from './iter';

function St(x: Py): PySet {
  if (x instanceof PySet) return x;
  throw TypeError(`descriptor requires a 'set' object but received a '${typeName(x)}'`);
}

function isSetLike(x: Py): x is PySet {
  return x instanceof PySet;
}

function fromIter(x: Py): PySet {
  if (x instanceof PySet) return x;
  const s = new PySet();
  for (const v of iterToArray(x)) s.add(v);
  return s;
}

/** A result set of the same kind (set or frozenset) as `like`. */
function like(a: PySet): PySet {
  return new PySet(a.cls.isSubtype(T.frozenset) ? T.frozenset : T.set);
}

function union(a: PySet, others: Py[]): PySet {
  const r = like(a);
  for (const k of a.keys()) r.add(k);
  for (const o of others) for (const k of fromIter(o).keys()) r.add(k);
  return r;
}
function intersection(a: PySet, others: Py[]): PySet {
  let cur = a;
  for (const o of others) {
    const b = fromIter(o);
    const r = like(a);
    for (const k of cur.keys()) if (b.has(k)) r.add(k);
    cur = r;
  }
  if (cur === a) {
    const r = like(a);
    for (const k of a.keys()) r.add(k);
    return r;
  }
  return cur;
}
function difference(a: PySet, others: Py[]): PySet {
  const r = like(a);
  const bs = others.map(fromIter);
  for (const k of a.keys()) if (!bs.some((b) => b.has(k))) r.add(k);
  return r;
}
function symdiff(a: PySet, o: Py): PySet {
  const b = fromIter(o);
  const r = like(a);
  for (const k of a.keys()) if (!b.has(k)) r.add(k);
  for (const k of b.keys()) if (!a.has(k)) r.add(k);
  return r;
}
function subset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}
function replaceContents(a: PySet, r: PySet): void {
  a.d.clear();
  for (const k of r.keys()) a.add(k);
}

function setRepr(s: PySet): string {
  const name = s.cls.name;
  if (!s.size) return `${name}()`;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    const body = '{' + [...s.keys()].map(repr).join(', ') + '}';
    return s.cls === T.set ? body : `${name}(${body})`;
  } finally {
    reprLeave(s);
  }
}

/** hash(frozenset), CPython's algorithm. */
function frozensetHash(s: PySet): number | bigint {
  const M = (1n << 64n) - 1n;
  let h = 0n;
  for (const k of s.keys()) {
    const x = BigInt(hashExact(k)) & M;
    h ^= ((x ^ (x << 16n) ^ 89869747n) * 3644798167n) & M;
  }
  h ^= ((BigInt(s.size) + 1n) * 1927868237n) & M;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M;
  if (h === M) h = 590923713n;
  const signed = h >= 1n << 63n ? h - (1n << 64n) : h;
  const n = Number(signed);
  return Number.isSafeInteger(n) ? n : signed;
}

export function setupSet(): void {
  for (const t of [T.set, T.frozenset]) {
    const cmp = (f: (a: PySet, b: PySet) => boolean) => (a: Py, b: Py) => (isSetLike(b) ? f(St(a), b) : NotImplemented);
    const bin = (f: (a: PySet, b: Py[]) => PySet) => (a: Py, b: Py) => (isSetLike(b) ? f(St(a), [b]) : NotImplemented);
    methods(t, {
      __repr__: ['self, /', (a: Py) => setRepr(St(a))],
      __len__: ['self, /', (a: Py) => St(a).size],
      __contains__: ['self, key, /', (a: Py, k: Py) => {
        try {
          return St(a).has(k);
        } catch (e: any) {
          if (e?.cls === T.TypeError && k instanceof PySet) return St(a).has(new PySet(T.frozenset, k.d));
          throw e;
        }
      }],
      __iter__: ['self, /', (a: Py) => new MapIter(St(a).d, 0, T.set_iterator, 'Set')],
      __or__: ['self, value, /', bin(union)],
      __ror__: ['self, value, /', bin(union)],
      __and__: ['self, value, /', bin(intersection)],
      __rand__: ['self, value, /', bin(intersection)],
      __sub__: ['self, value, /', bin(difference)],
      __rsub__: ['self, value, /', (a: Py, b: Py) => (isSetLike(b) ? difference(b, [a]) : NotImplemented)],
      __xor__: ['self, value, /', (a: Py, b: Py) => (isSetLike(b) ? symdiff(St(a), b) : NotImplemented)],
      __rxor__: ['self, value, /', (a: Py, b: Py) => (isSetLike(b) ? symdiff(St(a), b) : NotImplemented)],
      __eq__: ['self, value, /', cmp((a, b) => a.size === b.size && subset(a, b))],
      __ne__: ['self, value, /', cmp((a, b) => !(a.size === b.size && subset(a, b)))],
      __le__: ['self, value, /', cmp(subset)],
      __lt__: ['self, value, /', cmp((a, b) => a.size < b.size && subset(a, b))],
      __ge__: ['self, value, /', cmp((a, b) => subset(b, a))],
      __gt__: ['self, value, /', cmp((a, b) => a.size > b.size && subset(b, a))],
      union: ['self, /, *others', (a: Py, o: Py[]) => union(St(a), o)],
      intersection: ['self, /, *others', (a: Py, o: Py[]) => intersection(St(a), o)],
      difference: ['self, /, *others', (a: Py, o: Py[]) => difference(St(a), o)],
      symmetric_difference: ['self, other, /', (a: Py, o: Py) => symdiff(St(a), o)],
      issubset: ['self, other, /', (a: Py, o: Py) => subset(St(a), fromIter(o))],
      issuperset: ['self, other, /', (a: Py, o: Py) => subset(fromIter(o), St(a))],
      isdisjoint: ['self, other, /', (a: Py, o: Py) => { const s = St(a); return iterToArray(o).every((k) => !s.has(k)); }],
      copy: ['self, /', (a: Py) => (St(a).cls === T.frozenset ? a : union(St(a), []))],
    });
  }
  staticMethods(T.set, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PySet(cls)] });
  methods(T.set, {
    __init__: ['self, iterable=?, /', (a: Py, it: Py) => {
      const s = St(a);
      s.d.clear();
      if (it !== undefined) for (const k of iterToArray(it)) s.add(k);
      return None;
    }],
    __ior__: ['self, value, /', (a: Py, b: Py) => { if (!isSetLike(b)) return NotImplemented; for (const k of b.keys()) St(a).add(k); return a; }],
    __iand__: ['self, value, /', (a: Py, b: Py) => { if (!isSetLike(b)) return NotImplemented; replaceContents(St(a), intersection(St(a), [b])); return a; }],
    __isub__: ['self, value, /', (a: Py, b: Py) => { if (!isSetLike(b)) return NotImplemented; replaceContents(St(a), difference(St(a), [b])); return a; }],
    __ixor__: ['self, value, /', (a: Py, b: Py) => { if (!isSetLike(b)) return NotImplemented; replaceContents(St(a), symdiff(St(a), b)); return a; }],
    add: ['self, object, /', (a: Py, x: Py) => { St(a).add(x); return None; }],
    discard: ['self, object, /', (a: Py, x: Py) => { St(a).discard(x); return None; }],
    remove: ['self, object, /', (a: Py, x: Py) => { if (!St(a).discard(x)) throw KeyError(x); return None; }],
    pop: ['self, /', (a: Py) => {
      const s = St(a);
      for (const k of s.keys()) {
        s.discard(k);
        return k;
      }
      throw KeyError('pop from an empty set');
    }],
    clear: ['self, /', (a: Py) => { St(a).d.clear(); return None; }],
    update: ['self, /, *others', (a: Py, o: Py[]) => { for (const x of o) for (const k of iterToArray(x)) St(a).add(k); return None; }],
    intersection_update: ['self, /, *others', (a: Py, o: Py[]) => { replaceContents(St(a), intersection(St(a), o)); return None; }],
    difference_update: ['self, /, *others', (a: Py, o: Py[]) => { replaceContents(St(a), difference(St(a), o)); return None; }],
    symmetric_difference_update: ['self, other, /', (a: Py, o: Py) => { replaceContents(St(a), symdiff(St(a), o)); return None; }],
  });
  attrs(T.set, { __hash__: None });
  staticMethods(T.frozenset, {
    __new__: ['cls, iterable=?, /', (cls: PyType, it: Py) => {
      if (cls === T.frozenset && it instanceof PySet && it.cls === T.frozenset) return it;
      const s = new PySet(cls);
      if (it !== undefined) for (const k of iterToArray(it)) s.add(k);
      return s;
    }],
  });
  methods(T.frozenset, { __hash__: ['self, /', (a: Py) => frozensetHash(St(a))] });
  void PyDict;
}
