// super: attribute lookup starting after a class in an object's MRO.

import { PyObject, T, None, MISSING, type Py, serial } from './base';
import { PyType } from './type';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError, RuntimeError } from './raise';
import { typeOf, typeName } from './typeof';
import { descrGet, noAttribute, genericGetattr } from './attrs';
import { strValue } from './strutil';
import { current } from '../vm/thread';

export class PySuper extends PyObject {
  constructor(public thisType: PyType, public obj: Py, public objType: PyType | null) {
    super(T.super);
  }
}

/** The type whose MRO super() searches: type(obj), or obj itself for classes. */
export function superCheck(type: PyType, obj: Py): PyType {
  if (obj instanceof PyType && obj.isSubtype(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtype(type)) return t;
  throw TypeError('super(type, obj): obj must be an instance or subtype of type');
}

/** The raw class attribute super(thisType, obj).name finds (no __get__
 * applied), or undefined. */
export function superFind(thisType: PyType, objType: PyType, name: string): Py | undefined {
  const mro = objType.mro;
  let i = mro.indexOf(thisType) + 1;
  for (; i < mro.length; i++) {
    const d = mro[i].dict.m.get(name);
    if (d !== undefined) return d;
  }
  return undefined;
}

export function superGetattr(s: PySuper, name: string): Py {
  const st = s.objType;
  if (st && name !== '__class__') {
    const mro = st.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i < mro.length; i++) {
      const d = mro[i].dict.m.get(name);
      if (d !== undefined) return descrGet(d, s.obj === st ? undefined : s.obj, st);
    }
  }
  return genericGetattr(s, name, T.super);
}

export function setupSuper(): void {
  const t = T.super;
  staticMethods(t, {
    __new__: ['cls, *args', (cls: PyType, args: Py[]) => {
      let type: Py, obj: Py;
      if (args.length === 0) {
        // super() called through the builtin directly: find __class__ and self
        const f = current.frame;
        const c = f?.code;
        const ci = c ? c.cellvars.indexOf('__class__') : -1;
        const fi = c ? c.freevars.indexOf('__class__') : -1;
        const slot = ci >= 0 ? c!.cellBase + ci : fi >= 0 ? c!.cellBase + c!.cellvars.length + fi : -1;
        if (!c || c.argcount === 0) throw RuntimeError('super(): no arguments');
        if (slot < 0) throw RuntimeError('super(): __class__ cell not found');
        type = f!.L[slot].v;
        obj = c!.argcount ? f!.L[0] : undefined;
        if (obj && obj.cls === T.cell) obj = obj.v;
        if (obj === undefined) throw RuntimeError('super(): no arguments');
      } else {
        type = args[0];
        obj = args.length > 1 ? args[1] : None;
      }
      if (!(type instanceof PyType)) throw TypeError(`super() argument 1 must be a type, not ${typeName(type)}`);
      const s = new PySuper(type, obj === None ? None : obj, obj === None ? null : superCheck(type, obj));
      if (cls !== T.super) s.cls = cls;
      return s;
    }],
  });
  methods(t, {
    __getattribute__: ['self, name, /', (s: PySuper, name: Py) => {
      const n = strValue(name)!;
      const r = superGetattr(s, n);
      if (r === MISSING) throw noAttribute(s, n);
      return r;
    }],
    __get__: ['self, instance, owner=None, /', (s: PySuper, inst: Py) => (inst === None || s.obj !== None ? s : new PySuper(s.thisType, inst, superCheck(s.thisType, inst)))],
    __repr__: ['self, /', (s: PySuper) => (s.objType ? `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>` : `<super: <class '${s.thisType.name}'>, NULL>`)],
  });
  getsets(t, {
    __thisclass__: [(s: PySuper) => s.thisType],
    __self__: [(s: PySuper) => s.obj],
    __self_class__: [(s: PySuper) => s.objType ?? None],
  });
  t.dict.getS('__getattribute__').fast = (s: PySuper, n: string) => superGetattr(s, n);
}

serial(PySuper);
