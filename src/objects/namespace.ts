// types.SimpleNamespace: attribute bag with a readable repr.

import { PyObject, T, None, NotImplemented, type Py, serial } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyTuple } from './tuple';
import { methods, staticMethods, getsets, newType } from './typesetup';
import { repr, reprEnter, reprLeave, richEqBool } from './protocol';
import { TypeError } from './raise';
import { typeOf } from './typeof';

export class PyNamespace extends PyObject {
  constructor(cls?: PyType) {
    super(cls ?? ensureType());
    this.dict = new PyDict();
  }
  /** A namespace from JS values (null -> None). */
  static of(fields: Record<string, Py>): PyNamespace {
    const n = new PyNamespace();
    for (const [k, v] of Object.entries(fields)) n.dict!.setS(k, v === null ? None : v);
    return n;
  }
}

function ensureType(): PyType {
  if (T.SimpleNamespace) return T.SimpleNamespace;
  const t = newType('SimpleNamespace', T.object, (cls) => new PyNamespace(cls), { module: 'types' });
  t.hasDict = true;
  t.builtin = true;
  t.tpName = 'types.SimpleNamespace';
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyNamespace(cls)] });
  methods(t, {
    __init__: ['self, mapping_or_iterable=?, /, **kwargs', (self: PyNamespace, m: Py, kw: PyDict) => {
      // 3.11 takes keywords only (the mapping argument is 3.13)
      if (m !== undefined) throw TypeError('no positional arguments expected');
      for (const [k, v] of kw.entries()) self.dict!.set(k, v);
      return None;
    }],
    __repr__: ['self, /', (self: PyNamespace) => {
      const name = typeOf(self) === t ? 'namespace' : typeOf(self).name;
      if (!reprEnter(self)) return `${name}(...)`;
      try {
        return `${name}(${[...self.dict!.entries()].map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`;
      } finally {
        reprLeave(self);
      }
    }],
    __reduce__: ['self, /', (self: PyNamespace) => new PyTuple([typeOf(self), new PyTuple([]), self.dict ??= new PyDict()])],
    __eq__: ['self, other, /', (self: PyNamespace, o: Py) => {
      if (!(o instanceof PyNamespace)) return NotImplemented;
      const a = self.dict!, b = o.dict!;
      if (a.size !== b.size) return false;
      for (const [k, v] of a.entries()) {
        const w = b.get(k);
        if (w === undefined || !richEqBool(v, w)) return false;
      }
      return true;
    }],
  });
  t.dict.setS('__hash__', None);
  getsets(t, {
    __dict__: [(o: Py) => (o.dict ??= new PyDict()), (o: Py, v: Py) => {
      if (!(v instanceof PyDict)) throw TypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
      o.dict = v;
    }],
  });
  return t;
}

serial(PyNamespace);
