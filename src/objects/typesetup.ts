// Helpers to give builtin types their Python-visible members: methods,
// class/static methods and getset attributes, all declared as data tables.

import { T, type Py } from './base';
import { PyBuiltin } from './builtinfunc';
import { PyGetSet } from './descriptors';
import { builtinType, PyType, type Alloc } from './type';
import { TypeError } from './raise';
import { typeName } from './typeof';

export type MethodTable = Record<string, [string, (...a: any[]) => any]>;

/** Adds methods (first parameter `self`) to a type. */
export function methods(t: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) {
    const [sig, impl] = table[name];
    const b = new PyBuiltin(name, sig, impl, { qualname: `${t.name}.${name}`, owner: t });
    t.dict.setS(name, b);
  }
  t.modified();
}

/** Adds class methods (first parameter the class). */
export function classMethods(t: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) {
    const [sig, impl] = table[name];
    const b = new PyBuiltin(name, sig, impl, { qualname: `${t.name}.${name}`, owner: t });
    b.classmethod = true;
    t.dict.setS(name, b);
  }
  t.modified();
}

/** Python 2 names the dialect keeps working (dict.has_key) but which dir()
 * does not list, so that introspection sees CPython 3's attributes. */
export const py2Only = new Set<Py>();

/** Adds static methods (no implicit first argument; __new__ is one). */
export function staticMethods(t: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) {
    const [sig, fn] = table[name];
    let impl = fn;
    if (name === '__new__') {
      impl = (cls: Py, ...rest: any[]) => {
        if (cls !== t) checkNewTarget(t, b, cls);
        return fn(cls, ...rest);
      };
    }
    const b = new PyBuiltin(name, sig, impl, { qualname: `${t.name}.${name}`, owner: t });
    b.staticmethod = true;
    t.dict.setS(name, b);
  }
  t.modified();
}

/** X.__new__(cls) must get a subtype of X whose most derived base without a
 * Python-level __new__ allocates as X does (tp_new_wrapper), or
 * object.__new__(dict) would make a broken dict. */
function checkNewTarget(t: PyType, self: PyBuiltin, cls: Py): void {
  if (!(cls instanceof PyType)) throw TypeError(`${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(t)) throw TypeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
  let base: PyType | null = cls;
  while (base && !(base.lookup('__new__') instanceof PyBuiltin)) base = base.base;
  if (base && base.lookup('__new__') !== self) {
    throw TypeError(`${t.name}.__new__(${cls.name}) is not safe, use ${base.name}.__new__()`);
  }
}

export type GetSetTable = Record<string, [(o: Py) => Py, ((o: Py, v: Py) => void)?, ((o: Py) => void)?]>;

/** Adds computed attributes. */
export function getsets(t: PyType, table: GetSetTable): void {
  for (const name of Object.keys(table)) {
    const [get, set, del] = table[name];
    t.dict.setS(name, new PyGetSet(name, t, get, set ?? null, del ?? null));
  }
  t.modified();
}

/** Sets plain class attributes (constants, __doc__, __hash__ = None ...). */
export function attrs(t: PyType, table: Record<string, Py>): void {
  for (const name of Object.keys(table)) t.dict.setS(name, table[name]);
  t.modified();
}

/** Declares a builtin type `name` with base (default object). */
export function newType(name: string, base?: PyType | null, alloc?: Alloc, opts: { module?: string; final?: boolean } = {}): PyType {
  const t = builtinType(name, base === undefined ? T.object : base, alloc, opts);
  T[name] = t;
  return t;
}
