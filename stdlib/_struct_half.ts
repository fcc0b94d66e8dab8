// IEEE 754 binary16 ('e' format) conversions, rounding half to even as
// CPython's PyFloat_Pack2 does.

import { OverflowError } from '../src/objects/raise';

/** The 16 bits of x as a half float; OverflowError when too large. */
export function packHalf(x: number): number {
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const sign = neg ? 0x8000 : 0;
  if (x !== x) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  if (a < 2 ** -14) {
    // subnormal: units of 2**-24, rounded half-even (exact scaling)
    return sign | roundEven(a * 2 ** 24);
  }
  let e = Math.floor(Math.log2(a));
  // log2 may be off by one near powers of two
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  if (e > 15) throw OverflowError('float too large to pack with e format');
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
    if (e > 15) throw OverflowError('float too large to pack with e format');
  }
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5 || (d === 0.5 && f % 2 === 1)) return f + 1;
  return f;
}

/** The value of the half float with bits h. */
export function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN * sign;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1024 + m) * 2 ** (e - 25);
}
