// function: a Python function (code + globals + defaults + closure).

import { PyObject, T, None, type Py, serial } from './base';
import type { PyCode } from './code';
import type { PyDict } from './dict';
import type { PyCell } from './cell';

export class PyFunction extends PyObject {
  code: PyCode;
  globals: PyDict;
  builtins: PyDict;
  name: string;
  qualname: string;
  /** Positional defaults (JS array), or null. */
  defaults: Py[] | null = null;
  /** Keyword-only defaults, or null. */
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  doc: Py;
  module: Py;
  annotations: Py = None;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict, qualname?: string) {
    super(T.function);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.name;
    this.qualname = qualname ?? code.qualname;
    this.doc = code.doc;
    const m = globals.getS('__name__');
    this.module = m === undefined ? None : m;
  }
}

serial(PyFunction);
