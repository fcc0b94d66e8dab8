// The helpers generated code calls, gathered in one object R (passed to every
// compiled unit's factory). Names are short because they appear in generated
// source; each mirrors a CPython bytecode or abstract-API operation.

import { T, SUSPEND, STOP, RAISE, MISSING, None, Ellipsis, NotImplemented, type Py } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyFloat } from '../objects/float';
import { PyTuple, tuple as mkTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyCell } from '../objects/cell';
import { PyFunction } from '../objects/function';
import { PyBuiltin } from '../objects/builtinfunc';
import { PyMethod } from '../objects/method';
import { PyBaseException, PyTraceback } from '../objects/exceptions';
import { PyType } from '../objects/type';
import { PySuper, superCheck, superFind } from '../objects/super';
import { PyGenerator, genResume, genNextInline, GM } from '../objects/generator';
import { TypeError, RuntimeError, ValueError, SystemError, exc } from '../objects/raise';
import { typeOf, typeName } from '../objects/typeof';
import { strValue, strRepr, asciiEscape } from '../objects/strutil';
import * as ops from '../objects/ops';
import * as proto from '../objects/protocol';
import * as attrs from '../objects/attrs';
import { getIter, forNext, iterToArray, iterate, nextSync, NativeIter } from '../objects/iter';
import { V, toPyException, runNested } from './run';
import type { Frame } from './frame';
import { type Thread, current, handledExc } from './thread';
import * as call from './call';
import { buildClass } from './classes';
import { setRuntime } from '../compiler';
import { makeSet, setAdd, constSet } from '../objects/setutil';
import { PySlice, getslice } from '../objects/sliceutil';
import { format as formatValue } from '../objects/format';
import * as imports from './imports';
import { displayhook, py2print, execStmt, localsOf } from './hostcalls';
import { PyCode } from '../objects/code';
import { getattrIC, setattrIC, callm0IC, callm1IC, callm2IC, callmIC, IC } from './ic';
import { gl, glc, nl, nstore, ndel, gdel, classDeref, deref, unboundLocal } from './names';
import { AsyncGenAwaitable, agWrap } from '../objects/asyncgen';
import { starStart, starMatch, starRaised, starFinish } from '../objects/exceptiongroup';

// ---- exceptions -----------------------------------------------------------------

/** The catch clause of every step function: a Python exception with this
 * frame's traceback entry added (unless it is being re-raised here), and
 * its __context__ set from the exception being handled. */
function caught(x: unknown, f: Frame, t: Thread, p: number): PyBaseException {
  const e = toPyException(x);
  if (V.reraise) {
    V.reraise = false;
    return e;
  }
  e.traceback = new PyTraceback(f, f.ln, e.traceback, p);
  const ctx = handledExc(t);
  if (ctx !== null && ctx !== e && e.context === null) {
    // avoid cycles in the context chain (as CPython does)
    let o: PyBaseException | null = ctx;
    while (o) {
      const next: Py = o.context;
      if (next === e) {
        o.context = null;
        break;
      }
      o = next instanceof PyBaseException ? next : null;
    }
    e.context = ctx;
  }
  return e;
}

/** What runs a generated code object on frame f (its `run`): the body
 * (`body`) has no try/catch of its own (see assemble in src/compiler), so
 * a JS exception from it is caught here, gets this frame's traceback entry
 * at the position f.p, and goes to the handler f.h: the body is run again
 * from that label, taking the exception from f.ce. */
function runBody(f: Frame, t: Thread): Py {
  for (;;) {
    try {
      return f.code.body(f, t);
    } catch (x) {
      const e = caught(x, f, t, f.p);
      if (f.h < 0) {
        t.exc = e;
        return RAISE;
      }
      f.pc = f.h;
      f.ce = e;
    }
  }
}

/** An exception arriving from a callee at a point with a handler here: its
 * traceback gets this frame; its context was settled where it was raised. */
function arrived(e: PyBaseException, f: Frame, p: number): PyBaseException {
  e.traceback = new PyTraceback(f, f.ln, e.traceback, p);
  return e;
}

/** An exception arriving from a callee at a point with no handler here: add
 * this frame's traceback entry and pass it on (RAISE) without a JS throw. */
function passExc(f: Frame, t: Thread): Py {
  const e = t.exc!;
  e.traceback = new PyTraceback(f, f.ln, e.traceback, f.code.labelPos[f.pc]);
  return RAISE;
}

function reraise(e: PyBaseException): PyBaseException {
  V.reraise = true;
  return e;
}

function activeExc(t: Thread): PyBaseException {
  const e = handledExc(t);
  if (e === null) throw RuntimeError('No active exception to reraise');
  return e;
}

/** The exception object for `raise x [from cause]`. */
function mkraise(x: Py, cause: Py): PyBaseException {
  let e: Py = x;
  if (x instanceof PyType) {
    if (!x.isSubtype(T.BaseException)) throw TypeError('exceptions must derive from BaseException');
    e = call.callSync(x, []);
    if (!(e instanceof PyBaseException)) {
      throw TypeError(`calling ${x.name} should have returned an instance of BaseException, not ${typeName(e)}`);
    }
  } else if (!(x instanceof PyBaseException)) throw TypeError('exceptions must derive from BaseException');
  if (cause !== undefined) {
    if (cause === None) e.cause = None;
    else if (cause instanceof PyType && cause.isSubtype(T.BaseException)) e.cause = call.callSync(cause, []);
    else if (cause instanceof PyBaseException) e.cause = cause;
    else throw TypeError('exception causes must derive from BaseException');
    e.suppressContext = true;
  }
  return e;
}

/** except E: does exception e match E (a class or tuple of classes)? */
function excMatch(e: PyBaseException, spec: Py): boolean {
  if (spec instanceof PyType) {
    if (!spec.isSubtype(T.BaseException)) throw TypeError('catching classes that do not inherit from BaseException is not allowed');
    return e.cls === spec || e.cls.isSubtype(spec);
  }
  if (spec instanceof PyTuple) {
    // one level only: nested tuples are not classes
    for (const s of spec.items) {
      if (!(s instanceof PyType && s.isSubtype(T.BaseException))) {
        throw TypeError('catching classes that do not inherit from BaseException is not allowed');
      }
      if (e.cls === s || e.cls.isSubtype(s)) return true;
    }
    return false;
  }
  throw TypeError('catching classes that do not inherit from BaseException is not allowed');
}

function assertFail(msg: Py): PyBaseException {
  return msg === undefined ? exc(T.AssertionError) : exc(T.AssertionError, msg);
}

function badPc(pc: number): PyBaseException {
  return SystemError(`bad resume label ${pc}`);
}

// ---- containers ---------------------------------------------------------------------

function star(x: Py): Py[] {
  return iterToArray(x);
}

/** [*x] and (*x,): x's items, with CPython's error for a non-iterable. */
function starSeq(x: Py): Py[] {
  if (x instanceof PyTuple || x instanceof PyList) return x.items;
  if (!maybeIterable(x)) throw TypeError(`Value after * must be an iterable, not ${typeName(x)}`);
  return iterToArray(x);
}

function maybeIterable(x: Py): boolean {
  const tp = typeOf(x);
  return tp.lookup('__iter__') !== MISSING || tp.lookup('__getitem__') !== MISSING;
}

/** f(*x): x's items, with CPython's error for a non-iterable. */
function starArg(x: Py, fn: Py): Py[] {
  if (x instanceof PyTuple || x instanceof PyList) return x.items;
  if (!maybeIterable(x)) throw TypeError(`${call.callableName(fn)} argument after * must be an iterable, not ${typeName(x)}`);
  return iterToArray(x);
}

function dictSet(d: PyDict, k: Py, v: Py): void {
  d.set(k, v);
}

/** {**x} */
function dictUpdate(d: PyDict, x: Py): void {
  if (x instanceof PyDict) {
    for (const [k, v] of x.entries()) d.set(k, v);
    return;
  }
  if (typeOf(x).lookup('keys') === MISSING) throw TypeError(`'${typeName(x)}' object is not a mapping`);
  for (const k of iterToArray(call.callSync(attrs.getattr(x, 'keys'), []))) d.set(k, proto.getitem(x, k));
}

/** f(k=v) collected for a call with ** parts: duplicates are errors. */
function kwSet(d: PyDict, k: string, v: Py, fn: Py): void {
  if (d.has(k)) throw TypeError(`${call.callableName(fn)} got multiple values for keyword argument '${k}'`);
  d.set(k, v);
}

function kwUpdate(d: PyDict, x: Py, fn: Py): void {
  const add = (k: Py, v: Py) => {
    if (strValue(k) === null) throw TypeError('keywords must be strings');
    kwSet(d, strValue(k)!, v, fn);
  };
  if (x instanceof PyDict) {
    for (const [k, v] of x.entries()) add(k, v);
    return;
  }
  if (typeOf(x).lookup('keys') === MISSING) {
    throw TypeError(`${call.callableName(fn)} argument after ** must be a mapping, not ${typeName(x)}`);
  }
  for (const k of iterToArray(call.callSync(attrs.getattr(x, 'keys'), []))) add(k, proto.getitem(x, k));
}

function kwdefaults(names: string[], values: Py[]): PyDict {
  const d = new PyDict();
  names.forEach((n, i) => d.setS(n, values[i]));
  return d;
}

function annotations(names: string[], values: Py[] | string): PyDict {
  const d = new PyDict();
  const vals = typeof values === 'string' ? JSON.parse(values) : values;
  names.forEach((n, i) => d.setS(n, vals[i]));
  return d;
}

/** x: T at module/class level: __annotations__[x] = T */
function annotate(N: Py, name: string, ann: Py): void {
  let d = N instanceof PyDict ? N.getS('__annotations__') : undefined;
  if (d === undefined) {
    d = new PyDict();
    nstore(N, '__annotations__', d);
  }
  proto.setitem(d, name, ann);
}

function unpack(v: Py, n: number): Py[] {
  let items: Py[];
  if (v instanceof PyTuple || v instanceof PyList) {
    if (v.cls === T.tuple || v.cls === T.list) items = v.items;
    else items = iterToArray(v);
  } else {
    const it = getIterChecked(v);
    items = [];
    for (;;) {
      const x = nextSync(it);
      if (x === STOP) break;
      items.push(x);
      if (items.length > n) throw ValueError(`too many values to unpack (expected ${n})`);
    }
  }
  if (items.length === n) return items;
  if (items.length < n) throw ValueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  throw ValueError(`too many values to unpack (expected ${n})`);
}

function getIterChecked(v: Py): Py {
  try {
    return getIter(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === T.TypeError && typeOf(v).lookup('__iter__') === MISSING) {
      throw TypeError(`cannot unpack non-iterable ${typeName(v)} object`);
    }
    throw e;
  }
}

/** a, *b, c = v: `before` items, a list, `after` items. */
function unpackEx(v: Py, before: number, after: number): Py[] {
  getIterChecked(v);
  const items = iterToArray(v);
  if (items.length < before + after) {
    throw ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return [...items.slice(0, before), new PyList(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
}

// ---- functions and classes ------------------------------------------------------------

function mkfn(code: PyCode, G: PyDict, B: PyDict, defaults: Py[] | null, kwd: PyDict | null, closure: PyCell[] | null, ann: PyDict | null): PyFunction {
  const fn = new PyFunction(code, G, B);
  fn.defaults = defaults;
  fn.kwdefaults = kwd;
  fn.closure = closure;
  if (ann) fn.annotations = ann;
  return fn;
}

function buildClassV(t: Thread, fn: PyFunction, name: string, bases: Py[], kwn: string[], kwv: Py[]): Py {
  return buildClass(t, fn, name, bases, kwn, kwv);
}

function buildClassEx(t: Thread, fn: PyFunction, name: string, bases: Py[], kw: PyDict): Py {
  const kwn: string[] = [];
  const kwv: Py[] = [];
  for (const [k, v] of kw.entries()) {
    kwn.push(strValue(k)!);
    kwv.push(v);
  }
  return buildClass(t, fn, name, bases, kwn, kwv);
}

/** super() with no arguments inside a method. */
function superCall(superFn: Py, cell: PyCell | undefined, first: Py): Py {
  if (superFn !== T.super) return call.callSync(superFn, []);
  if (first === undefined) throw RuntimeError('super(): no arguments');
  if (cell === undefined || cell.v === undefined) throw RuntimeError('super(): __class__ cell not found');
  const cls = cell.v;
  if (cls instanceof PyType) return new PySuper(cls, first, superCheck(cls, first));
  return call.callSync(T.super, [cls, first]);
}

/** super().name(*args): calls a plain method found after __class__ in the
 * MRO directly, without making the super object and the bound method. The
 * site's IC keeps what was found for the instance's class (at its version,
 * which changes with any class of its MRO) and __class__. */
function superMethodCall(t: Thread, superFn: Py, cell: PyCell | undefined, first: Py, name: string, args: Py[], kw: string[] | null, c: IC): Py {
  if (superFn === T.super && cell !== undefined && first !== undefined) {
    const cls = cell.v;
    if (cls instanceof PyType && typeof first === 'object' && !(first instanceof PyType)) {
      const ot: PyType = first.cls;
      let d: Py;
      if (c.t === ot && c.ver === ot.ver && c.mf === cls) d = c.d;
      else if (ot.isSubtype(cls)) {
        d = superFind(cls, ot, name);
        c.t = ot;
        c.ver = ot.ver;
        c.mf = cls;
        c.d = d;
      }
      if (d instanceof PyFunction || (d instanceof PyBuiltin && d.owner !== undefined && !d.classmethod && !d.staticmethod)) {
        return call.callV(t, d, [first, ...args], kw);
      }
    }
  }
  const s = superCall(superFn, cell, first);
  return call.callV(t, attrs.getattr(s, name), args, kw);
}

// ---- iteration / generators ---------------------------------------------------------------

function yfIter(x: Py): Py {
  if (x instanceof PyGenerator && x.cls === T.coroutine) {
    throw TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  return getIter(x);
}

/** Sends v into the sub-iterator of `yield from`: value, STOP or SUSPEND. */
function yfSend(t: Thread, it: Py, v: Py): Py {
  // run inline like a for loop's next(): each value of a `yield from` chain
  // then climbs the JS stack instead of a trip through the trampoline per level
  if (it instanceof PyGenerator) return genNextInline(t, it, v);
  if (it instanceof AsyncGenAwaitable) return it.step(t, v, null, GM.Iter);
  if (v === None && it instanceof NativeIter) return forNext(t, it);
  try {
    // a Python iterator's StopIteration carries the value of `yield from`
    if (v === None) return call.callSync(attrs.getattr(it, '__next__'), []);
    return call.callSync(attrs.getattr(it, 'send'), [v]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(T.StopIteration)) {
      yfStopValue.set(it, e.args.length ? e.args[0] : None);
      return STOP;
    }
    throw e;
  }
}
const yfStopValue = new WeakMap<object, Py>();

function yfResult(it: Py): Py {
  if (it instanceof PyGenerator) return it.retval;
  if (it instanceof AsyncGenAwaitable) return it.result;
  const v = yfStopValue.get(it);
  return v === undefined ? None : v;
}

function takeYfExc(t: Thread): PyBaseException | null {
  const e = t.exc;
  t.exc = null;
  return e;
}

/** Throws e into the sub-iterator of `yield from` (generator.throw/close). */
function yfThrow(t: Thread, it: Py, e: PyBaseException): Py {
  if (e.cls.isSubtype(T.GeneratorExit)) {
    if (it instanceof PyGenerator) {
      if (it.frame !== null) {
        const base = t.frame;
        if (genResume(t, it, GM.Close, None, exc(T.GeneratorExit)) === SUSPEND) runNested(t, base);
      }
    } else {
      const close = attrs.getattrOpt(it, 'close');
      if (close !== MISSING) call.callSync(close, []);
    }
    throw reraise(e);
  }
  if (it instanceof PyGenerator) return genResume(t, it, GM.Iter, None, e);
  if (it instanceof AsyncGenAwaitable) return it.step(t, None, e, GM.Iter);
  const th = attrs.getattrOpt(it, 'throw');
  if (th === MISSING) throw reraise(e);
  try {
    return call.callSync(th, [e]);
  } catch (x) {
    if (x instanceof PyBaseException && x.cls.isSubtype(T.StopIteration)) {
      yfStopValue.set(it, x.args.length ? x.args[0] : None);
      return STOP;
    }
    throw x;
  }
}

function getAwaitable(x: Py): Py {
  if (x instanceof PyGenerator && x.cls === T.coroutine) return x;
  // a generator marked by types.coroutine (CO_ITERABLE_COROUTINE)
  if (x instanceof PyGenerator && x.code && (x.code.flags & 0x100) !== 0) return x;
  const aw = typeOf(x).lookup('__await__');
  if (aw === MISSING) throw TypeError(`object ${typeName(x)} can't be used in 'await' expression`);
  const it = attrs.callSpecial(x, '__await__');
  if (it instanceof PyGenerator && it.cls === T.coroutine) throw TypeError('__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === MISSING) throw TypeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

// ---- with -------------------------------------------------------------------------------

function withExit(mgr: Py): Py {
  const tp = typeOf(mgr);
  const ex = tp.lookup('__exit__');
  if (tp.lookup('__enter__') === MISSING) throw TypeError(`'${tp.name}' object does not support the context manager protocol`);
  if (ex === MISSING) throw TypeError(`'${tp.name}' object does not support the context manager protocol (missed __exit__ method)`);
  // a builtin __exit__ (locks, files) is only ever called: pairing it with
  // the manager is cheaper than the bound-builtin copy descrGet would make
  if (ex instanceof PyBuiltin && ex.owner !== undefined && !ex.classmethod && !ex.staticmethod) return new PyMethod(ex, mgr);
  return attrs.descrGet(ex, mgr, tp);
}

function withEnter(t: Thread, mgr: Py): Py {
  return call.callMethod0(t, mgr, '__enter__');
}

function withAexit(mgr: Py): Py {
  const tp = typeOf(mgr);
  const ex = tp.lookup('__aexit__');
  if (tp.lookup('__aenter__') === MISSING) throw TypeError(`'${tp.name}' object does not support the asynchronous context manager protocol`);
  if (ex === MISSING) throw TypeError(`'${tp.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  return attrs.descrGet(ex, mgr, tp);
}

function withAenter(t: Thread, mgr: Py): Py {
  return call.callMethod0(t, mgr, '__aenter__');
}

function callExit(t: Thread, exit: Py, e: PyBaseException): Py {
  return call.call3(t, exit, e.cls, e, e.traceback ?? None);
}

// ---- formatting ----------------------------------------------------------------------

function fmt0(v: Py): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return formatValue(v, '');
}

function fmt(v: Py, conv: string, spec: Py): string {
  if (conv === 's') v = proto.str(v);
  else if (conv === 'r') v = proto.repr(v);
  else if (conv === 'a') v = asciiEscape(proto.repr(v));
  return formatValue(v, strValue(spec) ?? '');
}

// ---- comparisons as JS booleans ----------------------------------------------------------

function ltB(a: Py, b: Py): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return proto.truthy(ops.lt(a, b));
}
function leB(a: Py, b: Py): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return proto.truthy(ops.le(a, b));
}
function gtB(a: Py, b: Py): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return proto.truthy(ops.gt(a, b));
}
function geB(a: Py, b: Py): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return proto.truthy(ops.ge(a, b));
}
function eqB(a: Py, b: Py): boolean {
  if (a === b && typeof a !== 'object') return true;
  if (typeof a === 'number' && typeof b === 'number') return false;
  if (typeof a === 'string' && typeof b === 'string') return false;
  return proto.truthy(ops.eq(a, b));
}
function neB(a: Py, b: Py): boolean {
  return !eqB(a, b) && (typeof a !== 'object' || proto.truthy(ops.ne(a, b)));
}

// ---- match statement ----------------------------------------------------------------

/** isinstance(v, collections.abc.<abc>) when collections.abc is loaded. */
function abcCheck(v: Py, abc: string): boolean {
  const m = current.interp.modules.getS('collections.abc');
  if (m === undefined) return false;
  const cls = attrs.getattrOpt(m, abc);
  if (cls === MISSING) return false;
  const isinst = current.interp.builtinsDict.getS('isinstance');
  return proto.truthy(call.callSync(isinst, [v, cls]));
}

/** The items of a sequence subject (length checked), or null. */
function matchSeq(v: Py, n: number, star: number): Py[] | null {
  let items: Py[];
  if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  else {
    const tp = typeOf(v);
    if (tp.isSubtype(T.str) || tp.isSubtype(T.bytes) || tp.isSubtype(T.bytearray)) return null;
    if (tp === T.range || tp === T.memoryview || tp.name === 'deque' || abcCheck(v, 'Sequence')) items = iterToArray(v);
    else return null;
  }
  if (star ? items.length < n : items.length !== n) return null;
  return items;
}

function matchMapping(v: Py): boolean {
  return v instanceof PyDict || abcCheck(v, 'Mapping');
}

/** The value for key in a mapping subject, or undefined. */
function matchGet(v: Py, key: Py): Py {
  if (v instanceof PyDict && v.cls === T.dict) return v.get(key);
  const get = attrs.getattr(v, 'get');
  const sentinel = matchSentinel;
  const r = call.callSync(get, [key, sentinel]);
  return r === sentinel ? undefined : r;
}
const matchSentinel = new PyList([]);

function matchRest(v: Py, keys: Py[]): PyDict {
  const d = new PyDict();
  if (v instanceof PyDict) for (const [k, x] of v.entries()) d.set(k, x);
  else dictUpdate(d, v);
  for (const k of keys) d.pop(k);
  return d;
}

function matchClass(v: Py, cls: Py): boolean {
  if (!(cls instanceof PyType)) throw TypeError('called match pattern must be a type');
  const isinst = current.interp.builtinsDict.getS('isinstance');
  return proto.truthy(call.callSync(isinst, [v, cls]));
}

const SELF_MATCH = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

/** Positional sub-pattern values via __match_args__ (undefined = missing). */
function matchArgs(v: Py, cls: PyType, n: number): Py[] {
  const ma = attrs.getattrOpt(cls, '__match_args__');
  if (ma === MISSING) {
    if (SELF_MATCH.some((name) => cls === T[name] || (cls.builtin && cls.isSubtype(T[name])))) {
      if (n > 1) throw TypeError(`${cls.name}() accepts 1 positional sub-pattern (${n} given)`);
      return [v];
    }
    if (n) throw TypeError(`${cls.name}() accepts 0 positional sub-patterns (${n} given)`);
    return [];
  }
  if (!(ma instanceof PyTuple)) throw TypeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
  if (n > ma.items.length) {
    const k = ma.items.length;
    throw TypeError(`${cls.name}() accepts ${k} positional sub-pattern${k === 1 ? '' : 's'} (${n} given)`);
  }
  return ma.items.slice(0, n).map((name) => {
    const s = strValue(name);
    if (s === null) throw TypeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
    return matchAttr(v, s);
  });
}

function matchAttr(v: Py, name: string): Py {
  const r = attrs.getattrOpt(v, name);
  return r === MISSING ? undefined : r;
}

function mkslice(lo: Py, hi: Py, st: Py): PySlice {
  return new PySlice(lo, hi, st);
}

export const R = {
  PyFloat,
  /** read when a unit's code is made, after the builtin types exist */
  get floatType(): PyType {
    return T.float;
  },
  SUSPEND,
  RAISE,
  passExc,
  STOP,
  None,
  Ellipsis,
  NotImplemented,
  V,
  get StopAsyncIteration() {
    return T.StopAsyncIteration;
  },
  caught,
  runBody,
  arrived,
  reraise,
  activeExc,
  mkraise,
  excMatch,
  assertFail,
  badPc,
  gl,
  glc,
  nl,
  nstore,
  ndel,
  gdel,
  classDeref,
  deref,
  unboundLocal,
  cell: (v?: Py) => new PyCell(v),
  getattr: attrs.getattr,
  setattr: attrs.setattr,
  delattr: attrs.delattr,
  getitem: proto.getitem,
  setitem: proto.setitem,
  delitem: proto.delitem,
  getslice,
  mkslice,
  contains: proto.contains,
  truthy: proto.truthy,
  repr: proto.repr,
  add: ops.add,
  sub: ops.sub,
  mul: ops.mul,
  truediv: ops.truediv,
  floordiv: ops.floordiv,
  mod: ops.mod,
  pow: ops.pow,
  lshift: (a: Py, b: Py) => ops.binop(ops.Op.LShift, a, b),
  rshift: (a: Py, b: Py) => ops.binop(ops.Op.RShift, a, b),
  and_: ops.bitand,
  or_: ops.bitor,
  xor: ops.bitxor,
  matmul: (a: Py, b: Py) => ops.binop(ops.Op.MatMul, a, b),
  py2div: ops.py2div,
  py2idiv: ops.py2idiv,
  iadd: ops.iadd,
  isub: ops.isub,
  imul: ops.imul,
  itruediv: ops.itruediv,
  inplace: ops.inplace,
  neg: ops.neg,
  pos: ops.pos,
  invert: ops.invert,
  eq: ops.eq,
  ne: ops.ne,
  lt: ops.lt,
  le: ops.le,
  gt: ops.gt,
  ge: ops.ge,
  eqB,
  neB,
  ltB,
  leB,
  gtB,
  geB,
  tuple: (items: Py[]) => mkTuple(items),
  list: (items: Py[]) => new PyList(items),
  set: (items: Py[]) => makeSet(items),
  constSet,
  setAdd,
  dict: () => new PyDict(),
  dictSet,
  dictUpdate,
  star,
  starArg,
  starSeq,
  superMethodCall,
  kwSet,
  kwUpdate,
  kwdefaults,
  annotations,
  annotate,
  unpack,
  unpackEx,
  call0: call.call0,
  call1: call.call1,
  call2: call.call2,
  call3: call.call3,
  callV: call.callV,
  callEx: call.callEx,
  callm0: call.callMethod0,
  callm1: call.callMethod1,
  callm: call.callMethod,
  getattrIC,
  setattrIC,
  callm0IC,
  callm1IC,
  callm2IC,
  callmIC,
  superCall,
  mkfn,
  buildClass: buildClassV,
  buildClassEx,
  iter: getIter,
  forNext,
  aiter: (x: Py) => {
    const r = attrs.callSpecial(x, '__aiter__');
    if (r === MISSING) throw TypeError(`'async for' requires an object with __aiter__ method, got ${typeName(x)}`);
    return r;
  },
  anext: (x: Py) => {
    if (x instanceof PyGenerator && x.cls === T.async_generator) return new AsyncGenAwaitable(x, 0, None, null);
    const r = attrs.callSpecial(x, '__anext__');
    if (r === MISSING) throw TypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(x)}`);
    return r;
  },
  agWrap,
  yfIter,
  yfSend,
  yfResult,
  takeYfExc,
  yfThrow,
  getAwaitable,
  withEnter,
  withExit,
  withAenter,
  withAexit,
  callExit,
  fmt0,
  fmt,
  importName: imports.importName,
  importFrom: imports.importFrom,
  importStar: imports.importStar,
  displayhook,
  py2print,
  execStmt,
  locals: localsOf,
  starStart,
  starMatch,
  starRaised,
  starFinish,
  matchSeq,
  matchMapping,
  matchGet,
  matchRest,
  matchClass,
  matchArgs,
  matchAttr,
};

setRuntime(R);

void strRepr;
void iterate;
void NotImplemented;
