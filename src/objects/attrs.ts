// Attribute access: object.__getattribute__/__setattr__/__delattr__ with the
// descriptor protocol, and dispatch to overridden versions of them.
// https://docs.python.org/3.11/howto/descriptor.html

import { T, MISSING, None, type Py } from './base';
import { PyType } from './type';
import { PyDict, instanceDict } from './dict';
import { PyFunction } from './function';
import { PyBuiltin } from './builtinfunc';
import { PyMethod } from './method';
import { PyGetSet, PySlot, PyProperty, PyClassMethod, PyStaticMethod } from './descriptors';
import { AttributeError, TypeError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSync, newFrame, enterCall } from '../vm/call';
import { runNested } from '../vm/run';
import { current } from '../vm/thread';
import { SUSPEND } from './base';
import { PyBaseException } from './exceptions';

/** Per-type attribute-protocol flags, cached in PyType.flagsCache. */
export const enum TF {
  Computed = 1,
  CustomGetattribute = 2,
  HasGetattr = 4,
  CustomSetattr = 8,
  CustomDelattr = 16,
  HasGet = 32,
  HasSet = 64,
  HasDelete = 128,
}

/** object's own slot functions, to tell when a class overrides them. */
export const objectSlots = {
  getattribute: null as Py,
  setattr: null as Py,
  delattr: null as Py,
  eq: null as Py,
};

export function tflags(tp: PyType): number {
  let f = tp.flagsCache;
  if (f !== 0) return f;
  f = TF.Computed;
  if (tp.lookup('__getattribute__') !== objectSlots.getattribute) f |= TF.CustomGetattribute;
  if (tp.lookup('__getattr__') !== MISSING) f |= TF.HasGetattr;
  if (tp.lookup('__setattr__') !== objectSlots.setattr) f |= TF.CustomSetattr;
  if (tp.lookup('__delattr__') !== objectSlots.delattr) f |= TF.CustomDelattr;
  if (tp.lookup('__get__') !== MISSING) f |= TF.HasGet;
  if (tp.lookup('__set__') !== MISSING) f |= TF.HasSet;
  if (tp.lookup('__delete__') !== MISSING) f |= TF.HasDelete;
  tp.flagsCache = f;
  return f;
}

/** True when a class attribute d takes precedence over the instance dict. */
export function isDataDescr(d: Py): boolean {
  if (typeof d !== 'object') return false;
  if (d instanceof PyFunction || d instanceof PyBuiltin) return false;
  if (d instanceof PyProperty || d instanceof PyGetSet || d instanceof PySlot) return true;
  const f = tflags(d.cls);
  return (f & (TF.HasSet | TF.HasDelete)) !== 0;
}

/** A class attribute that is only a value (no __get__/__set__/__delete__):
 * replacing one such value by another changes no inline cache's kind. */
export function isPlainValue(d: Py): boolean {
  if (typeof d !== 'object') return true;
  if (d instanceof PyFunction || d instanceof PyBuiltin || d instanceof PyProperty || d instanceof PyGetSet || d instanceof PySlot) return false;
  if (d instanceof PyClassMethod || d instanceof PyStaticMethod) return false;
  return (tflags(d.cls) & (TF.HasGet | TF.HasSet | TF.HasDelete)) === 0;
}

/** Has a __get__ (data descriptors without one don't shadow the instance dict). */
function hasGet(d: Py): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet || d instanceof PySlot) return true;
  return (tflags(d.cls) & TF.HasGet) !== 0;
}

/** d.__get__(o, tp) for a class attribute d found for instance o; o is
 * undefined when d was looked up on the class tp itself. */
export function descrGet(d: Py, o: Py, tp: PyType): Py {
  if (typeof d !== 'object') return d;
  if (d instanceof PyFunction) return o === undefined ? d : new PyMethod(d, o);
  if (d instanceof PyBuiltin) {
    if (d.owner === undefined || d.staticmethod) return d;
    if (d.classmethod) return d.bound(o === undefined ? tp : typeOf(o));
    return o === undefined ? d : d.bound(o);
  }
  if (d instanceof PyGetSet) return o === undefined ? d : d.get(o);
  if (d instanceof PySlot) {
    if (o === undefined) return d;
    const sv = (o as any).sv as Py[] | undefined;
    const v = sv === undefined ? undefined : sv[d.index];
    if (v === undefined) throw AttributeError(`'${typeName(o)}' object has no attribute '${d.name}'`);
    return v;
  }
  if (d instanceof PyProperty) {
    if (o === undefined) return d;
    if (d.fget === None) {
      throw AttributeError(d.pname ? `property '${d.pname}' of '${typeName(o)}' object has no getter` : `unreadable attribute`);
    }
    return callSync(d.fget, [o]);
  }
  if (d instanceof PyClassMethod) return new PyMethod(d.func, o === undefined ? tp : typeOf(o));
  if (d instanceof PyStaticMethod) return d.func;
  if (tflags(d.cls) & TF.HasGet) return callSync(d.cls.lookup('__get__'), [d, o === undefined ? None : o, tp]);
  return d;
}

/** object.__getattribute__: MISSING when not found. */
export function genericGetattr(o: Py, name: string, tp: PyType): Py {
  const d = tp.lookup(name);
  if (d !== MISSING && typeof d === 'object' && !(d instanceof PyFunction) && isDataDescr(d) && hasGet(d)) return descrGet(d, o, tp);
  if (typeof o === 'object') {
    const dict = o.dict;
    if (dict !== null) {
      const v = dict.getS(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== MISSING) return descrGet(d, o, tp);
  return MISSING;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.isSubtype(T.AttributeError);
}

/** __getattribute__ of o's type (generic or overridden): MISSING when it
 * raises AttributeError and `swallow` is set. */
function getattribute(o: Py, name: string, tp: PyType, fl: number, swallow: boolean): Py {
  if (fl & TF.CustomGetattribute) {
    const ga = tp.lookup('__getattribute__');
    try {
      // a getset reached through the fast path may raise AttributeError too
      if (ga.fast) return ga.fast(o, name);
      return callSync(ga, [o, name]);
    } catch (e) {
      if (swallow && isAttributeError(e)) return MISSING;
      throw e;
    }
  }
  try {
    return genericGetattr(o, name, tp);
  } catch (e) {
    // a descriptor (property, unset slot) raised AttributeError
    if (swallow && isAttributeError(e)) return MISSING;
    throw e;
  }
}

/** getattr(o, name) without raising AttributeError: MISSING instead. */
export function getattrOpt(o: Py, name: string): Py {
  const tp = typeOf(o);
  const fl = tflags(tp);
  let r = getattribute(o, name, tp, fl, true);
  if (r === MISSING) {
    if (fl & TF.HasGetattr) {
      try {
        r = callSync(tp.lookup('__getattr__'), [o, name]);
      } catch (e) {
        if (!isAttributeError(e)) throw e;
        r = MISSING;
      }
    } else if (tp === T.module || tp.isSubtype(T.module)) r = moduleGetattrHook(o, name);
  }
  return r;
}

/** getattr(o, name): raises AttributeError when absent. */
export function getattr(o: Py, name: string): Py {
  const tp = typeOf(o);
  const fl = tflags(tp);
  if (fl & TF.HasGetattr) {
    // __getattr__ runs once, after __getattribute__ failed; its own
    // AttributeError is the one reported
    const r = getattribute(o, name, tp, fl, true);
    if (r !== MISSING) return r;
    return callSync(tp.lookup('__getattr__'), [o, name]);
  }
  const r = fl & TF.CustomGetattribute ? getattribute(o, name, tp, fl, false) : genericGetattr(o, name, tp);
  if (r !== MISSING) return r;
  if (tp === T.module || tp.isSubtype(T.module)) {
    const h = moduleGetattrHook(o, name);
    if (h !== MISSING) return h;
  }
  throw noAttribute(o, name);
}

/** PEP 562: a module-level __getattr__. */
function moduleGetattrHook(o: Py, name: string): Py {
  const hook = o.dict?.getS('__getattr__');
  if (hook === undefined) return MISSING;
  try {
    return callSync(hook, [name]);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    return MISSING;
  }
}

/** The AttributeError CPython raises for o.name. */
export function noAttribute(o: Py, name: string): PyBaseException {
  let e: PyBaseException;
  if (o instanceof PyType) e = AttributeError(`type object '${o.name}' has no attribute '${name}'`);
  else if (typeOf(o) === T.module || typeOf(o).isSubtype(T.module)) {
    const mn = o.dict?.m.get('__name__');
    if (typeof mn !== 'string') e = AttributeError(`module has no attribute '${name}'`);
    else if (o.initializing) e = AttributeError(`partially initialized module '${mn}' has no attribute '${name}' (most likely due to a circular import)`);
    else e = AttributeError(`module '${mn}' has no attribute '${name}'`);
  } else e = AttributeError(`'${typeName(o)}' object has no attribute '${name}'`);
  e.dict = new PyDict();
  e.dict.setS('name', name);
  e.dict.setS('obj', o);
  return e;
}

/** object.__setattr__. */
export function genericSetattr(o: Py, name: string, v: Py, tp: PyType): void {
  const d = tp.lookup(name);
  if (d !== MISSING && typeof d === 'object' && !(d instanceof PyFunction)) {
    if (d instanceof PyProperty) {
      if (d.fset === None) {
        throw AttributeError(d.pname ? `property '${d.pname}' of '${typeName(o)}' object has no setter` : `can't set attribute`);
      }
      callSync(d.fset, [o, v]);
      return;
    }
    if (d instanceof PyGetSet) {
      if (!d.set) throw AttributeError(`attribute '${name}' of '${d.owner.tpName ?? d.owner.name}' objects is not writable`);
      d.set(o, v);
      return;
    }
    if (d instanceof PySlot) {
      ((o as any).sv ??= [])[d.index] = v;
      return;
    }
    if (!(d instanceof PyBuiltin) && tflags(d.cls) & TF.HasSet) {
      callSync(d.cls.lookup('__set__'), [d, o, v]);
      return;
    }
  }
  if (typeof o !== 'object' || !tp.hasDict) {
    if (d === MISSING || typeof o !== 'object') throw AttributeError(`'${tp.tpName ?? tp.name}' object has no attribute '${name}'`);
    throw AttributeError(`'${tp.name}' object attribute '${name}' is read-only`);
  }
  let dict = o.dict;
  if (dict === null) dict = o.dict = instanceDict();
  dict.setS(name, v);
}

/** object.__delattr__. */
export function genericDelattr(o: Py, name: string, tp: PyType): void {
  const d = tp.lookup(name);
  if (d !== MISSING && typeof d === 'object' && !(d instanceof PyFunction)) {
    if (d instanceof PyProperty) {
      if (d.fdel === None) {
        throw AttributeError(d.pname ? `property '${d.pname}' of '${typeName(o)}' object has no deleter` : `can't delete attribute`);
      }
      callSync(d.fdel, [o]);
      return;
    }
    if (d instanceof PyGetSet) {
      if (!d.del) throw AttributeError(`attribute '${name}' of '${d.owner.tpName ?? d.owner.name}' objects is not writable`);
      d.del(o);
      return;
    }
    if (d instanceof PySlot) {
      const sv = (o as any).sv as Py[] | undefined;
      if (sv === undefined || sv[d.index] === undefined) throw AttributeError(name);
      sv[d.index] = undefined;
      return;
    }
    if (!(d instanceof PyBuiltin) && tflags(d.cls) & TF.HasDelete) {
      callSync(d.cls.lookup('__delete__'), [d, o]);
      return;
    }
  }
  if (typeof o === 'object' && o.dict !== null && o.dict.m.delete(name)) {
    o.dict.ver++;
    return;
  }
  throw noAttribute(o, name);
}

export function setattr(o: Py, name: string, v: Py): void {
  const tp = typeOf(o);
  if (tflags(tp) & TF.CustomSetattr) {
    const sa = tp.lookup('__setattr__');
    if (sa.fastSet) sa.fastSet(o, name, v);
    else callSync(sa, [o, name, v]);
    return;
  }
  genericSetattr(o, name, v, tp);
}

export function delattr(o: Py, name: string): void {
  const tp = typeOf(o);
  if (tflags(tp) & TF.CustomDelattr) {
    const da = tp.lookup('__delattr__');
    if (da.fastDel) da.fastDel(o, name);
    else callSync(da, [o, name]);
    return;
  }
  genericDelattr(o, name, tp);
}

/** hasattr(o, name). */
export function hasattr(o: Py, name: string): boolean {
  const tp = typeOf(o);
  if (!(tflags(tp) & TF.CustomGetattribute)) {
    // a plain method found on the type exists without binding it (binding
    // allocates; hasattr is often asked in hot code)
    const d = tp.lookup(name);
    if (d instanceof PyFunction || (d instanceof PyBuiltin && !d.classmethod && !d.staticmethod)) return true;
  }
  return getattrOpt(o, name) !== MISSING;
}

/** Looks up a special method on the type of o (not the instance), as the
 * interpreter does for dunder dispatch; MISSING when absent. */
export function lookupSpecial(o: Py, name: string): Py {
  return typeOf(o).lookup(name);
}

/** Calls the special method `name` of o's type with o bound; MISSING when the
 * type has no such method. Runs Python methods in a nested VM loop. */
/** Calls d, a class attribute found on o's type tp, as a method of o with
 * one argument (a binary special method). */
export function callMethodDescr1(d: Py, o: Py, b: Py, tp: PyType): Py {
  if (d instanceof PyFunction) {
    const c = d.code;
    if (c.simpleArgs && c.argcount === 2 && !c.isGenerator) {
      const t = current;
      const base = t.frame;
      const f = newFrame(d);
      f.L[0] = o;
      f.L[1] = b;
      const r = enterCall(t, f);
      return r === SUSPEND ? runNested(t, base) : r;
    }
    return callSync(d, [o, b]);
  }
  if (d instanceof PyBuiltin && d.owner !== undefined && !d.classmethod && !d.staticmethod) {
    return d.sig.simple && d.sig.npos === 2 ? d.impl(o, b) : d.call([o, b], null);
  }
  return callSync(descrGet(d, o, tp), [b]);
}

export function callSpecial(o: Py, name: string, ...args: Py[]): Py {
  const tp = typeOf(o);
  const d = tp.lookup(name);
  if (d === MISSING) return MISSING;
  if (d instanceof PyBuiltin && d.owner !== undefined && !d.classmethod && !d.staticmethod) {
    return d.call([o, ...args], null);
  }
  if (d instanceof PyFunction) return callSync(d, [o, ...args]);
  return callSync(descrGet(d, o, tp), args);
}

void TypeError;
