// type: the class of classes. PyType holds the MRO, the namespace and a
// lookup cache; the Python-visible behaviour of `type` (calling a class,
// creating one) lives in src/vm/classes.ts because it runs Python code.

import { PyObject, T, MISSING, type Py, serial } from './base';
import { PyDict } from './dict';

/** Creates an empty instance of a class whose layout this type provides. */
export type Alloc = (cls: PyType) => PyObject;

/** How instances of a type behave as dict/set keys (see dict.ts). */
export const enum KeyKind {
  Unknown = 0,
  Identity = 1,
  Str = 2,
  Int = 3,
  Float = 4,
  Custom = 5,
}

let nextVersion = 1;

/** While the builtin types are being filled in no lookup has been cached
 * yet: skip the (quadratic) invalidation walks. */
export const bootstrapping = { on: false };

export class PyType extends PyObject {
  declare dict: PyDict;
  name: string;
  qualname: string;
  bases: PyType[] = [];
  /** The nearest base whose instance layout this type extends. */
  base: PyType | null = null;
  mro: PyType[] = [];
  /** Changes whenever this type or a base is modified (inline caches). */
  ver = nextVersion++;
  mcache = new Map<string, Py>();
  /** __new__ and __init__ as looked up at version ctorVer (instantiation
   * reads them on every call; classes.ts fills them). */
  ctorVer = -1;
  /** For builtin types (iter.ts): 1 when __iter__ returns self, 2 not, 0 unknown. */
  iterSelf = 0;
  ctorNew: Py = null;
  ctorInit: Py = null;
  /** ctorNew and ctorInit are BaseException's (not for OSError, whose
   * __new__ picks a subclass). */
  ctorExc = false;
  /** ctorNew alone is BaseException's (an exception class with its own
   * __init__): the instance is made directly, then __init__ runs. */
  ctorExcNew = false;
  /** For a builtin type whose instances need no __init__: makes one from
   * positional arguments (range(n)), skipping the argument binder. Own to
   * that exact type (a subclass has its own __new__ and __init__ to run). */
  vnew: ((args: Py[]) => Py | undefined) | null = null;
  subs: WeakRef<PyType>[] = [];
  alloc: Alloc;
  /** A builtin (static) type: its attributes cannot be set from Python. */
  builtin: boolean;
  /** Instances get a __dict__. */
  hasDict: boolean;
  /** Names declared in __slots__ (own and inherited), if any. */
  slotNames: string[] | null = null;
  /** Cached by protocol.ts; reset on modification. */
  keyKind: KeyKind = KeyKind.Unknown;
  /** Free for protocol caches keyed by this type (cleared on modification). */
  flagsCache = 0;
  /** The six rich comparison methods (MRO lookups), filled on first use. */
  cmpCache: Py[] | null = null;
  /** Builtin types that cannot be subclassed (bool, NoneType ...). */
  final = false;
  /** CPython's tp_name when it differs from __name__ (native types of a
   * module: 'collections.deque'); used in error messages. */
  tpName: string | null = null;
  /** len() of an instance of exactly this builtin type, without a method
   * lookup (deque, set ...); subclasses go through __len__. */
  nativeLen: ((o: any) => number) | null = null;
  /** A native numeric type's dict key (exact type only): the int or float
   * an instance equals, so that it meets that number in a dict
   * (Fraction(1, 2) and 0.5 are one key); undefined when it equals none. */
  numKey: ((o: any) => Py) | null = null;
  /** Slot storage entries an instance needs (__slots__ of this class and its bases). */
  slotCount = 0;
  /** Abstract methods still unimplemented (from abc), or null. */
  abstract: Set<string> | null = null;

  constructor(meta: PyType | null, name: string, alloc: Alloc, builtin: boolean) {
    super(meta as any);
    this.name = name;
    this.qualname = name;
    this.dict = new PyDict();
    this.alloc = alloc;
    this.builtin = builtin;
    this.hasDict = !builtin;
  }

  /** Finds `name` along the MRO; MISSING when absent. Cached per type. */
  lookup(name: string): Py {
    let v = this.mcache.get(name);
    if (v === undefined) {
      v = MISSING;
      for (const c of this.mro) {
        const x = c.dict.m.get(name);
        if (x !== undefined) {
          v = x;
          break;
        }
      }
      this.mcache.set(name, v);
    }
    return v;
  }

  /** Called after the namespace or bases change: drops caches here and in
   * every subclass. */
  modified(): void {
    if (bootstrapping.on) return;
    this.mcache.clear();
    this.ver = nextVersion++;
    this.keyKind = KeyKind.Unknown;
    this.flagsCache = 0;
    this.cmpCache = null;
    for (const s of this.subclasses()) s.modified();
  }

  /** Called after one name in the namespace was set or deleted: cheaper
   * than modified() (a class counter `C.count += 1` must not flush every
   * cached method of C and its subclasses). */
  modifiedName(name: string): void {
    if (name.startsWith('__') && name.endsWith('__')) {
      // dunders feed the per-type flags and key kinds
      this.modified();
      return;
    }
    this.mcache.delete(name);
    this.ver = nextVersion++;
    if (this.subs.length !== 0) for (const s of this.subclasses()) s.modifiedName(name);
  }

  /** Called when a non-dunder class attribute changed from one plain value
   * (no __get__) to another: inline caches only cache such a value's kind,
   * so they stay valid; only the lookup caches drop it. */
  valueChanged(name: string, v?: Py): void {
    // this class's own dict holds the new value: its lookup finds it at once
    if (v !== undefined) this.mcache.set(name, v);
    else this.mcache.delete(name);
    // (a class counter, Shape.count += 1, runs this per instance: no array
    // is made and no dead reference swept here, modified() does that)
    const subs = this.subs;
    for (let i = 0; i < subs.length; i++) {
      const t = subs[i].deref();
      if (t !== undefined) t.valueChanged(name);
    }
  }

  addSubclass(t: PyType): void {
    this.subs.push(new WeakRef(t));
  }

  subclasses(): PyType[] {
    const out: PyType[] = [];
    let live = 0;
    for (const r of this.subs) {
      const t = r.deref();
      if (t) {
        out.push(t);
        this.subs[live++] = r;
      }
    }
    this.subs.length = live;
    return out;
  }

  removeSubclass(t: PyType): void {
    this.subs = this.subs.filter((r) => r.deref() !== t && r.deref() !== undefined);
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const m = this.mro;
    for (let i = 0; i < m.length; i++) if (m[i] === other) return true;
    return false;
  }

  /** The module name, as stored in __module__. */
  get moduleName(): string {
    const m = this.dict.m.get('__module__');
    return typeof m === 'string' ? m : 'builtins';
  }
}

/** C3 linearization of a class with the given bases; null when impossible. */
export function c3(self: PyType, bases: PyType[]): PyType[] | null {
  const seqs = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out = [self];
  for (;;) {
    const live = seqs.filter((s) => s.length);
    if (!live.length) return out;
    let cand: PyType | null = null;
    for (const s of live) {
      const head = s[0];
      if (!live.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) return null;
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

/** Makes a builtin type: `name`, single base, instance allocator. */
export function builtinType(name: string, base: PyType | null, alloc?: Alloc, opts: { module?: string; final?: boolean } = {}): PyType {
  const t = new PyType(T.type ?? null, name, alloc ?? base?.alloc ?? ((cls) => new PyObject(cls)), true);
  t.bases = base ? [base] : [];
  t.base = base;
  t.mro = base ? [t, ...base.mro] : [t];
  if (base) base.addSubclass(t);
  if (opts.module) t.dict.m.set('__module__', opts.module);
  if (opts.final) t.final = true;
  return t;
}

/** Creates `object` and `type`, which are each other's type and base. */
export function bootstrapTypes(): void {
  const object = builtinType('object', null, (cls) => new PyObject(cls));
  const type = builtinType('type', object, (cls) => new PyType(cls, '', object.alloc, false));
  object.cls = type;
  type.cls = type;
  T.object = object;
  T.type = type;
}

serial(PyType);
