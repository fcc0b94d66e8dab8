// The Python-visible behaviour of `type`: attribute access on classes,
// repr, mro(), __subclasses__, instance/subclass checks, and the getset
// attributes (__name__, __bases__, __mro__, __dict__ ...).

import { T, None, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyGetSet } from './descriptors';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple, tuple } from './tuple';
import { methods, staticMethods, classMethods, getsets } from './typesetup';
import { isDataDescr, descrGet, noAttribute, tflags, TF, isPlainValue } from './attrs';
import * as attrsMod from './attrs';
import { TypeError, AttributeError } from './raise';
import { typeOf, typeName } from './typeof';
import { strValue } from './strutil';
import { iterToArray } from './iter';
import { defaults, typeCall, typeNew } from '../vm/classes';
import { current } from '../vm/thread';
import { PyMappingProxy } from './mappingproxy';
import { makeUnion } from './union';
import { qualifiedName, objectDir, addTypeNames } from './object';

/** type.__getattribute__ without the AttributeError: MISSING instead. */
export function typeGetattr(t: PyType, name: string): Py {
  const meta = t.cls;
  const md = meta.lookup(name);
  if (md !== MISSING && isDataDescr(md)) return descrGet(md, t, meta);
  const d = t.lookup(name);
  if (d !== MISSING) return descrGet(d, undefined, t);
  if (md !== MISSING) return descrGet(md, t, meta);
  return MISSING;
}

function typeSetattr(t: PyType, name: string, v: Py): void {
  if (t.builtin) throw TypeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  const meta = t.cls;
  const md = meta.lookup(name);
  if (md !== MISSING && isDataDescr(md)) {
    const { genericSetattr } = attrsMod;
    genericSetattr(t, name, v, meta);
    return;
  }
  const old = t.dict.getS(name);
  t.dict.setS(name, v);
  if (old !== undefined && isPlainValue(old) && isPlainValue(v) && !(name.startsWith('__') && name.endsWith('__'))) t.valueChanged(name, v);
  else t.modifiedName(name);
  if (name === '__abstractmethods__') t.abstract = new Set(iterToArray(v).map((x) => strValue(x) ?? ''));
}

function typeDelattr(t: PyType, name: string): void {
  if (t.builtin) throw TypeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
  if (t.dict.pop(name) === undefined) throw noAttribute(t, name);
  t.modifiedName(name);
  if (name === '__abstractmethods__') t.abstract = null;
}


function attrName(name: Py): string {
  const s = strValue(name);
  if (s === null) throw TypeError(`attribute name must be string, not '${typeName(name)}'`);
  return s;
}

function asType(x: Py, what: string): PyType {
  if (!(x instanceof PyType)) throw TypeError(`descriptor '${what}' requires a 'type' object but received a '${typeName(x)}'`);
  return x;
}

export function typeRepr(t: PyType): string {
  return `<class '${qualifiedName(t)}'>`;
}

export function setupType(): void {
  const t = T.type;
  methods(t, {
    __call__: [
      'self, *args, **kwargs',
      (cls: Py, args: Py[], kw: PyDict) => {
        const kwn: string[] = [];
        const all = args.slice();
        for (const [k, v] of kw.entries()) {
          kwn.push(k);
          all.push(v);
        }
        return typeCall(current, asType(cls, '__call__'), all, kwn.length ? kwn : null);
      },
    ],
    __init__: ['self, *args, **kwargs', () => None],
    __repr__: ['self, /', (self: Py) => typeRepr(asType(self, '__repr__'))],
    __getattribute__: [
      'self, name, /',
      (self: Py, name: Py) => {
        const n = strValue(name);
        if (n === null) throw TypeError(`attribute name must be string, not '${typeName(name)}'`);
        const r = typeGetattr(asType(self, '__getattribute__'), n);
        if (r === MISSING) throw noAttribute(self, n);
        return r;
      },
    ],
    __setattr__: [
      'self, name, value, /',
      (self: Py, name: Py, v: Py) => {
        typeSetattr(asType(self, '__setattr__'), attrName(name), v);
        return None;
      },
    ],
    __delattr__: [
      'self, name, /',
      (self: Py, name: Py) => {
        typeDelattr(asType(self, '__delattr__'), attrName(name));
        return None;
      },
    ],
    mro: ['self, /', (self: Py) => new PyList(asType(self, 'mro').mro.slice())],
    __subclasses__: ['self, /', (self: Py) => new PyList(asType(self, '__subclasses__').subclasses())],
    __instancecheck__: ['self, instance, /', (self: Py, inst: Py) => isInstanceDefault(inst, asType(self, '__instancecheck__'))],
    __subclasscheck__: ['self, subclass, /', (self: Py, sub: Py) => isSubclassDefault(sub, asType(self, '__subclasscheck__'))],
    __dir__: ['self, /', (self: Py) => new PyList(typeDir(asType(self, '__dir__')))],
    __or__: ['self, other, /', (self: Py, other: Py) => makeUnion(self, other)],
    __ror__: ['self, other, /', (self: Py, other: Py) => makeUnion(other, self)],
    __sizeof__: ['self, /', () => 888],
  });
  staticMethods(t, {
    __new__: [
      'cls, *args, **kwargs',
      (meta: Py, args: Py[], kw: PyDict) => {
        if (meta === T.type && args.length === 1 && !kw.size) return typeOf(args[0]);
        if (args.length !== 3) throw TypeError('type() takes 1 or 3 arguments');
        const kwn: string[] = [];
        const kwv: Py[] = [];
        for (const [k, v] of kw.entries()) {
          kwn.push(k);
          kwv.push(v);
        }
        return typeNew(asType(meta, '__new__'), args[0], args[1], args[2], kwn, kwv);
      },
    ],
  });
  classMethods(t, {
    __prepare__: ['cls, *args, **kwargs', () => new PyDict()],
  });
  getsets(t, {
    __name__: [
      (o) => o.name,
      (o, v) => {
        const s = strValue(v);
        if (s === null) throw TypeError(`can only assign string to ${o.name}.__name__, not '${typeName(v)}'`);
        if (o.builtin) throw TypeError(`cannot set '__name__' attribute of immutable type '${o.name}'`);
        o.name = s;
      },
    ],
    __qualname__: [
      (o) => o.qualname,
      (o, v) => {
        const s = strValue(v);
        if (s === null) throw TypeError(`can only assign string to ${o.name}.__qualname__, not '${typeName(v)}'`);
        o.qualname = s;
      },
    ],
    __module__: [
      (o) => {
        const m = o.dict.getS('__module__');
        // in type's own dict the entry is this descriptor
        return m === undefined || m instanceof PyGetSet ? 'builtins' : m;
      },
      (o, v) => {
        if (o.builtin) throw TypeError(`cannot set '__module__' attribute of immutable type '${o.name}'`);
        o.dict.setS('__module__', v);
      },
    ],
    __bases__: [(o) => tuple(o.bases.slice())],
    __base__: [(o) => o.base ?? None],
    __mro__: [(o) => tuple(o.mro.slice())],
    __dict__: [(o) => new PyMappingProxy(o.dict)],
    __doc__: [
      (o) => {
        const d = o.dict.getS('__doc__');
        if (d === undefined) return None;
        return descrGet(d, undefined, o);
      },
      (o, v) => {
        if (o.builtin) throw TypeError(`cannot set '__doc__' attribute of immutable type '${o.name}'`);
        o.dict.setS('__doc__', v);
      },
    ],
    __abstractmethods__: [
      (o) => {
        const v = o.dict.getS('__abstractmethods__');
        if (v === undefined || o === T.type) throw AttributeError('__abstractmethods__');
        return v;
      },
      // write the dict directly: typeSetattr would come back to this getset
      (o, v) => {
        if (o.builtin) throw TypeError(`cannot set '__abstractmethods__' attribute of immutable type '${o.name}'`);
        o.dict.setS('__abstractmethods__', v);
        o.modified();
        o.abstract = new Set(iterToArray(v).map((x) => strValue(x) ?? ''));
      },
      (o) => {
        if (o.builtin || o.dict.pop('__abstractmethods__') === undefined) throw AttributeError('__abstractmethods__');
        o.modified();
        o.abstract = null;
      },
    ],
    __annotations__: [
      (o) => {
        let v = o.dict.getS('__annotations__');
        if (v === undefined) {
          if (o.builtin) throw AttributeError(`type object '${o.name}' has no attribute '__annotations__'`);
          v = new PyDict();
          o.dict.setS('__annotations__', v);
        }
        return v;
      },
      (o, v) => {
        o.dict.setS('__annotations__', v);
      },
    ],
    __text_signature__: [() => None],
    __flags__: [(o) => (o.builtin ? 0 : 1 << 9) | (o.hasDict ? 0 : 0)],
  });
  t.dict.getS('__getattribute__').fast = (o: PyType, n: string) => typeGetattr(o, n);
  t.dict.getS('__setattr__').fastSet = (o: PyType, n: string, v: Py) => typeSetattr(o, n, v);
  t.dict.getS('__delattr__').fastDel = (o: PyType, n: string) => typeDelattr(o, n);
  defaults.typeCall = t.dict.getS('__call__');
  void tflags;
}

function typeDir(t: PyType): string[] {
  const names = new Set<string>();
  for (const c of t.mro) addTypeNames(c, names);
  void objectDir;
  return [...names].sort();
}

/** isinstance() without __instancecheck__ overrides. */
export function isInstanceDefault(inst: Py, cls: PyType): boolean {
  const tp = typeOf(inst);
  if (tp === cls || tp.isSubtype(cls)) return true;
  // object's __class__ (a data descriptor: no instance dict can shadow it)
  // reached by the default attribute lookup is type(inst), already tested
  if (!(attrsMod.tflags(tp) & attrsMod.TF.CustomGetattribute) && tp.lookup('__class__') === T.object.dict.getS('__class__')) return false;
  // __class__ may be overridden (proxies, mocks)
  const c = attrsMod.getattrOpt(inst, '__class__');
  return c !== tp && c instanceof PyType && c.isSubtype(cls);
}

export function isSubclassDefault(sub: Py, cls: PyType): boolean {
  if (!(sub instanceof PyType)) throw TypeError('issubclass() arg 1 must be a class');
  return sub.isSubtype(cls);
}

void PyTuple;
