// tuple: methods of the tuple type.

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyTuple, tuple } from './tuple';
import { PySlice, sliceArray } from './sliceutil';
import { methods, staticMethods } from './typesetup';
import { TypeError, IndexError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { indexNum } from './int';
import { Cmp, hashOf, hashExact, repr } from './protocol';
import { ArrayIter, iterToArray, seqIter } from './iter';
import { seqCompare, repeatCount, repeatItems, seqIndex, seqCount, seqRepr } from './sequtil';

export function Tu(x: Py): Py[] {
  if (x instanceof PyTuple) return x.items;
  throw TypeError(`descriptor requires a 'tuple' object but received a '${typeName(x)}'`);
}

export { tupleHash } from './hash';
import { tupleHash } from './hash';

/** tuple * n and n * tuple. */
function tupleRepeat(self: Py, n: Py): Py {
  const k = repeatCount(n, Tu(self).length);
  if (k === NotImplemented) return k;
  return tuple(repeatItems(Tu(self), k as number));
}

/** tuple.__new__(cls, iterable) */
function newTuple(cls: PyType, it: Py): Py {
  if (cls === T.tuple) {
    if (it instanceof PyTuple && it.cls === T.tuple) return it;
    return tuple(it === undefined ? [] : iterToArray(it));
  }
  return new PyTuple(it === undefined ? [] : iterToArray(it), cls);
}

export function setupTuple(): void {
  const t = T.tuple;
  staticMethods(t, { __new__: ['cls, iterable=?, /', newTuple] });
  t.vnew = (a) => (a.length <= 1 ? newTuple(T.tuple, a[0]) : undefined);
  const cmp = (op: Cmp) => (self: Py, o: Py) => (o instanceof PyTuple ? seqCompare(Tu(self), o.items, op) : NotImplemented);
  methods(t, {
    __repr__: ['self, /', (self: Py) => seqRepr(self, Tu(self), '(', ')')],
    __len__: ['self, /', (self: Py) => Tu(self).length],
    __getitem__: ['self, key, /', (self: Py, k: Py) => {
      const a = Tu(self);
      if (k instanceof PySlice) return tuple(sliceArray(a, k));
      if (intValue(k) === null && typeOf(k).lookup('__index__') === MISSING) throw TypeError(`tuple indices must be integers or slices, not ${typeName(k)}`);
      let i = indexNum(k);
      if (i < 0) i += a.length;
      if (i < 0 || i >= a.length) throw IndexError('tuple index out of range');
      return a[i];
    }],
    __contains__: ['self, key, /', (self: Py, x: Py) => { try { seqIndex(Tu(self), x, undefined, undefined, ''); return true; } catch { return false; } }],
    __iter__: ['self, /', (self: Py) => seqIter(self, Tu(self), T.tuple_iterator)],
    __add__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyTuple)) throw TypeError(`can only concatenate tuple (not "${typeName(o)}") to tuple`);
      return tuple(Tu(self).concat(o.items));
    }],
    __mul__: ['self, value, /', tupleRepeat],
    __rmul__: ['self, value, /', tupleRepeat],
    __hash__: ['self, /', (self: Py) => tupleHash(Tu(self))],
    __eq__: ['self, value, /', cmp(Cmp.EQ)],
    __ne__: ['self, value, /', cmp(Cmp.NE)],
    __lt__: ['self, value, /', cmp(Cmp.LT)],
    __le__: ['self, value, /', cmp(Cmp.LE)],
    __gt__: ['self, value, /', cmp(Cmp.GT)],
    __ge__: ['self, value, /', cmp(Cmp.GE)],
    __getnewargs__: ['self, /', (self: Py) => tuple([tuple(Tu(self).slice())])],
    index: ['self, value, start=?, stop=?, /', (self: Py, x: Py, s: Py, e: Py) => seqIndex(Tu(self), x, s, e, 'tuple.index(x): x not in tuple')],
    count: ['self, value, /', (self: Py, x: Py) => seqCount(Tu(self), x)],
  });
  void None;
  void hashOf;
  void repr;
}
