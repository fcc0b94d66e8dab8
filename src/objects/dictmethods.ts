// dict: methods of the dict type and its views.
// https://docs.python.org/3.11/library/stdtypes.html#mapping-types-dict

import { PyObject, T, None, NotImplemented, MISSING, STOP, type Py, serial } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PySet } from './setutil';
import { methods, staticMethods, classMethods, attrs, getsets, py2Only } from './typesetup';
import { TypeError, ValueError, KeyError } from './raise';
import { typeOf, typeName } from './typeof';
import { repr, reprEnter, reprLeave, richEqBool, getitem, contains } from './protocol';
import { getattr, callSpecial } from './attrs';
import { MapIter, NativeIter, iterToArray, getIter, nextSync } from './iter';
import { callSync } from '../vm/call';
import { PyMappingProxy } from './mappingproxy';
import { PyDictView, DictRevIter, setupViews } from './dictviews';

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

export { PyDictView };

export function setupDict(): void {
  const t = T.dict;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyDict(cls === T.dict ? undefined : cls)] });
  t.vnew = (a) => {
    if (a.length > 1) return undefined;
    const d = new PyDict();
    if (a.length) dictMerge(d, a[0]);
    return d;
  };
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
  py2Only.add(t.dict.getS('has_key')!);
  setupViews();
  void PyList;
  void contains;
}

