// complex: a pair of doubles, and the arithmetic kernel for it (CPython's
// complexobject.c: Smith's division, exact integer powers by squaring).

import { PyObject, T, NotImplemented, type Py, serial } from './base';
import { ZeroDivisionError, OverflowError } from './raise';

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number, cls?: any) {
    super(cls ?? T.complex);
  }
}

/** a / b (c_quot). */
function quot(ar: number, ai: number, br: number, bi: number): PyComplex {
  const abr = br < 0 ? -br : br, abi = bi < 0 ? -bi : bi;
  if (abr >= abi) {
    if (abr === 0) throw ZeroDivisionError('complex division by zero');
    const ratio = bi / br, denom = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new PyComplex(NaN, NaN);
}

/** x ** n for a non-negative integer n, by repeated squaring (c_powu). */
function powu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1, ri = 0, pr = xr, pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
    if (mask > 2 ** 30) break;
  }
  return [rr, ri];
}

/** a ** b (complex_pow). */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    if (br >= 0) {
      const [r, i] = powu(ar, ai, br);
      return new PyComplex(r, i);
    }
    if (ar === 0 && ai === 0) throw ZeroDivisionError('0.0 to a negative or complex power');
    const [r, i] = powu(ar, ai, -br);
    return quot(1, 0, r, i);
  }
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
  const r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  if (!isFinite(len) && isFinite(ar) && isFinite(ai) && isFinite(br) && isFinite(bi)) throw OverflowError('complex exponentiation');
  return r;
}

/** Complex arithmetic for the binary operators (Op numbering of ops.ts);
 * floor division, modulo and divmod are not defined for complex. */
export function complexOp(op: number, ar: number, ai: number, br: number, bi: number): Py {
  switch (op) {
    case 0:
      return new PyComplex(ar + br, ai + bi);
    case 1:
      return new PyComplex(ar - br, ai - bi);
    case 2:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case 3:
      return quot(ar, ai, br, bi);
    case 6:
      return complexPow(ar, ai, br, bi);
  }
  return NotImplemented;
}

serial(PyComplex);
