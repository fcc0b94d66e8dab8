// bytes and bytearray values: Uint8Array-backed objects.

import { PyObject, T } from './base';

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
}

/** The bytes of a bytes-like object (bytes, bytearray), or null. */
export function bytesValue(x: unknown): Uint8Array | null {
  if (x instanceof PyBytes) return x.v;
  if (x instanceof PyByteArray) return x.view;
  return null;
}
