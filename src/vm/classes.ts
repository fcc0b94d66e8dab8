// Calling a class (type.__call__: __new__ then __init__) and creating one
// (__build_class__ and type.__new__). Both run Python code (__init__, the
// class body, a metaclass) on the VM's frames, not nested.

import { T, SUSPEND, MISSING, None, type Py, serial } from '../objects/base';
import { PyType, c3 } from '../objects/type';
import { PyDict, instanceDict } from '../objects/dict';
import { PyFunction } from '../objects/function';
import { PyBuiltin } from '../objects/builtinfunc';
import { PyTuple } from '../objects/tuple';
import { PyCell } from '../objects/cell';
import { PyStaticMethod, PyClassMethod, PySlot, PyGetSet } from '../objects/descriptors';
import { TypeError, ValueError, RuntimeError } from '../objects/raise';
import { PyBaseException } from '../objects/exceptions';
import { repr } from '../objects/protocol';
import { typeOf, typeName } from '../objects/typeof';
import { strValue } from '../objects/strutil';
import { callSpecial, descrGet, getattrOpt } from '../objects/attrs';
import { iterToArray } from '../objects/iter';
import { FK, Frame, NativeFrame } from './frame';
import { type Thread, current } from './thread';
import { callV, callSync, enter, enterCall, newFrame, bindPy } from './call';

/** object.__new__, object.__init__ and type.__call__, set by their files. */
export const defaults = {
  objectNew: null as Py,
  objectInit: null as Py,
  typeCall: null as Py,
};

/** cls(*args): the metaclass's __call__ (type.__call__ by default). */
export function callType(t: Thread, cls: PyType, args: Py[], kwnames: string[] | null): Py {
  const meta = cls.cls;
  if (meta !== T.type) {
    const mc = meta.lookup('__call__');
    if (mc !== defaults.typeCall) return callV(t, descrGet(mc, cls, meta), args, kwnames);
  }
  return typeCall(t, cls, args, kwnames);
}

/** type.__call__(cls, *args, **kw) */
export function typeCall(t: Thread, cls: PyType, args: Py[], kwnames: string[] | null): Py {
  if (cls === T.type && args.length === 1 && kwnames === null) return typeOf(args[0]);
  if (cls.vnew !== null && kwnames === null) {
    const r = cls.vnew(args);
    if (r !== undefined) return r;
  }
  if (cls.ctorVer !== cls.ver) ctorFill(cls);
  if (cls.ctorExcNew && kwnames === null) {
    // what BaseException.__new__ does (keep the arguments), without the
    // argument binder; then the class's own __init__ if it has one (class
    // ValidationError(AppError): def __init__ ...), else nothing (raise
    // ValueError(x): BaseException.__init__ would store the same args)
    const e = cls.alloc(cls) as PyBaseException;
    e.args = args.slice();
    return cls.ctorExc ? e : initObject(t, cls, e, args, null);
  }
  const newf = cls.ctorNew;
  if (newf === defaults.objectNew) {
    if (args.length && cls.ctorInit === defaults.objectInit) {
      throw TypeError(`${cls.name}() takes no arguments`);
    }
    checkAbstract(cls);
    return initObject(t, cls, cls.alloc(cls), args, kwnames);
  }
  const fn = newf instanceof PyStaticMethod ? newf.func : newf;
  if (fn instanceof PyBuiltin) return initObject(t, cls, fn.call([cls, ...args], kwnames), args, kwnames);
  const cont = new NewThenInit(t.frame, cls, args, kwnames);
  push(t, cont);
  const r = callV(t, fn, [cls, ...args], kwnames);
  if (r === SUSPEND) return SUSPEND;
  pop(t, cont);
  return initObject(t, cls, r, args, kwnames);
}

function ctorFill(cls: PyType): void {
  cls.ctorNew = cls.lookup('__new__');
  cls.ctorInit = cls.lookup('__init__');
  const b = T.BaseException;
  cls.ctorExcNew = cls.ctorNew === b.dict.getS('__new__') && cls.isSubtype(b) && !cls.isSubtype(T.OSError);
  cls.ctorExc = cls.ctorExcNew && cls.ctorInit === b.dict.getS('__init__');
  cls.ctorVer = cls.ver;
}

function push(t: Thread, f: Frame): void {
  f.back = t.frame;
  t.frame = f;
  t.depth++;
}
function pop(t: Thread, f: Frame): void {
  t.frame = f.back;
  f.back = null;
  t.depth--;
}

export function checkAbstract(cls: PyType): void {
  if (cls.abstract && cls.abstract.size) {
    const names = [...cls.abstract].sort();
    const n = names.length;
    // 3.11 wording (3.12 quotes the names and says "without an implementation")
    throw TypeError(`Can't instantiate abstract class ${cls.name} with abstract method${n > 1 ? 's' : ''} ${names.join(', ')}`);
  }
}

/** Runs __init__ on a freshly made obj (if it is an instance of cls). */
function initObject(t: Thread, cls: PyType, obj: Py, args: Py[], kwnames: string[] | null): Py {
  const tp = typeOf(obj);
  let init: Py;
  if (tp === cls) {
    if (cls.ctorVer !== cls.ver) ctorFill(cls);
    init = cls.ctorInit;
  } else if (!tp.isSubtype(cls)) return obj;
  else init = tp.lookup('__init__');
  if (init === defaults.objectInit) return obj;
  if (init instanceof PyFunction) {
    const f = newFrame(init);
    const c = init.code;
    if (kwnames === null && c.simpleArgs && c.argcount === args.length + 1) {
      f.L[0] = obj;
      for (let i = 0; i < args.length; i++) f.L[i + 1] = args[i];
    } else bindPy(init, [obj, ...args], kwnames, f.L);
    f.kind = FK.Init;
    f.owner = obj;
    return enterCall(t, f);
  }
  if (init instanceof PyBuiltin) {
    init.call([obj, ...args], kwnames);
    return obj;
  }
  const r = callSync(descrGet(init, obj, tp), args, kwnames);
  if (r !== None) throw TypeError(`__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

/** Continuation of a Python __new__: runs __init__ on what it returned,
 * then hands the instance down. */
class NewThenInit extends NativeFrame {
  state = 0;
  constructor(base: Frame | null, public klass: PyType, public args: Py[], public kwnames: string[] | null) {
    super(base);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (this.state === 0) {
      this.state = 1;
      return initObject(t, this.klass, t.rv, this.args, this.kwnames);
    }
    return t.rv;
  }
}

// ---- class creation ---------------------------------------------------------------

/** The metaclass for a class statement: the most derived of the explicit
 * one and the metaclasses of the bases. */
export function calculateMeta(meta: Py, bases: Py[]): Py {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (!(winner instanceof PyType)) return winner;
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** __build_class__(func, name, *bases, metaclass=None, **kwds) */
export function buildClass(t: Thread, func: PyFunction, name: string, basesIn: Py[], kwnames: string[], kwvalues: Py[]): Py {
  // PEP 560: __mro_entries__
  let bases: Py[] = [];
  let changed = false;
  for (const b of basesIn) {
    if (!(b instanceof PyType)) {
      const me = getattrOpt(b, '__mro_entries__');
      if (me !== MISSING) {
        const r = callSync(me, [new PyTuple(basesIn)]);
        if (!(r instanceof PyTuple)) throw TypeError('__mro_entries__ must return a tuple');
        bases.push(...r.items);
        changed = true;
        continue;
      }
    }
    bases.push(b);
  }
  let meta: Py = null;
  const kwn: string[] = [];
  const kwv: Py[] = [];
  for (let i = 0; i < kwnames.length; i++) {
    if (kwnames[i] === 'metaclass') meta = kwvalues[i];
    else {
      kwn.push(kwnames[i]);
      kwv.push(kwvalues[i]);
    }
  }
  if (meta === null) meta = bases.length ? typeOf(bases[0]) : T.type;
  if (meta instanceof PyType) meta = calculateMeta(meta, bases);
  const basesT = new PyTuple(bases);
  let ns: Py;
  const prep = getattrOpt(meta, '__prepare__');
  if (prep !== MISSING) ns = callSync(prep, [name, basesT, ...kwv], kwn.length ? kwn : null);
  else ns = new PyDict();
  if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === MISSING) {
    throw TypeError(`${meta instanceof PyType ? meta.name : 'metaclass'}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  const cont = new BuildClassFrame(t.frame, meta, name, basesT, ns, kwn, kwv, changed ? new PyTuple(basesIn) : null);
  push(t, cont);
  const body = newFrame(func);
  body.ns = ns;
  body.back = t.frame;
  t.frame = body;
  t.depth++;
  return SUSPEND;
}

class BuildClassFrame extends NativeFrame {
  state = 0;
  constructor(base: Frame | null, public meta: Py, public name: string, public bases: PyTuple, public namespace: Py, public kwn: string[], public kwv: Py[], public origBases: PyTuple | null) {
    super(base);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (this.state === 0) {
      const cell = t.rv;
      this.state = 1;
      if (this.origBases && this.namespace instanceof PyDict) this.namespace.setS('__orig_bases__', this.origBases);
      const r = callV(t, this.meta, [this.name, this.bases, this.namespace, ...this.kwv], this.kwn.length ? this.kwn : null);
      if (r === SUSPEND) {
        this.cell = cell;
        return SUSPEND;
      }
      return this.finish(r, cell);
    }
    return this.finish(t.rv, this.cell);
  }
  cell: Py = None;
  finish(cls: Py, cell: Py): Py {
    if (cell instanceof PyCell && cell.v !== cls) {
      if (cell.v === undefined) cell.v = cls;
      else if (cls instanceof PyType) {
        throw TypeError(`__class__ set to ${cell.v} defining '${this.name}' as ${cls.name}`);
      }
    }
    return cls;
  }
}

/** The nearest type that introduced the instance layout `t` uses (types
 * sharing an allocator, like all exceptions, share a layout). */
function solidBase(t: PyType): PyType {
  let b = t;
  while (b.base && b.base.alloc === b.alloc) b = b.base;
  return b;
}

/** type.__new__(meta, name, bases, ns, **kwds) */
export function typeNew(meta: PyType, nameIn: Py, basesIn: Py, nsIn: Py, kwn: string[], kwv: Py[]): PyType {
  const name = strValue(nameIn);
  if (name === null) throw TypeError(`type.__new__() argument 1 must be str, not ${typeName(nameIn)}`);
  if (!(basesIn instanceof PyTuple)) throw TypeError(`type.__new__() argument 2 must be tuple, not ${typeName(basesIn)}`);
  if (!(nsIn instanceof PyDict)) throw TypeError(`type.__new__() argument 3 must be dict, not ${typeName(nsIn)}`);
  let bases = basesIn.items as PyType[];
  const winner = calculateMeta(meta, bases);
  if (winner !== meta && winner instanceof PyType && winner.lookup('__new__') !== T.type.lookup('__new__')) {
    return callSync(winner, [nameIn, basesIn, nsIn, ...kwv], kwn.length ? kwn : null);
  }
  meta = winner;
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw TypeError(`duplicate base class ${bases[i].name}`);
  }
  for (const b of bases) {
    if (!(b instanceof PyType)) throw TypeError(`bases must be types`);
    if (b.final) throw TypeError(`type '${b.tpName ?? b.name}' is not an acceptable base type`);
  }
  if (!bases.length) bases = [T.object];
  // layout: the most derived solid base
  let base = bases[0];
  let solid = solidBase(base);
  for (const b of bases.slice(1)) {
    const s = solidBase(b);
    if (s.isSubtype(solid)) {
      solid = s;
      base = b;
    } else if (!solid.isSubtype(s)) throw TypeError('multiple bases have instance lay-out conflict');
  }
  const cls = new PyType(meta, name, base.alloc, false);
  cls.bases = bases;
  cls.base = base;
  const mro = c3(cls, bases);
  if (!mro) {
    throw TypeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(', ')}`);
  }
  cls.mro = mro;
  // namespace
  const d = cls.dict;
  for (const [k, v] of nsIn.entries()) d.set(k, v);
  const qn = d.getS('__qualname__');
  if (qn !== undefined) {
    const q = strValue(qn);
    if (q === null) throw TypeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    cls.qualname = q;
    d.pop('__qualname__');
  }
  if (!d.has('__module__')) {
    const g = current.frame?.globals.getS('__name__');
    if (g !== undefined) d.setS('__module__', g);
  }
  // defining __eq__ without __hash__ makes instances unhashable
  if (d.has('__eq__') && !d.has('__hash__')) d.setS('__hash__', None);
  const nw = d.getS('__new__');
  if (nw instanceof PyFunction) d.setS('__new__', new PyStaticMethod(nw));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = d.getS(cm);
    if (f instanceof PyFunction) d.setS(cm, new PyClassMethod(f));
  }
  const cell = d.getS('__classcell__');
  if (cell !== undefined) {
    if (cell instanceof PyCell) cell.v = cls;
    d.pop('__classcell__');
  }
  // __slots__
  const slots = d.getS('__slots__');
  let hasDict = bases.some((b) => b.hasDict);
  // slot values live in the instance's `sv` array, numbered after the
  // slots of the bases (a subclass's 'x' slot is storage of its own)
  let nextSlot = 0;
  for (const b of bases) nextSlot = Math.max(nextSlot, b.slotCount);
  if (slots !== undefined) {
    const names = typeof slots === 'string' ? [slots] : iterToArray(slots).map((s) => {
      const v = strValue(s);
      if (v === null) throw TypeError(`__slots__ items must be strings, not '${typeName(s)}'`);
      return v;
    });
    const own: string[] = [];
    for (const s of names) {
      if (s === '__dict__') {
        hasDict = true;
        continue;
      }
      if (s === '__weakref__') continue;
      const m = s.startsWith('__') && !s.endsWith('__') ? `_${name.replace(/^_+/, '')}${s}` : s;
      if (d.has(m)) throw ValueError(`'${s}' in __slots__ conflicts with class variable`);
      own.push(m);
      d.setS(m, new PySlot(m, cls, nextSlot++));
    }
    cls.slotNames = [...(base.slotNames ?? []), ...own];
  } else hasDict = true;
  cls.slotCount = nextSlot;
  // after __slots__: a '__doc__' slot is allowed (it then holds the docstring)
  if (!d.has('__doc__')) d.setS('__doc__', None);
  cls.hasDict = hasDict;
  if (hasDict && !bases.some((b) => b.hasDict && !b.builtin) && !d.has('__dict__')) {
    d.setS('__dict__', instanceDictDescr(cls));
  }
  for (const b of bases) b.addSubclass(cls);
  // __set_name__
  for (const [k, v] of [...d.entries()]) {
    if (typeof v !== 'object' || v instanceof PyFunction) continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === MISSING) continue;
    try {
      callSync(descrGet(sn, v, typeOf(v)), [cls, k]);
    } catch (e) {
      // 3.11 wraps the failure (3.12 lets it through)
      if (!(e instanceof PyBaseException) || !e.cls.isSubtype(T.Exception)) throw e;
      const re = RuntimeError(`Error calling __set_name__ on '${typeName(v)}' instance ${repr(k)} in '${cls.name}'`);
      re.cause = e;
      re.context = e;
      re.suppressContext = true;
      throw re;
    }
  }
  // __init_subclass__ of the parent
  initSubclass(cls, kwn, kwv);
  return cls;
}

function initSubclass(cls: PyType, kwn: string[], kwv: Py[]): void {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.getS('__init_subclass__');
    if (f === undefined) continue;
    const bound = descrGet(f, undefined, cls);
    const fn = f instanceof PyClassMethod ? f.func : null;
    if (fn) callSync(fn, [cls, ...kwv], kwn.length ? kwn : null);
    else callSync(bound, kwv, kwn.length ? kwn : null);
    return;
  }
}

/** The accessors of a class's __dict__ attribute (module-level functions, so
 * that a serialized heap can name them). */
export function instanceDictGet(o: Py): Py {
  return (o.dict ??= instanceDict());
}
export function instanceDictSet(o: Py, v: Py): void {
  if (!(v instanceof PyDict)) throw TypeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  o.dict = v;
}

function instanceDictDescr(cls: PyType): PyGetSet {
  return new PyGetSet('__dict__', cls, instanceDictGet, instanceDictSet);
}

void callSpecial;

serial(BuildClassFrame, NewThenInit);
