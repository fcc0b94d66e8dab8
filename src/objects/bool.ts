// bool: True and False, JS booleans; a final subclass of int.

import { T, NotImplemented, type Py } from './base';
import { methods, staticMethods } from './typesetup';
import { truthy } from './protocol';
import { numBinop, Op } from './ops';

export function setupBool(): void {
  const t = T.bool;
  staticMethods(t, {
    __new__: ['cls, o=False, /', (_cls: Py, o: Py) => truthy(o)],
  });
  t.vnew = (a) => (a.length === 0 ? false : a.length === 1 ? truthy(a[0]) : undefined);
  const logic = (op: Op, f: (a: boolean, b: boolean) => boolean) => (a: Py, b: Py) => {
    if (typeof a === 'boolean' && typeof b === 'boolean') return f(a, b);
    return numBinop(op, a, b);
  };
  const rlogic = (op: Op, f: (a: boolean, b: boolean) => boolean) => (a: Py, b: Py) => {
    if (typeof a === 'boolean' && typeof b === 'boolean') return f(b, a);
    const r = numBinop(op, b, a);
    return r === NotImplemented ? r : r;
  };
  methods(t, {
    __repr__: ['self, /', (a: Py) => (a ? 'True' : 'False')],
    __and__: ['self, value, /', logic(Op.And, (a, b) => a && b)],
    __rand__: ['self, value, /', rlogic(Op.And, (a, b) => a && b)],
    __or__: ['self, value, /', logic(Op.Or, (a, b) => a || b)],
    __ror__: ['self, value, /', rlogic(Op.Or, (a, b) => a || b)],
    __xor__: ['self, value, /', logic(Op.Xor, (a, b) => a !== b)],
    __rxor__: ['self, value, /', rlogic(Op.Xor, (a, b) => a !== b)],
  });
}
