// Exact integer helpers for the Fraction type (_fractions.ts): arithmetic
// on Python ints held as JS numbers (safe integers) or bigints, gcd, the
// correctly rounded quotient of two ints as a double, the exact ratio of a
// double, and the numeric hash of a ratio.

import { norm, HASH_MODULUS } from '../src/objects/intutil';
import { floorDivInt } from '../src/objects/ops';
import { gcd2 } from './math_int';

/** Floor division (Python's //); the message is int's. */
export const floorDiv = floorDivInt as (a: Int, b: Int) => Int;
/** The greatest common divisor, never negative (gcd(0, 0) == 0). */
export const gcd = gcd2;
import { T } from '../src/objects/base';
import { ZeroDivisionError, OverflowError, exc } from '../src/objects/raise';

export type Int = number | bigint;

const MAX = 9007199254740991;

const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

/** Runs a bigint computation, turning V8's size limit into MemoryError. */
function guard(r: () => bigint): Int {
  try {
    return norm(r());
  } catch (e) {
    if (e instanceof RangeError) throw exc(T.MemoryError);
    throw e;
  }
}

export function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // exact whenever the true product is within the safe range
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return guard(() => big(a) * big(b));
}

/** a / b where b divides a exactly. */
export function exactDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') return a / b + 0;
  return norm(big(a) / big(b));
}


/** Python's % on ints. */
export function mod(a: Int, b: Int, msg = 'integer modulo by zero'): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw ZeroDivisionError(msg);
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw ZeroDivisionError(msg);
  let r = A % B;
  if (r !== 0n && r < 0n !== B < 0n) r += B;
  return norm(r);
}

export function neg(a: Int): Int {
  return typeof a === 'number' ? 0 - a : norm(-a);
}

export function abs(a: Int): Int {
  return a < 0 ? neg(a) : a;
}

export function isZero(a: Int): boolean {
  return a === 0 || a === 0n;
}

/** -1, 0 or 1 as a < b, a == b, a > b. */
export function cmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function eq(a: Int, b: Int): boolean {
  // mixed number/bigint compare by value
  return a == b;
}

/** a ** e for e >= 0. */
export function pow(a: Int, e: Int): Int {
  if (typeof a === 'number' && typeof e === 'number') {
    const r = a ** e;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return guard(() => big(a) ** big(e));
}


function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** n / d correctly rounded to a double, d > 0 (CPython's true division of
 * ints, with its OverflowError). */
export function ratioToDouble(n: Int, d: Int): number {
  if (typeof n === 'number' && typeof d === 'number') return n / d;
  const negative = n < 0;
  const a = negative ? -big(n) : big(n);
  const b = big(d);
  if (a === 0n) return negative ? -0 : 0;
  const la = bitLength(a), lb = bitLength(b);
  // exponent of a/b is la - lb or la - lb - 1
  let r: number;
  if (la - lb < -1021) {
    // subnormal or zero: round to a multiple of 2**-1074
    r = Number(roundDiv(a << 1074n, b)) * Number.MIN_VALUE;
  } else {
    // a quotient of 55 or 56 bits plus a sticky bit rounds once, exactly
    const s = lb - la + 55;
    let q: bigint, rem: bigint;
    if (s >= 0) {
      const A = a << BigInt(s);
      q = A / b;
      rem = A - q * b;
    } else {
      const B = b << BigInt(-s);
      q = a / B;
      rem = a - q * B;
    }
    if (rem !== 0n) q |= 1n;
    const k = -s;
    const k1 = Math.trunc(k / 2);
    r = Number(q) * 2 ** k1 * 2 ** (k - k1);
    if (!isFinite(r)) throw OverflowError('integer division result too large for a float');
  }
  return negative ? -r : r;
}

/** a / b rounded half to even (a >= 0, b > 0). */
function roundDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r2 = (a - q * b) * 2n;
  if (r2 > b || (r2 === b && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** The exact (numerator, denominator) of a finite double, in lowest terms. */
export function doubleRatio(x: number): [Int, Int] {
  if (Number.isInteger(x) && Math.abs(x) <= MAX) return [x + 0, 1];
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0), lo = dv.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  while (exp < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    exp++;
  }
  if (x < 0) m = -m;
  if (exp >= 0) return [norm(m << BigInt(exp)), 1];
  return [norm(m), norm(1n << BigInt(-exp))];
}

const P = HASH_MODULUS;

function powModP(b: bigint, e: bigint): bigint {
  let r = 1n;
  b %= P;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return r;
}

/** hash() of the rational n/d (d > 0, lowest terms): CPython's numeric
 * hash, |n| * d**-1 modulo 2**61 - 1, so that it agrees with int and float. */
export function ratioHash(n: Int, d: Int): Int {
  const dm = big(d) % P;
  let h: bigint;
  if (dm === 0n) h = 314159n;
  else {
    const an = n < 0 ? -big(n) : big(n);
    h = ((an % P) * powModP(dm, P - 2n)) % P;
  }
  if (n < 0) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}
