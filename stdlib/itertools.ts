// itertools: iterator building blocks
// (https://docs.python.org/3.11/library/itertools.html). Every iterator is
// native and lazy; the ones that pull from other iterators or call Python
// functions can suspend (itertools_vm.ts), so they compose with generators
// that block. Iterator classes: itertools_basic.ts and itertools_comb.ts.

import { T, None, MISSING, PyObject, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyDict } from '../src/objects/dict';
import { PyTuple, tuple } from '../src/objects/tuple';
import { builtinType, type PyType } from '../src/objects/type';
import { methods, classMethods } from '../src/objects/typesetup';
import { repr } from '../src/objects/protocol';
import { getIter, iterToArray } from '../src/objects/iter';
import { TypeError, ValueError } from '../src/objects/raise';
import { intValue } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { getattrOpt } from '../src/objects/attrs';
import { callSync } from '../src/vm/call';
import { iterMethods } from './itertools_vm';
import { setNew, kwfunc } from './math_cfunc';
import * as B from './itertools_basic';
import * as C from './itertools_comb';

const noAlloc = (name: string) => () => {
  throw TypeError(`cannot create '${name}' instances`);
};

/** r for permutations/combinations: a non-negative int. */
function rArg(r: Py, strictInt: boolean): number {
  let v: number | bigint;
  if (strictInt) {
    const iv = intValue(r);
    if (iv === null) throw TypeError('Expected int as r');
    v = iv;
  } else v = index(r);
  if (v < 0) throw ValueError('r must be non-negative');
  return Number(v);
}

/** Creates the itertools module. */
export function init(): PyModule {
  const m = new PyModule('itertools');
  const d = m.dict;
  d.setS('__doc__', 'Functional tools for creating and using iterators.');
  const types: Record<string, PyType> = {};
  const mk = (name: string): PyType => {
    const tp = builtinType(name, T.object, noAlloc(name), { module: 'itertools' });
    tp.tpName = `itertools.${name}`;
    iterMethods(tp);
    types[name] = tp;
    if (!name.startsWith('_')) d.setS(name, tp);
    return tp;
  };

  const count = mk('count');
  setNew(count, 'cls, start=0, step=1', (cls: PyType, start: Py, step: Py) => B.newCount(cls, start, step));
  methods(count, { __repr__: ['self, /', (o: B.CountIter) => o.reprText()] });

  const cycle = mk('cycle');
  setNew(cycle, 'cls, iterable, /', (cls: PyType, it: Py) => new B.CycleIter(getIter(it), cls));

  const repeat = mk('repeat');
  setNew(repeat, 'cls, object, times=?', (cls: PyType, obj: Py, times: Py) => {
    if (times === undefined) return new B.RepeatIter(obj, -1, cls);
    const n = index(times);
    return new B.RepeatIter(obj, n < 0 ? 0 : Number(n), cls);
  });
  methods(repeat, {
    __repr__: ['self, /', (o: B.RepeatIter) => {
      const name = o.cls.name;
      return o.left < 0 ? `${name}(${repr(o.obj)})` : `${name}(${repr(o.obj)}, ${o.left})`;
    }],
    __length_hint__: ['self, /', (o: B.RepeatIter) => {
      if (o.left < 0) throw TypeError('len() of unsized object');
      return o.left;
    }],
  });

  const accumulate = mk('accumulate');
  setNew(accumulate, 'cls, iterable, func=None, *, initial=None', (cls: PyType, it: Py, func: Py, initial: Py) => new B.AccumulateIter(getIter(it), func, initial, cls));

  const chain = mk('chain');
  setNew(chain, 'cls, *iterables', (cls: PyType, its: Py[]) => new B.ChainIter(getIter(tuple(its)), cls));
  classMethods(chain, {
    from_iterable: ['cls, iterable, /', (cls: PyType, it: Py) => new B.ChainIter(getIter(it), cls)],
  });

  const compress = mk('compress');
  setNew(compress, 'cls, data, selectors', (cls: PyType, data: Py, sel: Py) => new B.CompressIter(getIter(data), getIter(sel), cls));

  const pred = (name: string, kind: B.Pred, sig: string) => {
    const tp = mk(name);
    setNew(tp, sig, (cls: PyType, p: Py, it: Py) => new B.PredIter(kind, p, getIter(it), cls));
  };
  pred('dropwhile', B.Pred.DropWhile, 'cls, predicate, iterable, /');
  pred('takewhile', B.Pred.TakeWhile, 'cls, predicate, iterable, /');
  pred('filterfalse', B.Pred.FilterFalse, 'cls, function, iterable, /');

  const starmap = mk('starmap');
  setNew(starmap, 'cls, function, iterable, /', (cls: PyType, f: Py, it: Py) => new B.StarmapIter(f, getIter(it), cls));

  const islice = mk('islice');
  setNew(islice, 'cls, *args', (cls: PyType, args: Py[]) => {
    if (args.length < 2) throw TypeError(`islice expected at least 2 arguments, got ${args.length}`);
    if (args.length > 4) throw TypeError(`islice expected at most 4 arguments, got ${args.length}`);
    return B.newIslice(cls, args);
  });

  const pairwise = mk('pairwise');
  setNew(pairwise, 'cls, iterable, /', (cls: PyType, it: Py) => new B.PairwiseIter(getIter(it), cls));

  const zipLongest = mk('zip_longest');
  setNew(zipLongest, 'cls, *iterables, **kwargs', (cls: PyType, its: Py[], kw: PyDict) => {
    let fill: Py = None;
    if (kw.m.size) {
      const f = kw.m.size === 1 ? kw.getS('fillvalue') : undefined;
      if (f === undefined) throw TypeError('zip_longest() got an unexpected keyword argument');
      fill = f;
    }
    return new B.ZipLongestIter(its.map(getIter), fill, cls);
  });

  const product = mk('product');
  setNew(product, 'cls, *iterables, repeat=1', (cls: PyType, its: Py[], rep: Py) => {
    const n = index(rep);
    if (n < 0) throw ValueError('repeat argument cannot be negative');
    const pools = its.map((x) => iterToArray(x));
    const all: Py[][] = [];
    for (let i = 0; i < Number(n); i++) all.push(...pools);
    return new C.ProductIter(all, cls);
  });

  const permutations = mk('permutations');
  setNew(permutations, 'cls, iterable, r=None', (cls: PyType, it: Py, r: Py) => {
    const pool = iterToArray(it);
    return new C.PermutationsIter(pool, r === None ? pool.length : rArg(r, true), cls);
  });

  const combinations = mk('combinations');
  setNew(combinations, 'cls, iterable, r', (cls: PyType, it: Py, r: Py) => {
    const pool = iterToArray(it);
    return new C.CombinationsIter(pool, rArg(r, false), false, cls);
  });

  const cwr = mk('combinations_with_replacement');
  setNew(cwr, 'cls, iterable, r', (cls: PyType, it: Py, r: Py) => {
    const pool = iterToArray(it);
    return new C.CombinationsIter(pool, rArg(r, false), true, cls);
  });

  const grouper = mk('_grouper');
  const groupby = mk('groupby');
  setNew(groupby, 'cls, iterable, key=None', (cls: PyType, it: Py, key: Py) => new C.GroupbyIter(getIter(it), key, cls, grouper));

  const tee = mk('_tee');
  const newTee = (it: Py): C.TeeIter => {
    if (it instanceof C.TeeIter) return it.copy();
    const src = new C.TeeSource(it);
    return new C.TeeIter(src, src.tail, 0, tee);
  };
  setNew(tee, 'cls, iterable, /', (_cls: PyType, it: Py) => newTee(getIter(it)));
  methods(tee, { __copy__: ['self, /', (o: C.TeeIter) => o.copy()] });
  d.setS('tee', kwfunc('itertools', 'tee', 'iterable, n=2, /', (iterable: Py, nArg: Py) => {
    const n = Number(index(nArg));
    if (n < 0) throw ValueError('n must be >= 0');
    if (n === 0) return tuple([]);
    const it = getIter(iterable);
    let first: Py;
    let copy: Py;
    const cp = it instanceof PyObject ? getattrOpt(it, '__copy__') : MISSING;
    if (cp !== MISSING) {
      first = it;
      copy = cp;
    } else {
      first = newTee(it);
      copy = null;
    }
    const out = [first];
    for (let i = 1; i < n; i++) out.push(copy === null ? (first as C.TeeIter).copy() : callSync(copy, []));
    return new PyTuple(out);
  }));
  void types;
  return m;
}
