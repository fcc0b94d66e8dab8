// collections.OrderedDict: a dict subclass. Our dict already keeps insertion
// order in a JS Map, so the ordering operations are Map surgery
// (delete+set moves a key to the end) rather than CPython's linked list.
// https://docs.python.org/3.11/library/collections.html#collections.OrderedDict

import { T, None, NotImplemented, MISSING, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { methods, staticMethods, classMethods, getsets, newType } from '../src/objects/typesetup';
import { TypeError, KeyError, RuntimeError, StopIteration } from '../src/objects/raise';
import { typeOf, typeName } from '../src/objects/typeof';
import { repr, reprEnter, reprLeave, richEqBool, truthy } from '../src/objects/protocol';
import { callSpecial, getattrOpt } from '../src/objects/attrs';
import { dictMerge, PyDictView } from '../src/objects/dictmethods';
import { NativeIter, MapIter, iterToArray, returnSelf } from '../src/objects/iter';
import { PyGenericAlias } from '../src/objects/misc';
import { callSync } from '../src/vm/call';
import { STOP } from '../src/objects/base';
import { serial } from '../src/objects/base';

function OD(x: Py): PyDict {
  if (x instanceof PyDict && typeOf(x).isSubtype(T.OrderedDict)) return x;
  throw TypeError(`descriptor requires a 'collections.OrderedDict' object but received a '${typeName(x)}'`);
}

/** Moves key k to the end (or the front) of d's order. */
export function moveToEnd(d: PyDict, k: Py, last: boolean): void {
  const n = typeof k === 'string' ? k : d.nk(k, false);
  const v = n === undefined ? undefined : d.m.get(n);
  if (v === undefined) throw KeyError(k);
  if (last) {
    d.m.delete(n);
    d.m.set(n, v);
    return;
  }
  const m = new Map<Py, Py>([[n, v]]);
  for (const [key, val] of d.m) if (key !== n) m.set(key, val);
  d.m = m;
}

function odRepr(d: PyDict): string {
  const name = typeOf(d).name;
  if (!d.size) return `${name}()`;
  if (!reprEnter(d)) return '...';
  try {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(`(${repr(k)}, ${repr(v)})`);
    return `${name}([${parts.join(', ')}])`;
  } finally {
    reprLeave(d);
  }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  return truthy(callSync(T.dict.lookup('__eq__'), [a, b]));
}

function odEq(a: PyDict, b: Py): Py {
  if (!(b instanceof PyDict)) return NotImplemented;
  if (!dictEqual(a, b)) return false;
  if (!typeOf(b).isSubtype(T.OrderedDict)) return true;
  // same keys: now the order must agree too
  const ka = [...a.keys()], kb = [...b.keys()];
  for (let i = 0; i < ka.length; i++) if (!(ka[i] === kb[i] || richEqBool(ka[i], kb[i]))) return false;
  return true;
}

class RevIter extends NativeIter {
  keys: Py[];
  i: number;
  size: number;
  constructor(public d: PyDict, public kind: 0 | 1 | 2, cls: PyType) {
    super(cls);
    this.keys = [...d.keys()];
    this.i = this.keys.length - 1;
    this.size = d.size;
  }
  next(): Py {
    if (this.d.size !== this.size) throw RuntimeError('OrderedDict changed size during iteration');
    if (this.i < 0) return STOP;
    const k = this.keys[this.i--];
    if (this.kind === 0) return k;
    const v = this.d.get(k);
    return this.kind === 1 ? v : new PyTuple([k, v]);
  }
}

/** A copy of d as the same (sub)class. */
function copyOf(d: PyDict): Py {
  const tp = typeOf(d);
  if (tp === T.OrderedDict) return d.copyInto(new PyDict(T.OrderedDict));
  return callSync(tp, [d]);
}

/** Creates OrderedDict and its view types. */
export function makeOrderedDict(): PyType {
  const t = newType('OrderedDict', T.dict, (cls) => new PyDict(cls), { module: 'collections' });
  t.tpName = 'collections.OrderedDict';
  t.hasDict = true;
  const views: PyType[] = [];
  for (const [name, base, kind] of [['odict_keys', T.dict_keys, 0], ['odict_values', T.dict_values, 1], ['odict_items', T.dict_items, 2]] as const) {
    const vt = newType(name, base, undefined, { final: true });
    const it = newType(`odict_${['keys', 'values', 'items'][kind]}iterator`, T.object, undefined, { final: true });
    methods(it, {
      __iter__: ['self, /', returnSelf],
      __next__: ['self, /', (s: NativeIter) => {
        const v = s.next();
        if (v === STOP) throw StopIteration();
        return v;
      }],
    });
    methods(vt, {
      __repr__: ['self, /', (v: PyDictView) => {
        if (!reprEnter(v)) return '...';
        try {
          const items: string[] = [];
          for (const [k, x] of v.d.entries()) items.push(kind === 0 ? repr(k) : kind === 1 ? repr(x) : `(${repr(k)}, ${repr(x)})`);
          return `${name}([${items.join(', ')}])`;
        } finally {
          reprLeave(v);
        }
      }],
      __reversed__: ['self, /', (v: PyDictView) => new RevIter(v.d, kind, it)],
    });
    views.push(vt);
  }
  const it = newType('odict_iterator', T.object, undefined, { final: true });
  methods(it, {
    __iter__: ['self, /', returnSelf],
    __next__: ['self, /', (s: NativeIter) => {
      const v = s.next();
      if (v === STOP) throw StopIteration();
      return v;
    }],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
    fromkeys: ['cls, iterable, value=None', (cls: PyType, itb: Py, v: Py) => {
      const d = callSync(cls, []);
      for (const k of iterToArray(itb)) callSpecial(d, '__setitem__', k, v);
      return d;
    }],
  });
  staticMethods(t, {
    __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyDict(cls)],
  });
  const update = (self: Py, args: Py[], kw: PyDict) => {
    const d = OD(self);
    if (args.length > 1) throw TypeError(`update expected at most 1 argument, got ${args.length}`);
    const plain = typeOf(d).lookup('__setitem__') === T.dict.lookup('__setitem__');
    const put = (k: Py, v: Py) => (plain ? d.set(k, v) : callSpecial(d, '__setitem__', k, v));
    if (args.length) {
      if (plain) dictMerge(d, args[0]);
      else {
        const tmp = new PyDict();
        dictMerge(tmp, args[0]);
        for (const [k, v] of tmp.entries()) put(k, v);
      }
    }
    for (const [k, v] of kw.entries()) put(k, v);
    return None;
  };
  methods(t, {
    __init__: ['self, /, *args, **kwds', (self: Py, args: Py[], kw: PyDict) => {
      if (args.length > 1) throw TypeError(`expected at most 1 argument, got ${args.length}`);
      return update(self, args, kw);
    }],
    update: ['self, /, *args, **kwargs', update],
    __repr__: ['self, /', (self: Py) => odRepr(OD(self))],
    __eq__: ['self, value, /', (self: Py, o: Py) => odEq(OD(self), o)],
    __ne__: ['self, value, /', (self: Py, o: Py) => {
      const r = odEq(OD(self), o);
      return r === NotImplemented ? r : !r;
    }],
    move_to_end: ['self, key, last=True', (self: Py, k: Py, last: Py) => { moveToEnd(OD(self), k, truthy(last)); return None; }],
    popitem: ['self, /, last=True', (self: Py, last: Py) => {
      const d = OD(self);
      if (!d.size) throw KeyError('dictionary is empty');
      let n: Py;
      if (truthy(last)) for (const x of d.m.keys()) n = x;
      else n = d.m.keys().next().value;
      const k = d.orig(n);
      const v = d.pop(k);
      return new PyTuple([k, v]);
    }],
    pop: ['self, /, key, default=?', (self: Py, k: Py, dflt: Py) => {
      const d = OD(self);
      const v = d.pop(k);
      if (v !== undefined) return v;
      if (dflt !== undefined) return dflt;
      throw KeyError(k);
    }],
    setdefault: ['self, /, key, default=None', (self: Py, k: Py, dflt: Py) => {
      const d = OD(self);
      const v = d.get(k);
      if (v !== undefined) return v;
      callSpecial(d, '__setitem__', k, dflt);
      return dflt;
    }],
    keys: ['self, /', (self: Py) => new PyDictView(OD(self), views[0])],
    values: ['self, /', (self: Py) => new PyDictView(OD(self), views[1])],
    items: ['self, /', (self: Py) => new PyDictView(OD(self), views[2])],
    __iter__: ['self, /', (self: Py) => new MapIter(OD(self), 0, it, 'OrderedDict')],
    __reversed__: ['self, /', (self: Py) => new RevIter(OD(self), 0, it)],
    copy: ['self, /', (self: Py) => copyOf(OD(self))],
    __copy__: ['self, /', (self: Py) => copyOf(OD(self))],
    __reduce__: ['self, /', (self: Py) => {
      const d = OD(self);
      const state = d.dict && d.dict.size ? d.dict : None;
      const items = new PyList([...d.entries()].map(([k, v]) => new PyTuple([k, v])));
      return new PyTuple([typeOf(d), new PyTuple([]), state, None, callSpecial(items, '__iter__')]);
    }],
    __or__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const r = copyOf(OD(self));
      callSpecial(r, 'update', o);
      return r;
    }],
    __ror__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const r = callSync(typeOf(self), [o]);
      callSpecial(r, 'update', self);
      return r;
    }],
    __ior__: ['self, value, /', (self: Py, o: Py) => { update(self, [o], new PyDict()); return self; }],
    __sizeof__: ['self, /', (self: Py) => 104 + 48 * OD(self).size],
  });
  getsets(t, {
    __dict__: [(o: Py) => (o.dict ??= new PyDict()), (o: Py, v: Py) => {
      if (!(v instanceof PyDict)) throw TypeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      o.dict = v;
    }],
  });
  void getattrOpt;
  void MISSING;
  return t;
}

serial(RevIter);
