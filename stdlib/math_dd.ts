// Double-double arithmetic and 256-bit fixed point (BigInt) for the
// correctly rounded math functions (math_cr.ts, math_trig.ts). The
// double-double operations leave their result in D.h and D.l.

/** Result registers of the double-double operations. */
export const D = { h: 0, l: 0 };

export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  D.l = a - (s - bb) + (b - bb);
  D.h = s;
}

export function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  D.l = b - (s - a);
  D.h = s;
}

export function twoProd(a: number, b: number): void {
  const p = a * b;
  const ta = a * 134217729, tb = b * 134217729;
  const ah = ta - (ta - a), al = a - ah;
  const bh = tb - (tb - b), bl = b - bh;
  D.l = ah * bh - p + ah * bl + al * bh + al * bl;
  D.h = p;
}

/** (ah, al) * (bh, bl) */
export function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const h = D.h, l = D.l + (ah * bl + al * bh);
  fastTwoSum(h, l);
}

/** (ah, al) + (bh, bl) */
export function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const h = D.h, l = D.l + al + bl;
  fastTwoSum(h, l);
}

// ---- 256-bit fixed point (slow paths and tables) ----------------------------------------

export const P = 256n;
export const ONE = 1n << P;

export function fmul(a: bigint, b: bigint): bigint {
  // truncating toward zero, so that series of negative terms reach 0
  const p = a * b;
  return p < 0n ? -(-p >> P) : p >> P;
}

/** atanh(z) for |z| <= 1/3, z in fixed point. */
export function fatanh(z: bigint): bigint {
  const z2 = fmul(z, z);
  let term = z, sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = fmul(term, z2);
  }
  return sum;
}

/** The exact value of a finite double as mant * 2^exp (mant a bigint). */
export function exactOf(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  let e = 0;
  let m = Math.abs(x);
  // scale into [2^52, 2^53): exact power-of-two steps
  while (m >= 2 ** 53) {
    m /= 2 ** 20;
    e += 20;
  }
  while (m < 2 ** 52) {
    m *= 2 ** 20;
    e -= 20;
  }
  while (!Number.isInteger(m)) {
    m *= 2;
    e -= 1;
  }
  const b = BigInt(m);
  return [x < 0 ? -b : b, e];
}

/** A double as 256-bit fixed point (exact for the values used here). */
export function toFixed(x: number): bigint {
  const [m, e] = exactOf(x);
  const s = BigInt(e) + P;
  return s >= 0n ? m << s : m >> -s;
}

export function bitLength(v: bigint): number {
  return v.toString(2).length;
}

/** The double nearest to v * 2^(k - 256) (v > 0), ties to even. */
export function roundFixed(v: bigint, k: number): number {
  const n = bitLength(v);
  const E = n - 1 + k - 256;
  if (E >= 1024) return Infinity;
  // bits to drop: keep 53 significant bits, or fewer for subnormals
  let keep = 53;
  if (E < -1022) keep = 53 - (-1022 - E);
  if (keep < 0) return 0;
  const s = n - keep;
  let q: bigint;
  if (s <= 0) q = v << BigInt(-s);
  else {
    q = v >> BigInt(s);
    const rem = v - (q << BigInt(s));
    const half = 1n << BigInt(s - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const scale = s + k - 256;
  let r = Number(q);
  // apply 2^scale in two steps so that no intermediate over/underflows
  const a = Math.trunc(scale / 2);
  r = r * 2 ** a * 2 ** (scale - a);
  return r;
}

/** Splits fixed-point v into doubles: the first with at most `bits` bits. */
export function split3(v: bigint, bits: number): [number, number, number] {
  const n = bitLength(v < 0n ? -v : v);
  const drop = BigInt(Math.max(0, n - bits));
  const a = (v >> drop) << drop;
  const ad = Number(a) * 2 ** -256;
  const r1 = v - a;
  const b = Number(r1) * 2 ** -256;
  const r2 = r1 - toFixed(b);
  return [ad, b, Number(r2) * 2 ** -256];
}

export function toDD(v: bigint): [number, number] {
  const h = Number(v) * 2 ** -256;
  const l = Number(v - toFixed(h)) * 2 ** -256;
  return [h, l];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** 2^k for an integer -1022 <= k <= 1023, built from its bits. */
export function pow2(k: number): number {
  u32[0] = 0;
  u32[1] = (k + 1023) << 20;
  return f64[0];
}

/** x * 2^k with one rounding, for any integer k. */
export function scale2(x: number, k: number): number {
  if (k >= -1022 && k <= 1023) return x * pow2(k);
  const a = k > 0 ? 1023 : -1022;
  return x * pow2(a) * (k - a >= -1022 && k - a <= 1023 ? pow2(k - a) : 2 ** (k - a));
}

/** The binary exponent of the last splitMant() argument. */
export let EXP = 0;

/** The mantissa of a positive normal x in [1, 2); its exponent goes to EXP. */
export function splitMant(x: number): number {
  f64[0] = x;
  const hi = u32[1];
  EXP = ((hi >>> 20) & 0x7ff) - 1023;
  u32[1] = (hi & 0x000fffff) | 0x3ff00000;
  return f64[0];
}

/** True when hi is the correctly rounded value of hi + lo + err, where
 * |err| <= margin * |hi|: hi + lo is not too near a midpoint between doubles. */
export function decided(hi: number, lo: number, margin: number): boolean {
  f64[0] = hi;
  const w1 = u32[1], w0 = u32[0];
  const be = (w1 >>> 20) & 0x7ff;
  if (be === 0x7ff) return true;
  if (be <= 53) return hi === 0;
  let ulp = pow2(be - 1075);
  // at a power of two the spacing below is half
  if (w0 === 0 && (w1 & 0xfffff) === 0 && (lo < 0) === (hi > 0)) ulp *= 0.5;
  const d = (lo < 0 ? -lo : lo) - ulp * 0.5;
  return (d < 0 ? -d : d) > (hi < 0 ? -hi : hi) * margin;
}

export function roundSigned(v: bigint, k: number): number {
  if (v === 0n) return 0;
  return v < 0n ? -roundFixed(-v, k) : roundFixed(v, k);
}

