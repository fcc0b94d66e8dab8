// Functions whose glibc versions (what CPython calls) are not correctly
// rounded, computed with glibc's own algorithms so that the last bit
// agrees: cbrt (polynomial guess and one Halley step), log10 (log scaled by
// split constants) and the hyperbolic functions (Sun's formulas over exp,
// log, expm1 and log1p, with exp and log correctly rounded as glibc's
// nearly always are).

import * as cr from './math_cr';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function highWord(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}

function lowWord(x: number): number {
  f64[0] = x;
  return u32[0];
}

/** C's frexp for finite nonzero x: [m, e], 0.5 <= |m| < 1. */
function frexp(x: number): [number, number] {
  let e = 0;
  if (Math.abs(x) < 2 ** -1022) {
    x *= 2 ** 54;
    e = -54;
  }
  f64[0] = x;
  const hi = u32[1];
  e += ((hi >>> 20) & 0x7ff) - 1022;
  u32[1] = (hi & 0x800fffff) | (1022 << 20);
  return [f64[0], e];
}

/** x * 2^n with a single rounding. */
function ldexp(x: number, n: number): number {
  if (n > 1000) return x * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return x * 2 ** -1000 * 2 ** (n + 1000);
  return x * 2 ** n;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** cbrt as glibc computes it. */
export function cbrt(x: number): number {
  if (x === 0 || !isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

// log10(2) split so that k * LOG10_2HI is exact, and 1/ln(10)
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/** log10(x) for finite x > 0, as glibc: from log of the mantissa. */
export function log10(x: number): number {
  let k = 0;
  if (x < 2 ** -1022) {
    k -= 54;
    x *= 2 ** 54;
  }
  let hx = highWord(x);
  k += (hx >> 20) - 1023;
  // mantissa in [1, 2) for k >= 0, in [0.5, 1) for k < 0
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  f64[0] = x;
  u32[1] = hx;
  const m = f64[0];
  const z = y * LOG10_2LO + IVLN10 * cr.log(m);
  return z + y * LOG10_2HI;
}

/** cosh as glibc computes it. */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = cr.exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * cr.exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = cr.exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** sinh as glibc computes it. */
export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * cr.exp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = cr.exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

const LN2 = 6.93147180559945286227e-01;

/** asinh as glibc computes it. */
export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  const xa = Math.abs(x);
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = cr.log(xa) + LN2;
  } else if (ix > 0x40000000) {
    w = cr.log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
  } else {
    const t = xa * xa;
    w = Math.log1p(xa + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 || (x === 0 && 1 / x < 0) ? -w : w;
}

/** acosh as glibc computes it (NaN below 1). */
export function acosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return cr.log(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) return cr.log(2.0 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

/** atanh as glibc computes it (NaN beyond 1, infinite at 1). */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * Math.log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * Math.log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0 || xa !== xa) return NaN;
    return x / 0;
  }
  return x < 0 ? -t : t;
}
