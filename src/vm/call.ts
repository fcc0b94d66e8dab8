// The call protocol. Calls use CPython's vectorcall layout: `args` holds the
// positional arguments followed by the values of the keywords named in
// `kwnames`. A call of a Python function pushes its frame and returns
// SUSPEND; builtins run at once and return their value (or SUSPEND if they
// pushed frames themselves).

import type { PyCode, KwPlan } from '../objects/code';
import { T, SUSPEND, RAISE, MISSING, None, type Py, serial } from '../objects/base';
import { PyFunction } from '../objects/function';
import { PyBuiltin } from '../objects/builtinfunc';
import { PyMethod } from '../objects/method';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { PyTuple, tuple } from '../objects/tuple';
import { CO } from '../objects/code';
import { PyGenerator } from '../objects/generator';
import { TypeError, RecursionError } from '../objects/raise';
import type { PyBaseException } from '../objects/exceptions';
import { typeOf, typeName } from '../objects/typeof';
import { Frame, NativeFrame, FK } from './frame';
import { type Thread, current } from './thread';
import { runNested, V, INLINE_MAX } from './run';
import { callType } from './classes';
import { getattr, descrGet, tflags, TF } from '../objects/attrs';
import { iterToArray } from '../objects/iter';
import { PyStaticMethod, PyClassMethod } from '../objects/descriptors';
import { strValue } from '../objects/strutil';

/** Pushes frame f on t (or wraps it in a generator object) . */
export function enter(t: Thread, f: Frame): Py {
  if (f.code.isGenerator) return new PyGenerator(f);
  f.back = t.frame;
  t.frame = f;
  if (++t.depth > t.interp.recursionLimit) {
    t.frame = f.back;
    t.depth--;
    throw RecursionError('maximum recursion depth exceeded');
  }
  return SUSPEND;
}

// Python calls run inline (JS recursion) up to this depth: a call then costs
// one JS call instead of two trips through the trampoline. A callee that
// suspends (it blocked, or pushed a frame that must run under the
// trampoline) leaves its frame on the stack and SUSPEND is returned, exactly
// as when it is not run inline: the callers save their state and unwind to
// the trampoline, which resumes the top frame. Deep recursion and slices
// whose tick budget ran out go through the trampoline as before.

/** A call's frame: pushed, then run inline when possible. Returns the
 * callee's value, or SUSPEND (frames are on the stack for the trampoline). */
export function enterCall(t: Thread, f: Frame): Py {
  if (f.code.isGenerator) return new PyGenerator(f);
  f.back = t.frame;
  t.frame = f;
  if (++t.depth > t.interp.recursionLimit) {
    t.frame = f.back;
    t.depth--;
    throw RecursionError('maximum recursion depth exceeded');
  }
  if (V.inline >= INLINE_MAX || --V.tick < 0) return SUSPEND;
  V.inline++;
  let r = f.code.run(f, t);
  V.inline--;
  if (r === SUSPEND) return SUSPEND;
  t.frame = f.back;
  t.depth--;
  f.back = null;
  if (r === RAISE) {
    const e = t.exc!;
    t.exc = null;
    return raiseBelow(t, e);
  }
  if (f.kind === FK.Init) {
    if (r !== None) return raiseBelow(t, TypeError(`__init__() should return None, not '${typeName(r)}'`));
    r = f.owner;
  }
  return r;
}

/** Delivers exception e to the frame on top of t as a frame that finished
 * with it would: through the trampoline (a pending frame raising it), so
 * that native callers see the same SUSPEND protocol as for any call. */
export function raiseBelow(t: Thread, e: PyBaseException): Py {
  const p = new PendingRaise(e);
  p.back = t.frame;
  t.frame = p;
  t.depth++;
  return SUSPEND;
}

class PendingRaise extends NativeFrame {
  constructor(public e: PyBaseException | null) {
    super(null);
  }
  step(t: Thread): Py {
    // RAISE (not a JS throw, which costs microseconds): the trampoline pops
    // this frame and hands t.exc to the frame below
    t.exc = this.e;
    this.e = null;
    return RAISE;
  }
}

/** A new frame for calling fn (arguments still to be filled in). */
export function newFrame(fn: PyFunction): Frame {
  return new Frame(fn.code, fn, fn.globals, fn.builtins, null);
}

/** Fills L for a positional call of a function with only positional
 * parameters, taking missing trailing ones from the defaults; false when
 * the call needs the general binder (or raises). */
function bindPositional(fn: PyFunction, args: Py[], L: Py[]): boolean {
  const c = fn.code;
  const n = args.length, argc = c.argcount;
  if (!c.simpleArgs || n > argc) return false;
  const defs = fn.defaults;
  const first = argc - (defs ? defs.length : 0);
  if (n < first) return false;
  for (let i = 0; i < n; i++) L[i] = args[i];
  for (let i = n; i < argc; i++) L[i] = defs![i - first];
  return true;
}

/** Calls any callable. */
export function callV(t: Thread, fn: Py, args: Py[], kwnames: string[] | null): Py {
  if (fn instanceof PyFunction) {
    const f = newFrame(fn);
    if (kwnames !== null ? !bindKw(fn, args, kwnames, f.L) : !bindPositional(fn, args, f.L)) bindPy(fn, args, kwnames, f.L);
    return enterCall(t, f);
  }
  if (fn instanceof PyBuiltin) {
    if (fn.self !== undefined) return fn.call([fn.self, ...args], kwnames);
    if (fn.owner !== undefined && !fn.staticmethod && !fn.classmethod) checkUnboundSelf(fn, args, kwnames);
    return fn.call(args, kwnames);
  }
  if (fn instanceof PyMethod) return callV(t, fn.func, [fn.self, ...args], kwnames);
  if (fn instanceof PyType) return callType(t, fn, args, kwnames);
  const call = typeOf(fn).lookup('__call__');
  if (call === MISSING) throw TypeError(`'${typeName(fn)}' object is not callable`);
  return callV(t, call, [fn, ...args], kwnames);
}

/** str.upper(x): x must be a str (a method descriptor called unbound). */
function checkUnboundSelf(fn: PyBuiltin, args: Py[], kwnames: string[] | null): void {
  const owner = fn.owner!;
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos === 0) throw TypeError(`unbound method ${owner.name}.${fn.name}() needs an argument`);
  const tp = typeOf(args[0]);
  if (tp === owner || tp.isSubtype(owner)) return;
  if (fn.name.startsWith('__') && fn.name.endsWith('__')) {
    throw TypeError(`descriptor '${fn.name}' requires a '${owner.name}' object but received a '${tp.name}'`);
  }
  throw TypeError(`descriptor '${fn.name}' for '${owner.name}' objects doesn't apply to a '${tp.name}' object`);
}

export function call0(t: Thread, fn: Py): Py {
  if (fn instanceof PyFunction && fn.code.simpleArgs && fn.code.argcount === 0) return enterCall(t, newFrame(fn));
  return callV(t, fn, [], null);
}


export function call1(t: Thread, fn: Py, a: Py): Py {
  if (fn instanceof PyFunction) {
    if (fn.code.simpleArgs && fn.code.argcount === 1) {
      const f = newFrame(fn);
      f.L[0] = a;
      return enterCall(t, f);
    }
  } else if (fn instanceof PyBuiltin && fn.self === undefined && fn.owner === undefined && fn.sig.simple && fn.sig.npos === 1) {
    return fn.impl(a);
  }
  return callV(t, fn, [a], null);
}

export function call2(t: Thread, fn: Py, a: Py, b: Py): Py {
  if (fn instanceof PyFunction) {
    if (fn.code.simpleArgs && fn.code.argcount === 2) {
      const f = newFrame(fn);
      f.L[0] = a;
      f.L[1] = b;
      return enterCall(t, f);
    }
  } else if (fn instanceof PyBuiltin && fn.self === undefined && fn.owner === undefined && fn.sig.simple && fn.sig.npos === 2) {
    return fn.impl(a, b);
  }
  return callV(t, fn, [a, b], null);
}

export function call3(t: Thread, fn: Py, a: Py, b: Py, c: Py): Py {
  if (fn instanceof PyFunction && fn.code.simpleArgs && fn.code.argcount === 3) {
    const f = newFrame(fn);
    f.L[0] = a;
    f.L[1] = b;
    f.L[2] = c;
    return enterCall(t, f);
  }
  if (fn instanceof PyMethod) {
    // a with-statement's __exit__(type, value, tb), bound to the manager
    const m = fn.func;
    if (m instanceof PyFunction && m.code.simpleArgs && m.code.argcount === 4) {
      const f = newFrame(m);
      f.L[0] = fn.self;
      f.L[1] = a;
      f.L[2] = b;
      f.L[3] = c;
      return enterCall(t, f);
    }
    if (m instanceof PyBuiltin && m.self === undefined && m.sig.simple && m.sig.npos === 4) return m.impl(fn.self, a, b, c);
  }
  return callV(t, fn, [a, b, c], null);
}

/** f(*args, **kwargs): `star` is any iterable, `kw` any mapping (or null). */
export function callEx(t: Thread, fn: Py, star: Py, kw: Py): Py {
  let args: Py[];
  if (star instanceof PyTuple) args = star.items.slice();
  else if (star === null) args = [];
  else {
    try {
      args = iterToArray(star);
    } catch (e: any) {
      if (e?.cls === T.TypeError && typeOf(star).lookup('__iter__') === MISSING && typeOf(star).lookup('__getitem__') === MISSING) {
        throw TypeError(`${callableName(fn)} argument after * must be an iterable, not ${typeName(star)}`);
      }
      throw e;
    }
  }
  if (kw === null) return callV(t, fn, args, null);
  const names: string[] = [];
  const add = (k: Py, v: Py) => {
    const s = strValue(k);
    if (s === null) throw TypeError(`keywords must be strings`);
    if (names.includes(s)) throw TypeError(`${callableName(fn)} got multiple values for keyword argument '${s}'`);
    names.push(s);
    args.push(v);
  };
  if (kw instanceof PyDict) {
    for (const [k, v] of kw.entries()) add(k, v);
  } else {
    const keys = typeOf(kw).lookup('keys');
    if (keys === MISSING) throw TypeError(`${callableName(fn)} argument after ** must be a mapping, not ${typeName(kw)}`);
    for (const k of iterToArray(callSync(getattr(kw, 'keys'), []))) add(k, callSync(getattr(kw, '__getitem__'), [k]));
  }
  return callV(t, fn, args, names.length ? names : null);
}

/** The name CPython shows for a callable in * and ** unpacking errors
 * ("__main__.f()"). */
export function callableName(fn: Py): string {
  if (fn instanceof PyFunction) {
    const m = strValue(fn.module);
    return m ? `${m}.${fn.qualname}()` : `${fn.qualname}()`;
  }
  if (fn instanceof PyBuiltin) return `${fn.qualname}()`;
  if (fn instanceof PyMethod) return callableName(fn.func);
  if (fn instanceof PyType) return `${fn.name}()`;
  return `${typeName(fn)} object`;
}

/** o.name(*args) without materializing a bound method when possible. */
export function callMethod(t: Thread, o: Py, name: string, args: Py[], kwnames: string[] | null): Py {
  const d = methodLookup(o, name);
  if (d !== MISSING) {
    if (d instanceof PyFunction) {
      const c = d.code;
      if (kwnames === null && c.simpleArgs && c.argcount === args.length + 1) {
        const f = newFrame(d);
        const L = f.L;
        L[0] = o;
        for (let i = 0; i < args.length; i++) L[i + 1] = args[i];
        return enterCall(t, f);
      }
      if (kwnames === null) {
        const f = newFrame(d);
        if (bindPositional(d, [o, ...args], f.L)) return enterCall(t, f);
      }
      return callV(t, d, [o, ...args], kwnames);
    }
    return d.call([o, ...args], kwnames);
  }
  return callV(t, getattr(o, name), args, kwnames);
}

export function callMethod0(t: Thread, o: Py, name: string): Py {
  const d = methodLookup(o, name);
  if (d instanceof PyFunction) {
    if (d.code.simpleArgs && d.code.argcount === 1) {
      const f = newFrame(d);
      f.L[0] = o;
      return enterCall(t, f);
    }
  } else if (d instanceof PyBuiltin && d.sig.simple && d.sig.npos === 1) return d.impl(o);
  return callMethod(t, o, name, [], null);
}

export function callMethod1(t: Thread, o: Py, name: string, a: Py): Py {
  const d = methodLookup(o, name);
  if (d instanceof PyFunction) {
    if (d.code.simpleArgs && d.code.argcount === 2) {
      const f = newFrame(d);
      f.L[0] = o;
      f.L[1] = a;
      return enterCall(t, f);
    }
  } else if (d instanceof PyBuiltin && d.sig.simple && d.sig.npos === 2) return d.impl(o, a);
  return callMethod(t, o, name, [a], null);
}

/**
 * The function or method descriptor that o.name would bind, when binding it
 * is a plain "prepend self" (a Python function or a builtin method found on
 * the type and not shadowed by the instance dict); else MISSING.
 */
export function methodLookup(o: Py, name: string): Py {
  const tp = typeOf(o);
  if (tflags(tp) & TF.CustomGetattribute) return MISSING;
  const d = tp.lookup(name);
  if (d instanceof PyFunction) {
    if (typeof o === 'object' && o.dict !== null && o.dict.getS(name) !== undefined) return MISSING;
    return d;
  }
  if (d instanceof PyBuiltin && d.owner !== undefined && !d.classmethod && !d.staticmethod) {
    // an instance attribute shadows a builtin method too (operator.__lt__)
    if (typeof o === 'object' && o.dict !== null && o.dict.getS(name) !== undefined) return MISSING;
    return d;
  }
  return MISSING;
}

/** Calls fn from native code and runs it to completion (nested VM loop:
 * see DESIGN.md, Rule 1, for where this is allowed). */
export function callSync(fn: Py, args: Py[], kwnames: string[] | null = null): Py {
  const t = current;
  const base = t.frame;
  const r = callV(t, fn, args, kwnames);
  if (r !== SUSPEND) return r;
  return runNested(t, base);
}

/** Binds a call to Python function fn into the frame slots L, raising
 * CPython's TypeErrors for mismatches. */
export function bindPy(fn: PyFunction, args: Py[], kwnames: string[] | null, L: Py[]): void {
  const c = fn.code;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const argc = c.argcount;
  const nkwonly = c.kwonlyargcount;
  const names = c.varnames;
  const varargs = (c.flags & CO.VARARGS) !== 0;
  const varkw = (c.flags & CO.VARKEYWORDS) !== 0;
  const n = npos < argc ? npos : argc;
  for (let i = 0; i < n; i++) L[i] = args[i];
  if (varargs) L[argc + nkwonly] = tuple(npos > argc ? args.slice(argc, npos) : []);
  let kwdict: PyDict | null = null;
  if (varkw) L[argc + nkwonly + (varargs ? 1 : 0)] = kwdict = new PyDict();
  if (npos > argc && !varargs) tooManyPositional(fn, npos, kwnames, args);
  const plan = nkw === 0 || kwdict !== null ? null : kwPlanFor(c, kwnames!, npos);
  const slots = plan === null ? null : plan.slots;
  if (slots !== null) {
    for (let k = 0; k < nkw; k++) {
      const j = slots[k];
      if (L[j] !== undefined) throw TypeError(`${fn.qualname}() got multiple values for argument '${kwnames![k]}'`);
      L[j] = args[npos + k];
    }
  }
  for (let k = slots === null ? 0 : nkw; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[npos + k];
    let j = -1;
    for (let i = c.posonlyargcount; i < argc + nkwonly; i++) {
      if (names[i] === name) {
        j = i;
        break;
      }
    }
    if (j < 0) {
      if (kwdict) {
        kwdict.setS(name, v);
        continue;
      }
      if (names.slice(0, c.posonlyargcount).includes(name)) {
        const bad = names.slice(0, c.posonlyargcount).filter((n) => kwnames!.includes(n));
        throw TypeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${bad.join(', ')}'`);
      }
      throw TypeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (L[j] !== undefined) throw TypeError(`${fn.qualname}() got multiple values for argument '${name}'`);
    L[j] = v;
  }
  if (npos < argc) {
    const defs = fn.defaults;
    const ndef = defs ? defs.length : 0;
    const first = argc - ndef;
    let missing: string[] | null = null;
    for (let i = npos; i < argc; i++) {
      if (L[i] !== undefined) continue;
      if (i >= first) L[i] = defs![i - first];
      else (missing ??= []).push(names[i]);
    }
    if (missing) throw missingArgs(fn, missing, 'positional');
  }
  if (nkwonly) {
    let missing: string[] | null = null;
    for (let i = argc; i < argc + nkwonly; i++) {
      if (L[i] !== undefined) continue;
      const d = fn.kwdefaults?.getS(names[i]);
      if (d !== undefined) L[i] = d;
      else (missing ??= []).push(names[i]);
    }
    if (missing) throw missingArgs(fn, missing, 'keyword-only');
  }
}

/** Binds a keyword call of a function without *args/**kwargs from the
 * plan cached for its kwnames (one Map lookup instead of the general
 * binder's loops); false, with L untouched, when the call needs bindPy
 * (which also words any error). */
function bindKw(fn: PyFunction, args: Py[], kwnames: string[], L: Py[]): boolean {
  const c = fn.code;
  const npos = args.length - kwnames.length;
  const plan = kwPlanFor(c, kwnames, npos);
  if (plan === null || plan.fill === null || plan.npos !== npos) return false;
  const fill = plan.fill, argc = c.argcount;
  const defs = fn.defaults, first = argc - (defs === null ? 0 : defs.length);
  const kwd = fn.kwdefaults;
  // every default must exist before anything is written
  for (let i = 0; i < fill.length; i++) {
    const j = fill[i];
    if (j < argc ? j < first : kwd === null || kwd.getS(c.varnames[j]) === undefined) return false;
  }
  const slots = plan.slots;
  for (let i = 0; i < npos; i++) L[i] = args[i];
  for (let k = 0; k < slots.length; k++) L[slots[k]] = args[npos + k];
  for (let i = 0; i < fill.length; i++) {
    const j = fill[i];
    L[j] = j < argc ? defs![j - first] : kwd!.getS(c.varnames[j]);
  }
  return true;
}

/** The plan for keyword names kwnames after npos positional arguments,
 * cached per call site's constant kwnames array; null when a name is
 * unknown or positional-only, which the general binder reports. */
function kwPlanFor(c: PyCode, kwnames: string[], npos: number): KwPlan | null {
  let cache = c.kwPlans;
  if (cache === null) cache = c.kwPlans = new Map();
  let plan = cache.get(kwnames);
  if (plan !== undefined) return plan;
  plan = kwPlan(c, kwnames, npos);
  if (cache.size < 64) cache.set(kwnames, plan);
  return plan;
}

function kwPlan(c: PyCode, kwnames: string[], npos: number): KwPlan | null {
  const end = c.argcount + c.kwonlyargcount;
  const slots = new Int32Array(kwnames.length);
  const taken = new Array<boolean>(end).fill(false);
  for (let i = 0; i < npos && i < end; i++) taken[i] = true;
  let clash = false;
  for (let k = 0; k < kwnames.length; k++) {
    const j = c.varnames.indexOf(kwnames[k], c.posonlyargcount);
    if (j < 0 || j >= end) return null;
    if (taken[j]) clash = true;
    taken[j] = true;
    slots[k] = j;
  }
  // bindKw handles neither *args/**kwargs nor a name given twice
  if (clash || c.flags & (CO.VARARGS | CO.VARKEYWORDS) || npos > c.argcount) return { npos, slots, fill: null };
  const fill: number[] = [];
  for (let j = 0; j < end; j++) if (!taken[j]) fill.push(j);
  return { npos, slots, fill: Int32Array.from(fill) };
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function missingArgs(fn: PyFunction, missing: string[], kind: string) {
  const n = missing.length;
  return TypeError(`${fn.qualname}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${quoteList(missing)}`);
}

function tooManyPositional(fn: PyFunction, npos: number, kwnames: string[] | null, args: Py[]): never {
  const c = fn.code;
  const argc = c.argcount;
  const ndef = fn.defaults ? fn.defaults.length : 0;
  const takes = ndef ? `from ${argc - ndef} to ${argc}` : String(argc);
  const plural = ndef ? 's' : argc === 1 ? '' : 's';
  let kwonlyGiven = 0;
  if (kwnames) {
    for (const k of kwnames) {
      const i = c.varnames.indexOf(k);
      if (i >= argc && i < argc + c.kwonlyargcount) kwonlyGiven++;
    }
  }
  void args;
  if (kwonlyGiven) {
    throw TypeError(
      `${fn.qualname}() takes ${takes} positional argument${plural} but ${npos} positional argument${npos === 1 ? '' : 's'} ` +
        `(and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`,
    );
  }
  throw TypeError(`${fn.qualname}() takes ${takes} positional argument${plural} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
}

/** Calls a callable found as a class attribute the way a descriptor would
 * bind it to `self` (used for special methods). */
export function callBound(t: Thread, d: Py, self: Py, args: Py[]): Py {
  if (d instanceof PyFunction || d instanceof PyBuiltin) return callV(t, d, [self, ...args], null);
  if (d instanceof PyStaticMethod) return callV(t, d.func, args, null);
  if (d instanceof PyClassMethod) return callV(t, d.func, [typeOf(self), ...args], null);
  return callV(t, descrGet(d, self, typeOf(self)), args, null);
}

serial(PendingRaise);
