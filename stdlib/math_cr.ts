// Correctly rounded exp, log, log2, log10 and pow. JavaScript's Math
// functions come from fdlibm and are off by an ulp for a few percent of
// arguments, where glibc's (what CPython calls) are almost always correctly
// rounded; so computing the correctly rounded value matches CPython in
// practically every case. Method: a double-double evaluation (about 2^-76
// relative error) after table-driven argument reduction; when the result
// is too close to a rounding boundary to decide, a 256-bit fixed-point
// evaluation with BigInt settles it. Tables are computed on first use.

import { D, twoSum, fastTwoSum, twoProd, ddMul, ddAdd, P, ONE, fmul, exactOf, toFixed, bitLength, roundFixed, split3, toDD, decided, roundSigned, fatanh, scale2, splitMant, EXP, pow2 } from './math_dd';

const M72 = 2 ** -72, M70 = 2 ** -70, M69 = 2 ** -69, M74 = 2 ** -74, TINY = 2 ** -54;

/** ln 2 in fixed point (set by init). */
export let LN2F = 0n;

/** exp(r) for |r| <= ln2, fixed point. */
function fexpSmall(r: bigint): bigint {
  // halve 8 times, sum the series, square back
  const rr = r >> 8n;
  let term = ONE, sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = fmul(term, rr) / n;
    sum += term;
  }
  for (let i = 0; i < 8; i++) sum = fmul(sum, sum);
  return sum;
}

/** log(m) for m (fixed point) in [0.5, 2]. */
function flogSmall(m: bigint): bigint {
  return 2n * fatanh(((m - ONE) << P) / (m + ONE));
}

/** exp of a fixed-point argument z: [v, k] with result v * 2^(k-256). */
function fexp(z: bigint): [bigint, number] {
  // z = k*ln2 + r
  let k = z / LN2F;
  let r = z - k * LN2F;
  if (r < 0n) {
    r += LN2F;
    k -= 1n;
  }
  return [fexpSmall(r), Number(k)];
}

/** log(x) for a finite x > 0, fixed point. */
function flog(x: number): bigint {
  const [m, e] = exactOf(x);
  // x = m * 2^e with m < 2^53: normalize to [1, 2) * 2^E
  const n = bitLength(m);
  const E = e + n - 1;
  let mf = (m << P) >> BigInt(n - 1);
  let EE = BigInt(E);
  if (mf > (ONE * 3n) / 2n) {
    mf >>= 1n;
    EE += 1n;
  }
  return EE * LN2F + flogSmall(mf);
}

// ---- tables -----------------------------------------------------------------------------

let ready = false;
// ln2/128 in three parts (the first with few bits, so k * C1 is exact)
let C1 = 0, C2 = 0, C3 = 0;
let LN2_1 = 0, LN2_2 = 0, LN2_3 = 0;
const EXP_HI = new Float64Array(128), EXP_LO = new Float64Array(128);
const LOG_OFF = 40;
const LOG_HI = new Float64Array(100), LOG_LO = new Float64Array(100);
let INV_LN2_H = 0, INV_LN2_L = 0, INV_LN10_H = 0, INV_LN10_L = 0;

function init(): void {
  ready = true;
  LN2F = 2n * fatanh(ONE / 3n);
  [C1, C2, C3] = split3(LN2F >> 7n, 32);
  [LN2_1, LN2_2, LN2_3] = split3(LN2F, 40);
  [INV_LN2_H, INV_LN2_L] = toDD((ONE << P) / LN2F);
  const ln10 = 3n * LN2F + flogSmall((ONE * 5n) / 4n);
  [INV_LN10_H, INV_LN10_L] = toDD((ONE << P) / ln10);
  // the table entries are computed when first used (start-up stays cheap)
  EXP_HI.fill(NaN);
  LOG_HI.fill(NaN);
}

/** Fills EXP_HI/LO[j] = 2^(j/128). */
function expEntry(j: number): void {
  [EXP_HI[j], EXP_LO[j]] = toDD(j === 0 ? ONE : fexpSmall((LN2F * BigInt(j)) / 128n));
  const t = EXP_HI[j] * 134217729;
  EXP_S1[j] = t - (t - EXP_HI[j]);
  EXP_S2[j] = EXP_HI[j] - EXP_S1[j];
}

/** Fills LOG_HI/LO[j + LOG_OFF] = log(1 + j/128). */
function logEntry(j: number): void {
  [LOG_HI[j + LOG_OFF], LOG_LO[j + LOG_OFF]] = toDD(flogSmall(ONE + (ONE * BigInt(j)) / 128n));
}

// ---- rounding decision --------------------------------------------------------------------

// ---- exp -------------------------------------------------------------------------------------

/** exp(zh + zl) as double-double in (D.h, D.l), for |zh| < 746; returns the
 * binary exponent k to apply (result = (D.h, D.l) * 2^k). */
function expDD(zh: number, zl: number): number {
  const kd = Math.round(zh * (128 / Math.LN2));
  const k = kd;
  // r = z - k*ln2/128, in double-double
  const r0 = zh - k * C1;
  twoProd(k, C2);
  const p1 = D.h, p2 = D.l;
  twoSum(r0, -p1);
  const rh0 = D.h, rl0 = D.l - p2 - k * C3 + zl;
  fastTwoSum(rh0, rl0);
  const rh = D.h, rl = D.l;
  // exp(r) - 1 = r + r^2/2 + ..., the leading terms in double-double
  twoProd(rh, rh);
  const sh = D.h * 0.5, sl = D.l * 0.5;
  const t = sl + rh * rl + rh * rh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320))))));
  twoSum(rh, sh);
  const u1 = D.h, u2 = D.l;
  twoSum(1, u1);
  const v1 = D.h, v2 = D.l + u2 + rl + t;
  fastTwoSum(v1, v2);
  const j = ((k % 128) + 128) % 128;
  if (EXP_HI[j] !== EXP_HI[j]) expEntry(j);
  ddMul(D.h, D.l, EXP_HI[j], EXP_LO[j]);
  return (k - j) / 128;
}

// ---- quick paths ----------------------------------------------------------------------
// Plain doubles with a double-double sum at the end: a relative error far
// below 2^-64 (measured about 2^-68 for exp, 2^-67 for log), so Ziv's
// test (do both ends of the error interval round alike?) settles all but
// a few results in a thousand; the others take the double-double path.
// Tables live in typed arrays, and no double is stored in a module
// variable, as V8 boxes those on every store.

const QERR_EXP = 2 ** -63, QERR_LOG = 2 ** -63;
// EXP_HI's halves for Dekker's product (at most 26 bits each)
const EXP_S1 = new Float64Array(128), EXP_S2 = new Float64Array(128);

function quickExp(x: number): number {
  const k = Math.round(x * (128 / Math.LN2));
  // r = x - k*ln2/128 = rh + rl: k*C1 is exact and x - k*C1 too (Sterbenz);
  // k*C2 is off by at most 2^-76, k*C3 is below 2^-74
  const r0 = x - k * C1;
  const p = -k * C2;
  const rh = r0 + p;
  const bb = rh - r0;
  const rl = r0 - (rh - bb) + (p - bb) - k * C3;
  // exp(r) = 1 + rh + q, |rh| < 2^-8.4; the r^7 term is below 2^-71
  const q = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720))))) + rl;
  const j = k & 127;
  if (EXP_HI[j] !== EXP_HI[j]) expEntry(j);
  const th = EXP_HI[j];
  // th * rh exactly (Dekker), then 2^(j/128) * exp(r); |th| > 2|th*rh|
  const t = rh * 134217729;
  const r1 = t - (t - rh), r2 = rh - r1;
  const a1 = EXP_S1[j], a2 = EXP_S2[j];
  const pr = th * rh;
  const pe = a1 * r1 - pr + a1 * r2 + a2 * r1 + a2 * r2;
  const h = th + pr;
  const tl = EXP_LO[j];
  const lo = th - h + pr + (pe + tl + tl * rh + th * q);
  const hh = h + lo;
  const ll = lo - (hh - h);
  const e = hh * QERR_EXP;
  const v = hh + (ll - e);
  // exact scaling: the result is normal for -707 < x < 709.7
  return v === hh + (ll + e) ? v * pow2(k >> 7) : NaN;
}

/** Correctly rounded exp(x). */
export function exp(x: number): number {
  if (x > -707 && x < 709.7 && (x < -TINY || x > TINY) && ready) {
    const v = quickExp(x);
    if (v === v) return v;
  }
  if (!(x === x)) return x;
  if (x > 709.79) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < TINY) return 1;
  if (!ready) init();
  if (x > -708) {
    const k = expDD(x, 0);
    if (decided(D.h, D.l, M72)) return scale2(D.h, k);
  }
  const [v, k] = fexp(toFixed(x));
  return roundFixed(v, k);
}

// ---- log -------------------------------------------------------------------------------------

/** log(x) as double-double in (D.h, D.l) for a finite x > 0. */
function logDD(x: number): void {
  let e = 0;
  let m = x;
  if (m < 2 ** -1000) {
    m *= 2 ** 100;
    e -= 100;
  }
  m = splitMant(m);
  e += EXP;
  if (m > Math.SQRT2) {
    m *= 0.5;
    e += 1;
  }
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  // u = (m - c)/c in double-double (m - c is exact)
  const d = m - c;
  const q = d / c;
  twoProd(q, c);
  const ql = (d - D.h - D.l) / c;
  fastTwoSum(q, ql);
  const uh = D.h, ul = D.l;
  // log(1+u) = u - u^2/2 + u^3/3 - u^4/4 ...
  twoProd(uh, uh);
  const u2h = D.h, u2l = D.l + 2 * uh * ul;
  ddMul(u2h, u2l, uh, ul);
  const u3h = D.h, u3l = D.l;
  const tail = -u2h * u2h * (0.25 - uh * (0.2 - uh * (1 / 6 - uh * (1 / 7 - uh * (0.125 - uh * (1 / 9 - uh * (0.1 - uh * (1 / 11 - uh / 12))))))));
  // u^3/3 as double-double
  const t3h = u3h / 3;
  twoProd(t3h, 3);
  const t3l = (u3h - D.h - D.l + u3l) / 3;
  ddAdd(uh, ul, -0.5 * u2h, -0.5 * u2l);
  ddAdd(D.h, D.l, t3h, t3l + tail);
  const sh = D.h, sl = D.l;
  // + log(c) + e*ln2
  if (LOG_HI[j + LOG_OFF] !== LOG_HI[j + LOG_OFF]) logEntry(j);
  ddAdd(sh, sl, LOG_HI[j + LOG_OFF], LOG_LO[j + LOG_OFF]);
  const ah = D.h, al = D.l;
  twoProd(e, LN2_2);
  const bh = e * LN2_1, bl = D.h, bll = D.l + e * LN2_3;
  ddAdd(bh, bl, ah, al + bll);
}

// m * LQ_INV[i] = 1 + r with i = round(128 m) and LQ_INV[i] the double
// nearest 128/i; LQ_H/LQ_L[i] = -log(LQ_INV[i]) (of that double, exactly)
const LQ_INV = new Float64Array(183).fill(NaN), LQ_H = new Float64Array(183), LQ_L = new Float64Array(183);
// LQ_INV's halves for Dekker's product
const LQ_S1 = new Float64Array(183), LQ_S2 = new Float64Array(183);

function logQEntry(i: number): void {
  const inv = 128 / i;
  [LQ_H[i], LQ_L[i]] = toDD(-flog(inv));
  const t = inv * 134217729;
  LQ_S1[i] = t - (t - inv);
  LQ_S2[i] = inv - LQ_S1[i];
  LQ_INV[i] = inv;
}

/** log(x) as hi + lo for a normal finite x > 0, the error below 2^-66. */
function quickLogDD(x: number, out: Float64Array): void {
  // the mantissa m in [1, 2) and the exponent e, from the bits
  BF[0] = x;
  const w = BU[1];
  let e = (w >>> 20) - 1023;
  BU[1] = (w & 0x000fffff) | 0x3ff00000;
  let m = BF[0];
  if (m > Math.SQRT2) {
    m *= 0.5;
    e += 1;
  }
  const i = Math.round(m * 128);
  if (LQ_INV[i] !== LQ_INV[i]) logQEntry(i);
  const inv = LQ_INV[i];
  // m * inv = ph + pl exactly (Dekker); ph - 1 is exact (Sterbenz)
  const t = m * 134217729;
  const m1 = t - (t - m), m2 = m - m1;
  const i1 = LQ_S1[i], i2 = LQ_S2[i];
  const ph = m * inv;
  const rl = m1 * i1 - ph + m1 * i2 + m2 * i1 + m2 * i2;
  const rh = ph - 1;
  // log(1 + rh + rl), |rh| < 2^-7.4: rh - rh^2/2 with rh^2 exact, the rest
  // in plain doubles; rl's effect is rl/(1 + rh) to within 2^-75
  const u = rh * 134217729;
  const r1 = u - (u - rh), r2 = rh - r1;
  const sq = rh * rh;
  const sqe = r1 * r1 - sq + 2 * r1 * r2 + r2 * r2;
  // (Estrin's scheme: a shorter dependency chain than Horner's)
  const sq2 = sq * sq;
  const poly = 1 / 3 - 0.25 * rh + sq * (0.2 - rh * (1 / 6)) + sq2 * (1 / 7 - 0.125 * rh + sq * (1 / 9 - 0.1 * rh));
  const rest = rh * sq * poly + (rl - rl * rh + rl * sq) - 0.5 * sqe;
  // e*ln2 + log(1/inv) + rh - rh^2/2: each partial sum outweighs the next
  // term (or is zero), so the error-free sums need no comparison
  const a = e * LN2_1;
  const s1 = a + LQ_H[i];
  let lo = LQ_H[i] - (s1 - a);
  const s2 = s1 + rh;
  lo += rh - (s2 - s1);
  const d = -0.5 * sq;
  const s3 = s2 + d;
  lo += d - (s3 - s2) + (LQ_L[i] + e * LN2_2 + rest);
  const h = s3 + lo;
  out[0] = h;
  out[1] = lo - (h - s3);
}

const QL = new Float64Array(2);
const BF = new Float64Array(1), BU = new Uint32Array(BF.buffer);

/** Correctly rounded log(x) for x > 0 finite. */
export function log(x: number): number {
  if (x >= 2 ** -1022 && x < Infinity && ready) {
    quickLogDD(x, QL);
    const h = QL[0], l = QL[1];
    const e = (h < 0 ? -h : h) * QERR_LOG;
    const v = h + (l - e);
    if (v === h + (l + e)) return v;
  }
  if (x === 1) return 0;
  if (!ready) init();
  logDD(x);
  if (decided(D.h, D.l, M70)) return D.h;
  return roundSigned(flog(x), 0);
}

/** Correctly rounded log2(x) for x > 0 finite. */
export function log2(x: number): number {
  if (!ready) init();
  // exact for powers of two
  if (x >= 2 ** -1022 && splitMant(x) === 1) return EXP;
  logDD(x);
  ddMul(D.h, D.l, INV_LN2_H, INV_LN2_L);
  if (decided(D.h, D.l, M69)) return D.h;
  return roundSigned((flog(x) << P) / LN2F, 0);
}

/** Correctly rounded log10(x) for x > 0 finite. */
export function log10(x: number): number {
  if (!ready) init();
  const e = Math.round(Math.log10(x));
  if (e >= 0 && e <= 22 && 10 ** e === x) return e;
  logDD(x);
  ddMul(D.h, D.l, INV_LN10_H, INV_LN10_L);
  if (decided(D.h, D.l, M69)) return D.h;
  const ln10 = 3n * LN2F + flogSmall((ONE * 5n) / 4n);
  return roundSigned((flog(x) << P) / ln10, 0);
}

// ---- pow ---------------------------------------------------------------------------------------

/** Correctly rounded x**y for finite x > 0 and finite y (the caller handles
 * signs, zeros, infinities and NaNs). */
export function powPos(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (!ready) init();
  logDD(x);
  // z = y * log(x)
  const lh = D.h, ll = D.l;
  twoProd(y, lh);
  const zh0 = D.h, zl0 = D.l + y * ll;
  fastTwoSum(zh0, zl0);
  const zh = D.h, zl = D.l;
  if (zh > 709.79) return Infinity;
  if (zh < -745.2) return 0;
  if (zh > -708 && zh < 709.7) {
    const k = expDD(zh, zl);
    // the error of log(x), times |y|, adds to exp's
    if (decided(D.h, D.l, M72 + Math.abs(zh) * M74)) return scale2(D.h, k);
  }
  const lf = flog(x);
  const [ym, ye] = exactOf(y);
  let z = lf * ym;
  z = ye >= 0 ? z << BigInt(ye) : z >> BigInt(-ye);
  if (z > toFixed(746)) return Infinity;
  if (z < toFixed(-746)) return 0;
  const [v, k] = fexp(z);
  return roundFixed(v, k);
}

/** Correctly rounded x**y for finite x and y (NaN for a negative x with a
 * non-integer y; infinite for 0 ** negative). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 0) {
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    if (y > 0) return odd ? x : 0;
    return odd && 1 / x < 0 ? -Infinity : Infinity;
  }
  if (x > 0) return powPos(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = powPos(-x, y);
  return Math.abs(y % 2) === 1 ? -r : r;
}

/** Correctly rounded hypot(a, b) (glibc's is; complex abs and cmath use it). */
export function hypot(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  if (a === Infinity || b === Infinity) return Infinity;
  if (a !== a || b !== b) return NaN;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  if (a < 2 ** -1000) return hypot(a * 2 ** 600, b * 2 ** 600) * 2 ** -600;
  // scale a into [1, 2) so that the squares neither overflow nor underflow
  const ma = splitMant(a);
  const k = EXP;
  const sb = scale2(b, -k);
  twoProd(ma, ma);
  const ah = D.h, al = D.l;
  twoProd(sb, sb);
  ddAdd(ah, al, D.h, D.l);
  const th = D.h, tl = D.l;
  let r = Math.sqrt(th);
  // pick among r and its neighbours the one whose square is nearest t
  let best = r, bestErr = Infinity;
  const ulp = r >= 2 ? 2 ** -51 : 2 ** -52;
  // (the neighbours r -+ ulp are doubles: r is in [1, 2) here)
  for (let i = -1; i <= 1; i++) {
    const c = r + i * ulp;
    twoProd(c, c);
    const err = Math.abs(D.h - th + (D.l - tl));
    if (err < bestErr) {
      bestErr = err;
      best = c;
    }
  }
  r = best;
  return scale2(r, k);
}

