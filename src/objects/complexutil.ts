// complex: a pair of doubles, and the arithmetic kernel for it.

import { PyObject, T, NotImplemented, type Py, serial } from './base';
import { PyTuple } from './tuple';
import { ZeroDivisionError, TypeError } from './raise';

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number, cls?: any) {
    super(cls ?? T.complex);
  }
}

/** Complex arithmetic for the binary operators (Op numbering of ops.ts). */
export function complexOp(op: number, ar: number, ai: number, br: number, bi: number): Py {
  switch (op) {
    case 0:
      return new PyComplex(ar + br, ai + bi);
    case 1:
      return new PyComplex(ar - br, ai - bi);
    case 2:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case 3: {
      if (br === 0 && bi === 0) throw ZeroDivisionError('complex division by zero');
      // Smith's algorithm, as CPython
      if (Math.abs(br) >= Math.abs(bi)) {
        const ratio = bi / br, denom = br + bi * ratio;
        return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
      }
      const ratio = br / bi, denom = br * ratio + bi;
      return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }
    case 6: {
      if (br === 0 && bi === 0) return new PyComplex(1, 0);
      if (ar === 0 && ai === 0) {
        if (bi !== 0 || br < 0) throw ZeroDivisionError('0.0 to a negative or complex power');
        return new PyComplex(0, 0);
      }
      const vabs = Math.hypot(ar, ai);
      let len = Math.pow(vabs, br);
      const at = Math.atan2(ai, ar);
      let phase = at * br;
      if (bi !== 0) {
        len /= Math.exp(at * bi);
        phase += bi * Math.log(vabs);
      }
      return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }
    case 4:
    case 5:
    case 13:
      throw TypeError(`can't take floor or mod of complex number.`);
  }
  void PyTuple;
  return NotImplemented;
}

serial(PyComplex);
