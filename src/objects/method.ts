// method: a callable bound to an object (Python function or builtin).

import { PyObject, T, type Py, serial } from './base';

export class PyMethod extends PyObject {
  constructor(public func: Py, public self: Py) {
    super(T.method);
  }
}

serial(PyMethod);
