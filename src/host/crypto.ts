// The host's cryptographic primitives, as the standard library needs them
// (random's seeding and SystemRandom, hashing of seeds).

import * as fs from 'node:fs';

// loaded on first use: node:crypto costs start-up time
const crypto = (): typeof import('node:crypto') => require('node:crypto');

/** The SHA-512 digest of data. */
export function sha512(data: Uint8Array): Uint8Array {
  return new Uint8Array(crypto().createHash('sha512').update(data).digest());
}

/** n bytes from the operating system's entropy source (os.urandom). Read
 * from /dev/urandom, as CPython falls back to when getrandom(2) is missing:
 * the first use of node:crypto costs ~2.5 ms of loading, and tempfile needs
 * eight random bytes at once. No descriptor is kept open, so none shows up
 * among the process's (os.listdir('/proc/self/fd'), fork). */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  let fd: number;
  try {
    fd = fs.openSync('/dev/urandom', 'r');
  } catch {
    crypto().randomFillSync(out);
    return out;
  }
  try {
    for (let off = 0; off < n; ) {
      const got = fs.readSync(fd, out, off, Math.min(n - off, 1 << 30), null);
      if (got <= 0) throw new Error('short read from /dev/urandom');
      off += got;
    }
  } catch {
    crypto().randomFillSync(out);
  } finally {
    fs.closeSync(fd);
  }
  return out;
}
