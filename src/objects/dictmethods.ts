// dict: methods of the dict type and its views.
// https://docs.python.org/3.11/library/stdtypes.html#mapping-types-dict

import { PyObject, T, None, NotImplemented, MISSING, STOP, type Py, serial } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PySet } from './setutil';
import { methods, staticMethods, classMethods, attrs, getsets } from './typesetup';
import { TypeError, ValueError, KeyError } from './raise';
import { typeOf, typeName } from './typeof';
import { repr, reprEnter, reprLeave, richEqBool, getitem, contains } from './protocol';
import { getattr, callSpecial } from './attrs';
import { MapIter, NativeIter, iterToArray, getIter, nextSync } from './iter';
import { callSync } from '../vm/call';
import { PyMappingProxy } from './mappingproxy';

export function D(x: Py): PyDict {
  if (x instanceof PyDict) return x;
  throw TypeError(`descriptor requires a 'dict' object but received a '${typeName(x)}'`);
}

/** dict.update(other) semantics: mapping (has keys()) or iterable of pairs. */
export function dictMerge(d: PyDict, other: Py): void {
  if (other instanceof PyDict && typeOf(other).lookup('keys') === T.dict.lookup('keys')) {
    for (const [k, v] of other.entries()) d.set(k, v);
    return;
  }
  if (typeOf(other).lookup('keys') !== MISSING) {
    for (const k of iterToArray(callSync(getattr(other, 'keys'), []))) d.set(k, getitem(other, k));
    return;
  }
  const it = getIter(other);
  let i = 0;
  for (;;) {
    const item = nextSync(it);
    if (item === STOP) break;
    let pair: Py[];
    try {
      pair = iterToArray(item);
    } catch (e: any) {
      if (e?.cls === T.TypeError) throw TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (pair.length !== 2) throw ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
    i++;
  }
}

export function dictRepr(self: PyDict): string {
  if (!reprEnter(self)) return '{...}';
  try {
    const parts: string[] = [];
    for (const [k, v] of self.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(self);
  }
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !(w === v || richEqBool(v, w))) return false;
  }
  return true;
}

/** d[k] with __missing__ for subclasses. */
function dictGetitem(self: PyDict, k: Py): Py {
  const v = self.get(k);
  if (v !== undefined) return v;
  if (self.cls !== T.dict) {
    const r = callSpecial(self, '__missing__', k);
    if (r !== MISSING) return r;
  }
  throw KeyError(k);
}

export class PyDictView extends PyObject {
  constructor(public d: PyDict, cls: PyType) {
    super(cls);
  }
}

class DictRevIter extends NativeIter {
  keys: Py[];
  i: number;
  constructor(public d: PyDict, public kind: 0 | 1 | 2) {
    super(T.dict_reversekeyiterator);
    this.keys = [...d.keys()];
    this.i = this.keys.length - 1;
  }
  next(): Py {
    if (this.i < 0) return STOP;
    const k = this.keys[this.i--];
    if (this.kind === 0) return k;
    const v = this.d.get(k);
    return this.kind === 1 ? v : new PyTuple([k, v]);
  }
}

function viewItems(v: PyDictView): Py[] {
  // isSubtype: collections.OrderedDict's odict_keys/... subclass these
  if (v.cls === T.dict_keys || v.cls.isSubtype(T.dict_keys)) return [...v.d.keys()];
  if (v.cls === T.dict_values || v.cls.isSubtype(T.dict_values)) return [...v.d.values()];
  return [...v.d.entries()].map(([k, x]) => new PyTuple([k, x]));
}

function viewSet(x: Py): PySet {
  const s = new PySet();
  for (const v of x instanceof PyDictView ? viewItems(x) : iterToArray(x)) s.add(v);
  return s;
}

function setupViews(): void {
  const viewKinds: [PyType, 0 | 1 | 2, string][] = [[T.dict_keys, 0, 'dict_keys'], [T.dict_values, 1, 'dict_values'], [T.dict_items, 2, 'dict_items']];
  for (const [t, kind, name] of viewKinds) {
    methods(t, {
      __len__: ['self, /', (v: PyDictView) => v.d.size],
      __iter__: ['self, /', (v: PyDictView) => new MapIter(v.d, kind, kind === 0 ? T.dict_keyiterator : kind === 1 ? T.dict_valueiterator : T.dict_itemiterator)],
      __reversed__: ['self, /', (v: PyDictView) => new DictRevIter(v.d, kind)],
      __repr__: ['self, /', (v: PyDictView) => {
        if (!reprEnter(v)) return '...';
        try {
          return `${name}([${viewItems(v).map(repr).join(', ')}])`;
        } finally {
          reprLeave(v);
        }
      }],
      __contains__: ['self, key, /', (v: PyDictView, x: Py) => {
        if (kind === 0) return v.d.has(x);
        if (kind === 1) return viewItems(v).some((y) => richEqBool(y, x));
        if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
        const w = v.d.get(x.items[0]);
        return w !== undefined && richEqBool(w, x.items[1]);
      }],
    });
    getsets(t, { mapping: [(v: PyDictView) => new PyMappingProxy(v.d)] });
    if (kind !== 1) {
      const setop = (f: (a: PySet, b: PySet) => PySet) => (v: Py, o: Py) => {
        try {
          return f(viewSet(v), viewSet(o));
        } catch (e: any) {
          if (e?.cls === T.TypeError) return NotImplemented;
          throw e;
        }
      };
      const and = (a: PySet, b: PySet) => { const s = new PySet(); for (const k of a.keys()) if (b.has(k)) s.add(k); return s; };
      const or = (a: PySet, b: PySet) => { const s = new PySet(); for (const k of a.keys()) s.add(k); for (const k of b.keys()) s.add(k); return s; };
      const sub = (a: PySet, b: PySet) => { const s = new PySet(); for (const k of a.keys()) if (!b.has(k)) s.add(k); return s; };
      const xor = (a: PySet, b: PySet) => { const s = sub(a, b); for (const k of b.keys()) if (!a.has(k)) s.add(k); return s; };
      methods(t, {
        __and__: ['self, other, /', setop(and)],
        __rand__: ['self, other, /', setop((a, b) => and(b, a))],
        __or__: ['self, other, /', setop(or)],
        __ror__: ['self, other, /', setop((a, b) => or(b, a))],
        __sub__: ['self, other, /', setop(sub)],
        __rsub__: ['self, other, /', setop((a, b) => sub(b, a))],
        __xor__: ['self, other, /', setop(xor)],
        __rxor__: ['self, other, /', setop((a, b) => xor(b, a))],
        __eq__: ['self, other, /', (v: Py, o: Py) => {
          if (!(o instanceof PyDictView || o instanceof PySet)) return NotImplemented;
          const a = viewSet(v), b = viewSet(o);
          return a.size === b.size && [...a.keys()].every((k) => b.has(k));
        }],
        isdisjoint: ['self, other, /', (v: Py, o: Py) => { const a = viewSet(v); return iterToArray(o).every((k) => !a.has(k)); }],
      });
      attrs(t, { __hash__: None });
    }
  }
}

export function setupDict(): void {
  const t = T.dict;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyDict(cls === T.dict ? undefined : cls)] });
  classMethods(t, {
    fromkeys: ['cls, iterable, value=None, /', (cls: PyType, it: Py, v: Py) => {
      const d = cls === T.dict ? new PyDict() : callSync(cls, []);
      for (const k of iterToArray(it)) {
        if (d instanceof PyDict && d.cls === T.dict) d.set(k, v);
        else callSpecial(d, '__setitem__', k, v);
      }
      return d;
    }],
  });
  methods(t, {
    __init__: ['self, iterable=?, /, **kwargs', (self: Py, it: Py, kw: PyDict) => {
      const d = D(self);
      if (it !== undefined) dictMerge(d, it);
      for (const [k, v] of kw.entries()) d.set(k, v);
      return None;
    }],
    __repr__: ['self, /', (self: Py) => dictRepr(D(self))],
    __len__: ['self, /', (self: Py) => D(self).size],
    __getitem__: ['self, key, /', (self: Py, k: Py) => dictGetitem(D(self), k)],
    __setitem__: ['self, key, value, /', (self: Py, k: Py, v: Py) => { D(self).set(k, v); return None; }],
    __delitem__: ['self, key, /', (self: Py, k: Py) => { if (D(self).pop(k) === undefined) throw KeyError(k); return None; }],
    __contains__: ['self, key, /', (self: Py, k: Py) => D(self).has(k)],
    __iter__: ['self, /', (self: Py) => new MapIter(D(self), 0, T.dict_keyiterator)],
    __reversed__: ['self, /', (self: Py) => new DictRevIter(D(self), 0)],
    __eq__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyDict ? dictEq(D(self), o) : NotImplemented)],
    __ne__: ['self, value, /', (self: Py, o: Py) => (o instanceof PyDict ? !dictEq(D(self), o) : NotImplemented)],
    __or__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = D(self).copyInto(new PyDict());
      for (const [k, v] of o.entries()) d.set(k, v);
      return d;
    }],
    __ror__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = o.copyInto(new PyDict());
      for (const [k, v] of D(self).entries()) d.set(k, v);
      return d;
    }],
    __ior__: ['self, value, /', (self: Py, o: Py) => { dictMerge(D(self), o); return self; }],
    __sizeof__: ['self, /', (self: Py) => 48 + 24 * D(self).size],
    get: ['self, key, default=None, /', (self: Py, k: Py, d: Py) => { const v = D(self).get(k); return v === undefined ? d : v; }],
    setdefault: ['self, key, default=None, /', (self: Py, k: Py, d: Py) => {
      const dict = D(self);
      const v = dict.get(k);
      if (v !== undefined) return v;
      dict.set(k, d);
      return d;
    }],
    pop: ['self, key, default=?, /', (self: Py, k: Py, d: Py) => {
      const v = D(self).pop(k);
      if (v !== undefined) return v;
      if (d !== undefined) return d;
      throw KeyError(k);
    }],
    popitem: ['self, /', (self: Py) => {
      const e = D(self).popLast();
      if (!e) throw KeyError('popitem(): dictionary is empty');
      return new PyTuple(e);
    }],
    keys: ['self, /', (self: Py) => new PyDictView(D(self), T.dict_keys)],
    values: ['self, /', (self: Py) => new PyDictView(D(self), T.dict_values)],
    items: ['self, /', (self: Py) => new PyDictView(D(self), T.dict_items)],
    update: ['self, other=?, /, **kwargs', (self: Py, o: Py, kw: PyDict) => {
      const d = D(self);
      if (o !== undefined) dictMerge(d, o);
      for (const [k, v] of kw.entries()) d.set(k, v);
      return None;
    }],
    clear: ['self, /', (self: Py) => { D(self).clear(); return None; }],
    copy: ['self, /', (self: Py) => D(self).copyInto(new PyDict())],
    // Python 2 (DESIGN.md, "Dialect")
    has_key: ['self, key, /', (self: Py, k: Py) => D(self).has(k)],
  });
  attrs(t, { __hash__: None });
  setupViews();
  void PyList;
  void contains;
}

serial(DictRevIter, PyDictView);
