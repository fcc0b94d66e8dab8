// Correctly rounded sin, cos, tan, atan, asin, acos and atan2 (glibc's are
// correctly rounded in practice, fdlibm's in JavaScript are off by an ulp
// for a few percent of arguments). Double-double evaluation with tables of
// sin, cos and atan at multiples of 1/64; a 256-bit fixed-point evaluation
// decides the rare results too close to a rounding boundary, and reduces
// huge arguments modulo pi/2 exactly.

const M70 = 2 ** -70, M69 = 2 ** -69, M68 = 2 ** -68, M118 = 2 ** -118;

import { D, twoSum, fastTwoSum, twoProd, ddMul, ddAdd, ONE, fmul, toFixed, exactOf, split3, toDD, decided, roundSigned } from './math_dd';

// ---- fixed point: pi, sin/cos and atan series --------------------------------------

const BIG = 1400n; // bits for reducing any double modulo pi/2

/** atan(1/n) with `bits` fraction bits. */
function atanInv(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n, sum = 0n;
  const n2 = n * n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term /= n2;
  }
  return sum;
}

let PI_BIG = 0n; // pi with BIG fraction bits (for huge arguments)
let PIO2F = 0n; // pi/2 with 256 fraction bits

function piInit(): void {
  if (PIO2F) return;
  PIO2F = (4n * (4n * atanInv(5n, 264n) - atanInv(239n, 264n))) >> 9n;
}

function bigPiInit(): void {
  if (PI_BIG) return;
  PI_BIG = (4n * (4n * atanInv(5n, BIG + 8n) - atanInv(239n, BIG + 8n))) >> 8n;
}

/** [sin r, cos r] for |r| <= pi/4 + a little, fixed point. */
function fsincos(r: bigint): [bigint, bigint] {
  const r2 = fmul(r, r);
  let s = r, c = ONE, ts = r, tc = ONE;
  for (let n = 1n; ts !== 0n || tc !== 0n; n++) {
    tc = -fmul(tc, r2) / ((2n * n - 1n) * (2n * n));
    ts = -fmul(ts, r2) / ((2n * n) * (2n * n + 1n));
    c += tc;
    s += ts;
  }
  return [s, c];
}

/** x mod pi/2: [r in 256-bit fixed point with |r| <= pi/4, quadrant k mod 4]. */
function reduceBig(x: number): [bigint, number] {
  bigPiInit();
  const [m, e] = exactOf(x);
  const X = m << BigInt(e + 1400); // x with BIG fraction bits (exact)
  const pio2 = PI_BIG >> 1n;
  let k = (X + (pio2 >> 1n)) / pio2;
  if (X + (pio2 >> 1n) < 0n && (X + (pio2 >> 1n)) % pio2 !== 0n) k -= 1n;
  const r = X - k * pio2;
  return [r >> (BIG - 256n), Number(((k % 4n) + 4n) % 4n)];
}

/** atan(t) for |t| <= 1, fixed point (halving the angle twice). */
function fatan(t: bigint): bigint {
  let halvings = 0n;
  while (halvings < 3n) {
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
    const root = isqrtBig((ONE << 256n) + t * t);
    t = (t << 256n) / (ONE + root);
    halvings++;
  }
  const t2 = fmul(t, t);
  let term = t, sum = 0n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term = fmul(term, t2);
  }
  return sum << halvings;
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

// ---- tables -------------------------------------------------------------------------------

let ready = false;
const SIN_H = new Float64Array(53), SIN_L = new Float64Array(53);
const COS_H = new Float64Array(53), COS_L = new Float64Array(53);
// the entries' halves for Dekker's product (at most 26 bits each)
const SIN_S1 = new Float64Array(53), SIN_S2 = new Float64Array(53);
const COS_S1 = new Float64Array(53), COS_S2 = new Float64Array(53);
const ATAN_H = new Float64Array(65), ATAN_L = new Float64Array(65);
let P1 = 0, P2 = 0, P3 = 0, P4 = 0;
let PIO2_H = 0, PIO2_L = 0, PI_H = 0, PI_L = 0;

function init(): void {
  ready = true;
  piInit();
  // table entries are computed when first used
  SIN_H.fill(NaN);
  ATAN_H.fill(NaN);
  // pi/2 in four parts of at most 31 bits: k * part is exact for |k| < 2^21
  let rest = PIO2F;
  const parts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [a] = split3(rest, 31);
    parts.push(a);
    rest -= toFixed(a);
  }
  parts.push(toDD(rest)[0]);
  [P1, P2, P3, P4] = parts;
  [PIO2_H, PIO2_L] = toDD(PIO2F);
  [PI_H, PI_L] = toDD(PIO2F * 2n);
}

function sinCosEntry(j: number): void {
  const [s, c] = fsincos((ONE * BigInt(j)) / 64n);
  [SIN_H[j], SIN_L[j]] = toDD(s);
  [COS_H[j], COS_L[j]] = toDD(c);
  let t = SIN_H[j] * 134217729;
  SIN_S1[j] = t - (t - SIN_H[j]);
  SIN_S2[j] = SIN_H[j] - SIN_S1[j];
  t = COS_H[j] * 134217729;
  COS_S1[j] = t - (t - COS_H[j]);
  COS_S2[j] = COS_H[j] - COS_S1[j];
}

function atanEntry(j: number): void {
  [ATAN_H[j], ATAN_L[j]] = toDD(fatan((ONE * BigInt(j)) / 64n));
}

// ---- sin, cos, tan --------------------------------------------------------------------------

/** x mod pi/2 for |x| < 2^21 into (D.h, D.l); returns the quadrant. */
function reduce(x: number): number {
  const k = Math.round(x * (2 / Math.PI));
  const t1 = x - k * P1;
  twoSum(t1, -k * P2);
  const a = D.h, b = D.l;
  twoSum(a, -k * P3);
  fastTwoSum(D.h, D.l + b - k * P4);
  return ((k % 4) + 4) % 4;
}

let SH = 0, SL = 0, CH = 0, CL = 0;
/** The argument the accurate kernel last ran for (SH..CL hold its result). */
let accX = NaN;

/** sin and cos of r = (rh, rl), |r| <= pi/4, into SH/SL and CH/CL. */
function kernel(rh: number, rl: number): void {
  const j = Math.round(rh * 64);
  const aj = Math.abs(j);
  // s = r - j/64 (the subtraction is exact)
  twoSum(rh - j / 64, rl);
  const sh = D.h, sl = D.l;
  const s2 = sh * sh;
  // sin(s) = s - s^3/6 + ..., cos(s) = 1 - s^2/2 + ...
  twoProd(sh, sh);
  const qh = D.h, ql = D.l + 2 * sh * sl;
  ddMul(qh, ql, sh, sl);
  const cubeh = D.h, cubel = D.l;
  const th = cubeh / 6;
  twoProd(th, 6);
  const tl = (cubeh - D.h - D.l + cubel) / 6;
  const sinTail = s2 * s2 * sh * (1 / 120 - s2 * (1 / 5040 - s2 / 362880));
  ddAdd(sh, sl, -th, -tl + sinTail);
  const ssh = D.h, ssl = D.l;
  const cosTail = s2 * s2 * (1 / 24 - s2 * (1 / 720 - s2 / 40320));
  ddAdd(1, 0, -0.5 * qh, -0.5 * ql + cosTail);
  const csh = D.h, csl = D.l;
  if (j === 0) {
    SH = ssh;
    SL = ssl;
    CH = csh;
    CL = csl;
    return;
  }
  if (SIN_H[aj] !== SIN_H[aj]) sinCosEntry(aj);
  const sjh = j < 0 ? -SIN_H[aj] : SIN_H[aj], sjl = j < 0 ? -SIN_L[aj] : SIN_L[aj];
  const cjh = COS_H[aj], cjl = COS_L[aj];
  // sin(a+b) = sin a cos b + cos a sin b; cos(a+b) = cos a cos b - sin a sin b
  ddMul(sjh, sjl, csh, csl);
  const p1h = D.h, p1l = D.l;
  ddMul(cjh, cjl, ssh, ssl);
  ddAdd(p1h, p1l, D.h, D.l);
  SH = D.h;
  SL = D.l;
  ddMul(cjh, cjl, csh, csl);
  const p3h = D.h, p3l = D.l;
  ddMul(sjh, sjl, ssh, ssl);
  ddAdd(p3h, p3l, -D.h, -D.l);
  CH = D.h;
  CL = D.l;
}

// ---- quick path for sin and cos --------------------------------------------------
// Most arguments need far less than the accurate kernel's 2^-76: a plain
// double evaluation with a double-double sum at the end (relative error
// below 2^-64, measured about 2^-66) settles all but about one result in
// 150 by Ziv's test; the rest fall through to the accurate kernel.

/** Relative error bound of quickSinCos (with slack over the analysis). */
const QERR = 2 ** -61;
// quickSinCos's results [sin hi, lo, cos hi, lo, x], for x in quadrant
// lastQ: a typed array, as doubles stored in module variables get boxed
const QR = new Float64Array([0, 0, 0, 0, NaN]);
let lastQ = 0;

function quickSinCos(x: number): void {
  // the same reduction as reduce(), written out: no shared registers
  const k = Math.round(x * (2 / Math.PI));
  const t1 = x - k * P1;
  const m2 = -k * P2;
  const a = t1 + m2;
  let bb = a - t1;
  const b = t1 - (a - bb) + (m2 - bb);
  const m3 = -k * P3;
  const s = a + m3;
  bb = s - a;
  const lo0 = a - (s - bb) + (m3 - bb) + b - k * P4;
  const rh = s + lo0;
  const rl = lo0 - (rh - s);
  lastQ = k & 3;
  // r = j/64 + sh + rl with |sh| <= 1/128 (rh - j/64 is exact)
  const j = Math.round(rh * 64);
  const sh = rh - j * (1 / 64);
  const s2 = sh * sh;
  // sin(sh + rl) - sh and cos(sh + rl) - 1; dropped terms are below
  // 2^-68 relative (s^9/9!, s^10/10!, rl*s^2)
  const sm = rl + sh * s2 * (-1 / 6 + s2 * (1 / 120 - s2 * (1 / 5040)));
  const cm = s2 * (-0.5 + s2 * (1 / 24 - s2 * (1 / 720 - s2 * (1 / 40320)))) - sh * rl;
  if (j === 0) {
    let h = sh + sm;
    QR[0] = h;
    QR[1] = sm - (h - sh);
    h = 1 + cm;
    QR[2] = h;
    QR[3] = cm - (h - 1);
    return;
  }
  const aj = j < 0 ? -j : j;
  if (SIN_H[aj] !== SIN_H[aj]) sinCosEntry(aj);
  const sjh = j < 0 ? -SIN_H[aj] : SIN_H[aj], sjl = j < 0 ? -SIN_L[aj] : SIN_L[aj];
  const cjh = COS_H[aj], cjl = COS_L[aj];
  // Dekker's exact products cj*sh and sj*sh (table halves precomputed)
  const ts = sh * 134217729;
  const shh = ts - (ts - sh), shl = sh - shh;
  const ch1 = COS_S1[aj], ch2 = COS_S2[aj];
  const sh1 = j < 0 ? -SIN_S1[aj] : SIN_S1[aj], sh2 = j < 0 ? -SIN_S2[aj] : SIN_S2[aj];
  const p = cjh * sh;
  const pe = ch1 * shh - p + ch1 * shl + ch2 * shh + ch2 * shl;
  const q = sjh * sh;
  const qe = sh1 * shh - q + sh1 * shl + sh2 * shh + sh2 * shl;
  // sin(j/64 + s) = sj + cj*sh + (sj*cm + cj*sm + ...): |sj| > 2|cj*sh|,
  // so the leading sums need no comparison, and no cancellation happens
  let h = sjh + p;
  let lo = p - (h - sjh) + (pe + sjl + cjl * sh + sjh * cm + cjh * sm);
  let hh = h + lo;
  QR[0] = hh;
  QR[1] = lo - (hh - h);
  // cos(j/64 + s) = cj - sj*sh + (cj*cm - sj*sm - ...): cj > 100|sj*sh|
  h = cjh - q;
  lo = cjh - h - q + (cjl - qe - sjl * sh + cjh * cm - sjh * sm);
  hh = h + lo;
  QR[2] = hh;
  QR[3] = lo - (hh - h);
}

/** Which function of the quadrant: 0 sin, 1 cos. */
function trig(x: number, which: 0 | 1): number {
  if (!isFinite(x)) return NaN;
  const ax = Math.abs(x);
  if (which === 0 && ax < 2 ** -26) return x;
  if (which === 1 && ax < 2 ** -27) return 1;
  if (!ready) init();
  if (ax < 2 ** 20) {
    // sin(x) and cos(x) of one x come in pairs (rotations): both were
    // computed for the last x (zeros never get here, so === is exact)
    const r = quickTrig(x, ax, which);
    if (r === r) return r;
    const sel = (lastQ + which) & 3;
    if (x !== accX) {
      reduce(x);
      kernel(D.h, D.l);
      accX = x;
    }
    const h = sel === 0 ? SH : sel === 1 ? CH : sel === 2 ? -SH : -CH;
    const l = sel === 0 ? SL : sel === 1 ? CL : sel === 2 ? -SL : -CL;
    const margin = M70 + (ax * M118) / Math.abs(h);
    if (decided(h, l, margin)) return h;
  }
  const [r, q] = reduceBig(x);
  const [s, c] = fsincos(r);
  const sel = (q + which) & 3;
  const v = sel === 0 ? s : sel === 1 ? c : sel === 2 ? -s : -c;
  return roundSigned(v, 0);
}

/** The quick path of trig() alone (small enough to be inlined into sin
 * and cos); NaN when it cannot decide. */
function quickTrig(x: number, ax: number, which: 0 | 1): number {
  if (x !== QR[4]) {
    quickSinCos(x);
    QR[4] = x;
  }
  const sel = (lastQ + which) & 3;
  let h = QR[(sel & 1) << 1], l = QR[((sel & 1) << 1) + 1];
  if (sel & 2) {
    h = -h;
    l = -l;
  }
  const e = (h < 0 ? -h : h) * QERR + ax * M118;
  const lo = h + (l - e);
  return lo === h + (l + e) ? lo : NaN;
}

/** Correctly rounded sin(x). */
export function sin(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2 ** 20 && ax >= 2 ** -26 && ready) {
    const r = quickTrig(x, ax, 0);
    if (r === r) return r;
  }
  return trig(x, 0);
}

/** Correctly rounded cos(x). */
export function cos(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2 ** 20 && ax >= 2 ** -27 && ready) {
    const r = quickTrig(x, ax, 1);
    if (r === r) return r;
  }
  return trig(x, 1);
}

/** (ah, al) / (bh, bl) into D. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  // remainder a - q1*b, then the correction
  ddMul(q1, 0, bh, bl);
  const ph = D.h, pl = D.l;
  twoSum(ah, -ph);
  const r = D.h + (D.l - pl + al);
  const q2 = r / bh;
  fastTwoSum(q1, q2);
}

/** Correctly rounded tan(x). */
export function tan(x: number): number {
  if (!isFinite(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2 ** -27) return x;
  if (!ready) init();
  if (ax < 2 ** 20) {
    const q = reduce(x);
    kernel(D.h, D.l);
    accX = x;
    if (q & 1) ddDiv(-CH, -CL, SH, SL);
    else ddDiv(SH, SL, CH, CL);
    const h = D.h, l = D.l;
    const margin = M69 + (ax * M118) / Math.min(Math.abs(SH), Math.abs(CH));
    if (decided(h, l, margin)) return h;
  }
  const [r, q] = reduceBig(x);
  const [s, c] = fsincos(r);
  const v = q & 1 ? (-c << 256n) / s : (s << 256n) / c;
  return roundSigned(v, 0);
}

// ---- atan, atan2, asin, acos ----------------------------------------------------------------

/** atan(yh + yl) into (D.h, D.l), for any finite y. */
function atanDD(yh: number, yl: number): void {
  const neg = yh < 0;
  if (neg) {
    yh = -yh;
    yl = -yl;
  }
  let big = false;
  if (yh > 1) {
    // atan(y) = pi/2 - atan(1/y)
    ddDiv(1, 0, yh, yl);
    yh = D.h;
    yl = D.l;
    big = true;
  }
  const j = Math.round(yh * 64);
  let th: number, tl: number;
  if (j === 0) {
    th = yh;
    tl = yl;
  } else {
    // t = (y - c)/(1 + y c): atan(y) = atan(c) + atan(t)
    const c = j / 64;
    twoSum(yh, -c);
    const nh = D.h, nl = D.l + yl;
    twoProd(yh, c);
    ddAdd(1, 0, D.h, D.l + yl * c);
    ddDiv(nh, nl, D.h, D.l);
    th = D.h;
    tl = D.l;
  }
  // atan(t) = t - t^3/3 + t^5/5 - ...
  const t2 = th * th;
  twoProd(th, th);
  ddMul(D.h, D.l + 2 * th * tl, th, tl);
  const cubeh = D.h, cubel = D.l;
  const c3h = cubeh / 3;
  twoProd(c3h, 3);
  const c3l = (cubeh - D.h - D.l + cubel) / 3;
  const tail = t2 * t2 * th * (0.2 - t2 * (1 / 7 - t2 * (1 / 9 - t2 * (1 / 11 - t2 / 13))));
  ddAdd(th, tl, -c3h, -c3l + tail);
  if (j !== 0) {
    const th2 = D.h, tl2 = D.l;
    if (ATAN_H[j] !== ATAN_H[j]) atanEntry(j);
    ddAdd(ATAN_H[j], ATAN_L[j], th2, tl2);
  }
  if (big) ddAdd(PIO2_H, PIO2_L, -D.h, -D.l);
  if (neg) {
    D.h = -D.h;
    D.l = -D.l;
  }
}

/** atan of the exact quotient y/x in fixed point (|y/x| any). */
function fatanQuot(y: bigint, x: bigint): bigint {
  piInit();
  const ay = y < 0n ? -y : y, ax = x < 0n ? -x : x;
  let r: bigint;
  if (ay <= ax) r = fatan((ay << 256n) / ax);
  else r = PIO2F - fatan((ax << 256n) / ay);
  return (y < 0n) !== (x < 0n) ? -r : r;
}

// ---- quick paths of atan and atan2 --------------------------------------------------
// As for sin and cos: plain doubles, with double-double only where the
// errors would be large (the reduced argument, the final sums); relative
// error below 2^-64 (measured about 2^-65.7), then Ziv's test.

const QERR_ATAN = 2 ** -60;
const QA = new Float64Array(2);

/** atan(yh + yl) into QA[0] + QA[1], for yh >= 2^-30 (|yl| <= ulp(yh)). */
function quickAtanDD(yh: number, yl: number): void {
  let big = false;
  if (yh > 1) {
    // atan(y) = pi/2 - atan(1/y); 1/y as a double-double via Dekker's
    // residual 1 - v*y (1 - p is exact: p is near 1)
    const v = 1 / yh;
    const t = v * 134217729, u = yh * 134217729;
    const v1 = t - (t - v), v2 = v - v1, y1 = u - (u - yh), y2 = yh - y1;
    const p = v * yh;
    const pe = v1 * y1 - p + v1 * y2 + v2 * y1 + v2 * y2;
    yl = (1 - p - pe - v * yl) / yh;
    yh = v;
    big = true;
  }
  const j = Math.round(yh * 64);
  let th = yh, tl = yl;
  if (j !== 0) {
    // t = (y - c)/(1 + y c) with c = j/64: atan(y) = atan(c) + atan(t);
    // y - c is exact (Sterbenz), and so is yh*c as p + pe (c has 7 bits)
    const c = j * (1 / 64);
    const u = yh * 134217729;
    const y1 = u - (u - yh), y2 = yh - y1;
    const p = yh * c;
    const pe = y1 * c - p + y2 * c;
    const dh = 1 + p;
    const dl = 1 - dh + p + (pe + yl * c);
    const nh = yh - c;
    th = nh / dh;
    const w = th * 134217729, z = dh * 134217729;
    const t1 = w - (w - th), t2 = th - t1, d1 = z - (z - dh), d2 = dh - d1;
    const q = th * dh;
    const qe = t1 * d1 - q + t1 * d2 + t2 * d1 + t2 * d2;
    tl = (nh - q - qe + yl - th * dl) / dh;
  }
  // atan(t) - t for |t| <= 2^-7: the t^11 term is below 2^-73 relative
  const t2 = th * th;
  const tail = th * t2 * (-1 / 3 + t2 * (0.2 + t2 * (-1 / 7 + t2 * (1 / 9))));
  let h = th, lo = tl + tail;
  if (j !== 0) {
    if (ATAN_H[j] !== ATAN_H[j]) atanEntry(j);
    // atan(c) >= 2|t|: no comparison needed for the exact sum
    const a = ATAN_H[j];
    h = a + th;
    lo = th - (h - a) + (ATAN_L[j] + lo);
  }
  if (big) {
    // pi/2 > 2 atan(1/y)
    const g = PIO2_H - h;
    lo = PIO2_H - g - h + (PIO2_L - lo);
    h = g;
  }
  const hh = h + lo;
  QA[0] = hh;
  QA[1] = lo - (hh - h);
}

/** Ziv's test on QA: the correctly rounded value, or NaN if undecided. */
function zivQA(neg: boolean): number {
  const h = QA[0], l = QA[1];
  const e = h * QERR_ATAN;
  const v = h + (l - e);
  if (v !== h + (l + e)) return NaN;
  return neg ? -v : v;
}

/** Correctly rounded atan(x). */
export function atan(x: number): number {
  const ax = x < 0 ? -x : x;
  if (ax >= 2 ** -27 && ax < 2 ** 900 && ready) {
    quickAtanDD(ax, 0);
    const v = zivQA(x < 0);
    if (v === v) return v;
  }
  if (x !== x) return x;
  if (x === Infinity) return Math.PI / 2;
  if (x === -Infinity) return -Math.PI / 2;
  if (Math.abs(x) < 2 ** -27) return x;
  if (!ready) init();
  atanDD(x, 0);
  if (decided(D.h, D.l, M70)) return D.h;
  return roundSigned(fatanQuot(toFixed(x), ONE), 0);
}

/** Correctly rounded atan2(y, x) for finite nonzero y and x. */
export function atan2(y: number, x: number): number {
  if (!ready) init();
  const q = y / x;
  const aq = Math.abs(q);
  if (aq >= 2 ** -60 && aq <= 2 ** 60) {
    // y and x scaled alike into a range where Dekker's product below is
    // exact (no overflow in the splitting, no underflow in the residual)
    let ay = y < 0 ? -y : y, ax = x < 0 ? -x : x;
    const m = ay > ax ? ay : ax;
    if (m > 2 ** 900) {
      y *= 2 ** -600;
      x *= 2 ** -600;
    } else if (m < 2 ** -890) {
      y *= 2 ** 600;
      x *= 2 ** 600;
    }
    ay = y < 0 ? -y : y;
    ax = x < 0 ? -x : x;
    // |y/x| = aq + ql as a double-double: ql from the residual |y| - aq|x|
    const a = aq * 134217729, b = ax * 134217729;
    const a1 = a - (a - aq), a2 = aq - a1, b1 = b - (b - ax), b2 = ax - b1;
    const p = aq * ax;
    const pe = a1 * b1 - p + a1 * b2 + a2 * b1 + a2 * b2;
    const ql = (ay - p - pe) / ax;
    quickAtanDD(aq, ql);
    let h = QA[0], l = QA[1];
    if (x < 0) {
      // pi - atan|q|, with atan|q| <= pi/2
      const g = PI_H - h;
      l = PI_H - g - h + (PI_L - l);
      h = g;
      const hh = h + l;
      QA[0] = hh;
      QA[1] = l - (hh - h);
    }
    const v = zivQA(y < 0);
    if (v === v) return v;
  }
  if (aq < 2 ** -60) {
    // atan(q) = q to within 2^-120 relative
    if (x > 0) return q;
    return y >= 0 ? PI_H + (PI_L + q) : -PI_H + (-PI_L + q);
  }
  if (aq > 2 ** 60 && aq < Infinity) return y > 0 ? PIO2_H + (PIO2_L - 1 / q) : -PIO2_H + (-PIO2_L - 1 / q);
  if (isFinite(q) && q !== 0 && aq > 2 ** -900 && aq < 2 ** 900) {
    // q = y/x as double-double, then atan and the quadrant
    twoProd(q, x);
    const ql = (y - D.h - D.l) / x;
    atanDD(q, ql);
    let h = D.h, l = D.l;
    if (x < 0) {
      ddAdd(y >= 0 ? PI_H : -PI_H, y >= 0 ? PI_L : -PI_L, h, l);
      h = D.h;
      l = D.l;
    }
    if (decided(h, l, M69)) return h;
  }
  const [ym, ye] = exactOf(y);
  const [xm, xe] = exactOf(x);
  // y/x = (ym/xm) * 2^(ye-xe): scale the smaller exponent up
  const d = ye - xe;
  const Y = d >= 0 ? ym << BigInt(d) : ym;
  const X = d >= 0 ? xm : xm << BigInt(-d);
  let r = fatanQuot(Y, X);
  if (x < 0) r += y >= 0 ? 2n * PIO2F : -2n * PIO2F;
  return roundSigned(r, 0);
}

/** Correctly rounded asin(x) for |x| <= 1. */
export function asin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (ax < 2 ** -26) return x;
  if (ax === 1) return x > 0 ? Math.PI / 2 : -Math.PI / 2;
  if (!ready) init();
  // asin(x) = atan(x / sqrt((1-x)(1+x)))
  const [sh, sl] = sqrt1mx2(ax);
  ddDiv(ax, 0, sh, sl);
  atanDD(D.h, D.l);
  if (decided(D.h, D.l, M68)) return x < 0 ? -D.h : D.h;
  const X = toFixed(ax);
  const S = isqrtBig((ONE << 256n) - X * X);
  const r = fatanQuot(X, S);
  return roundSigned(x < 0 ? -r : r, 0);
}

/** Correctly rounded acos(x) for |x| <= 1. */
export function acos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  if (!ready) init();
  if (Math.abs(x) < 2 ** -54) return PIO2_H + (PIO2_L - x);
  // acos(x) = atan(sqrt(1-x^2) / x), plus pi for x < 0
  const ax = Math.abs(x);
  const [sh, sl] = sqrt1mx2(ax);
  ddDiv(sh, sl, ax, 0);
  atanDD(D.h, D.l);
  let h = D.h, l = D.l;
  if (x < 0) {
    ddAdd(PI_H, PI_L, -h, -l);
    h = D.h;
    l = D.l;
  }
  if (decided(h, l, M68)) return h;
  const X = toFixed(ax);
  const S = isqrtBig((ONE << 256n) - X * X);
  let r = fatanQuot(S, X);
  if (x < 0) r = 2n * PIO2F - r;
  return roundSigned(r, 0);
}

/** sqrt(1 - a^2) as a double-double, for 0 <= a < 1. */
function sqrt1mx2(a: number): [number, number] {
  // (1 - a)(1 + a), with 1 + a as a double-double
  twoSum(1, a);
  const oph = D.h, opl = D.l;
  twoSum(1, -a);
  const omh = D.h, oml = D.l;
  ddMul(omh, oml, oph, opl);
  const th = D.h, tl = D.l;
  const s = Math.sqrt(th);
  // one Newton step in double-double: s + (t - s^2) / (2s)
  twoProd(s, s);
  const r = th - D.h - D.l + tl;
  fastTwoSum(s, r / (2 * s));
  return [D.h, D.l];
}
