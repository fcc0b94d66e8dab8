// CPython's hash values, computed in 64-bit two's complement without BigInt:
// a hash travels as two int32 halves in H (hi, lo), so that the set table
// can use the exact bits for probing and the tuple/frozenset/complex mixers
// can do their unsigned 64-bit arithmetic on 32-bit pieces.
// https://docs.python.org/3.11/library/stdtypes.html#hashing-of-numeric-types

import { T, None, NotImplemented, Ellipsis, type Py } from './base';
import { PyFloat } from './float';
import { PyInt } from './intutil';
import { PyComplex } from './complexutil';
import { PyTuple } from './tuple';
import { PyStr } from './strutil';
import { strHash, hashExact, keyIsIdentityHashed } from './protocol';
import { objectId } from './identity';

/** The last computed 64-bit hash: high and low 32 bits (as int32). */
export const H = { hi: 0, lo: 0 };

const TWO32 = 4294967296;

/** Loads a Python hash value (number or bigint) into H. */
export function loadHash(h: number | bigint): void {
  if (typeof h === 'number') {
    H.lo = h | 0;
    H.hi = Math.floor(h / TWO32) | 0;
  } else {
    const u = BigInt.asUintN(64, h);
    H.lo = Number(u & 0xffffffffn) | 0;
    H.hi = Number(u >> 32n) | 0;
  }
}

/** The Python value of the 64-bit hash (hi, lo). */
export function hashValue(hi: number, lo: number): number | bigint {
  // values within ±2**53 are exact as doubles
  if ((hi >= -0x200000 && hi < 0x200000)) return hi * TWO32 + (lo >>> 0);
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

// ---- 64-bit unsigned helpers on (hi, lo) pairs; results in R --------------

const R = { hi: 0, lo: 0 };

/** R = (ahi:alo) * (bhi:blo) mod 2**64 */
function mul64(ahi: number, alo: number, bhi: number, blo: number): void {
  const a0 = alo & 0xffff, a1 = alo >>> 16, b0 = blo & 0xffff, b1 = blo >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2**33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2**33
  const carry = Math.floor(low / TWO32);
  R.lo = low | 0;
  R.hi = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ahi, blo) + Math.imul(alo, bhi)) | 0;
}

/** R = (ahi:alo) + (bhi:blo) mod 2**64 */
function add64(ahi: number, alo: number, bhi: number, blo: number): void {
  const low = (alo >>> 0) + (blo >>> 0);
  R.lo = low | 0;
  R.hi = (ahi + bhi + (low >= TWO32 ? 1 : 0)) | 0;
}

// ---- numbers -----------------------------------------------------------------

const P61 = (1n << 61n) - 1n;

/** H = hash(int v) */
function intHash64(v: number | bigint): void {
  if (typeof v === 'number') {
    if (v === -1) v = -2;
    H.lo = v | 0;
    H.hi = Math.floor(v / TWO32) | 0;
    return;
  }
  const neg = v < 0n;
  let m = (neg ? -v : v) % P61;
  if (neg) m = -m;
  if (m === -1n) m = -2n;
  loadHash(m);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// little-endian hosts (every Node platform): word 1 holds sign and exponent
const HIW = 1, LOW = 0;

/** H = hash(float v) for a finite, non-integral-or-large value; CPython
 * reduces |v| = m * 2**e modulo 2**61 - 1, which is a 61-bit rotation of m. */
function floatHash64(v: number, obj: Py): void {
  if (v !== v) {
    loadHash(idHash(obj));
    return;
  }
  if (!isFinite(v)) {
    const h = v > 0 ? 314159 : -314159;
    H.lo = h;
    H.hi = h < 0 ? -1 : 0;
    return;
  }
  if (Number.isSafeInteger(v)) {
    intHash64(v + 0);
    return;
  }
  f64[0] = v;
  const w1 = u32[HIW], w0 = u32[LOW];
  const bexp = (w1 >>> 20) & 0x7ff;
  // m = 53-bit integer significand as (mhi: 21 bits, mlo: 32 bits)
  let mhi = w1 & 0xfffff, mlo = w0;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mhi |= 0x100000;
    e = bexp - 1075;
  }
  let k = e % 61;
  if (k < 0) k += 61;
  // rotate the 61-bit word (mhi:mlo) left by k
  let rhi: number, rlo: number;
  if (k === 0) {
    rhi = mhi;
    rlo = mlo;
  } else {
    // left part: (m << k) & (2**61 - 1)
    let lhi: number, llo: number;
    if (k >= 32) {
      lhi = mlo << (k - 32);
      llo = 0;
    } else {
      lhi = (mhi << k) | (mlo >>> (32 - k));
      llo = mlo << k;
    }
    lhi &= 0x1fffffff;
    // right part: m >> (61 - k)
    const s = 61 - k;
    let shi: number, slo: number;
    if (s >= 32) {
      shi = 0;
      slo = s - 32 >= 32 ? 0 : mhi >>> (s - 32);
    } else {
      shi = mhi >>> s;
      slo = (mlo >>> s) | (s === 0 ? 0 : mhi << (32 - s));
    }
    rhi = lhi | shi;
    rlo = llo | slo;
  }
  if (v < 0) {
    // two's complement negation
    rlo = ~rlo;
    rhi = ~rhi;
    add64(rhi, rlo, 0, 1);
    rhi = R.hi;
    rlo = R.lo;
    if (rhi === -1 && rlo === -1) rlo = -2;
  }
  H.hi = rhi | 0;
  H.lo = rlo | 0;
}

/** hash(float) exactly as CPython 3.11 (NaN hashes by identity). */
export function floatHash(v: number, obj?: Py): number | bigint {
  floatHash64(v, obj);
  return hashValue(H.hi, H.lo);
}

/** hash(int) exactly as CPython. */
export function intHashExact(v: number | bigint): number | bigint {
  intHash64(v);
  return hashValue(H.hi, H.lo);
}

function complexHash64(re: number, im: number): void {
  floatHash64(re, null);
  const rhi = H.hi, rlo = H.lo;
  floatHash64(im, null);
  mul64(H.hi, H.lo, 0, 1000003);
  add64(rhi, rlo, R.hi, R.lo);
  H.hi = R.hi;
  H.lo = R.lo === -1 && R.hi === -1 ? -2 : R.lo;
}

/** hash(complex) exactly as CPython. */
export function complexHash(re: number, im: number): number | bigint {
  complexHash64(re, im);
  return hashValue(H.hi, H.lo);
}

// ---- tuples (xxHash-style, CPython 3.8+) ------------------------------------

// the 64-bit xxHash primes as (hi, lo)
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0;
const P5H = 0x27d4eb2f | 0, P5L = 0x165667c5 | 0;

function tupleHash64(items: Py[]): void {
  let ahi = P5H, alo = P5L;
  for (let i = 0; i < items.length; i++) {
    hash64(items[i]);
    mul64(H.hi, H.lo, P2H, P2L);
    add64(ahi, alo, R.hi, R.lo);
    // rotate left by 31
    const h = R.hi, l = R.lo;
    ahi = (h << 31) | (l >>> 1);
    alo = (l << 31) | (h >>> 1);
    mul64(ahi, alo, P1H, P1L);
    ahi = R.hi;
    alo = R.lo;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  add64(ahi, alo, P5H, (items.length ^ P5L ^ 3527539) | 0);
  if (R.hi === -1 && R.lo === -1) {
    H.hi = 0;
    H.lo = 1546275796;
    return;
  }
  H.hi = R.hi;
  H.lo = R.lo;
}

/** hash(tuple) exactly as CPython. */
export function tupleHash(items: Py[]): number | bigint {
  tupleHash64(items);
  return hashValue(H.hi, H.lo);
}

// ---- frozenset -----------------------------------------------------------------

/** Xors the shuffled bits of one entry hash into acc (S). */
const S = { hi: 0, lo: 0 };
function shuffleInto(hi: number, lo: number): void {
  // ((h ^ 89869747) ^ (h << 16)) * 3644798167
  const xhi = hi ^ ((hi << 16) | (lo >>> 16));
  const xlo = lo ^ 89869747 ^ (lo << 16);
  mul64(xhi, xlo, 0, 3644798167 | 0);
  S.hi ^= R.hi;
  S.lo ^= R.lo;
}

/** CPython's frozenset hash over the active entry hashes (hi[], lo[]). */
export function setHashFromEntries(his: ArrayLike<number>, los: ArrayLike<number>, n: number, count: number): number | bigint {
  S.hi = 0;
  S.lo = 0;
  for (let i = 0; i < n; i++) shuffleInto(his[i], los[i]);
  // hash ^= (len + 1) * 1927868237
  mul64(0, count + 1, 0, 1927868237);
  let hi = S.hi ^ R.hi, lo = S.lo ^ R.lo;
  // hash ^= (hash >> 11) ^ (hash >> 25)   (logical shifts)
  const s11hi = hi >>> 11, s11lo = (lo >>> 11) | (hi << 21);
  const s25hi = hi >>> 25, s25lo = (lo >>> 25) | (hi << 7);
  hi ^= s11hi ^ s25hi;
  lo ^= s11lo ^ s25lo;
  // hash = hash * 69069 + 907133923
  mul64(hi, lo, 0, 69069);
  add64(R.hi, R.lo, 0, 907133923);
  hi = R.hi;
  lo = R.lo;
  if (hi === -1 && lo === -1) {
    hi = 0;
    lo = 590923713;
  }
  return hashValue(hi, lo);
}

// ---- identity and the generic entry point --------------------------------------

/** object.__hash__: CPython's address >> 4. */
export function idHash(o: Py): number {
  return Math.floor(objectId(o) / 16);
}

// Fixed values standing in for the static singletons' addresses; their low
// bits match CPython 3.11 on x86-64 Linux, where they decide set order.
const NONE_HASH = 8745949748158;
const NOTIMPL_HASH = 8745949748131;
const ELLIPSIS_HASH = 8745949748710;

/** hash() of a singleton, or undefined. */
export function singletonHash(x: Py): number | undefined {
  if (x === None) return NONE_HASH;
  if (x === NotImplemented) return NOTIMPL_HASH;
  if (x === Ellipsis) return ELLIPSIS_HASH;
  return undefined;
}

/** H = hash(x), with fast paths for the builtin types; other objects go
 * through hash() (their __hash__, or TypeError when unhashable). */
export function hash64(x: Py): void {
  switch (typeof x) {
    case 'string': {
      const h = strHash(x);
      H.lo = h;
      H.hi = h < 0 ? -1 : 0;
      return;
    }
    case 'number':
      if (x === -1) {
        H.lo = -2;
        H.hi = -1;
        return;
      }
      H.lo = x | 0;
      H.hi = Math.floor(x / TWO32) | 0;
      return;
    case 'boolean':
      H.lo = x ? 1 : 0;
      H.hi = 0;
      return;
    case 'bigint':
      intHash64(x);
      return;
  }
  const cls = x.cls;
  if (cls === T.tuple) return tupleHash64((x as PyTuple).items);
  if (cls === T.float) return floatHash64((x as PyFloat).v, x);
  if (cls === T.complex) return complexHash64((x as PyComplex).re, (x as PyComplex).im);
  if (x === None) {
    loadHash(NONE_HASH);
    return;
  }
  if (keyIsIdentityHashed(x)) {
    loadHash(idHash(x));
    return;
  }
  loadHash(hashExact(x));
}

/** hash(x) folded to 31 bits (hash-bucket keys: small integers stay
 * unboxed as Map keys). */
export function hash32(x: Py): number {
  // the same element folding as tupleHash32 uses (lo ^ hi of hash64)
  if (hashesAsTuple(x)) {
    return tupleHash32(x.items);
  }
  hash64(x);
  return (H.lo ^ H.hi) >> 1;
}

// Dict buckets only need equal keys to agree, not CPython's value: a tuple
// is mixed with 32-bit multiplies instead of the emulated 64-bit xxHash
// (which dominated tuple-keyed dict benchmarks). Elements still go through
// hash64, so 1, 1.0 and True mix in alike.
export function tupleHash32(items: Py[]): number {
  let acc = 0x165667c5 ^ items.length;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    let h: number;
    if (typeof it === 'number' && (it | 0) === it) h = it === -1 ? -2 ^ -1 : it < 0 ? it ^ -1 : it;
    else if (typeof it === 'string') {
      h = strHash(it);
      if (h < 0) h ^= -1;
    } else if (hashesAsTuple(it)) {
      h = tupleHash32(it.items);
    } else {
      hash64(it);
      h = H.lo ^ H.hi;
    }
    acc = Math.imul(acc ^ h, 0x85ebca77);
    acc = (acc << 13) | (acc >>> 19);
  }
  acc ^= acc >>> 15;
  acc = Math.imul(acc, 0x2c1b3c6d);
  acc ^= acc >>> 12;
  return acc >> 1;
}

/** A tuple, or a tuple subclass that keeps tuple's __hash__. */
function hashesAsTuple(x: Py): x is PyTuple {
  return typeof x === 'object' && x instanceof PyTuple && (x.cls === T.tuple || x.cls.lookup('__hash__') === T.tuple.lookup('__hash__'));
}

void PyInt;
void PyStr;
