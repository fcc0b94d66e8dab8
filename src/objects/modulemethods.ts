// module: methods and attributes of module objects.

import { T, None, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyModule } from './module';
import { PyDict } from './dict';
import { PyList } from './list';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError } from './raise';
import { typeName } from './typeof';
import { strValue } from './strutil';
import { repr } from './protocol';
import { callSync } from '../vm/call';

function M(x: Py): PyModule {
  if (x instanceof PyModule) return x;
  throw TypeError(`descriptor requires a 'module' object but received a '${typeName(x)}'`);
}

export function moduleRepr(m: PyModule): string {
  const name = m.dict.getS('__name__');
  const n = name === undefined ? '?' : strValue(name) ?? repr(name);
  const file = m.dict.getS('__file__');
  if (typeof file === 'string') return `<module '${n}' from '${file}'>`;
  return m.plain ? `<module '${n}'>` : `<module '${n}' (built-in)>`;
}

export function setupModule(): void {
  const t = T.module;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => {
    const m = new PyModule('?', cls);
    m.plain = true;
    return m;
  }] });
  methods(t, {
    __init__: ['self, name, doc=None', (self: Py, name: Py, doc: Py) => {
      const m = M(self);
      if (strValue(name) === null) throw TypeError(`module.__init__() argument 'name' must be str, not ${typeName(name)}`);
      m.dict.setS('__name__', name);
      m.dict.setS('__doc__', doc);
      return None;
    }],
    __repr__: ['self, /', (self: Py) => moduleRepr(M(self))],
    __dir__: ['self, /', (self: Py) => {
      const m = M(self);
      const d = m.dict.getS('__dir__');
      if (d !== undefined) return callSync(d, []);
      return new PyList([...m.dict.keys()].filter((k) => typeof k === 'string').sort());
    }],
  });
  getsets(t, {
    __dict__: [(m) => M(m).dict],
  });
  t.hasDict = true;
  void MISSING;
  void PyDict;
}
