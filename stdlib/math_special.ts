// The float algorithms of the math module that libm or CPython compute
// themselves and JavaScript's Math lacks: gamma/lgamma (CPython's Lanczos
// approximation), erf/erfc (the Sun/glibc rational approximations, with
// glibc's evaluation order so results match bit for bit), fsum (Shewchuk's
// exact partials with CPython's final half-even correction), the vector norm
// behind hypot/dist, and bit-level helpers (frexp, ldexp, nextafter, ulp).

import * as cr from './math_cr';
import * as tr from './math_trig';

const buf = new DataView(new ArrayBuffer(8));

/** The raw IEEE bits of x as a bigint. */
export function bitsOf(x: number): bigint {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
}

/** The double with raw bits b. */
export function fromBits(b: bigint): number {
  buf.setBigUint64(0, b);
  return buf.getFloat64(0);
}

function highWord(x: number): number {
  buf.setFloat64(0, x);
  return buf.getInt32(0);
}

/** x with the low 32 bits of its representation cleared. */
function clearLow(x: number): number {
  buf.setFloat64(0, x);
  buf.setUint32(4, 0);
  return buf.getFloat64(0);
}

/** copysign(1.0, x) < 0, seeing the sign of -0.0 and of NaNs. */
export function signBit(x: number): boolean {
  buf.setFloat64(0, x);
  return (buf.getUint8(0) & 0x80) !== 0;
}

export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signBit(y) ? -ax : ax;
}

/** frexp(x): [m, e] with x == m * 2**e and 0.5 <= |m| < 1 (or m == x for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  buf.setFloat64(0, x);
  let hi = buf.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    // subnormal: scale into the normal range first
    buf.setFloat64(0, x * 2 ** 54);
    hi = buf.getUint32(0);
    e = (hi >>> 20) & 0x7ff;
    adj = -54;
  }
  buf.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [buf.getFloat64(0), e - 1022 + adj];
}

/** x * 2**e with a single rounding; null on overflow. */
export function ldexp(x: number, e: number): number | null {
  if (x === 0 || !isFinite(x)) return x;
  if (e > 2200) return null;
  if (e < -2200) return copysign(0, x);
  const [m, ex] = frexp(x);
  const k = ex + e;
  if (k > 1024) return null;
  if (k >= -1021) return k === 1024 ? m * 2 * 2 ** 1023 : m * 2 ** k;
  // subnormal result: the first product is exact, the second rounds once
  if (k < -1100) return copysign(0, x);
  return m * 2 ** (k + 1022) * 2 ** -1022;
}

/** The next double after x in the direction of y. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

/** The value of the least significant bit of x. */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---- gamma and lgamma ----------------------------------------------------------
// Lanczos approximation with g = 6.0246800407767296 and N = 13, in the form
// CPython uses: a rational function in x evaluated in two ways to avoid
// overflow, plus a correction for the rounding of x + g - 0.5.

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
// the denominator x*(x+1)*...*(x+11) expanded
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const N = LANCZOS_NUM.length;

// exact gamma(n) = (n-1)! for n = 1..23
const GAMMA_INT: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  GAMMA_INT.push(f);
  f *= i + 1;
}

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = N - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    // as a rational function in 1/x, which cannot overflow
    for (let i = 0; i < N; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), accurate for large x and exact zeros at integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = tr.sin(Math.PI * y);
      break;
    case 1:
      r = tr.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      // sin(pi*(1-y)), not -sin(pi*(y-1)), so that y == 1 gives +0.0
      r = tr.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -tr.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = tr.sin(Math.PI * (y - 2));
  }
  return copysign(1, x) * r;
}

/** Result of gamma/lgamma: the value, or an error kind. */
export type MathResult = number | 'domain' | 'range';

/** math.gamma(x). */
export function gamma(x: number): MathResult {
  if (!isFinite(x)) {
    if (x !== x || x > 0) return x;
    return 'domain';
  }
  if (x === 0) return 'domain';
  if (x === Math.floor(x)) {
    if (x < 0) return 'domain';
    if (x <= 23) return GAMMA_INT[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    return isFinite(r) ? r : 'range';
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    return 'range';
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z: the rounding error in y, times g/y (see the correction factor in
  // CPython's mathmodule.c)
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * cr.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= cr.pow(y, absx - 0.5);
    else {
      const sqrtpow = cr.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / cr.exp(y);
    r += z * r;
    if (absx < 140) r *= cr.pow(y, absx - 0.5);
    else {
      const sqrtpow = cr.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return isFinite(r) ? r : 'range';
}

const LOG_PI = 1.144729885849400174143427351353058711647;

/** math.lgamma(x). */
export function lgamma(x: number): MathResult {
  if (!isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) return 'domain';
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -cr.log(absx);
  let r = cr.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (cr.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - cr.log(Math.abs(sinpi(absx))) - cr.log(absx) - r;
  return isFinite(r) ? r : 'range';
}

// ---- erf and erfc ------------------------------------------------------------------
// Rational approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35)
// and [1/0.35, 28) from Sun's fdlibm, evaluated in glibc's order.

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [-2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.16637559486879084300e-3];
const QA = [0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [-9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592];
const SA = [0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2];
const RB = [-9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2];
const SB = [0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1];

/** (erf(x) - x) / x on |x| < 0.84375. */
function erfSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on 0.84375 <= |x| < 1.25, with s = |x| - 1. */
function erfMid(s: number): number {
  const P1 = PA[0] + s * PA[1], s2 = s * s;
  const Q1 = 1 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

/** erfc(ax) * ax ... as exp(-z*z - 0.5625) * exp(R/S + ...) for 1.25 <= ax < 28. */
function erfcTail(ax: number, ix: number, small: number): number {
  const s = 1 / (ax * ax);
  let R: number, S: number;
  if (ix < small) {
    const R1 = RA[0] + s * RA[1], s2 = s * s;
    const S1 = 1 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2;
    const S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5];
    const S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7];
    const S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1], s2 = s * s;
    const S1 = 1 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2;
    const S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5];
    const S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = clearLow(ax);
  return (cr.exp(-z * z - 0.5625) * cr.exp((z - ax) * (z + ax) + R / S)) / ax;
}

/** math.erf(x). */
export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + 16 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) {
    const pq = erfMid(Math.abs(x) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = erfcTail(Math.abs(x), ix, 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

/** math.erfc(x). */
export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfMid(Math.abs(x) - 1);
    if (hx >= 0) return 1 - ERX - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const r = erfcTail(Math.abs(x), ix, 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}

// ---- fsum ----------------------------------------------------------------------------

/** Exact sum of doubles, correctly rounded: the value, or an error message
 * tagged with its exception type. */
export function fsum(values: Iterable<number>): number | ['OverflowError' | 'ValueError', string] {
  const p: number[] = [];
  let special = 0, infSum = 0;
  for (const v of values) {
    let x = v;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        // from an inf/nan summand, or an intermediate overflow
        if (isFinite(xsave)) return ['OverflowError', 'intermediate overflow in fsum'];
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) {
    if (infSum !== infSum) return ['ValueError', '-inf + inf in fsum'];
    return special;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    let lo = 0;
    hi = p[--n];
    // add from the top until the sum becomes inexact
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // round half-even across the remaining partials: a 1-ulp fix when the
    // partial below has the sign of the rounding error
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// ---- vector norm (hypot, dist) -------------------------------------------------------
// CPython 3.11's vector_norm: squares of the scaled coordinates split by
// Veltkamp into exact parts summed with compensation, a square root, and
// one correction step; coordinates too small to scale are divided by the
// largest instead. (3.12 changed the method, and results with it.)

const T27 = 134217729; // 2^27 + 1
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** 2^k at [1074 + k] for k in -1074..1023, exact (doubling and halving). */
const POW2 = (() => {
  const a = new Float64Array(2098);
  let v = 1;
  for (let k = 0; k <= 1023; k++, v *= 2) a[1074 + k] = v;
  v = 1;
  for (let k = 0; k >= -1074; k--, v /= 2) a[1074 + k] = v;
  return a;
})();

/** 2^-e for frexp's exponent e of x >= 2^-1024 (vector_norm's scale). */
function scaleOf(x: number): number {
  if (x < 2 ** -1022) return x < 2 ** -1023 ? 2 ** 1023 : 2 ** 1022;
  f64[0] = x;
  return POW2[1074 + 1022 - (u32[1] >>> 20)];
}

/** sqrt(sum(v*v)) of the absolute values vec (max their maximum), as
 * CPython's vector_norm. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  // csum + f1 + f2 + f3: the compensated sum
  let c = 1, f1 = 0, f2 = 0, f3 = 0, old: number, y: number;
  if (!(max >= 2 ** -1024)) {
    for (let i = 0; i < n; i++) {
      y = vec[i] / max;
      y *= y;
      old = c;
      c += y;
      f1 += old - c + y;
    }
    return max * Math.sqrt(c - 1 + f1);
  }
  const scale = scaleOf(max);
  let t: number, hi: number, lo: number;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    y = hi * hi;
    old = c;
    c += y;
    f1 += old - c + y;
    y = 2 * hi * lo;
    old = c;
    c += y;
    f2 += old - c + y;
    f3 += lo * lo;
  }
  const h = Math.sqrt(c - 1 + (f1 + f2 + f3));
  t = h * T27;
  hi = t - (t - h);
  lo = h - hi;
  y = -hi * hi;
  old = c;
  c += y;
  f1 += old - c + y;
  y = -2 * hi * lo;
  old = c;
  c += y;
  f2 += old - c + y;
  y = -lo * lo;
  old = c;
  c += y;
  f3 += old - c + y;
  return (h + (c - 1 + (f1 + f2 + f3)) / (2 * h)) / scale;
}

