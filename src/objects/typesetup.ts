// Helpers to give builtin types their Python-visible members: methods,
// class/static methods and getset attributes, all declared as data tables.

import { T, type Py } from './base';
import { PyBuiltin } from './builtinfunc';
import { PyGetSet } from './descriptors';
import { builtinType, type PyType, type Alloc } from './type';

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

/** Adds static methods (no implicit first argument; __new__ is one). */
export function staticMethods(t: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) {
    const [sig, impl] = table[name];
    const b = new PyBuiltin(name, sig, impl, { qualname: `${t.name}.${name}`, owner: t });
    b.staticmethod = true;
    t.dict.setS(name, b);
  }
  t.modified();
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
