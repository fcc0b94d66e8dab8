// mappingproxy: a read-only view of a mapping (a class's __dict__).

import { PyObject, T, None, type Py } from './base';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { methods } from './typesetup';
import { KeyError, TypeError } from './raise';
import { repr } from './protocol';
import { MapIter } from './iter';

export class PyMappingProxy extends PyObject {
  constructor(public d: PyDict) {
    super(T.mappingproxy);
  }
}

function self(o: Py): PyDict {
  if (!(o instanceof PyMappingProxy)) throw TypeError('descriptor requires a mappingproxy');
  return o.d;
}

export function setupMappingProxy(): void {
  methods(T.mappingproxy, {
    __getitem__: [
      'self, key, /',
      (o: Py, k: Py) => {
        const v = self(o).get(k);
        if (v === undefined) throw KeyError(k);
        return v;
      },
    ],
    get: ['self, key, default=None, /', (o: Py, k: Py, d: Py) => self(o).get(k) ?? d],
    __contains__: ['self, key, /', (o: Py, k: Py) => self(o).has(k)],
    __len__: ['self, /', (o: Py) => self(o).size],
    __iter__: ['self, /', (o: Py) => new MapIter(self(o), 0, T.dict_keyiterator)],
    keys: ['self, /', (o: Py) => new PyList([...self(o).keys()])],
    values: ['self, /', (o: Py) => new PyList([...self(o).values()])],
    items: ['self, /', (o: Py) => new PyList([...self(o).entries()].map(([k, v]) => new PyTuple([k, v])))],
    copy: ['self, /', (o: Py) => self(o).copyInto(new PyDict())],
    __repr__: ['self, /', (o: Py) => `mappingproxy(${repr(self(o))})`],
  });
  void None;
}
