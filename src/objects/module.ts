// module: a namespace object with a dict.

import { PyObject, T, None, serial } from './base';
import { PyDict } from './dict';

export class PyModule extends PyObject {
  declare dict: PyDict;
  /** Its body is still running (for "partially initialized" errors). */
  initializing = false;
  /** Made by module.__new__ (types.ModuleType): no "(built-in)" in its repr. */
  plain = false;
  constructor(name: string, cls?: any) {
    super(cls ?? T.module);
    this.dict = new PyDict();
    this.dict.setS('__name__', name);
    this.dict.setS('__doc__', None);
    this.dict.setS('__package__', None);
    this.dict.setS('__loader__', None);
    this.dict.setS('__spec__', None);
  }
  get name(): string {
    const n = this.dict.getS('__name__');
    return typeof n === 'string' ? n : '?';
  }
}

serial(PyModule);
