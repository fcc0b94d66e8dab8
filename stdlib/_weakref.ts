// _weakref: weak references on the engine's WeakRef. Callbacks run when the
// host reports the referent collected (src/host/weak.ts) — some time after
// it became unreachable, never with CPython's immediate refcount timing.
// https://docs.python.org/3.11/library/weakref.html

import { PyObject, T, None, NotImplemented, MISSING, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PyList } from '../src/objects/list';
import { PyTuple } from '../src/objects/tuple';
import { PyModule } from '../src/objects/module';
import { PyBuiltin } from '../src/objects/builtinfunc';
import { methods, staticMethods, classMethods, getsets, attrs, newType } from '../src/objects/typesetup';
import { makeModule } from '../src/vm/nativemod';
import { TypeError, exc } from '../src/objects/raise';
import { typeOf, typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { hashExact, richCompare, richEqBool, Cmp, truthy, str as pyStr, len, getitem, setitem, delitem, contains } from '../src/objects/protocol';
import { getattr, setattr, delattr, callSpecial } from '../src/objects/attrs';
import { binop, inplace, neg, pos, invert, Op } from '../src/objects/ops';
import { getIter } from '../src/objects/iter';
import { objectId } from '../src/objects/identity';
import { PyGenericAlias } from '../src/objects/misc';
import { callSync, callV } from '../src/vm/call';
import { current } from '../src/vm/thread';
import { V } from '../src/vm/run';
import { formatException } from '../src/vm/traceback';
import { PyBaseException } from '../src/objects/exceptions';
import { onCollect } from '../src/host/weak';
import type { Interpreter } from '../src/vm/interp';
import { serial } from '../src/objects/base';

/** A weak reference or proxy: what both keep about their referent. */
class WeakBase extends PyObject {
  target: WeakRef<object> | null = null;
  cb: Py = None;
  dead = false;
  deref(): Py {
    if (this.dead || !this.target) return undefined;
    const o = this.target.deref();
    if (o === undefined) this.dead = true;
    return o;
  }
}

export class PyWeakRef extends WeakBase {
  hash: number | bigint | null = null;
}

class PyWeakProxy extends WeakBase {}

/** The weak references to one object, in creation order. */
interface RefInfo {
  refs: WeakRef<WeakBase>[];
  interp: Interpreter;
}
const infos = new WeakMap<object, RefInfo>();

function liveRefs(info: RefInfo): WeakBase[] {
  const out: WeakBase[] = [];
  let k = 0;
  for (const r of info.refs) {
    const w = r.deref();
    if (w && !w.dead) {
      out.push(w);
      info.refs[k++] = r;
    }
  }
  info.refs.length = k;
  return out;
}

// ---- which objects can be weakly referenced -----------------------------------

const NOT_WEAKREFABLE = new Set([
  'object', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'tuple', 'list', 'dict',
  'NoneType', 'NotImplementedType', 'ellipsis', 'slice', 'range', 'property', 'staticmethod', 'classmethod',
  'cell', 'mappingproxy', 'SimpleNamespace', 'defaultdict', 'super', 'frame', 'traceback', 'getset_descriptor',
  'member_descriptor', 'method-wrapper', 'wrapper_descriptor', 'GenericAlias', 'UnionType', 'enumerate', 'zip',
  'map', 'filter', 'reversed', 'dict_keys', 'dict_values', 'dict_items', '_tuplegetter',
]);
/** Builtin types whose instances have variable size: subclasses get no weakref slot. */
const VARSIZED = new Set(['int', 'bool', 'tuple', 'bytes']);
const weakCache = new WeakMap<PyType, boolean>();

function builtinWeakrefable(t: PyType): boolean {
  if (NOT_WEAKREFABLE.has(t.name) || t.name.endsWith('iterator')) return false;
  if (t.isSubtype(T.BaseException)) return false;
  return true;
}

function typeWeakrefable(tp: PyType): boolean {
  let r = weakCache.get(tp);
  if (r !== undefined) return r;
  if (tp.builtin) r = builtinWeakrefable(tp);
  else {
    let solid = tp;
    while (!solid.builtin && solid.base) solid = solid.base;
    if (builtinWeakrefable(solid)) r = true;
    else if (VARSIZED.has(solid.name)) r = false;
    else {
      // a class without __slots__ (or listing __weakref__) adds the slot
      r = false;
      for (const c of tp.mro) {
        if (c.builtin) continue;
        const slots = c.dict.getS('__slots__');
        if (slots === undefined) {
          r = true;
          break;
        }
        const names = typeof slots === 'string' ? [slots] : slots instanceof PyTuple || slots instanceof PyList ? slots.items : [];
        if (names.some((n: Py) => strValue(n) === '__weakref__')) {
          r = true;
          break;
        }
      }
    }
  }
  weakCache.set(tp, r);
  return r;
}

function checkWeakrefable(o: Py): object {
  if (typeof o !== 'object' || o === None || !typeWeakrefable(typeOf(o))) {
    throw TypeError(`cannot create weak reference to '${typeName(o)}' object`);
  }
  return o;
}

// ---- collection -----------------------------------------------------------------

function infoFor(o: object): RefInfo {
  let info = infos.get(o);
  if (!info) {
    const i: RefInfo = { refs: [], interp: current.interp };
    infos.set(o, i);
    onCollect(o, () => collected(i));
    info = i;
  }
  return info;
}

/** The referent is gone: kill the refs and queue their callbacks. */
function collected(info: RefInfo): void {
  const refs = liveRefs(info);
  info.refs.length = 0;
  const calls: [Py, WeakBase][] = [];
  for (let i = refs.length - 1; i >= 0; i--) {
    const w = refs[i];
    w.dead = true;
    if (w.cb !== None) calls.push([w.cb, w]);
  }
  if (!calls.length) return;
  const interp = info.interp;
  interp.pendingCalls.push(() => {
    for (const [cb, w] of calls) runCallback(interp, cb, w);
  });
  V.tick = -1;
  interp.kick();
}

/** Runs a weakref callback; errors are reported, not raised (CPython's
 * "Exception ignored in"). */
export function runCallback(interp: Interpreter, cb: Py, arg: Py): void {
  try {
    callSync(cb, [arg]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const err = interp.sys.dict.getS('stderr');
    let text = `Exception ignored in: ${safeRepr(cb)}\n`;
    text += formatException(e).join('');
    try {
      callSync(getattr(err, 'write'), [text]);
    } catch {
      // nowhere to report it
    }
  }
}

function safeRepr(x: Py): string {
  try {
    return strValue(callSpecial(x, '__repr__')) ?? '?';
  } catch {
    return '?';
  }
}

function hex(o: Py): string {
  return '0x' + objectId(o).toString(16).padStart(12, '0');
}

// ---- ref ------------------------------------------------------------------------

function newRef(cls: PyType, o: Py, cb: Py): PyWeakRef {
  const target = checkWeakrefable(o);
  const info = infoFor(target);
  if (cb === None && cls === T.ReferenceType) {
    // plain refs without callbacks are shared, as in CPython
    for (const w of liveRefs(info)) if (w instanceof PyWeakRef && w.cls === T.ReferenceType && w.cb === None) return w;
  }
  const r = new PyWeakRef(cls);
  r.target = new WeakRef(target);
  r.cb = cb;
  info.refs.push(new WeakRef(r));
  return r;
}

function W(x: Py): PyWeakRef {
  if (x instanceof PyWeakRef) return x;
  throw TypeError(`descriptor requires a 'weakref.ReferenceType' object but received a '${typeName(x)}'`);
}

function makeRefType(): PyType {
  const t = newType('ReferenceType', T.object, (cls) => new PyWeakRef(cls), { module: 'weakref' });
  t.tpName = 'weakref.ReferenceType';
  staticMethods(t, {
    __new__: ['cls, ob, callback=None, /, *args, **kwargs', (cls: PyType, o: Py, cb: Py) => newRef(cls, o, cb)],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  methods(t, {
    __init__: ['self, ob, callback=None, /, *args, **kwargs', () => None],
    __call__: ['self, /', (self: Py) => W(self).deref() ?? None],
    __hash__: ['self, /', (self: Py) => {
      const r = W(self);
      if (r.hash !== null) return r.hash;
      const o = r.deref();
      if (o === undefined) throw TypeError('weak object has gone away');
      r.hash = hashExact(o);
      return r.hash;
    }],
    __eq__: ['self, other, /', (self: Py, o: Py) => refCompare(W(self), o, true)],
    __ne__: ['self, other, /', (self: Py, o: Py) => refCompare(W(self), o, false)],
    __repr__: ['self, /', (self: Py) => {
      const r = W(self);
      const o = r.deref();
      if (o === undefined) return `<weakref at ${hex(r)}; dead>`;
      return `<weakref at ${hex(r)}; to '${typeName(o)}' at ${hex(o)}>`;
    }],
  });
  getsets(t, {
    __callback__: [(r: PyWeakRef) => (r.dead || r.deref() === undefined ? None : r.cb)],
  });
  t.hasDict = false;
  return t;
}

function refCompare(r: PyWeakRef, o: Py, eq: boolean): Py {
  if (!(o instanceof PyWeakRef)) return NotImplemented;
  const a = r.deref(), b = o.deref();
  if (a === undefined || b === undefined) return eq ? r === o : r !== o;
  return richCompare(a, b, eq ? Cmp.EQ : Cmp.NE);
}

// ---- proxy ----------------------------------------------------------------------

function referent(p: Py): Py {
  if (!(p instanceof PyWeakProxy)) return p;
  const o = p.deref();
  if (o === undefined) throw exc(T.ReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

function newProxy(o: Py, cb: Py): PyWeakProxy {
  const target = checkWeakrefable(o);
  const info = infoFor(target);
  const callable = typeOf(o).lookup('__call__') !== MISSING;
  const cls = callable ? T.CallableProxyType : T.ProxyType;
  if (cb === None) for (const w of liveRefs(info)) if (w instanceof PyWeakProxy && w.cls === cls && w.cb === None) return w;
  const p = new PyWeakProxy(cls);
  p.target = new WeakRef(target);
  p.cb = cb;
  info.refs.push(new WeakRef(p));
  return p;
}

const BINOPS: [string, Op][] = [
  ['add', Op.Add], ['sub', Op.Sub], ['mul', Op.Mul], ['matmul', Op.MatMul], ['truediv', Op.TrueDiv],
  ['floordiv', Op.FloorDiv], ['mod', Op.Mod], ['divmod', Op.DivMod], ['pow', Op.Pow], ['lshift', Op.LShift],
  ['rshift', Op.RShift], ['and', Op.And], ['xor', Op.Xor], ['or', Op.Or],
];

function makeProxyTypes(): [PyType, PyType] {
  const t = newType('ProxyType', T.object, undefined, { module: 'weakref', final: true });
  t.tpName = 'weakref.ProxyType';
  const table: Record<string, [string, (...a: any[]) => any]> = {
    __getattribute__: ['self, name, /', (p: Py, n: Py) => getattr(referent(p), strValue(n) ?? '')],
    __setattr__: ['self, name, value, /', (p: Py, n: Py, v: Py) => { setattr(referent(p), strValue(n) ?? '', v); return None; }],
    __delattr__: ['self, name, /', (p: Py, n: Py) => { delattr(referent(p), strValue(n) ?? ''); return None; }],
    __repr__: ['self, /', (p: PyWeakProxy) => {
      const o = p.deref();
      if (o === undefined) return `<weakproxy at ${hex(p)}; dead>`;
      return `<weakproxy at ${hex(p)} to ${typeName(o)} at ${hex(o)}>`;
    }],
    __str__: ['self, /', (p: Py) => pyStr(referent(p))],
    __bytes__: ['self, /', (p: Py) => callSync(T.bytes, [referent(p)])],
    __bool__: ['self, /', (p: Py) => truthy(referent(p))],
    __len__: ['self, /', (p: Py) => len(referent(p))],
    __getitem__: ['self, key, /', (p: Py, k: Py) => getitem(referent(p), referent(k))],
    __setitem__: ['self, key, value, /', (p: Py, k: Py, v: Py) => { setitem(referent(p), referent(k), referent(v)); return None; }],
    __delitem__: ['self, key, /', (p: Py, k: Py) => { delitem(referent(p), referent(k)); return None; }],
    __contains__: ['self, key, /', (p: Py, k: Py) => contains(referent(p), referent(k))],
    __iter__: ['self, /', (p: Py) => getIter(referent(p))],
    __next__: ['self, /', (p: Py) => {
      const o = referent(p);
      if (typeOf(o).lookup('__next__') === MISSING) throw TypeError(`Weakref proxy referenced a non-iterator '${typeName(o)}' object`);
      return callSpecial(o, '__next__');
    }],
    __reversed__: ['self, /', (p: Py) => callSync(T.reversed, [referent(p)])],
    __neg__: ['self, /', (p: Py) => neg(referent(p))],
    __pos__: ['self, /', (p: Py) => pos(referent(p))],
    __invert__: ['self, /', (p: Py) => invert(referent(p))],
    __abs__: ['self, /', (p: Py) => callSync(getattr(current.interp.builtinsModule, 'abs'), [referent(p)])],
    __int__: ['self, /', (p: Py) => callSync(T.int, [referent(p)])],
    __float__: ['self, /', (p: Py) => callSync(T.float, [referent(p)])],
    __index__: ['self, /', (p: Py) => callSpecial(referent(p), '__index__')],
    __eq__: ['self, other, /', (p: Py, o: Py) => richCompare(referent(p), referent(o), Cmp.EQ)],
    __ne__: ['self, other, /', (p: Py, o: Py) => richCompare(referent(p), referent(o), Cmp.NE)],
    __lt__: ['self, other, /', (p: Py, o: Py) => richCompare(referent(p), referent(o), Cmp.LT)],
    __le__: ['self, other, /', (p: Py, o: Py) => richCompare(referent(p), referent(o), Cmp.LE)],
    __gt__: ['self, other, /', (p: Py, o: Py) => richCompare(referent(p), referent(o), Cmp.GT)],
    __ge__: ['self, other, /', (p: Py, o: Py) => richCompare(referent(p), referent(o), Cmp.GE)],
  };
  for (const [n, op] of BINOPS) {
    table[`__${n}__`] = ['self, other, /', (p: Py, o: Py) => binop(op, referent(p), referent(o))];
    table[`__r${n}__`] = ['self, other, /', (p: Py, o: Py) => binop(op, referent(o), referent(p))];
    if (n !== 'divmod') table[`__i${n}__`] = ['self, other, /', (p: Py, o: Py) => inplace(op, referent(p), referent(o))];
  }
  methods(t, table);
  // attribute access goes straight to the referent (also on the fast paths)
  (t.dict.getS('__getattribute__') as PyBuiltin).fast = (p: Py, n: string) => getattr(referent(p), n);
  (t.dict.getS('__setattr__') as PyBuiltin).fastSet = (p: Py, n: string, v: Py) => setattr(referent(p), n, v);
  (t.dict.getS('__delattr__') as PyBuiltin).fastDel = (p: Py, n: string) => delattr(referent(p), n);
  attrs(t, { __hash__: None });
  const ct = newType('CallableProxyType', t, undefined, { module: 'weakref', final: true });
  ct.tpName = 'weakref.CallableProxyType';
  methods(ct, {
    __call__: ['self, /, *args, **kwargs', (p: Py, args: Py[], kw: PyDict) => {
      const names: string[] = [];
      const all = args.slice();
      for (const [k, v] of kw.entries()) {
        names.push(k);
        all.push(v);
      }
      return callSync(referent(p), all, names.length ? names : null);
    }],
  });
  return [t, ct];
}

/** The _weakref module. */
export function init(interp: Interpreter): PyModule {
  void interp;
  const ref = T.ReferenceType ?? makeRefType();
  if (!T.ProxyType) makeProxyTypes();
  return makeModule('_weakref', {
    getweakrefcount: ['object, /', (o: Py) => {
      const info = typeof o === 'object' ? infos.get(o) : undefined;
      return info ? liveRefs(info).length : 0;
    }],
    getweakrefs: ['object, /', (o: Py) => {
      const info = typeof o === 'object' ? infos.get(o) : undefined;
      return new PyList(info ? liveRefs(info) : []);
    }],
    proxy: ['object, callback=None, /', (o: Py, cb: Py) => newProxy(o, cb)],
    _remove_dead_weakref: ['dct, key, /', (d: Py, k: Py) => {
      if (!(d instanceof PyDict)) throw TypeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeName(d)}`);
      const v = d.get(k);
      if (v instanceof PyWeakRef && v.deref() === undefined) d.pop(k);
      return None;
    }],
  }, {
    ref,
    ReferenceType: ref,
    ProxyType: T.ProxyType,
    CallableProxyType: T.CallableProxyType,
  });
}

void callV;
void richEqBool;

serial(PyWeakProxy, PyWeakRef, WeakBase);
