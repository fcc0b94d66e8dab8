// Inline caches for attribute access and method calls. Each attribute site
// in generated code owns an IC object; when the receiver's class (and its
// version: bumped on any change to the class or a base) is the cached one,
// the class-side lookup along the MRO is skipped.

import { MISSING, T, type Py } from '../objects/base';
import type { PyType } from '../objects/type';
import { typeOf } from '../objects/typeof';
import { PyFunction } from '../objects/function';
import { PyBuiltin, paramDefault } from '../objects/builtinfunc';
import { PyProperty, PyGetSet, PySlot } from '../objects/descriptors';
import { PyDict, instanceDict, type Shape } from '../objects/dict';
import { getattr, setattr, descrGet, tflags, TF, isDataDescr, isPlainValue } from '../objects/attrs';
import { callSync } from './call';
import type { Thread } from './thread';
import { callMethod, callMethod0, callMethod1, enter, enterCall, newFrame, call0, call1, call2, callV } from './call';

export const enum K {
  /** not cacheable (custom __getattribute__/__setattr__ ...) */
  None = -1,
  /** no class attribute: the instance dict decides */
  InstanceOnly = 0,
  /** a non-data class attribute: instance dict first, else d.__get__ */
  ClassAttr = 1,
  /** a data descriptor with __get__/__set__: it decides */
  DataDescr = 2,
  /** a plain class value (a counter, a default): instance dict first, else
   * the class's current value (which may change without a version bump) */
  ClassValue = 3,
  /** a __slots__ member: the instance's sv array at d.index */
  Slot = 4,
}

export class IC {
  t: PyType | null = null;
  ver = 0;
  kind: K = K.None;
  d: Py = null;
  /** Entries for further receiver classes at a polymorphic site. */
  poly: IC[] | null = null;
  /** A module function called through this site: the module's dict, its
   * version then, and the function. */
  md: PyDict | null = null;
  mv = 0;
  mf: Py = null;
  /** When mf is a plain builtin taking exactly mn positional arguments,
   * its impl: `math.sin(x)` then skips the method lookup and the call
   * protocol (-1: not such a builtin). */
  mn = -1;
  mi: ((...a: Py[]) => Py) | null = null;
  /* (a super().m() site keeps __class__ in mf, with t, ver and d for what
   * it found: see superMethodCall) */
  /** Split instance dicts: the shape last seen and the name's index in it
   * (-1: absent); for a store that adds the name, the shape before and
   * after. Shapes are global, so these hold whatever the class. */
  sh: Shape | null = null;
  si = -1;
  from: Shape | null = null;
  to: Shape | null = null;
}

/** name's value in instance dict d, or undefined. */
function instGet(d: PyDict, name: string, c: IC): Py | undefined {
  const sh = d.shape;
  if (sh === null) return d._m!.get(name);
  if (sh !== c.sh) {
    c.sh = sh;
    c.si = sh.idx.get(name) ?? -1;
  }
  return c.si >= 0 ? d.vals![c.si] : undefined;
}

/** d[name] = v for an instance dict d. */
function instSet(d: PyDict, name: string, v: Py, c: IC): void {
  const sh = d.shape;
  if (sh !== null) {
    if (sh === c.sh && c.si >= 0) {
      d.vals![c.si] = v;
      d.ver++;
      return;
    }
    if (sh === c.from) {
      d.vals![sh.keys.length] = v;
      d.shape = c.to;
      d.ver++;
      return;
    }
  }
  d.setS(name, v);
  // what setS did, for the next store at this site: replaced a value in
  // place, or appended the name (a new shape)
  const now = d.shape;
  if (sh === null || now === null) return;
  if (now === sh) {
    c.sh = sh;
    c.si = sh.idx.get(name)!;
  } else {
    c.from = sh;
    c.to = now;
  }
}

/** A global-name site: the value found for the name in globals g (else
 * builtins b), valid while neither dict changed (PyDict.ver). */
export class GlobalSite {
  g: PyDict | null = null;
  gv = 0;
  b: PyDict | null = null;
  bv = 0;
  v: Py = null;
}

/** Sites seeing more classes than this thrash their first entry. */
const POLY = 4;

/** The entry of site c for class tp, (re)filled by fill when stale. */
function entry(c: IC, tp: PyType, name: string, fill: (e: IC, tp: PyType, name: string) => void): IC {
  if (c.t === tp || c.t === null) {
    fill(c, tp, name);
    return c;
  }
  let poly = c.poly;
  if (poly !== null) {
    for (let i = 0; i < poly.length; i++) {
      const e = poly[i];
      if (e.t === tp) {
        if (e.ver !== tp.ver) fill(e, tp, name);
        return e;
      }
    }
  } else poly = c.poly = [];
  if (poly.length < POLY) {
    const e = new IC();
    fill(e, tp, name);
    poly.push(e);
    return e;
  }
  fill(c, tp, name);
  return c;
}

/** A fresh cache for one site (allocated at compile time). */
export function ic(): IC {
  return new IC();
}

function hasGetter(d: Py): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet || d instanceof PySlot) return true;
  return (tflags(d.cls) & TF.HasGet) !== 0;
}

function fillGet(c: IC, tp: PyType, name: string): void {
  c.t = tp;
  c.ver = tp.ver;
  // __getattr__ must also catch AttributeErrors raised by descriptors:
  // leave such classes to the general path
  if (tflags(tp) & (TF.CustomGetattribute | TF.HasGetattr)) {
    c.kind = K.None;
    return;
  }
  const d = tp.lookup(name);
  c.d = d;
  if (d === MISSING) c.kind = K.InstanceOnly;
  else if (isPlainValue(d)) c.kind = K.ClassValue;
  else if (d instanceof PySlot) c.kind = K.Slot;
  else if (typeof d === 'object' && !(d instanceof PyFunction) && isDataDescr(d) && hasGetter(d)) c.kind = K.DataDescr;
  else c.kind = K.ClassAttr;
}

/** o.name through the site's cache. */
export function getattrIC(o: Py, name: string, c: IC): Py {
  if (typeof o === 'object') {
    const tp: PyType = o.cls;
    if (tp !== c.t || tp.ver !== c.ver) c = entry(c, tp, name, fillGet);
    switch (c.kind) {
      case K.InstanceOnly: {
        const d = o.dict;
        if (d !== null) {
          const v = instGet(d, name, c);
          if (v !== undefined) return v;
        }
        break;
      }
      case K.ClassAttr: {
        const d = o.dict;
        if (d !== null) {
          const v = instGet(d, name, c);
          if (v !== undefined) return v;
        }
        return descrGet(c.d, o, tp);
      }
      case K.DataDescr:
        return descrGet(c.d, o, tp);
      case K.Slot: {
        const sv = o.sv;
        if (sv !== undefined) {
          const v = sv[c.d.index];
          if (v !== undefined) return v;
        }
        break;
      }
      case K.ClassValue: {
        const d = o.dict;
        if (d !== null) {
          const v = instGet(d, name, c);
          if (v !== undefined) return v;
        }
        const v = tp.lookup(name);
        return typeof v === 'object' ? descrGet(v, o, tp) : v;
      }
    }
  }
  return getattr(o, name);
}

function fillSet(c: IC, tp: PyType, name: string): void {
  c.t = tp;
  c.ver = tp.ver;
  if (tflags(tp) & TF.CustomSetattr) {
    c.kind = K.None;
    return;
  }
  const d = tp.lookup(name);
  c.d = d;
  if (d instanceof PySlot) {
    c.kind = K.Slot;
    return;
  }
  if (!tp.hasDict) {
    c.kind = K.None;
    return;
  }
  c.kind = d !== MISSING && typeof d === 'object' && !(d instanceof PyFunction) && isDataDescr(d) ? K.DataDescr : K.InstanceOnly;
}

/** o.name = v through the site's cache. */
export function setattrIC(o: Py, name: string, v: Py, c: IC): void {
  if (typeof o === 'object') {
    const tp: PyType = o.cls;
    if (tp !== c.t || tp.ver !== c.ver) c = entry(c, tp, name, fillSet);
    if (c.kind === K.InstanceOnly) {
      let d = o.dict;
      if (d === null) d = o.dict = instanceDict();
      instSet(d, name, v, c);
      return;
    }
    if (c.kind === K.Slot) {
      (o.sv ??= [])[c.d.index] = v;
      return;
    }
  }
  setattr(o, name, v);
}

function fillMethod(c: IC, tp: PyType, name: string): void {
  c.t = tp;
  c.ver = tp.ver;
  c.kind = K.None;
  if (tflags(tp) & TF.CustomGetattribute) return;
  const d = tp.lookup(name);
  c.d = d;
  if (d instanceof PyFunction) c.kind = K.ClassAttr;
  else if (d instanceof PyBuiltin && d.owner !== undefined && !d.classmethod && !d.staticmethod) c.kind = K.DataDescr;
}

/** The function to call for o.name(...) with o prepended, or null. */
function methodOf(o: Py, name: string, c: IC): Py {
  // str, int, float and bool values are JS primitives
  const tp: PyType = typeof o === 'object' ? o.cls : typeOf(o);
  if (tp !== c.t || tp.ver !== c.ver) c = entry(c, tp, name, fillMethod);
  if (c.kind === K.ClassAttr) {
    const d = typeof o === 'object' ? o.dict : null;
    if (d !== null && instGet(d, name, c) !== undefined) return null;
    return c.d;
  }
  if (c.kind === K.DataDescr) {
    // a builtin method is not a data descriptor: an instance attribute
    // (a module's __lt__ function, say) shadows it
    const d = typeof o === 'object' ? o.dict : null;
    if (d !== null && instGet(d, name, c) !== undefined) return null;
    return c.d;
  }
  return null;
}

/** A builtin method called with no arguments: the usual case (s.split(),
 * f.readline()) leaves trailing parameters to their defaults. */
function builtin0(fn: PyBuiltin, o: Py): Py {
  const sig = fn.sig;
  if (sig.simple && sig.nreq <= 1) {
    switch (sig.npos) {
      case 1:
        return fn.impl(o);
      case 2:
        return fn.impl(o, paramDefault(sig, 1));
      case 3:
        return fn.impl(o, paramDefault(sig, 1), paramDefault(sig, 2));
    }
  }
  return fn.call([o], null);
}

function builtin1(fn: PyBuiltin, o: Py, a: Py): Py {
  const sig = fn.sig;
  if (sig.simple && sig.nreq <= 2) {
    switch (sig.npos) {
      case 2:
        return fn.impl(o, a);
      case 3:
        return fn.impl(o, a, paramDefault(sig, 2));
      case 4:
        return fn.impl(o, a, paramDefault(sig, 2), paramDefault(sig, 3));
    }
  }
  return fn.call([o, a], null);
}

function builtin2(fn: PyBuiltin, o: Py, a: Py, b: Py): Py {
  const sig = fn.sig;
  if (sig.simple && sig.nreq <= 3) {
    switch (sig.npos) {
      case 3:
        return fn.impl(o, a, b);
      case 4:
        return fn.impl(o, a, b, paramDefault(sig, 3));
    }
  }
  return fn.call([o, a, b], null);
}

/** Fills the parameters after the first n of a simple-argument function
 * from its defaults; false when some are left without a value. */
function fillDefaults(fn: PyFunction, L: Py[], n: number): boolean {
  const argc = fn.code.argcount, defs = fn.defaults;
  if (defs === null) return false;
  const first = argc - defs.length;
  if (n < first) return false;
  for (let i = n; i < argc; i++) L[i] = defs[i - first];
  return true;
}

/** For mod.name(...) on a plain module: the global it names (called
 * without a receiver), or undefined for the general path. The module type
 * itself must not define the name (its attributes come first). */
function moduleFunction(o: Py, name: string, c: IC): Py {
  if (typeof o !== 'object' || o.cls !== T.module) return undefined;
  const d: PyDict = o.dict;
  // `math.sin(x)` in a loop: the value stays valid while the module's dict
  // keeps its version
  if (c.md === d && c.mv === d.ver) return c.mf;
  const v = d.m.get(name);
  if (v === undefined || T.module.lookup(name) !== MISSING) return undefined;
  c.md = d;
  c.mv = d.ver;
  c.mf = v;
  const direct = v instanceof PyBuiltin && v.self === undefined && v.owner === undefined && v.sig.simple;
  c.mn = direct ? v.sig.npos : -1;
  c.mi = direct ? v.impl : null;
  return v;
}

/** The cached plain builtin of a module-function site taking n arguments
 * whose module (o) and its dict are unchanged, else null. The cache was
 * filled by moduleFunction, which found no attribute of the module type
 * in the way (and builtin types cannot gain attributes). */
function directModuleFn(o: Py, n: number, c: IC): ((...a: Py[]) => Py) | null {
  const md = c.md;
  if (md === null || c.mn !== n || md.ver !== c.mv || typeof o !== 'object' || o.dict !== md || o.cls !== T.module) return null;
  return c.mi;
}

/** o.name() */
export function callm0IC(t: Thread, o: Py, name: string, c: IC): Py {
  const mi = directModuleFn(o, 0, c);
  if (mi !== null) return mi.call(c.mf);
  const fn = methodOf(o, name, c);
  if (fn instanceof PyFunction) {
    const code = fn.code;
    if (code.simpleArgs && code.argcount === 1) {
      const f = newFrame(fn);
      f.L[0] = o;
      return enterCall(t, f);
    }
    if (code.simpleArgs && code.argcount > 1) {
      const f = newFrame(fn);
      if (fillDefaults(fn, f.L, 1)) {
        f.L[0] = o;
        return enterCall(t, f);
      }
    }
  } else if (fn !== null) return builtin0(fn, o);
  const mf = moduleFunction(o, name, c);
  if (mf !== undefined) return call0(t, mf);
  return callMethod0(t, o, name);
}

/** o.name(a) */
export function callm1IC(t: Thread, o: Py, name: string, a: Py, c: IC): Py {
  const mi = directModuleFn(o, 1, c);
  if (mi !== null) return mi.call(c.mf, a);
  const fn = methodOf(o, name, c);
  if (fn instanceof PyFunction) {
    const code = fn.code;
    if (code.simpleArgs && code.argcount === 2) {
      const f = newFrame(fn);
      f.L[0] = o;
      f.L[1] = a;
      return enterCall(t, f);
    }
    if (code.simpleArgs && code.argcount > 2) {
      const f = newFrame(fn);
      if (fillDefaults(fn, f.L, 2)) {
        f.L[0] = o;
        f.L[1] = a;
        return enterCall(t, f);
      }
    }
  } else if (fn !== null) return builtin1(fn, o, a);
  const mf = moduleFunction(o, name, c);
  if (mf !== undefined) return call1(t, mf, a);
  return callMethod1(t, o, name, a);
}

/** o.name(a, b): d.get(k, v), s.replace(a, b), math.atan2(y, x) */
export function callm2IC(t: Thread, o: Py, name: string, a: Py, b: Py, c: IC): Py {
  const mi = directModuleFn(o, 2, c);
  if (mi !== null) return mi.call(c.mf, a, b);
  const fn = methodOf(o, name, c);
  if (fn instanceof PyFunction) {
    const code = fn.code;
    if (code.simpleArgs && code.argcount === 3) {
      const f = newFrame(fn);
      f.L[0] = o;
      f.L[1] = a;
      f.L[2] = b;
      return enterCall(t, f);
    }
  } else if (fn !== null) return builtin2(fn, o, a, b);
  const mf = moduleFunction(o, name, c);
  if (mf !== undefined) return call2(t, mf, a, b);
  return callmIC(t, o, name, [a, b], null, c);
}

/** o.name(*args) with keywords */
export function callmIC(t: Thread, o: Py, name: string, args: Py[], kwnames: string[] | null, c: IC): Py {
  const fn = methodOf(o, name, c);
  if (fn instanceof PyFunction && kwnames === null) {
    const code = fn.code;
    const n = args.length + 1;
    if (code.simpleArgs && (code.argcount === n || (code.argcount > n && fn.defaults !== null))) {
      const f = newFrame(fn);
      const L = f.L;
      if (code.argcount === n || fillDefaults(fn, L, n)) {
        L[0] = o;
        for (let i = 0; i < args.length; i++) L[i + 1] = args[i];
        return enterCall(t, f);
      }
    }
  } else if (fn !== null && fn.constructor === PyBuiltin) {
    // builtin methods with fixed positional arity (d.get(k, v), s.replace(a, b))
    if (kwnames === null && fn.sig.simple && fn.sig.npos === args.length + 1) return args.length === 2 ? fn.impl(o, args[0], args[1]) : fn.impl(o, ...args);
    return fn.call([o, ...args], kwnames);
  }
  const mf = moduleFunction(o, name, c);
  if (mf !== undefined) return callV(t, mf, args, kwnames);
  return callMethod(t, o, name, args, kwnames);
}

void callSync;
