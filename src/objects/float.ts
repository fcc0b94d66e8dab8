// float: a boxed IEEE double, so that 1.0 and 1 stay different objects.

import { PyObject, T, serial } from './base';

export class PyFloat extends PyObject {
  constructor(public v: number, cls?: any) {
    super(cls ?? T.float);
  }
}

/** CPython's repr of a float: the shortest string that round-trips, in
 * fixed notation when the decimal exponent is in [-4, 16), else scientific
 * with a signed two-digit-minimum exponent. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest round-trip digits.
  const s = x.toExponential();
  const ePos = s.indexOf('e');
  let mant = s.slice(0, ePos);
  const exp = parseInt(s.slice(ePos + 1), 10);
  const neg = mant[0] === '-';
  if (neg) mant = mant.slice(1);
  const digits = mant.replace('.', '');
  const decpt = exp + 1;
  let out: string;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) out = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) out = digits + '0'.repeat(decpt - digits.length) + '.0';
    else out = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    out = m + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
  }
  return neg ? '-' + out : out;
}

/** A float result, boxed. */
export function F(v: number): PyFloat {
  return new PyFloat(v);
}

serial(PyFloat);
