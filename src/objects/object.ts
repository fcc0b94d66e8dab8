// object: the root of the hierarchy and its default behaviour.
// https://docs.python.org/3.11/reference/datamodel.html

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { methods, staticMethods, classMethods, getsets, py2Only } from './typesetup';
import { objectSlots, genericGetattr, genericSetattr, genericDelattr, noAttribute, getattrOpt } from './attrs';
import { setObjectHashEq, repr as pyRepr, truthy } from './protocol';
import { defaults, checkAbstract } from '../vm/classes';
import { TypeError } from './raise';
import { typeOf, typeName } from './typeof';
import { strValue } from './strutil';
import { objectFormat } from './format';
import { objectId } from './identity';
import { callSync } from '../vm/call';
import { objectReduceEx, objectReduce, objectGetstate } from './objectreduce';

/** The module-qualified name CPython uses in default reprs. */
export function qualifiedName(t: PyType): string {
  const mod = t.moduleName;
  return mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
}

/** '<mod.Name object at 0x...>' */
export function defaultRepr(o: Py): string {
  return `<${qualifiedName(typeOf(o))} object at 0x${objectId(o).toString(16).padStart(12, '0')}>`;
}

function attrName(name: Py): string {
  const s = strValue(name);
  if (s === null) throw TypeError(`attribute name must be string, not '${typeName(name)}'`);
  return s;
}

export function setupObject(): void {
  const t = T.object;
  staticMethods(t, {
    __new__: [
      'cls, *args, **kwargs',
      (cls: Py, args: Py[], kw: PyDict) => {
        if (!(cls instanceof PyType)) throw TypeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
        if ((args.length || kw.size) && (cls.lookup('__init__') === defaults.objectInit || cls.lookup('__new__') !== defaults.objectNew)) {
          if (cls.lookup('__new__') !== defaults.objectNew) {
            throw TypeError('object.__new__() takes exactly one argument (the type to instantiate)');
          }
          throw TypeError(`${cls.name}() takes no arguments`);
        }
        checkAbstract(cls);
        return cls.alloc(cls);
      },
    ],
  });
  methods(t, {
    __init__: [
      'self, *args, **kwargs',
      (self: Py, args: Py[], kw: PyDict) => {
        const tp = typeOf(self);
        if ((args.length || kw.size) && (tp.lookup('__init__') !== defaults.objectInit || tp.lookup('__new__') === defaults.objectNew)) {
          if (tp.lookup('__init__') !== defaults.objectInit) {
            throw TypeError('object.__init__() takes exactly one argument (the instance to initialize)');
          }
          throw TypeError(`${tp.name}() takes no arguments`);
        }
        return None;
      },
    ],
    __repr__: ['self, /', (self: Py) => defaultRepr(self)],
    __str__: ['self, /', (self: Py) => pyRepr(self)],
    __hash__: ['self, /', (self: Py) => objectId(self) >> 4],
    __eq__: ['self, value, /', (self: Py, other: Py) => (self === other ? true : NotImplemented)],
    __ne__: [
      'self, value, /',
      (self: Py, other: Py) => {
        const eq = typeOf(self).lookup('__eq__');
        const r = eq === objectSlots.eq ? (self === other ? true : NotImplemented) : callSync(eq, [self, other]);
        if (r === NotImplemented) return r;
        return !truthy(r);
      },
    ],
    __lt__: ['self, value, /', () => NotImplemented],
    __le__: ['self, value, /', () => NotImplemented],
    __gt__: ['self, value, /', () => NotImplemented],
    __ge__: ['self, value, /', () => NotImplemented],
    __getattribute__: [
      'self, name, /',
      (self: Py, name: Py) => {
        const n = attrName(name);
        const r = genericGetattr(self, n, typeOf(self));
        if (r === MISSING) throw noAttribute(self, n);
        return r;
      },
    ],
    __setattr__: [
      'self, name, value, /',
      (self: Py, name: Py, v: Py) => {
        genericSetattr(self, attrName(name), v, typeOf(self));
        return None;
      },
    ],
    __delattr__: [
      'self, name, /',
      (self: Py, name: Py) => {
        genericDelattr(self, attrName(name), typeOf(self));
        return None;
      },
    ],
    __format__: ['self, format_spec, /', (self: Py, spec: Py) => objectFormat(self, strValue(spec) ?? '')],
    __dir__: ['self, /', (self: Py) => new PyList(objectDir(self))],
    __sizeof__: ['self, /', () => 16],
    __reduce_ex__: ['self, protocol, /', (self: Py, p: Py) => objectReduceEx(self, p)],
    __reduce__: ['self, /', (self: Py) => objectReduce(self)],
    __getstate__: ['self, /', (self: Py) => objectGetstate(self)],
  });
  classMethods(t, {
    __init_subclass__: ['cls, /, **kwargs', (cls: Py, kw: PyDict) => {
      if (kw.size) throw TypeError(`${(cls as PyType).qualname}.__init_subclass__() takes no keyword arguments`);
      return None;
    }],
    __subclasshook__: ['cls, *args', () => NotImplemented],
  });
  getsets(t, {
    __class__: [
      (o) => typeOf(o),
      (o, v) => {
        if (!(v instanceof PyType)) throw TypeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
        if (typeof o !== 'object' || typeOf(o).builtin || v.builtin) {
          throw TypeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
        }
        o.cls = v;
      },
    ],
  });
  t.dict.setS('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
  defaults.objectNew = t.dict.getS('__new__');
  defaults.objectInit = t.dict.getS('__init__');
  objectSlots.getattribute = t.dict.getS('__getattribute__');
  objectSlots.setattr = t.dict.getS('__setattr__');
  objectSlots.delattr = t.dict.getS('__delattr__');
  objectSlots.eq = t.dict.getS('__eq__');
  setObjectHashEq(t.dict.getS('__hash__'), t.dict.getS('__eq__'));
}

/** Names for dir(obj): instance dict, class and its bases. */
export function objectDir(o: Py): string[] {
  const names = new Set<string>();
  const d = typeof o === 'object' ? o.dict : null;
  if (d instanceof PyDict) for (const k of d.keys()) if (typeof k === 'string') names.add(k);
  for (const c of typeOf(o).mro) addTypeNames(c, names);
  return [...names].sort();
}

/** The attribute names c defines, for dir(). */
export function addTypeNames(c: PyType, names: Set<string>): void {
  for (const [k, v] of c.dict.entries()) if (typeof k === 'string' && !py2Only.has(v)) names.add(k);
}
