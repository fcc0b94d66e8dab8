// The checksums of zlib (RFC 1950 Adler-32, the CRC-32 of ISO 3309 that gzip
// and PNG use), as unsigned 32-bit numbers, continuing from a previous value.

/** CRC-32 tables for slicing by 8: T[k][b] is the CRC of byte b followed by
 * k zero bytes. */
const T: Uint32Array[] = [];
{
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  T.push(t0);
  for (let k = 1; k < 8; k++) {
    const prev = T[k - 1], t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) t[n] = (prev[n] >>> 8) ^ t0[prev[n] & 0xff];
    T.push(t);
  }
}

/** crc32(data[start:end]) continued from crc. */
export function crc32(crc: number, data: Uint8Array, start = 0, end = data.length): number {
  let c = ~crc >>> 0;
  let i = start;
  const [t0, t1, t2, t3, t4, t5, t6, t7] = T;
  for (; i + 8 <= end; i += 8) {
    const a = (c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24))) >>> 0;
    c =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[data[i + 4]] ^
      t2[data[i + 5]] ^
      t1[data[i + 6]] ^
      t0[data[i + 7]];
  }
  for (; i < end; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const BASE = 65521;
/** The most bytes that can be summed before the sums must be reduced. */
const NMAX = 5552;

/** adler32(data[start:end]) continued from adler, reducing the sums as
 * zlib does (for fewer than 16 bytes, only partially: a start value with
 * unreduced halves can give unreduced results, and CPython shows them). */
export function adler32(adler: number, data: Uint8Array, start = 0, end = data.length): number {
  let a = adler & 0xffff, b = (adler >>> 16) & 0xffff;
  const n = end - start;
  if (n === 1) {
    a += data[start];
    if (a >= BASE) a -= BASE;
    b += a;
    if (b >= BASE) b -= BASE;
    return ((b << 16) | a) >>> 0;
  }
  if (n < 16) {
    for (let i = start; i < end; i++) {
      a += data[i];
      b += a;
    }
    if (a >= BASE) a -= BASE;
    b %= BASE;
    return ((b << 16) | a) >>> 0;
  }
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + NMAX);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}
