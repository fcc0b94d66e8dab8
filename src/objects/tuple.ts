// tuple: an immutable sequence over a JS array (never mutated once built).

import { PyObject, T, type Py, serial } from './base';

export class PyTuple extends PyObject {
  constructor(public items: Py[], cls?: any) {
    super(cls ?? T.tuple);
  }
}

let empty: PyTuple | null = null;

/** A tuple of the given items (the shared empty tuple for none). */
export function tuple(items: Py[]): PyTuple {
  if (items.length === 0) return (empty ??= new PyTuple([]));
  return new PyTuple(items);
}

serial(PyTuple);
