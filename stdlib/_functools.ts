// _functools: the native half of functools
// (https://docs.python.org/3.11/library/functools.html): partial, reduce,
// cmp_to_key and the lru_cache wrapper. Calls of the wrapped functions go
// through the VM (a partial or cached function may block); reduce and a
// cache miss finish their work in a machine (itertools_vm.ts) when the
// called function suspends.

import { T, None, MISSING, STOP, SUSPEND, PyObject, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyTuple, tuple } from '../src/objects/tuple';
import { PyDict } from '../src/objects/dict';
import { PyBuiltin } from '../src/objects/builtinfunc';
import { PyFunction } from '../src/objects/function';
import { PyMethod } from '../src/objects/method';
import { builtinType, PyType } from '../src/objects/type';
import { methods, getsets } from '../src/objects/typesetup';
import { TypeError, AttributeError } from '../src/objects/raise';
import { typeOf } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { repr, truthy, reprEnter, reprLeave } from '../src/objects/protocol';
import { getIter, forNext } from '../src/objects/iter';
import { PyBaseException } from '../src/objects/exceptions';
import { callV, callSync } from '../src/vm/call';
import { current, type Thread } from '../src/vm/thread';
import { lt, gt, le, ge, eq, ne } from '../src/objects/ops';
import { FRESH, drive, type Machine } from './itertools_vm';
import { CFunc, Style, setNew, kwfunc, RawFunc } from './math_cfunc';
import { serial } from '../src/objects/base';

function isCallable(x: Py): boolean {
  if (x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyType || x instanceof PyMethod) return true;
  const c = typeOf(x).lookup('__call__');
  return c !== MISSING && c !== None;
}

/** A builtin __call__ that takes the vectorcall layout as is (no binder). */
function vectorCall(owner: PyType, impl: (self: Py, args: Py[], kwnames: string[] | null) => Py): RawFunc {
  return new RawFunc('__call__', `${owner.name}.__call__`, owner, (args: Py[], kwnames: string[] | null) => {
    if (args.length === 0) throw TypeError(`descriptor '__call__' of '${owner.name}' object needs an argument`);
    return impl(args[0], args.slice(1), kwnames);
  });
}

// ---- partial ----------------------------------------------------------------------

export class Partial extends PyObject {
  constructor(public fn: Py, public args: Py[], public kw: PyDict, cls: PyType) {
    super(cls);
  }
}

function partialCall(p: Partial, args: Py[], kwnames: string[] | null): Py {
  const pa = p.args, kw = p.kw;
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (kw.m.size === 0) {
    const all = pa.length ? pa.concat(args) : args;
    return callV(current, p.fn, all, kwnames);
  }
  // positional: partial's then the call's; keywords: the call's override
  const all = pa.slice();
  for (let i = 0; i < npos; i++) all.push(args[i]);
  const names: string[] = [];
  const given = new Map<string, Py>();
  if (kwnames) for (let i = 0; i < kwnames.length; i++) given.set(kwnames[i], args[npos + i]);
  for (const [k, v] of kw.entries()) {
    const s = strValue(k)!;
    names.push(s);
    all.push(given.has(s) ? given.get(s) : v);
    given.delete(s);
  }
  for (const [k, v] of given) {
    names.push(k);
    all.push(v);
  }
  return callV(current, p.fn, all, names);
}

function partialRepr(p: Partial): string {
  const tp = typeOf(p);
  const name = tp.tpName ?? tp.name;
  if (!reprEnter(p)) return '...';
  try {
    const parts = [repr(p.fn)];
    for (const a of p.args) parts.push(repr(a));
    for (const [k, v] of p.kw.entries()) parts.push(`${strValue(k)}=${repr(v)}`);
    return `${name}(${parts.join(', ')})`;
  } finally {
    reprLeave(p);
  }
}

function setupPartial(d: PyDict): PyType {
  const tp = builtinType('partial', T.object, () => {
    throw TypeError("type 'partial' takes at least one argument");
  }, { module: 'functools' });
  tp.hasDict = true;
  tp.tpName = 'functools.partial';
  d.setS('partial', tp);
  setNew(tp, 'cls, *args, **keywords', (cls: PyType, args: Py[], kw: PyDict) => {
    if (args.length === 0) throw TypeError("type 'partial' takes at least one argument");
    let fn = args[0];
    let pargs = args.slice(1);
    const pkw = new PyDict();
    if (fn instanceof Partial && fn.cls.lookup('__call__') === tp.dict.getS('__call__') && (fn.dict === null || fn.dict.m.size === 0)) {
      pargs = fn.args.concat(pargs);
      for (const [k, v] of fn.kw.entries()) pkw.set(k, v);
      fn = fn.fn;
    } else if (!isCallable(fn)) throw TypeError('the first argument must be callable');
    for (const [k, v] of kw.entries()) pkw.set(k, v);
    return new Partial(fn, pargs, pkw, cls);
  });
  tp.dict.setS('__call__', vectorCall(tp, partialCall));
  getsets(tp, {
    func: [(p: Partial) => p.fn],
    args: [(p: Partial) => tuple(p.args)],
    keywords: [(p: Partial) => p.kw],
  });
  methods(tp, {
    __repr__: ['self, /', partialRepr],
    __reduce__: ['self, /', (p: Partial) => new PyTuple([typeOf(p), new PyTuple([p.fn]), new PyTuple([p.fn, tuple(p.args), p.kw.m.size ? p.kw : None, p.dict && p.dict.m.size ? p.dict : None])])],
    __setstate__: ['self, state, /', (p: Partial, state: Py) => {
      if (!(state instanceof PyTuple) || state.items.length !== 4) throw TypeError('argument to __setstate__ must be a tuple');
      const [fn, fnargs, kw, dict] = state.items;
      if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) throw TypeError('invalid partial state');
      p.fn = fn;
      p.args = fnargs.items.slice();
      p.kw = new PyDict();
      if (kw instanceof PyDict) for (const [k, v] of kw.entries()) p.kw.set(k, v);
      if (dict === None) p.dict = null;
      else if (dict instanceof PyDict) {
        p.dict = new PyDict();
        for (const [k, v] of dict.entries()) p.dict.set(k, v);
      }
      return None;
    }],
  });
  return tp;
}

// ---- reduce ---------------------------------------------------------------------------

class Reduce implements Machine {
  pc = 0;
  constructor(public fn: Py, public it: Py, public acc: Py) {}
  resume(t: Thread, v: Py): Py {
    for (;;) {
      switch (this.pc) {
        case 0:
          v = forNext(t, this.it);
          if (v === SUSPEND) {
            this.pc = 1;
            return SUSPEND;
          }
        // falls through
        case 1:
          if (v === STOP) {
            if (this.acc === MISSING) throw TypeError('reduce() of empty iterable with no initial value');
            return this.acc;
          }
          if (this.acc === MISSING) {
            this.acc = v;
            this.pc = 0;
            continue;
          }
          v = callV(t, this.fn, [this.acc, v], null);
          if (v === SUSPEND) {
            this.pc = 2;
            return SUSPEND;
          }
        // falls through
        default:
          this.acc = v;
          this.pc = 0;
      }
    }
  }
}

function reduce(fn: Py, seq: Py, initial: Py): Py {
  let it: Py;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === T.TypeError) throw TypeError('reduce() arg 2 must support iteration');
    throw e;
  }
  const r = new Reduce(fn, it, initial === undefined ? MISSING : initial);
  return drive(current, r);
}

// ---- cmp_to_key ---------------------------------------------------------------------------

class KeyWrapper extends PyObject {
  constructor(public cmp: Py, public obj: Py, cls: PyType) {
    super(cls);
  }
}

function setupKeyWrapper(): PyType {
  const tp = builtinType('KeyWrapper', T.object, () => {
    throw TypeError("cannot create 'functools.KeyWrapper' instances");
  }, { module: 'functools' });
  tp.final = true;
  tp.tpName = 'functools.KeyWrapper';
  const cmpWith = (op: (a: Py, b: Py) => Py) => (a: KeyWrapper, b: Py) => {
    if (!(b instanceof KeyWrapper) || b.cls !== tp) throw TypeError('other argument must be K instance');
    const r = callSync(a.cmp, [a.obj, b.obj]);
    return op(r, 0);
  };
  methods(tp, {
    __lt__: ['self, other, /', cmpWith(lt)],
    __le__: ['self, other, /', cmpWith(le)],
    __gt__: ['self, other, /', cmpWith(gt)],
    __ge__: ['self, other, /', cmpWith(ge)],
    __eq__: ['self, other, /', cmpWith(eq)],
    __ne__: ['self, other, /', cmpWith(ne)],
  });
  tp.dict.setS('__call__', new CFunc('__call__', 'K', 1, 1, Style.Fast, (self: KeyWrapper, obj: Py) => new KeyWrapper(self.cmp, obj, tp), { owner: tp }));
  tp.dict.setS('__hash__', None);
  getsets(tp, {
    obj: [(k: KeyWrapper) => {
      if (k.obj === null) throw AttributeError('obj');
      return k.obj;
    }, (k: KeyWrapper, v: Py) => {
      k.obj = v;
    }],
  });
  tp.modified();
  return tp;
}

// ---- lru_cache ------------------------------------------------------------------------------

/** Marks where the keywords start in a cache key (CPython's kwd_mark). */
let kwdMark: PyObject | null = null;

export class LruWrapper extends PyObject {
  cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(public fn: Py, public maxsize: number, public typed: boolean, public infoType: Py, cls: PyType) {
    super(cls);
  }

  /** The cache key of a call, as functools._make_key builds it. */
  key(args: Py[], kwnames: string[] | null): Py {
    const nkw = kwnames ? kwnames.length : 0;
    if (!this.typed && nkw === 0) {
      if (args.length === 1) {
        const a = args[0];
        if (typeof a === 'string' || typeof a === 'number' || typeof a === 'bigint') return a;
      }
      return new PyTuple(args.slice());
    }
    const npos = args.length - nkw;
    const items = args.slice(0, npos);
    if (nkw) {
      items.push((kwdMark ??= new PyObject(T.object)));
      for (let i = 0; i < nkw; i++) items.push(kwnames![i], args[npos + i]);
    }
    if (this.typed) {
      for (let i = 0; i < npos; i++) items.push(typeOf(args[i]));
      for (let i = 0; i < nkw; i++) items.push(typeOf(args[npos + i]));
    }
    return new PyTuple(items);
  }
}

/** Stores a computed result in the cache once the call finishes. */
class LruMiss implements Machine {
  constructor(public w: LruWrapper, public key: Py, public args: Py[], public kwnames: string[] | null) {}
  resume(t: Thread, v: Py): Py {
    if (v === FRESH) {
      v = callV(t, this.w.fn, this.args, this.kwnames);
      if (v === SUSPEND) return SUSPEND;
    }
    store(this.w, this.key, v);
    return v;
  }
}

function store(w: LruWrapper, key: Py, v: Py): void {
  const c = w.cache;
  if (w.maxsize < 0) {
    c.set(key, v);
    return;
  }
  // a recursive call may have cached this key meanwhile: keep that entry
  if (c.has(key)) return;
  if (c.m.size >= w.maxsize) {
    const n = c.m.keys().next().value;
    c.pop(c.orig(n));
  }
  c.set(key, v);
}

function lruCall(w: LruWrapper, args: Py[], kwnames: string[] | null): Py {
  if (w.maxsize === 0) {
    w.misses++;
    return callV(current, w.fn, args, kwnames);
  }
  const key = w.key(args, kwnames);
  const c = w.cache;
  const n = c.nk(key, false);
  if (n !== undefined) {
    const v = c.m.get(n);
    if (v !== undefined) {
      w.hits++;
      if (w.maxsize > 0) {
        // move to the most recently used end
        c.m.delete(n);
        c.m.set(n, v);
      }
      return v;
    }
  }
  w.misses++;
  return drive(current, new LruMiss(w, key, args, kwnames));
}

function setupLru(d: PyDict): PyType {
  const tp = builtinType('_lru_cache_wrapper', T.object, () => {
    throw TypeError("cannot create 'functools._lru_cache_wrapper' instances");
  }, { module: 'functools' });
  tp.hasDict = true;
  tp.tpName = 'functools._lru_cache_wrapper';
  d.setS('_lru_cache_wrapper', tp);
  setNew(tp, 'cls, user_function, maxsize, typed, cache_info_type', (cls: PyType, fn: Py, maxsize: Py, typed: Py, info: Py) => {
    if (!isCallable(fn)) throw TypeError('the first argument must be callable');
    let ms: number;
    if (maxsize === None) ms = -1;
    else {
      const iv = typeof maxsize === 'number' ? maxsize : typeof maxsize === 'boolean' ? +maxsize : null;
      if (iv === null) throw TypeError('maxsize should be integer or None');
      ms = iv < 0 ? 0 : iv;
    }
    return new LruWrapper(fn, ms, truthy(typed), info, cls);
  });
  tp.dict.setS('__call__', vectorCall(tp, lruCall));
  methods(tp, {
    cache_info: ['self, /', (w: LruWrapper) => callSync(w.infoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.m.size])],
    cache_clear: ['self, /', (w: LruWrapper) => {
      w.cache.clear();
      w.hits = w.misses = 0;
      return None;
    }],
    __get__: ['self, obj, type=None, /', (w: LruWrapper, obj: Py) => (obj === None ? w : new PyMethod(w, obj))],
    __reduce__: ['self, /', (w: LruWrapper) => getQualname(w)],
    __copy__: ['self, /', (w: LruWrapper) => w],
    __deepcopy__: ['self, memo, /', (w: LruWrapper) => w],
  });
  getsets(tp, {
    __dict__: [(w: LruWrapper) => (w.dict ??= new PyDict())],
  });
  return tp;
}

function getQualname(w: LruWrapper): Py {
  const q = w.dict?.getS('__qualname__');
  if (q === undefined) throw TypeError('cannot pickle lru_cache wrapper');
  return q;
}

/** Creates the _functools module. */
export function init(): PyModule {
  const m = new PyModule('_functools');
  const d = m.dict;
  d.setS('__doc__', 'Tools that operate on functions.');
  setupPartial(d);
  const kw = setupKeyWrapper();
  d.setS('cmp_to_key', kwfunc('_functools', 'cmp_to_key', 'mycmp', (cmp: Py) => new KeyWrapper(cmp, null, kw)));
  d.setS('reduce', new CFunc('reduce', 'reduce', 2, 3, Style.Fast, reduce, { module: '_functools' }));
  setupLru(d);
  return m;
}

serial(KeyWrapper, LruWrapper, Partial);
