// int values: JS numbers (safe integers) or bigints beyond ±2**53, plus
// PyInt boxes for instances of int subclasses (e.g. IntEnum members).

import { PyObject, type Py, serial } from './base';

/** An instance of a subclass of int. */
export class PyInt extends PyObject {
  constructor(public v: number | bigint, cls: any) {
    super(cls);
  }
}

/** Normalizes a bigint result: a number when it is a safe integer. */
export function norm(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** The int value of an int, bool or int-subclass instance, else null. */
export function intValue(x: Py): number | bigint | null {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyInt) return x.v;
  return null;
}

/** The modulus of CPython's numeric hash (2**61 - 1). */
export const HASH_MODULUS = (1n << 61n) - 1n;

/** hash() of an int, exactly as CPython computes it. */
export function intHash(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

serial(PyInt);
