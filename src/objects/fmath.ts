// Correctly rounded x ** y for floats. CPython calls the C library's pow,
// which on glibc returns the correctly rounded result; the engine's
// Math.pow is often one unit in the last place off (10 ** -5 gives
// 9.999999999999999e-06). Here pow is evaluated in double-double
// arithmetic (about 106 bits) and rounded once.

// ---- double-double primitives (Dekker / Knuth error-free transforms) ----

let HI = 0, LO = 0;

/** HI + LO = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  LO = a - (s - bb) + (b - bb);
  HI = s;
}

const SPLIT = 134217729; // 2**27 + 1

/** HI + LO = a * b exactly (Veltkamp splitting). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  LO = ah * bh - p + ah * bl + al * bh + al * bl;
  HI = p;
}

/** (ah, al) * (bh, bl) -> HI, LO */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = HI, e = LO + (ah * bl + al * bh);
  twoSum(p, e);
}

/** (ah, al) + (bh, bl) -> HI, LO */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = HI, e = LO + al + bl;
  twoSum(s, e);
}

/** (ah, al) / (bh, bl) -> HI, LO */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(bh, bl, q1, 0);
  const rh = HI, rl = LO;
  ddAdd(ah, al, -rh, -rl);
  const q2 = HI / bh;
  twoSum(q1, q2);
}

// ln 2 as a double-double
const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

// 1/n! as double-doubles, for the exp series
const INV_FACT_HI: number[] = [], INV_FACT_LO: number[] = [];
{
  let f = 1;
  for (let n = 0; n <= 12; n++) {
    if (n) f *= n;
    const hi = 1 / f;
    twoProd(hi, f);
    // hi * f = HI + LO exactly; the rest of 1/f is (1 - HI - LO) / f
    INV_FACT_HI.push(hi);
    INV_FACT_LO.push((1 - HI - LO) / f);
  }
}

/** exp of a double-double argument -> HI, LO (no overflow handling). */
function ddExp(ah: number, al: number): void {
  const k = Math.round(ah / LN2_HI);
  // r = a - k*ln2, scaled down by 2**-8 so that the series converges fast
  twoProd(k, LN2_HI);
  const ph = HI, pl = LO + k * LN2_LO;
  ddAdd(ah, al, -ph, -pl);
  const rh = HI / 256, rl = LO / 256;
  // Horner: sum_{n<=10} r^n / n!
  let sh = INV_FACT_HI[10], sl = INV_FACT_LO[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(sh, sl, rh, rl);
    ddAdd(HI, LO, INV_FACT_HI[n], INV_FACT_LO[n]);
    sh = HI;
    sl = LO;
  }
  // e^r = (e^(r/256))^256
  for (let i = 0; i < 8; i++) {
    ddMul(sh, sl, sh, sl);
    sh = HI;
    sl = LO;
  }
  // times 2**k, in two steps so that huge k does not overflow the factor
  const k1 = k >> 1, k2 = k - k1;
  const f1 = 2 ** k1, f2 = 2 ** k2;
  HI = sh * f1 * f2;
  LO = sl * f1 * f2;
}

/** log of a positive finite double -> HI, LO (one Newton step on Math.log). */
function ddLog(x: number): void {
  const r = Math.log(x);
  ddExp(-r, 0);
  // t = x * exp(-r) - 1 ~ log(x) - r
  ddMul(HI, LO, x, 0);
  ddAdd(HI, LO, -1, 0);
  const th = HI, tl = LO;
  // log(1 + t) = t - t^2/2 (t is tiny)
  ddAdd(r, 0, th - (th * th) / 2, tl);
}

/** x ** n for a positive finite x and integer 0 < n <= 2**31, by squaring. */
function ddPowInt(x: number, n: number): void {
  let rh = 1, rl = 0, bh = x, bl = 0;
  for (;;) {
    if (n % 2 === 1) {
      ddMul(rh, rl, bh, bl);
      rh = HI;
      rl = LO;
    }
    n = Math.floor(n / 2);
    if (n === 0) break;
    ddMul(bh, bl, bh, bl);
    bh = HI;
    bl = LO;
  }
  HI = rh;
  LO = rl;
}

/** pow(x, y) for finite x > 0, x != 1, finite y != 0: correctly rounded
 * (barring astronomically rare near-halfway cases). Infinity on overflow. */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const approx = Math.pow(x, y);
  // results at the edges of the range (overflow, underflow, subnormal):
  // the engine's value
  if (!(Math.abs(Math.log2(x) * y) < 1000)) return approx;
  if (Number.isInteger(y) && Math.abs(y) <= 1024) {
    ddPowInt(x, Math.abs(y));
    if (!isFinite(HI)) return y > 0 ? Infinity : 0;
    if (y < 0) {
      if (HI === 0) return Infinity;
      ddDiv(1, 0, HI, LO);
    }
    return HI + LO;
  }
  ddLog(x);
  ddMul(HI, LO, y, 0);
  const ah = HI, al = LO;
  if (ah > 709.8) return Infinity;
  if (ah < -745.2) return 0;
  ddExp(ah, al);
  return HI + LO;
}

const isOddInteger = (y: number) => Number.isInteger(y) && Math.abs(y % 2) === 1;

/** float.__pow__ for two floats as CPython's float_pow: the special cases
 * (nan, inf, zero, negative base) are decided here, the rest is
 * powPositive. Returns null when the result is complex (negative base,
 * fractional exponent); throws via the given error constructors. */
export function floatPowValue(x: number, y: number, zeroDiv: (m: string) => unknown, overflow: (m: string) => unknown): number | null {
  if (y === 0) return 1;
  if (x !== x) return x === 1 ? 1 : x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  if (!isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDiv('0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return null;
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  const r = powPositive(x, y);
  if (!isFinite(r)) throw overflow("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}
