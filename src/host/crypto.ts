// The host's cryptographic primitives, as the standard library needs them
// (random's seeding and SystemRandom, hashing of seeds).

// loaded on first use: node:crypto costs start-up time
const crypto = (): typeof import('node:crypto') => require('node:crypto');

/** The SHA-512 digest of data. */
export function sha512(data: Uint8Array): Uint8Array {
  return new Uint8Array(crypto().createHash('sha512').update(data).digest());
}

/** n bytes from the operating system's entropy source (os.urandom). */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  crypto().randomFillSync(out);
  return out;
}
