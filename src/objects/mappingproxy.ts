// mappingproxy: a read-only view of a mapping (a class's __dict__, or any
// mapping given to types.MappingProxyType). Dicts are read directly; other
// mappings through their methods.

import { PyObject, T, None, NotImplemented, MISSING, type Py, serial } from './base';
import { PyDict } from './dict';
import { PyTuple } from './tuple';
import { methods, staticMethods, classMethods, attrs } from './typesetup';
import { KeyError, TypeError } from './raise';
import { repr, str, richCompare, Cmp, contains, getitem, len } from './protocol';
import { MapIter } from './iter';
import { callSpecial, getattr } from './attrs';
import { typeOf, typeName } from './typeof';
import { PyDictView } from './dictmethods';
import { PyList } from './list';
import { callSync } from '../vm/call';
import { binop, Op } from './ops';
import { PyGenericAlias } from './misc';

export class PyMappingProxy extends PyObject {
  /** The wrapped mapping when it is not a dict (then `d` is unused). */
  m: Py = null;
  constructor(public d: PyDict) {
    super(T.mappingproxy);
  }
}

function P(o: Py): PyMappingProxy {
  if (!(o instanceof PyMappingProxy)) throw TypeError('descriptor requires a mappingproxy');
  return o;
}

/** The proxied mapping as a Python object. */
function target(o: PyMappingProxy): Py {
  return o.m ?? o.d;
}

function call(o: PyMappingProxy, name: string, ...args: Py[]): Py {
  return callSync(getattr(o.m, name), args);
}

export function setupMappingProxy(): void {
  const t = T.mappingproxy;
  staticMethods(t, {
    __new__: ['cls, mapping', (_c: Py, m: Py) => {
      const tp = typeOf(m);
      if (tp.lookup('__getitem__') === MISSING || tp.isSubtype(T.list) || tp.isSubtype(T.tuple)) {
        throw TypeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
      }
      if (m instanceof PyDict && tp === T.dict) return new PyMappingProxy(m);
      const p = new PyMappingProxy(null as any);
      p.m = m;
      return p;
    }],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  methods(t, {
    __getitem__: ['self, key, /', (o: Py, k: Py) => {
      const p = P(o);
      if (p.m) return getitem(p.m, k);
      const v = p.d.get(k);
      if (v === undefined) throw KeyError(k);
      return v;
    }],
    get: ['self, key, default=None, /', (o: Py, k: Py, d: Py) => {
      const p = P(o);
      if (p.m) return call(p, 'get', k, d);
      return p.d.get(k) ?? d;
    }],
    __contains__: ['self, key, /', (o: Py, k: Py) => {
      const p = P(o);
      return p.m ? contains(p.m, k) : p.d.has(k);
    }],
    __len__: ['self, /', (o: Py) => {
      const p = P(o);
      return p.m ? len(p.m) : p.d.size;
    }],
    __iter__: ['self, /', (o: Py) => {
      const p = P(o);
      return p.m ? callSpecial(p.m, '__iter__') : new MapIter(p.d, 0, T.dict_keyiterator);
    }],
    __reversed__: ['self, /', (o: Py) => callSync(T.reversed, [target(P(o))])],
    keys: ['self, /', (o: Py) => {
      const p = P(o);
      return p.m ? call(p, 'keys') : new PyDictView(p.d, T.dict_keys);
    }],
    values: ['self, /', (o: Py) => {
      const p = P(o);
      return p.m ? call(p, 'values') : new PyDictView(p.d, T.dict_values);
    }],
    items: ['self, /', (o: Py) => {
      const p = P(o);
      return p.m ? call(p, 'items') : new PyDictView(p.d, T.dict_items);
    }],
    copy: ['self, /', (o: Py) => {
      const p = P(o);
      return p.m ? call(p, 'copy') : p.d.copyInto(new PyDict());
    }],
    __repr__: ['self, /', (o: Py) => `mappingproxy(${repr(target(P(o)))})`],
    __str__: ['self, /', (o: Py) => str(target(P(o)))],
    __eq__: ['self, other, /', (o: Py, x: Py) => richCompare(target(P(o)), x, Cmp.EQ)],
    __ne__: ['self, other, /', (o: Py, x: Py) => richCompare(target(P(o)), x, Cmp.NE)],
    __or__: ['self, other, /', (o: Py, x: Py) => {
      if (!(o instanceof PyMappingProxy)) return NotImplemented;
      return binop(Op.Or, callSync(T.dict, [target(o)]), x instanceof PyMappingProxy ? callSync(T.dict, [target(x)]) : x);
    }],
    __ror__: ['self, other, /', (o: Py, x: Py) => binop(Op.Or, x, callSync(T.dict, [target(P(o))]))],
  });
  attrs(t, { __hash__: None });
  void PyList;
}

serial(PyMappingProxy);
