// _abc: the native core of abc.ABCMeta (CPython's Modules/_abc.c). ABCMeta
// itself is native here, so that isinstance(x, SomeABC) — hot in library
// code — runs its caches without entering Python frames.
// https://docs.python.org/3.11/library/abc.html

import { PyObject, T, None, NotImplemented, MISSING, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PySet } from '../src/objects/setutil';
import { PyTuple } from '../src/objects/tuple';
import { PyModule } from '../src/objects/module';
import { methods, staticMethods, newType } from '../src/objects/typesetup';
import { makeModule } from '../src/vm/nativemod';
import { typeNew } from '../src/vm/classes';
import { getattrOpt, setattr, callSpecial } from '../src/objects/attrs';
import { truthy } from '../src/objects/protocol';
import { iterToArray } from '../src/objects/iter';
import { callSync } from '../src/vm/call';
import { TypeError, RuntimeError, AssertionError } from '../src/objects/raise';
import { typeOf } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import type { Interpreter } from '../src/vm/interp';
import { serial } from '../src/objects/base';

/** Per-ABC registry and caches (CPython's _abc_data). */
class AbcData extends PyObject {
  registry = new Set<PyType>();
  cache = new Set<PyType>();
  negCache = new Set<PyType>();
  negVersion = 0;
  constructor() {
    super(abcDataType());
  }
}

/** Bumped by every register(): negative caches older than it are stale. */
let invalidation = 0;
const dataOf = new WeakMap<PyType, AbcData>();

function abcDataType(): PyType {
  return T._abc_data ?? newType('_abc_data', T.object, undefined, { module: '_abc' });
}

function data(cls: PyType): AbcData {
  let d = dataOf.get(cls);
  if (!d) {
    d = new AbcData();
    d.negVersion = invalidation;
    dataOf.set(cls, d);
  }
  return d;
}

function asType(x: Py, what: string): PyType {
  if (!(x instanceof PyType)) throw TypeError(what);
  return x;
}

function isAbstract(v: Py): boolean {
  if (typeof v !== 'object' || v === None) return false;
  const a = getattrOpt(v, '__isabstractmethod__');
  return a !== MISSING && truthy(a);
}

/** Recomputes cls.__abstractmethods__ from its namespace and its bases'. */
export function computeAbstracts(cls: PyType): void {
  const names = new PySet(T.frozenset);
  for (const [k, v] of cls.dict.entries()) if (isAbstract(v)) names.add(k);
  for (const base of cls.bases) {
    const ba = getattrOpt(base, '__abstractmethods__');
    if (ba === MISSING) continue;
    for (const k of iterToArray(ba)) {
      const name = strValue(k);
      if (name === null) continue;
      const v = getattrOpt(cls, name);
      if (v !== MISSING && isAbstract(v)) names.add(k);
    }
  }
  setattr(cls, '__abstractmethods__', names);
}

/** issubclass(sub, cls) with __subclasscheck__ dispatch. */
function isSubclass(sub: PyType, cls: Py): boolean {
  if (cls instanceof PyType && cls.cls === T.type) return sub.isSubtype(cls);
  return truthy(callSpecial(cls, '__subclasscheck__', sub));
}

function subclassCheck(cls: PyType, sub: Py): boolean {
  if (!(sub instanceof PyType)) throw TypeError('issubclass() arg 1 must be a class');
  const d = data(cls);
  if (d.cache.has(sub)) return true;
  if (d.negVersion < invalidation) {
    d.negCache.clear();
    d.negVersion = invalidation;
  } else if (d.negCache.has(sub)) return false;
  const hook = getattrOpt(cls, '__subclasshook__');
  const ok = hook === MISSING ? NotImplemented : callSync(hook, [sub]);
  if (ok !== NotImplemented) {
    if (ok !== true && ok !== false) throw AssertionError('__subclasshook__ must return either False, True, or NotImplemented');
    (ok ? d.cache : d.negCache).add(sub);
    return ok;
  }
  if (sub.isSubtype(cls)) {
    d.cache.add(sub);
    return true;
  }
  for (const r of d.registry) {
    if (isSubclass(sub, r)) {
      d.cache.add(sub);
      return true;
    }
  }
  const subs = cls.cls.lookup('__subclasses__') === T.type.lookup('__subclasses__')
    ? cls.subclasses()
    : iterToArray(callSpecial(cls, '__subclasses__'));
  for (const s of subs) {
    if (isSubclass(sub, s)) {
      d.cache.add(sub);
      return true;
    }
  }
  d.negCache.add(sub);
  return false;
}

function instanceCheck(cls: PyType, inst: Py): boolean {
  const d = data(cls);
  const klass = getattrOpt(inst, '__class__');
  if (klass instanceof PyType && d.cache.has(klass)) return true;
  const tp = typeOf(inst);
  const check = (c: Py) => truthy(callSpecial(cls, '__subclasscheck__', c));
  if (tp === klass || klass === MISSING) {
    if (d.negVersion === invalidation && d.negCache.has(tp)) return false;
    return check(tp);
  }
  return check(klass) || check(tp);
}

function register(cls: PyType, sub: Py): Py {
  if (!(sub instanceof PyType)) throw TypeError('Can only register classes');
  if (isSubclass(sub, cls)) return sub;
  if (isSubclass(cls, sub)) throw RuntimeError('Refusing to create an inheritance cycle');
  data(cls).registry.add(sub);
  invalidation++;
  return sub;
}

function abcInit(cls: PyType): void {
  computeAbstracts(cls);
  const d = new AbcData();
  d.negVersion = invalidation;
  dataOf.set(cls, d);
  cls.dict.setS('_abc_impl', d);
}

function setOf(s: Set<PyType>): PySet {
  const out = new PySet();
  for (const x of s) out.add(x);
  return out;
}

function makeABCMeta(): PyType {
  const meta = newType('ABCMeta', T.type, T.type.alloc, { module: 'abc' });
  // ABCMeta is a metaclass: its classes are heap types whose attributes
  // Python code may set (register() and friends live here).
  staticMethods(meta, {
    __new__: ['mcls, name, bases, namespace, /, **kwargs', (mcls: Py, name: Py, bases: Py, ns: Py, kw: PyDict) => {
      const kwn: string[] = [], kwv: Py[] = [];
      for (const [k, v] of kw.entries()) {
        kwn.push(k);
        kwv.push(v);
      }
      const cls = typeNew(asType(mcls, 'ABCMeta.__new__(X): X is not a type object'), name, bases, ns, kwn, kwv);
      abcInit(cls);
      return cls;
    }],
  });
  methods(meta, {
    register: ['cls, subclass', (cls: Py, sub: Py) => register(cls, sub)],
    __instancecheck__: ['cls, instance', (cls: Py, inst: Py) => instanceCheck(cls, inst)],
    __subclasscheck__: ['cls, subclass', (cls: Py, sub: Py) => subclassCheck(cls, sub)],
    _dump_registry: ['cls, file=None', (cls: PyType, file: Py) => {
      const d = data(cls);
      const out = printer();
      const kw = file === None ? null : ['file'];
      const line = (s: string) => callSync(out, kw ? [s, file] : [s], kw);
      line(`Class: ${cls.moduleName}.${cls.qualname}`);
      line(`Inv. counter: ${invalidation}`);
      for (const [k, v] of [['_abc_registry', d.registry], ['_abc_cache', d.cache], ['_abc_negative_cache', d.negCache]] as const) {
        line(`${k}: ${callSync(T.str, [setOf(v)])}`);
      }
      line(`_abc_negative_cache_version: ${d.negVersion}`);
      return None;
    }],
    _abc_registry_clear: ['cls', (cls: PyType) => { data(cls).registry.clear(); return None; }],
    _abc_caches_clear: ['cls', (cls: PyType) => {
      const d = data(cls);
      d.cache.clear();
      d.negCache.clear();
      return None;
    }],
  });
  return meta;
}

let printFn: Py = null;
function printer(): Py {
  return printFn;
}

/** The _abc module. */
export function init(interp: Interpreter): PyModule {
  printFn = interp.builtinsDict.getS('print');
  abcDataType();
  const meta = T.ABCMeta ?? makeABCMeta();
  return makeModule('_abc', {
    get_cache_token: ['', () => invalidation],
    _abc_init: ['cls, /', (cls: Py) => { abcInit(asType(cls, '_abc_init() argument must be a type')); return None; }],
    _abc_register: ['cls, subclass, /', (cls: Py, sub: Py) => register(cls, sub)],
    _abc_instancecheck: ['cls, instance, /', (cls: Py, inst: Py) => instanceCheck(cls, inst)],
    _abc_subclasscheck: ['cls, subclass, /', (cls: Py, sub: Py) => subclassCheck(cls, sub)],
    _get_dump: ['cls, /', (cls: Py) => {
      const d = data(cls);
      return new PyTuple([setOf(d.registry), setOf(d.cache), setOf(d.negCache), d.negVersion]);
    }],
    _reset_registry: ['cls, /', (cls: Py) => { data(cls).registry.clear(); return None; }],
    _reset_caches: ['cls, /', (cls: Py) => { const d = data(cls); d.cache.clear(); d.negCache.clear(); return None; }],
    _compute_abstracts: ['cls, /', (cls: Py) => { computeAbstracts(asType(cls, 'expected a class')); return None; }],
  }, { ABCMeta: meta });
}

serial(AbcData);
