// object.__reduce_ex__ / __reduce__ / __getstate__: the default pickling
// protocol that copy and pickle use (CPython's Objects/typeobject.c,
// reduce_newobj and object_getstate).
// https://docs.python.org/3.11/library/pickle.html#object.__reduce_ex__

import { T, None, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyDict } from './dict';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { TypeError } from './raise';
import { typeOf, typeName } from './typeof';
import { getattr, getattrOpt, callSpecial } from './attrs';
import { indexNum } from './int';
import { callSync } from '../vm/call';
import { current } from '../vm/thread';
import { importSync } from '../vm/imports';

/** The builtin types whose value a subclass instance is rebuilt from
 * (CPython gives them __getnewargs__). */
const VALUE_TYPES = ['int', 'float', 'complex', 'str', 'bytes', 'tuple', 'frozenset'];

function copyreg(): Py {
  return importSync(current, 'copyreg');
}

function solidBase(t: PyType): PyType {
  let b = t;
  while (!b.builtin && b.base) b = b.base;
  return b;
}

/** Names of the __slots__ along the MRO (copyreg._slotnames). */
function slotNames(tp: PyType): string[] {
  return tp.slotNames ?? [];
}

/** object.__getstate__(): the instance dict (or None) and the slot values. */
export function objectGetstate(self: Py): Py {
  const tp = typeOf(self);
  let state: Py = None;
  if (typeof self === 'object' && self.dict instanceof PyDict && self.dict.size && tp.hasDict) state = self.dict;
  const names = slotNames(tp);
  if (names.length) {
    const slots = new PyDict();
    for (const n of names) {
      const v = getattrOpt(self, n);
      if (v !== MISSING) slots.setS(n, v);
    }
    if (slots.size) state = new PyTuple([state, slots]);
  }
  return state;
}

function getState(self: Py, required: boolean): Py {
  const tp = typeOf(self);
  const gs = tp.lookup('__getstate__');
  if (gs !== T.object.dict.getS('__getstate__')) return callSpecial(self, '__getstate__');
  // an instance of a builtin type keeps state the default protocol cannot
  // see (CPython compares tp_basicsize with object's)
  if (required && solidBase(tp) !== T.object) throw TypeError(`cannot pickle '${typeName(self)}' object`);
  return objectGetstate(self);
}

/** The arguments to pass cls.__new__: [args, kwargs or null], or null when
 * the object gives none (no __getnewargs__). */
function newArgs(self: Py, tp: PyType): [Py[], PyDict | null] | null {
  const ex = getattrOpt(self, '__getnewargs_ex__');
  if (ex !== MISSING) {
    const r = callSync(ex, []);
    if (!(r instanceof PyTuple)) throw TypeError(`__getnewargs_ex__ should return a tuple, not '${typeName(r)}'`);
    if (r.items.length !== 2) throw TypeError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [a, k] = r.items;
    if (!(a instanceof PyTuple)) throw TypeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeName(a)}'`);
    if (!(k instanceof PyDict)) throw TypeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeName(k)}'`);
    return [a.items, k.size ? k : null];
  }
  const na = getattrOpt(self, '__getnewargs__');
  if (na !== MISSING) {
    const r = callSync(na, []);
    if (!(r instanceof PyTuple)) throw TypeError(`__getnewargs__ should return a tuple, not '${typeName(r)}'`);
    return [r.items, null];
  }
  for (const n of VALUE_TYPES) {
    const vt = T[n];
    if (tp === vt || tp.isSubtype(vt)) {
      // frozenset (like CPython's __reduce__) rebuilds from a list, so the
      // copy is a new object
      if (n === 'frozenset') return [[callSync(T.list, [self])], null];
      return [[tp === vt ? self : callSync(vt, [self])], null];
    }
  }
  return null;
}

/** reduce for protocol >= 2: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function reduceNewobj(self: Py): Py {
  const tp = typeOf(self);
  const solid = solidBase(tp);
  if (solid !== T.object && solid.lookup('__new__') === T.object.dict.getS('__new__')) {
    throw TypeError(`cannot pickle '${typeName(self)}' object`);
  }
  const na = newArgs(self, tp);
  const [args, kwargs] = na ?? [[], null];
  const cr = copyreg();
  let fn: Py, fargs: PyTuple;
  if (kwargs === null) {
    fn = getattr(cr, '__newobj__');
    fargs = new PyTuple([tp, ...args]);
  } else {
    fn = getattr(cr, '__newobj_ex__');
    fargs = new PyTuple([tp, new PyTuple(args), kwargs]);
  }
  const isList = tp.isSubtype(T.list), isDict = tp.isSubtype(T.dict);
  const state = getState(self, na === null && !isList && !isDict);
  const listItems = isList ? callSpecial(self, '__iter__') : None;
  const dictItems = isDict ? callSpecial(callSync(getattr(self, 'items'), []), '__iter__') : None;
  return new PyTuple([fn, fargs, state, listItems, dictItems]);
}

/** object.__reduce_ex__(protocol) */
export function objectReduceEx(self: Py, protocol: Py): Py {
  const r = typeOf(self).lookup('__reduce__');
  if (r !== MISSING && r !== T.object.dict.getS('__reduce__')) return callSpecial(self, '__reduce__');
  return commonReduce(self, indexNum(protocol));
}

/** object.__reduce__() */
export function objectReduce(self: Py): Py {
  return commonReduce(self, 0);
}

function commonReduce(self: Py, proto: number): Py {
  if (proto >= 2) return reduceNewobj(self);
  return callSync(getattr(copyreg(), '_reduce_ex'), [self, proto]);
}

void PyList;
