// The algorithms behind the bytes and bytearray methods: ASCII-only case
// mapping and classification (bytes_methods.c), argument conversion with
// CPython's messages, repr, hex/fromhex and the constructor's conversions.

import { T, MISSING, STOP, type Py } from './base';
import { PyBytes, PyByteArray, bytesValue, latin1 } from './bytesutil';
import { TypeError, ValueError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { intValue } from './intutil';
import { index } from './int';
import { strValue } from './strutil';
import { getIter, nextSync } from './iter';
import { callSpecial } from './attrs';
import { encode } from './codecs';

/** The bytes of a buffer object (bytes, bytearray, memoryview), or null. */
export function bufferOf(x: Py): Uint8Array | null {
  const b = bytesValue(x);
  if (b) return b;
  if (typeof x === 'object' && x !== null && x.cls === T.memoryview) return (x as any).bytes();
  return null;
}

/** A bytes-like argument: "a bytes-like object is required, not 'str'". */
export function needBuffer(x: Py): Uint8Array {
  const b = bufferOf(x);
  if (b) return b;
  throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
}

/** A byte value 0..255 from an int-like (ValueError outside the range). */
export function byteValue(x: Py): number {
  const v = index(x);
  if (v < 0 || v > 255) throw ValueError('byte must be in range(0, 256)');
  return Number(v);
}

/** The `sub` argument of find/count/index...: bytes-like or an int. */
export function subArg(x: Py): string {
  const b = bufferOf(x);
  if (b) return latin1(b);
  if (intValue(x) !== null || typeOf(x).lookup('__index__') !== MISSING) return String.fromCharCode(byteValue(x));
  throw TypeError(`argument should be integer or bytes-like object, not '${typeName(x)}'`);
}

export const isSpaceB = (c: number) => c === 32 || (c >= 9 && c <= 13);
export const isLowerB = (c: number) => c >= 97 && c <= 122;
export const isUpperB = (c: number) => c >= 65 && c <= 90;
export const isAlphaB = (c: number) => isLowerB(c) || isUpperB(c);
export const isDigitB = (c: number) => c >= 48 && c <= 57;
export const isAlnumB = (c: number) => isAlphaB(c) || isDigitB(c);

/** The byte-wise map of a case function. */
export function mapBytes(b: Uint8Array, f: (c: number, prev: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  let prev = -1;
  for (let i = 0; i < b.length; i++) {
    out[i] = f(b[i], prev);
    prev = b[i];
  }
  return out;
}

export const lowerB = (c: number) => (isUpperB(c) ? c + 32 : c);
export const upperB = (c: number) => (isLowerB(c) ? c - 32 : c);
export const swapB = (c: number) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c);

export function titleB(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let prevCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isLowerB(c)) {
      out[i] = prevCased ? c : c - 32;
      prevCased = true;
    } else if (isUpperB(c)) {
      out[i] = prevCased ? c + 32 : c;
      prevCased = true;
    } else {
      out[i] = c;
      prevCased = false;
    }
  }
  return out;
}

export function capitalizeB(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = i === 0 ? upperB(b[i]) : lowerB(b[i]);
  return out;
}

/** isalpha/isdigit/...: every byte passes, and there is at least one. */
export function allB(b: Uint8Array, f: (c: number) => boolean): boolean {
  if (!b.length) return false;
  for (let i = 0; i < b.length; i++) if (!f(b[i])) return false;
  return true;
}

export function isLowerBytes(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) {
    if (isUpperB(c)) return false;
    if (isLowerB(c)) cased = true;
  }
  return cased;
}

export function isUpperBytes(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) {
    if (isLowerB(c)) return false;
    if (isUpperB(c)) cased = true;
  }
  return cased;
}

export function isTitleBytes(b: Uint8Array): boolean {
  let cased = false, prev = false;
  for (const c of b) {
    if (isUpperB(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerB(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

/** repr() of bytes content: b'...' with CPython's quoting and escapes. */
export function bytesRepr(b: Uint8Array, prefix = 'b', escapeSingle = false): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = prefix + String.fromCharCode(q);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 0x5c || (escapeSingle && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}

const HEX = '0123456789abcdef';

/** bytes.hex(sep, bytes_per_sep). */
export function hexOf(b: Uint8Array, sep: Py, per: Py): string {
  let s = '';
  if (sep === undefined) {
    for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
    return s;
  }
  let sepStr = strValue(sep);
  if (sepStr === null) {
    const sb = bufferOf(sep);
    if (!sb) throw TypeError(`sep must be str or bytes.`);
    sepStr = latin1(sb);
  }
  if (sepStr.length !== 1) throw ValueError('sep must be length 1.');
  if (sepStr.charCodeAt(0) > 127) throw ValueError('sep must be ASCII.');
  const n = per === undefined ? 1 : Number(index(per));
  const k = Math.abs(n);
  if (k === 0 || b.length === 0) return hexOf(b, undefined, undefined);
  // groups of k bytes, counted from the right for positive n
  const first = n > 0 ? b.length % k || k : k;
  for (let i = 0; i < b.length; i++) {
    if (i > 0 && (n > 0 ? (i - first) % k === 0 : i % k === 0)) s += sepStr;
    s += HEX[b[i] >> 4] + HEX[b[i] & 15];
  }
  return s;
}

/** bytes.fromhex(string). */
export function fromHex(x: Py): Uint8Array {
  const s = strValue(x);
  if (s === null) throw TypeError(`fromhex() argument must be str, not ${typeName(x)}`);
  const out: number[] = [];
  const hexv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hexv(c);
    if (hi < 0) throw ValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexv(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw ValueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** The contents for bytes(x, encoding, errors) / bytearray(...). */
export function bytesFrom(x: Py, encoding: Py, errors: Py, what: 'bytes' | 'bytearray'): Uint8Array {
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) throw TypeError(`${encoding !== undefined ? 'encoding' : 'errors'} without a string argument`);
    return new Uint8Array(0);
  }
  const s = strValue(x);
  if (s !== null) {
    if (encoding === undefined) throw TypeError('string argument without an encoding');
    const enc = strValue(encoding);
    if (enc === null) throw TypeError(`${what}() argument 'encoding' must be str, not ${typeName(encoding)}`);
    let err = 'strict';
    if (errors !== undefined) {
      const e = strValue(errors);
      if (e === null) throw TypeError(`${what}() argument 'errors' must be str, not ${typeName(errors)}`);
      err = e;
    }
    return encode(s, enc, err);
  }
  if (encoding !== undefined) throw TypeError('encoding without a string argument');
  if (errors !== undefined) throw TypeError('errors without a string argument');
  if (what === 'bytes' && typeof x === 'object' && typeOf(x).lookup('__bytes__') !== MISSING) {
    const r = callSpecial(x, '__bytes__');
    if (!(r instanceof PyBytes)) throw TypeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.v.slice();
  }
  const b = bufferOf(x);
  if (b) return b.slice();
  if (intValue(x) !== null || typeOf(x).lookup('__index__') !== MISSING) {
    const n = index(x);
    if (n < 0) throw ValueError('negative count');
    if (typeof n === 'bigint' || n > 2 ** 31) throw OverflowError('cannot fit \'int\' into an index-sized integer');
    return new Uint8Array(n);
  }
  if (x !== null && typeof x === 'object' && 'items' in x && (x.cls === T.list || x.cls === T.tuple)) return intsToBytes(x.items, what);
  if (typeOf(x).lookup('__iter__') === MISSING && typeOf(x).lookup('__getitem__') === MISSING) {
    throw TypeError(`cannot convert '${typeName(x)}' object to ${what}`);
  }
  const items: Py[] = [];
  const it = getIter(x);
  for (;;) {
    const v = nextSync(it);
    if (v === STOP) break;
    items.push(v);
  }
  return intsToBytes(items, what);
}

/** Bytes from a sequence of ints (the messages differ slightly). */
export function intsToBytes(items: Py[], what: 'bytes' | 'bytearray'): Uint8Array {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = index(items[i]);
    if (v < 0 || v > 255) throw ValueError(what === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
    out[i] = Number(v);
  }
  return out;
}

/** A fill byte for center/ljust/rjust. */
export function fillByte(x: Py, fn: string): number {
  if (x === undefined) return 32;
  const b = bufferOf(x);
  if (!b || !(x instanceof PyBytes || x instanceof PyByteArray) || b.length !== 1) {
    throw TypeError(`${fn}() argument 2 must be a byte string of length 1, not ${typeName(x)}`);
  }
  return b[0];
}
