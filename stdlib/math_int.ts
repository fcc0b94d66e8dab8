// The integer functions of the math module: factorial, comb, perm, isqrt,
// gcd and lcm, exact on arbitrary-size ints (JS numbers while they stay
// safe, bigints beyond), with CPython's errors.

import { None, type Py } from '../src/objects/base';
import { norm } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { ValueError, OverflowError } from '../src/objects/raise';

type Int = number | bigint;

const MAX_SAFE = 9007199254740991;
const LONG_MAX = 9223372036854775807n;

/** Product lo * (lo+1) * ... * hi for 1 <= lo <= hi (numbers), by halves so
 * that the big multiplications are balanced. */
function rangeProd(lo: number, hi: number): bigint {
  if (hi - lo < 24) {
    let p = 1n, acc = 1;
    for (let i = lo; i <= hi; i++) {
      if (acc * i > MAX_SAFE) {
        p *= BigInt(acc);
        acc = i;
      } else acc *= i;
    }
    return p * BigInt(acc);
  }
  const mid = Math.floor((lo + hi) / 2);
  return rangeProd(lo, mid) * rangeProd(mid + 1, hi);
}

/** The same for bigint bounds. */
function rangeProdBig(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) / 2n;
  return rangeProdBig(lo, mid) * rangeProdBig(mid + 1n, hi);
}

/** math.factorial(n). */
export function factorial(x: Py): Int {
  const n = index(x);
  if (n < 0) throw ValueError('factorial() not defined for negative values');
  if (typeof n === 'bigint') {
    if (n > LONG_MAX) throw OverflowError(`factorial() argument should not exceed ${LONG_MAX}`);
    throw OverflowError('factorial() argument too large');
  }
  if (n <= 18) {
    let f = 1;
    for (let i = 2; i <= n; i++) f *= i;
    return f;
  }
  return norm(rangeProd(2, n));
}

function nonNegative(x: Py, what: string): Int {
  const v = index(x);
  if (v < 0) throw ValueError(`${what} must be a non-negative integer`);
  return v;
}

/** n * (n-1) * ... * (n-k+1) for 0 <= k <= n. */
function fallingProd(n: Int, k: Int): bigint {
  if (k === 0 || k === 0n) return 1n;
  if (typeof n === 'number' && typeof k === 'number') return rangeProd(n - k + 1, n);
  const N = BigInt(n), K = BigInt(k);
  return rangeProdBig(N - K + 1n, N);
}

/** math.perm(n, k=None). */
export function perm(nx: Py, kx: Py): Int {
  if (kx === undefined || kx === None) return factorial(nx);
  const n = nonNegative(nx, 'n');
  const k = nonNegative(kx, 'k');
  if (k > n) return 0;
  if (typeof k === 'bigint' && k > LONG_MAX) throw OverflowError(`k must not exceed ${LONG_MAX}`);
  if (typeof n === 'number' && typeof k === 'number') {
    let r = 1;
    let i = 0;
    for (; i < k && r * (n - i) <= MAX_SAFE; i++) r *= n - i;
    if (i === k) return r;
  }
  return norm(fallingProd(n, k));
}

/** math.comb(n, k). */
export function comb(nx: Py, kx: Py): Int {
  const n = nonNegative(nx, 'n');
  const k0 = nonNegative(kx, 'k');
  if (k0 > n) return 0;
  // the smaller of k and n - k
  const nk = typeof n === 'number' && typeof k0 === 'number' ? n - k0 : BigInt(n) - BigInt(k0);
  const k = nk < k0 ? nk : k0;
  if (typeof k === 'bigint' && k > LONG_MAX) throw OverflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
  const kn = Number(k);
  if (kn === 0) return 1;
  if (typeof n === 'number') {
    // C(n, i+1) = C(n, i) * (n - i) / (i + 1), exact while it stays safe
    let r = 1;
    let i = 0;
    for (; i < kn; i++) {
      const next = r * (n - i);
      if (next > MAX_SAFE) break;
      r = next / (i + 1);
    }
    if (i === kn) return r;
    if (kn < 64) {
      let b = BigInt(r);
      for (; i < kn; i++) b = (b * BigInt(n - i)) / BigInt(i + 1);
      return norm(b);
    }
  } else if (kn < 64) {
    const N = n as bigint;
    let b = 1n;
    for (let i = 0; i < kn; i++) b = (b * (N - BigInt(i))) / BigInt(i + 1);
    return norm(b);
  }
  return norm(fallingProd(n, kn) / rangeProd(1, kn));
}

/** math.isqrt(n): the floor of the exact square root. */
export function isqrt(x: Py): Int {
  const n = index(x);
  if (n < 0) throw ValueError('isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let s = Math.floor(Math.sqrt(n));
    while (s * s > n) s--;
    while ((s + 1) * (s + 1) <= n) s++;
    return s;
  }
  // Newton's iteration from above, starting at a power of two >= sqrt(n)
  let r = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (r + n / r) >> 1n;
    if (y >= r) break;
    r = y;
  }
  return norm(r);
}

/** gcd of two ints, never negative (gcd(0, 0) == 0). */
export function gcd2(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a), y = Math.abs(b);
    while (y) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let A = BigInt(a), B = BigInt(b);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  while (B) {
    // once both are small the number loop is much faster
    if (A <= 9007199254740991n && B <= 9007199254740991n) return gcd2(Number(A), Number(B));
    const t = A % B;
    A = B;
    B = t;
  }
  return norm(A);
}

/** math.gcd(*integers). */
export function gcd(args: Py[]): Int {
  if (args.length === 0) return 0;
  let g = index(args[0]);
  if (args.length === 1) return g < 0 ? (typeof g === 'number' ? -g : norm(-g)) : g;
  for (let i = 1; i < args.length; i++) {
    const v = index(args[i]);
    if (g === 1) continue;
    g = gcd2(g, v);
  }
  return g;
}

/** math.lcm(*integers). */
export function lcm(args: Py[]): Int {
  if (args.length === 0) return 1;
  let l = index(args[0]);
  if (l < 0) l = typeof l === 'number' ? -l : norm(-l);
  for (let i = 1; i < args.length; i++) {
    const v = index(args[i]);
    if (l === 0) continue;
    if (v === 0 || v === 0n) {
      l = 0;
      continue;
    }
    const g = gcd2(l, v);
    const L = (BigInt(l) / BigInt(g)) * BigInt(v);
    l = norm(L < 0n ? -L : L);
  }
  return l;
}
