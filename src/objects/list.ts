// list: a mutable sequence over a JS array.

import { PyObject, T, type Py, serial } from './base';

export class PyList extends PyObject {
  constructor(public items: Py[] = [], cls?: any) {
    super(cls ?? T.list);
  }
}

serial(PyList);
