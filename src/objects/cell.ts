// cell: a variable shared between a function and the closures inside it.

import { PyObject, T, type Py, serial } from './base';

export class PyCell extends PyObject {
  /** undefined while the variable is unbound. */
  v: Py;
  constructor(v?: Py) {
    super(T.cell);
    this.v = v;
  }
}

serial(PyCell);
