// dict_keys, dict_values and dict_items: live views of a dict. Keys and
// items views are set-like (dictobject.c's dictviews_* functions: the
// operators build a set from the left operand and update it with the
// right one, so results are real sets in CPython's order).

import { PyObject, T, None, NotImplemented, MISSING, STOP, type Py, serial } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyTuple } from './tuple';
import { PySet } from './setutil';
import { methods, getsets, attrs, newType } from './typesetup';
import { TypeError, RuntimeError, StopIteration } from './raise';
import { typeOf, typeName } from './typeof';
import { repr, reprEnter, reprLeave, richEqBool, truthy } from './protocol';
import { MapIter, NativeIter, getIter, nextSync, returnSelf } from './iter';
import { PyMappingProxy } from './mappingproxy';
import { newSet, update, intersectionMulti, differenceUpdate, symdiffUpdate } from './set';

export class PyDictView extends PyObject {
  constructor(public d: PyDict, cls: PyType) {
    super(cls);
  }
}

/** 0 keys, 1 values, 2 items (subclasses such as odict_keys included). */
export function viewKind(v: PyDictView): 0 | 1 | 2 {
  const c = v.cls;
  if (c === T.dict_keys) return 0;
  if (c === T.dict_values) return 1;
  if (c === T.dict_items) return 2;
  return c.isSubtype(T.dict_keys) ? 0 : c.isSubtype(T.dict_values) ? 1 : 2;
}

/** Iterates a view in reverse; like CPython, fails if the dict changes size. */
export class DictRevIter extends NativeIter {
  keys: Py[];
  i: number;
  size: number;
  constructor(public d: PyDict, public kind: 0 | 1 | 2) {
    super(kind === 0 ? T.dict_reversekeyiterator : kind === 1 ? T.dict_reversevalueiterator : T.dict_reverseitemiterator);
    this.keys = [...d.keys()];
    this.i = this.keys.length - 1;
    this.size = d.size;
  }
  next(): Py {
    if (this.i < 0) return STOP;
    if (this.d.size !== this.size) {
      this.i = -1;
      throw RuntimeError('dictionary changed size during iteration');
    }
    const k = this.keys[this.i--];
    if (this.kind === 0) return k;
    const v = this.d.get(k);
    return this.kind === 1 ? v : new PyTuple([k, v]);
  }
}

function viewItems(v: PyDictView): Py[] {
  const kind = viewKind(v);
  if (kind === 0) return [...v.d.keys()];
  if (kind === 1) return [...v.d.values()];
  return [...v.d.entries()].map(([k, x]) => new PyTuple([k, x]));
}

/** `x in view` for keys and items views. */
function viewContains(v: PyDictView, x: Py): boolean {
  const kind = viewKind(v);
  if (kind === 0) return v.d.has(x);
  if (kind === 1) {
    for (const y of v.d.values()) if (y === x || richEqBool(y, x)) return true;
    return false;
  }
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const w = v.d.get(x.items[0]);
  return w !== undefined && (w === x.items[1] || richEqBool(w, x.items[1]));
}

const isSetLike = (x: Py) => x instanceof PySet || (x instanceof PyDictView && viewKind(x) !== 1);

function viewLen(x: Py): number {
  if (x instanceof PySet) return x.used;
  if (x instanceof PyDictView) return x.d.size;
  return -1;
}

/** Every element of a is in b (all_contained_in). */
function allIn(a: Py, b: Py): boolean {
  const it = getIter(a);
  for (;;) {
    const x = nextSync(it);
    if (x === STOP) return true;
    const found = b instanceof PyDictView ? viewContains(b, x) : (b as PySet).has(x);
    if (!found) return false;
  }
}

function viewCompare(v: PyDictView, o: Py, op: string): Py {
  if (!isSetLike(o)) return NotImplemented;
  const la = v.d.size, lb = viewLen(o);
  switch (op) {
    case '==':
      return la === lb && allIn(v, o);
    case '!=':
      return !(la === lb && allIn(v, o));
    case '<':
      return la < lb && allIn(v, o);
    case '<=':
      return la <= lb && allIn(v, o);
    case '>':
      return la > lb && allIn(o, v);
    default:
      return la >= lb && allIn(o, v);
  }
}

/** set(x) for the left operand of a view operator (dictviews_to_set). */
function toSet(x: Py): PySet {
  return newSet(T.set, x);
}

function viewAnd(a: Py, b: Py): Py {
  let self = a, other = b;
  if (!(self instanceof PyDictView)) {
    self = b;
    other = a;
  }
  const lenSelf = (self as PyDictView).d.size;
  if (other instanceof PySet && other.cls === T.set && lenSelf <= other.used) {
    return intersectionMulti(other, [self]);
  }
  if (other instanceof PyDictView && viewKind(other) !== 1 && other.d.size > lenSelf) {
    const t = self;
    self = other;
    other = t;
  }
  const result = new PySet(T.set);
  const it = getIter(other);
  for (;;) {
    const x = nextSync(it);
    if (x === STOP) return result;
    if (viewContains(self as PyDictView, x)) result.add(x);
  }
}

function viewOr(a: Py, b: Py): Py {
  const r = toSet(a);
  update(r, b);
  return r;
}

function viewSub(a: Py, b: Py): Py {
  const r = toSet(a);
  differenceUpdate(r, b);
  return r;
}

function viewXor(a: Py, b: Py): Py {
  const r = toSet(a);
  symdiffUpdate(r, b);
  return r;
}

function isdisjoint(v: PyDictView, o: Py): boolean {
  if (o === v) return v.d.size === 0;
  let self: Py = v, other = o;
  // iterate over the shorter operand when both sizes are known
  if (isSetLike(o) && viewLen(o) > v.d.size) {
    self = o;
    other = v;
  }
  const it = getIter(other);
  for (;;) {
    const x = nextSync(it);
    if (x === STOP) return true;
    const found = self instanceof PyDictView ? viewContains(self, x) : (self as PySet).has(x);
    if (found) return false;
  }
}

/** Methods of the three view types. */
export function setupViews(): void {
  // the reverse iterators of values and items views (keys' is in index.ts)
  for (const name of ['dict_reversevalueiterator', 'dict_reverseitemiterator']) {
    const it = newType(name, T.object, () => {
      throw TypeError(`cannot create '${name}' instances`);
    }, { final: true });
    methods(it, {
      __iter__: ['self, /', returnSelf],
      __next__: ['self, /', (x: DictRevIter) => {
        const r = x.next();
        if (r === STOP) throw StopIteration();
        return r;
      }],
    });
  }
  const kinds: [PyType, 0 | 1 | 2, PyType][] = [
    [T.dict_keys, 0, T.dict_keyiterator],
    [T.dict_values, 1, T.dict_valueiterator],
    [T.dict_items, 2, T.dict_itemiterator],
  ];
  for (const [t, kind, iterType] of kinds) {
    methods(t, {
      __len__: ['self, /', (v: PyDictView) => v.d.size],
      __iter__: ['self, /', (v: PyDictView) => new MapIter(v.d, kind, iterType)],
      __reversed__: ['self, /', (v: PyDictView) => new DictRevIter(v.d, kind)],
      __repr__: ['self, /', (v: PyDictView) => {
        const name = v.cls.name;
        if (!reprEnter(v)) return '...';
        try {
          return `${name}([${viewItems(v).map(repr).join(', ')}])`;
        } finally {
          reprLeave(v);
        }
      }],
      __contains__: ['self, key, /', (v: PyDictView, x: Py) => viewContains(v, x)],
    });
    getsets(t, { mapping: [(v: PyDictView) => new PyMappingProxy(v.d)] });
    if (kind === 1) continue;
    const bin = (f: (a: Py, b: Py) => Py) => (a: Py, b: Py) => f(a, b);
    methods(t, {
      __and__: ['self, value, /', bin(viewAnd)],
      __rand__: ['self, value, /', (a: Py, b: Py) => viewAnd(b, a)],
      __or__: ['self, value, /', bin(viewOr)],
      __ror__: ['self, value, /', (a: Py, b: Py) => viewOr(b, a)],
      __sub__: ['self, value, /', bin(viewSub)],
      __rsub__: ['self, value, /', (a: Py, b: Py) => viewSub(b, a)],
      __xor__: ['self, value, /', bin(viewXor)],
      __rxor__: ['self, value, /', (a: Py, b: Py) => viewXor(b, a)],
      __eq__: ['self, value, /', (v: PyDictView, o: Py) => viewCompare(v, o, '==')],
      __ne__: ['self, value, /', (v: PyDictView, o: Py) => viewCompare(v, o, '!=')],
      __lt__: ['self, value, /', (v: PyDictView, o: Py) => viewCompare(v, o, '<')],
      __le__: ['self, value, /', (v: PyDictView, o: Py) => viewCompare(v, o, '<=')],
      __gt__: ['self, value, /', (v: PyDictView, o: Py) => viewCompare(v, o, '>')],
      __ge__: ['self, value, /', (v: PyDictView, o: Py) => viewCompare(v, o, '>=')],
      isdisjoint: ['self, other, /', (v: PyDictView, o: Py) => isdisjoint(v, o)],
    });
    attrs(t, { __hash__: None });
  }
  void typeOf;
  void typeName;
  void truthy;
  void MISSING;
  void TypeError;
}

serial(PyDictView, DictRevIter);
