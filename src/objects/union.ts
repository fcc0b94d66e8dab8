// types.UnionType: the value of `int | None` in annotations.

import { PyObject, T, None, NotImplemented, type Py, serial } from './base';
import { PyType } from './type';
import { PyTuple } from './tuple';
import { methods, getsets } from './typesetup';
import { repr, richEqBool, hashExact } from './protocol';
import { constFrozenset } from './setutil';
import { parametersOf, substituteArgs } from './misc';
import { binop, Op } from './ops';
import { typeOf } from './typeof';

export class PyUnion extends PyObject {
  constructor(public args: Py[]) {
    super(T.UnionType);
  }
}

function isUnionable(x: Py): boolean {
  // as CPython: anything else (a TypeVar, a typing form) gets its own __ror__
  return x === None || x instanceof PyType || x instanceof PyUnion || typeOf(x) === T.GenericAlias;
}

/** a | b for types. */
export function makeUnion(a: Py, b: Py): Py {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args: Py[] = [];
  for (const x of [a, b]) {
    const items = x instanceof PyUnion ? x.args : [x === None ? T.NoneType : x];
    for (const i of items) if (!args.includes(i)) args.push(i);
  }
  if (args.length === 1) return args[0];
  return new PyUnion(args);
}

function argRepr(x: Py): string {
  if (x === T.NoneType) return 'None';
  if (x instanceof PyType) return x.moduleName === 'builtins' ? x.qualname : `${x.moduleName}.${x.qualname}`;
  return repr(x);
}

export function setupUnion(): void {
  methods(T.UnionType, {
    __repr__: ['self, /', (o: PyUnion) => o.args.map(argRepr).join(' | ')],
    __or__: ['self, other, /', (o: Py, b: Py) => makeUnion(o, b)],
    __ror__: ['self, other, /', (o: Py, b: Py) => makeUnion(b, o)],
    __eq__: ['self, other, /', (o: PyUnion, b: Py) => (b instanceof PyUnion ? richEqBool(constFrozenset(o.args), constFrozenset(b.args)) : NotImplemented)],
    // hash(frozenset(args)), as typing.Union, which compares equal
    __hash__: ['self, /', (o: PyUnion) => hashExact(constFrozenset(o.args))],
    __getitem__: ['self, key, /', (o: PyUnion, k: Py) => {
      const args = substituteArgs(o.args, k, o.args.map(argRepr).join(' | '));
      let r = args[0];
      for (let i = 1; i < args.length; i++) r = binop(Op.Or, r, args[i]);
      return r;
    }],
    __instancecheck__: ['self, obj, /', (o: PyUnion, x: Py) => o.args.some((t) => t instanceof PyType && typeOf(x).isSubtype(t))],
    __subclasscheck__: ['self, cls, /', (o: PyUnion, c: Py) => c instanceof PyType && o.args.some((t) => t instanceof PyType && c.isSubtype(t))],
  });
  getsets(T.UnionType, {
    __args__: [(o: PyUnion) => new PyTuple(o.args)],
    __parameters__: [(o: PyUnion) => new PyTuple(parametersOf(o.args))],
  });
}

serial(PyUnion);
