// _collections: the native containers under collections/__init__.py —
// deque (_collections_deque.ts), OrderedDict (_collections_odict.ts),
// defaultdict, and the helpers that keep Counter and namedtuple fast.
// https://docs.python.org/3.11/library/collections.html

import { T, None, NotImplemented, MISSING, STOP, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyModule } from '../src/objects/module';
import { PyGetSet } from '../src/objects/descriptors';
import { methods, staticMethods, classMethods, getsets, newType } from '../src/objects/typesetup';
import { makeModule } from '../src/vm/nativemod';
import { TypeError, KeyError, AttributeError, IndexError } from '../src/objects/raise';
import { typeOf, typeName } from '../src/objects/typeof';
import { repr, reprEnter, reprLeave, setitem, getitem, lessThan } from '../src/objects/protocol';
import { callSpecial, getattrOpt } from '../src/objects/attrs';
import { dictRepr, dictMerge } from '../src/objects/dictmethods';
import { getIter, nextSync } from '../src/objects/iter';
import { indexNum } from '../src/objects/int';
import { add } from '../src/objects/ops';
import { PyGenericAlias } from '../src/objects/misc';
import { callSync } from '../src/vm/call';
import { makeDeque } from './_collections_deque';
import { makeOrderedDict } from './_collections_odict';
import type { Interpreter } from '../src/vm/interp';
import { serial } from '../src/objects/base';

export class PyDefaultDict extends PyDict {
  factory: Py = None;
}

function DD(x: Py): PyDefaultDict {
  if (x instanceof PyDefaultDict) return x;
  throw TypeError(`descriptor requires a 'collections.defaultdict' object but received a '${typeName(x)}'`);
}

function isCallable(x: Py): boolean {
  return typeOf(x).lookup('__call__') !== MISSING;
}

/** type(dd)(dd.default_factory, dd): copy() and the | operators. */
function ddCopy(d: PyDefaultDict): Py {
  const tp = typeOf(d);
  if (tp === T.defaultdict) {
    const r = d.copyInto(new PyDefaultDict(T.defaultdict));
    (r as PyDefaultDict).factory = d.factory;
    return r;
  }
  return callSync(tp, [d.factory, d]);
}

function makeDefaultDict(): PyType {
  const t = newType('defaultdict', T.dict, (cls) => new PyDefaultDict(cls), { module: 'collections' });
  t.tpName = 'collections.defaultdict';
  staticMethods(t, {
    __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyDefaultDict(cls)],
  });
  classMethods(t, {
    __class_getitem__: ['cls, item, /', (cls: Py, item: Py) => new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item])],
  });
  methods(t, {
    __init__: ['self, /, *args, **kwargs', (self: Py, args: Py[], kw: PyDict) => {
      const d = DD(self);
      let rest = args;
      if (args.length) {
        const f = args[0];
        if (f !== None && !isCallable(f)) throw TypeError('first argument must be callable or None');
        d.factory = f;
        rest = args.slice(1);
      }
      if (rest.length > 1) throw TypeError(`dict expected at most 1 argument, got ${rest.length}`);
      if (rest.length) dictMerge(d, rest[0]);
      for (const [k, v] of kw.entries()) d.set(k, v);
      return None;
    }],
    __missing__: ['self, key, /', (self: Py, k: Py) => {
      const d = DD(self);
      if (d.factory === None) throw KeyError(k);
      const v = callSync(d.factory, []);
      setitem(d, k, v);
      return v;
    }],
    __repr__: ['self, /', (self: Py) => {
      const d = DD(self);
      let fr: string;
      if (d.factory === None) fr = 'None';
      else if (!reprEnter(d)) fr = '...';
      else {
        try {
          fr = repr(d.factory);
        } finally {
          reprLeave(d);
        }
      }
      return `${typeOf(d).name}(${fr}, ${dictRepr(d)})`;
    }],
    copy: ['self, /', (self: Py) => ddCopy(DD(self))],
    __copy__: ['self, /', (self: Py) => ddCopy(DD(self))],
    __reduce__: ['self, /', (self: Py) => {
      const d = DD(self);
      const args = d.factory === None ? new PyTuple([]) : new PyTuple([d.factory]);
      const items = new PyList([...d.entries()].map(([k, v]) => new PyTuple([k, v])));
      return new PyTuple([typeOf(d), args, None, None, callSpecial(items, '__iter__')]);
    }],
    __or__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const r = ddCopy(DD(self));
      callSpecial(r, 'update', o);
      return r;
    }],
    __ror__: ['self, value, /', (self: Py, o: Py) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const d = DD(self);
      const r = callSync(typeOf(d), [d.factory, o]);
      callSpecial(r, 'update', d);
      return r;
    }],
  });
  getsets(t, {
    default_factory: [(d: PyDefaultDict) => d.factory, (d: PyDefaultDict, v: Py) => { d.factory = v; }],
  });
  return t;
}

/** Counter's counting loop: mapping[x] = mapping.get(x, 0) + 1. */
function countElements(mapping: Py, iterable: Py): Py {
  const it = getIter(iterable);
  const tp = typeOf(mapping);
  const plain = mapping instanceof PyDict && tp.lookup('get') === T.dict.lookup('get') && tp.lookup('__setitem__') === T.dict.lookup('__setitem__');
  if (plain) {
    const d = mapping as PyDict;
    for (;;) {
      const x = nextSync(it);
      if (x === STOP) return None;
      const old = d.get(x);
      d.set(x, old === undefined ? 1 : typeof old === 'number' && old < Number.MAX_SAFE_INTEGER ? old + 1 : add(old, 1));
    }
  }
  const get = getattrOpt(mapping, 'get');
  for (;;) {
    const x = nextSync(it);
    if (x === STOP) return None;
    const old = callSync(get, [x, 0]);
    setitem(mapping, x, add(old, 1));
  }
}

/** Counter.most_common: (key, count) pairs by count, highest first; equal
 * counts keep insertion order (a stable sort, like sorted(reverse=True)). */
function mostCommon(mapping: Py, n: Py): Py {
  if (!(mapping instanceof PyDict)) throw TypeError('expected a dict');
  const items: PyTuple[] = [];
  for (const [k, v] of mapping.entries()) items.push(new PyTuple([k, v]));
  const gt = (a: Py, b: Py) => typeof a === 'number' && typeof b === 'number' ? a > b : lessThan(b, a);
  items.sort((x, y) => (gt(x.items[1], y.items[1]) ? -1 : gt(y.items[1], x.items[1]) ? 1 : 0));
  if (n === None) return new PyList(items);
  const k = indexNum(n);
  return new PyList(items.slice(0, Math.max(0, k)));
}

/** namedtuple's field accessor: a getset (so attribute reads stay on the
 * fast descriptor path) whose Python class is _collections._tuplegetter. */
class TupleGetter extends PyGetSet {
  constructor(public index: number, doc: Py) {
    super(
      '',
      T.tuple,
      (o: Py) => {
        if (!(o instanceof PyTuple)) {
          throw TypeError(`descriptor for index '${index}' for tuple subclasses doesn't apply to '${typeName(o)}' object`);
        }
        const v = o.items[index];
        if (v === undefined) throw IndexError('tuple index out of range');
        return v;
      },
      () => {
        throw AttributeError("can't set attribute");
      },
      () => {
        throw AttributeError("can't delete attribute");
      },
    );
    this.cls = T._tuplegetter;
    this.pydoc = doc;
  }
  pydoc: Py;
}

function makeTupleGetter(): PyType {
  const t = newType('_tuplegetter', T.object, undefined, { module: '_collections', final: true });
  staticMethods(t, {
    __new__: ['cls, index, doc, /', (_cls: Py, i: Py, doc: Py) => new TupleGetter(indexNum(i), doc)],
  });
  methods(t, {
    __get__: ['self, instance, owner=None, /', (g: TupleGetter, o: Py) => (o === None ? g : g.get(o))],
    __set__: ['self, instance, value, /', () => { throw AttributeError("can't set attribute"); }],
    __delete__: ['self, instance, /', () => { throw AttributeError("can't delete attribute"); }],
    __reduce__: ['self, /', (g: TupleGetter) => new PyTuple([t, new PyTuple([g.index, g.pydoc])])],
    __repr__: ['self, /', (g: TupleGetter) => `_tuplegetter(${g.index}, ${repr(g.pydoc)})`],
  });
  getsets(t, {
    __doc__: [(g: TupleGetter) => g.pydoc, (g: TupleGetter, v: Py) => { g.pydoc = v; }],
  });
  return t;
}

/** The _collections module. */
export function init(interp: Interpreter): PyModule {
  void interp;
  const deque = T.deque ?? makeDeque();
  const dd = T.defaultdict ?? makeDefaultDict();
  const od = T.OrderedDict ?? makeOrderedDict();
  const tg = T._tuplegetter ?? makeTupleGetter();
  void getitem;
  return makeModule('_collections', {
    _count_elements: ['mapping, iterable, /', countElements],
    _most_common: ['mapping, n, /', mostCommon],
  }, {
    deque,
    defaultdict: dd,
    OrderedDict: od,
    _tuplegetter: tg,
    _deque_iterator: T._deque_iterator,
    _deque_reverse_iterator: T._deque_reverse_iterator,
  });
}

serial(PyDefaultDict, TupleGetter);
