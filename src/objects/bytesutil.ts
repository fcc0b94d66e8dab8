// bytes and bytearray values: Uint8Array-backed objects, and conversions
// between bytes and latin-1 JS strings (one char per byte), which let the
// search/split algorithms use the engine's string primitives.

import { PyObject, T, serial } from './base';

export class PyBytes extends PyObject {
  constructor(public v: Uint8Array, cls?: any) {
    super(cls ?? T.bytes);
  }
}

export class PyByteArray extends PyObject {
  /** Backing store; `n` bytes of it are in use (amortized growth). */
  constructor(public v: Uint8Array, public n: number = v.length, cls?: any) {
    super(cls ?? T.bytearray);
  }
  /** The live bytes. */
  get view(): Uint8Array {
    return this.v.subarray(0, this.n);
  }
  /** Number of buffer exports (memoryviews) that forbid resizing. */
  exports = 0;
}

/** The bytes of a bytes-like object (bytes, bytearray), or null. */
export function bytesValue(x: unknown): Uint8Array | null {
  if (x instanceof PyBytes) return x.v;
  if (x instanceof PyByteArray) return x.view;
  return null;
}

/** The bytes as a latin-1 string. */
export function latin1(b: Uint8Array): string {
  if (b.length < 64) {
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

/** A latin-1 string (chars < 256) as bytes. */
export function fromLatin1(s: string): Uint8Array {
  const n = s.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
  return out;
}

serial(PyBytes, PyByteArray);
