// _operator: the native half of operator
// (https://docs.python.org/3.11/library/operator.html): every operator as a
// function over the core's operator kernels, plus the itemgetter,
// attrgetter and methodcaller callables. operator.py re-exports these and
// adds the dunder aliases.

import { T, MISSING, NotImplemented, None, STOP, PyObject, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyDict } from '../src/objects/dict';
import { builtinType, type PyType } from '../src/objects/type';
import { methods } from '../src/objects/typesetup';
import { TypeError, ValueError } from '../src/objects/raise';
import { typeOf, typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { intValue } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { repr, truthy, getitem, setitem, delitem, contains, len, richEqBool } from '../src/objects/protocol';
import { getattr, lookupSpecial, callSpecial } from '../src/objects/attrs';
import { binop, inplace, Op, neg, pos, invert, lt, le, gt, ge, eq, ne } from '../src/objects/ops';
import { getIter, nextSync } from '../src/objects/iter';
import { PyBaseException } from '../src/objects/exceptions';
import { callV } from '../src/vm/call';
import { current } from '../src/vm/thread';
import { cfuncs, Style, setNew, kwfunc, type CTable } from './math_cfunc';
import { serial } from '../src/objects/base';

function abs(x: Py): Py {
  if (typeof x === 'number') return Math.abs(x);
  if (x instanceof PyFloat && x.cls === T.float) return new PyFloat(Math.abs(x.v));
  const r = callSpecial(x, '__abs__');
  if (r === MISSING) throw TypeError(`bad operand type for abs(): '${typeName(x)}'`);
  return r;
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(x: Py): boolean {
  const tp = typeOf(x);
  if (tp.isSubtype(T.dict)) return false;
  return tp.lookup('__getitem__') !== MISSING;
}

function concat(a: Py, b: Py, inPlace: boolean): Py {
  if (!isSequence(a)) throw TypeError(`'${typeName(a)}' object can't be concatenated`);
  return inPlace ? inplace(Op.Add, a, b) : binop(Op.Add, a, b);
}

/** iter(seq), worded as PySequence_Count/Index word its failure. */
function seqIter(seq: Py): Py {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === T.TypeError) throw TypeError(`argument of type '${typeName(seq)}' is not iterable`);
    throw e;
  }
}

function countOf(seq: Py, x: Py): number {
  const it = seqIter(seq);
  let n = 0;
  for (;;) {
    const v = nextSync(it);
    if (v === STOP) return n;
    if (v === x || richEqBool(v, x)) n++;
  }
}

function indexOf(seq: Py, x: Py): number {
  const it = seqIter(seq);
  for (let i = 0; ; i++) {
    const v = nextSync(it);
    if (v === STOP) throw ValueError('sequence.index(x): x not in sequence');
    if (v === x || richEqBool(v, x)) return i;
  }
}

/** PyObject_LengthHint. */
export function lengthHint(o: Py, dflt: number): number {
  if (typeOf(o).lookup('__len__') !== MISSING) {
    try {
      return len(o);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(T.TypeError))) throw e;
    }
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === MISSING) return dflt;
  let r: Py;
  try {
    r = callSpecial(o, '__length_hint__');
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(T.TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const v = intValue(r);
  if (v === null) throw TypeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  if (v < 0) throw ValueError('__length_hint__() should return >= 0');
  return Number(v);
}

// ---- itemgetter, attrgetter, methodcaller ------------------------------------------------

class ItemGetter extends PyObject {
  constructor(public items: Py[], cls: PyType) {
    super(cls);
  }
}

class AttrGetter extends PyObject {
  /** Each name split at dots. */
  constructor(public names: string[][], cls: PyType) {
    super(cls);
  }
}

class MethodCaller extends PyObject {
  constructor(public name: string, public args: Py[], public kwnames: string[], cls: PyType) {
    super(cls);
  }
}

function getAttrPath(o: Py, path: string[]): Py {
  for (let i = 0; i < path.length; i++) o = getattr(o, path[i]);
  return o;
}

function makeGetters(m: PyModule): void {
  const d = m.dict;
  const mk = (name: string) => {
    const tp = builtinType(name, T.object, () => {
      throw TypeError(`cannot create '${name}' instances`);
    }, { module: 'operator' });
    tp.final = true;
    tp.tpName = `operator.${name}`;
    d.setS(name, tp);
    return tp;
  };

  const ig = mk('itemgetter');
  setNew(ig, 'cls, *items', (cls: PyType, items: Py[]) => {
    if (items.length === 0) throw TypeError('itemgetter expected 1 argument, got 0');
    return new ItemGetter(items, cls);
  });
  methods(ig, {
    __call__: ['self, obj, /', (g: ItemGetter, obj: Py) => {
      const items = g.items;
      if (items.length === 1) return getitem(obj, items[0]);
      const out = new Array(items.length);
      for (let i = 0; i < items.length; i++) out[i] = getitem(obj, items[i]);
      return new PyTuple(out);
    }],
    __repr__: ['self, /', (g: ItemGetter) => `operator.itemgetter(${g.items.map(repr).join(', ')})`],
    __reduce__: ['self, /', (g: ItemGetter) => new PyTuple([g.cls, new PyTuple(g.items)])],
  });

  const ag = mk('attrgetter');
  setNew(ag, 'cls, *attrs', (cls: PyType, names: Py[]) => {
    if (names.length === 0) throw TypeError('attrgetter expected 1 argument, got 0');
    return new AttrGetter(names.map((n) => {
      const s = strValue(n);
      if (s === null) throw TypeError('attribute name must be a string');
      return s.split('.');
    }), cls);
  });
  methods(ag, {
    __call__: ['self, obj, /', (g: AttrGetter, obj: Py) => {
      const names = g.names;
      if (names.length === 1) return getAttrPath(obj, names[0]);
      return new PyTuple(names.map((p) => getAttrPath(obj, p)));
    }],
    __repr__: ['self, /', (g: AttrGetter) => `operator.attrgetter(${g.names.map((p) => repr(p.join('.'))).join(', ')})`],
    __reduce__: ['self, /', (g: AttrGetter) => new PyTuple([g.cls, new PyTuple(g.names.map((p) => p.join('.')))])],
  });

  const mc = mk('methodcaller');
  setNew(mc, 'cls, *args, **kwargs', (cls: PyType, args: Py[], kw: PyDict) => {
    if (args.length === 0) throw TypeError('methodcaller needs at least one argument, the method name');
    const name = strValue(args[0]);
    if (name === null) throw TypeError('method name must be a string');
    const kwnames: string[] = [];
    const all = args.slice(1);
    for (const [k, v] of kw.entries()) {
      kwnames.push(k);
      all.push(v);
    }
    return new MethodCaller(name, all, kwnames, cls);
  });
  methods(mc, {
    __call__: ['self, obj, /', (c: MethodCaller, obj: Py) => callV(current, getattr(obj, c.name), c.args, c.kwnames.length ? c.kwnames : null)],
    __repr__: ['self, /', (c: MethodCaller) => {
      const npos = c.args.length - c.kwnames.length;
      const parts = [repr(c.name)];
      for (let i = 0; i < npos; i++) parts.push(repr(c.args[i]));
      c.kwnames.forEach((k, i) => parts.push(`${k}=${repr(c.args[npos + i])}`));
      return `operator.methodcaller(${parts.join(', ')})`;
    }],
  });
}

const bin = (op: Op) => (a: Py, b: Py) => binop(op, a, b);
const ibin = (op: Op) => (a: Py, b: Py) => inplace(op, a, b);

/** Creates the _operator module. */
export function init(): PyModule {
  const m = new PyModule('_operator');
  const d = m.dict;
  d.setS('__doc__', 'Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n\'__\' are also provided for convenience.');
  const O = Style.O, F = Style.Fast;
  const table: CTable = {
    abs: [1, 1, O, abs],
    neg: [1, 1, O, neg],
    pos: [1, 1, O, pos],
    inv: [1, 1, O, invert],
    invert: [1, 1, O, invert],
    not_: [1, 1, O, (a: Py) => !truthy(a)],
    truth: [1, 1, O, (a: Py) => truthy(a)],
    index: [1, 1, O, (a: Py) => index(a)],
    add: [2, 2, F, bin(Op.Add)],
    sub: [2, 2, F, bin(Op.Sub)],
    mul: [2, 2, F, bin(Op.Mul)],
    truediv: [2, 2, F, bin(Op.TrueDiv)],
    floordiv: [2, 2, F, bin(Op.FloorDiv)],
    mod: [2, 2, F, bin(Op.Mod)],
    pow: [2, 2, F, bin(Op.Pow)],
    lshift: [2, 2, F, bin(Op.LShift)],
    rshift: [2, 2, F, bin(Op.RShift)],
    and_: [2, 2, F, bin(Op.And)],
    or_: [2, 2, F, bin(Op.Or)],
    xor: [2, 2, F, bin(Op.Xor)],
    matmul: [2, 2, F, bin(Op.MatMul)],
    iadd: [2, 2, F, ibin(Op.Add)],
    isub: [2, 2, F, ibin(Op.Sub)],
    imul: [2, 2, F, ibin(Op.Mul)],
    itruediv: [2, 2, F, ibin(Op.TrueDiv)],
    ifloordiv: [2, 2, F, ibin(Op.FloorDiv)],
    imod: [2, 2, F, ibin(Op.Mod)],
    ipow: [2, 2, F, ibin(Op.Pow)],
    ilshift: [2, 2, F, ibin(Op.LShift)],
    irshift: [2, 2, F, ibin(Op.RShift)],
    iand: [2, 2, F, ibin(Op.And)],
    ior: [2, 2, F, ibin(Op.Or)],
    ixor: [2, 2, F, ibin(Op.Xor)],
    imatmul: [2, 2, F, ibin(Op.MatMul)],
    concat: [2, 2, F, (a: Py, b: Py) => concat(a, b, false)],
    iconcat: [2, 2, F, (a: Py, b: Py) => concat(a, b, true)],
    lt: [2, 2, F, lt],
    le: [2, 2, F, le],
    eq: [2, 2, F, eq],
    ne: [2, 2, F, ne],
    gt: [2, 2, F, gt],
    ge: [2, 2, F, ge],
    is_: [2, 2, F, (a: Py, b: Py) => a === b],
    is_not: [2, 2, F, (a: Py, b: Py) => a !== b],
    contains: [2, 2, F, (a: Py, b: Py) => contains(a, b)],
    countOf: [2, 2, F, countOf],
    indexOf: [2, 2, F, indexOf],
    getitem: [2, 2, F, getitem],
    setitem: [3, 3, F, (a: Py, b: Py, c: Py) => {
      setitem(a, b, c);
      return None;
    }],
    delitem: [2, 2, F, (a: Py, b: Py) => {
      delitem(a, b);
      return None;
    }],
    length_hint: [1, 2, F, (o: Py, dflt: Py) => {
      const dv = dflt === undefined ? 0 : index(dflt);
      return lengthHint(o, Number(dv));
    }],
  };
  for (const [k, v] of Object.entries(cfuncs('_operator', table))) d.setS(k, v);
  d.setS('call', kwfunc('_operator', 'call', '*args, **kwargs', (args: Py[], kw: PyDict) => {
    if (args.length === 0) throw TypeError('call expected at least 1 argument, got 0');
    const fn = args[0];
    const all = args.slice(1);
    if (!kw.m.size) return callV(current, fn, all, null);
    const names: string[] = [];
    for (const [k, v] of kw.entries()) {
      names.push(k);
      all.push(v);
    }
    return callV(current, fn, all, names);
  }));
  makeGetters(m);
  return m;
}

serial(AttrGetter, ItemGetter, MethodCaller);
