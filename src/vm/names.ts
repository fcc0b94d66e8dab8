// Name lookups and stores of compiled code (R.gl, R.glc, R.nl, ...):
// globals and builtins, namespaces of module and class bodies, cells.

import { T, type Py } from '../objects/base';
import { PyDict } from '../objects/dict';
import type { PyCell } from '../objects/cell';
import { PyBaseException } from '../objects/exceptions';
import { NameError, UnboundLocalError } from '../objects/raise';
import * as proto from '../objects/protocol';
import type { GlobalSite } from './ic';

function nameError(name: string): PyBaseException {
  const e = NameError(`name '${name}' is not defined`);
  e.dict = new PyDict();
  e.dict.setS('name', name);
  return e;
}

/** A global (or builtin) name. */
export function gl(G: PyDict, B: PyDict, name: string): Py {
  let v = G.m.get(name);
  if (v !== undefined) return v;
  v = B.m.get(name);
  if (v !== undefined) return v;
  throw nameError(name);
}

/** A global (or builtin) name through its site's cache. */
export function glc(G: PyDict, B: PyDict, name: string, c: GlobalSite): Py {
  if (c.g === G && c.gv === G.ver && c.b === B && c.bv === B.ver) return c.v;
  return glFill(G, B, name, c);
}

function glFill(G: PyDict, B: PyDict, name: string, c: GlobalSite): Py {
  const v = gl(G, B, name);
  c.g = G;
  c.gv = G.ver;
  c.b = B;
  c.bv = B.ver;
  c.v = v;
  return v;
}

/** A name in a module or class body: namespace, globals, builtins. */
export function nl(N: Py, G: PyDict, B: PyDict, name: string): Py {
  if (N instanceof PyDict && N.cls === T.dict) {
    const v = N.m.get(name);
    if (v !== undefined) return v;
    if (N === G) {
      const b = B.m.get(name);
      if (b !== undefined) return b;
      throw nameError(name);
    }
  } else if (N !== null) {
    try {
      return proto.getitem(N, name);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(T.KeyError))) throw e;
    }
  }
  return gl(G, B, name);
}

export function nstore(N: Py, name: string, v: Py): void {
  if (N instanceof PyDict && N.cls === T.dict) {
    N.m.set(name, v);
    N.ver++;
  } else proto.setitem(N, name, v);
}

export function ndel(N: Py, name: string): void {
  if (N instanceof PyDict && N.cls === T.dict) {
    if (!N.m.delete(name)) throw nameError(name);
    N.ver++;
  } else {
    try {
      proto.delitem(N, name);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(T.KeyError)) throw nameError(name);
      throw e;
    }
  }
}

export function gdel(G: PyDict, name: string): void {
  if (!G.m.delete(name)) throw nameError(name);
  G.ver++;
}

/** A free variable read in a class body: namespace first, then the cell. */
export function classDeref(N: Py, cell: PyCell, name: string): Py {
  if (N instanceof PyDict && N.cls === T.dict) {
    const v = N.m.get(name);
    if (v !== undefined) return v;
  } else if (N !== null) {
    try {
      return proto.getitem(N, name);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(T.KeyError))) throw e;
    }
  }
  return deref(cell, name, 1);
}

export function deref(cell: PyCell, name: string, free: number): Py {
  const v = cell.v;
  if (v !== undefined) return v;
  if (free) throw NameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  throw UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundLocal(name: string): Py {
  throw UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
}
