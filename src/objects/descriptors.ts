// The descriptor types: getset_descriptor (attributes of builtin types
// computed in TypeScript), member_descriptor (__slots__), property,
// classmethod and staticmethod.

import { PyObject, T, None, type Py, serial } from './base';
import type { PyType } from './type';

/** An attribute of a builtin type implemented by JS accessors. */
export class PyGetSet extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public get: (o: Py) => Py,
    public set: ((o: Py, v: Py) => void) | null = null,
    public del: ((o: Py) => void) | null = null,
    public doc: string | null = null,
  ) {
    super(T.getset_descriptor);
  }
}

/** A __slots__ entry: stores into the instance's `slots` record. */
export class PySlot extends PyObject {
  /** index: the value's place in the instance's `sv` array. */
  constructor(public name: string, public owner: PyType, public index: number) {
    super(T.member_descriptor);
  }
}

export class PyProperty extends PyObject {
  fget: Py = None;
  fset: Py = None;
  fdel: Py = None;
  doc: Py = None;
  /** The name bound by __set_name__ (for messages). */
  pname: Py = null;
  constructor(cls?: PyType) {
    super(cls ?? T.property);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public func: Py, cls?: PyType) {
    super(cls ?? T.classmethod);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: Py, cls?: PyType) {
    super(cls ?? T.staticmethod);
  }
}

serial(PyClassMethod, PyProperty, PySlot, PyStaticMethod, PyGetSet);
