// Argument conversion for the posix module, shared by stdlib/posix.ts and
// stdlib/posix_extra.ts: each helper words its errors as the CPython
// converter it stands for (path_t, fildes, dir_fd, pid_t, off_t, ...) does.
// https://docs.python.org/3.11/library/os.html

import { T, None, MISSING, type Py } from '../src/objects/base';
import { PyFloat } from '../src/objects/float';
import { PyBytes, bytesValue } from '../src/objects/bytesutil';
import { TypeError, ValueError, OverflowError } from '../src/objects/raise';
import { typeName, typeOf } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { intValue } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { callSpecial } from '../src/objects/attrs';
import { truthy } from '../src/objects/protocol';
import { osError } from '../src/builtins/oserror';
import { fsHost } from '../src/builtins/fsname';
import * as host from '../src/host/os';

/** os.fspath: str and bytes pass, else __fspath__ must give one of them. */
export function fspath(x: Py): Py {
  if (strValue(x) !== null || x instanceof PyBytes) return x;
  if (typeOf(x).lookup('__fspath__') === MISSING || typeOf(x).lookup('__fspath__') === None) {
    throw TypeError(`expected str, bytes or os.PathLike object, not ${typeName(x)}`);
  }
  const r = callSpecial(x, '__fspath__');
  if (strValue(r) !== null || r instanceof PyBytes) return r;
  throw TypeError(`expected ${typeName(x)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
}

export interface PathArg {
  /** what the call receives: a path or a descriptor */
  host: host.HostPath | number;
  /** what OSError reports as the filename: the argument as given */
  shown: Py;
  bytes: boolean;
}

/** Converts a path argument; `fdOk` accepts an int descriptor, `noneOk` None (the cwd). */
export function pathArg(x: Py, fn: string, arg = 'path', fdOk = false, noneOk = false): PathArg {
  const what = fdOk && noneOk ? 'string, bytes, os.PathLike, integer or None' : fdOk ? 'string, bytes, os.PathLike or integer'
    : noneOk ? 'string, bytes, os.PathLike or None' : 'string, bytes or os.PathLike';
  if (noneOk && (x === None || x === undefined)) return { host: '.', shown: None, bytes: false };
  if (fdOk && (typeof x === 'number' || typeof x === 'bigint' || intValue(x) !== null) && typeof x !== 'boolean') {
    return { host: Number(intValue(x)), shown: x, bytes: false };
  }
  let p: Py = x;
  if (strValue(x) === null && !(x instanceof PyBytes)) {
    const f = typeOf(x).lookup('__fspath__');
    if (f === MISSING || f === None) {
      throw TypeError(`${fn}: ${arg} should be ${what}, not ${typeName(x)}`);
    }
    p = callSpecial(x, '__fspath__');
    if (strValue(p) === null && !(p instanceof PyBytes)) {
      throw TypeError(`expected ${typeName(x)}.__fspath__() to return str or bytes, not ${typeName(p)}`);
    }
  }
  const s = strValue(p);
  if (s !== null) {
    if (s.includes('\0')) throw ValueError('embedded null byte');
    return { host: fsHost(s), shown: p, bytes: false };
  }
  const b = (p as PyBytes).v;
  if (b.includes(0)) throw ValueError('embedded null byte');
  return { host: Buffer.from(b), shown: p, bytes: true };
}

/** A dir_fd argument: a descriptor, or null for None (CPython's dir_fd_converter). */
export function dirFdArg(x: Py | null): number | null {
  if (x === undefined || x === None || x === null) return null;
  if (intValue(x) === null && typeOf(x).lookup('__index__') === MISSING) {
    throw TypeError(`argument should be integer or None, not ${typeName(x)}`);
  }
  return fdArg(x);
}

/** A path made relative to directory descriptor dir_fd (through /proc, as openat would). */
export function atDir(p: host.HostPath, dirFd: Py | null): host.HostPath {
  const fd = dirFdArg(dirFd);
  if (fd === null) return p;
  if (typeof p === 'string' ? p.startsWith('/') : p[0] === 47) return p;
  // openat() fails with EBADF for a descriptor that is not open; through
  // /proc it would be ENOENT
  host.fstat(fd);
  const anchor = `/proc/self/fd/${fd}/`;
  return typeof p === 'string' ? anchor + p : Buffer.concat([Buffer.from(anchor), p]);
}

/** A descriptor argument converted as CPython's _fd_converter does. */
export function fdArg(x: Py): number {
  if (x instanceof PyFloat) throw TypeError("'float' object cannot be interpreted as an integer");
  const v = index(x);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) {
    throw OverflowError(`fd is ${v < 0 ? 'less than minimum' : 'greater than maximum'}`);
  }
  return v;
}

/** A C int argument (Argument Clinic's `int`). */
export function intArg(x: Py): number {
  if (x instanceof PyFloat) throw TypeError("'float' object cannot be interpreted as an integer");
  const v = index(x);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) throw OverflowError('Python int too large to convert to C int');
  return v;
}

/** A C int read by PyArg_ParseTuple's "i" and pid_t's converter: their
 * overflow errors say which bound was passed. */
export function signedIntArg(x: Py): number {
  const v = index(x);
  if (v > 2147483647) throw OverflowError('signed integer is greater than maximum');
  if (v < -2147483648) throw OverflowError('signed integer is less than minimum');
  return Number(v);
}

/** A Py_ssize_t or C long argument (lengths, offsets). */
export function longArg(x: Py, c: string): number {
  if (x instanceof PyFloat) throw TypeError("'float' object cannot be interpreted as an integer");
  const v = index(x);
  if (typeof v === 'bigint') throw OverflowError(`Python int too large to convert to C ${c}`);
  return v;
}

const INT64_MAX = (1n << 63n) - 1n;

/** A 64-bit argument (off_t is a C long, Py_ssize_t is ssize_t): the whole
 * range, as a number where that is exact and a bigint past 2**53. */
export function int64Arg(x: Py, c: 'long' | 'ssize_t'): number | bigint {
  const v = index(x);
  if (typeof v === 'bigint' && (v > INT64_MAX || v < -INT64_MAX - 1n)) throw OverflowError(`Python int too large to convert to C ${c}`);
  return v;
}

/** A uid_t/gid_t: -1 (leave as is) up to 2**32-1. */
export function idArg(x: Py, what: string): number {
  if (x instanceof PyFloat) throw TypeError(`${what} should be integer, not float`);
  const v = index(x);
  if (v < -1 || v > 0xffffffff) throw OverflowError(`${what} is less than minimum`);
  return Number(v);
}

/** An int, or an object with fileno(), as a descriptor (CPython's fildes converter). */
export function fildesArg(x: Py): number {
  let v = intValue(x);
  if (v === null) {
    if (typeOf(x).lookup('fileno') === MISSING) throw TypeError('argument must be an int, or have a fileno() method.');
    v = intValue(callSpecial(x, 'fileno'));
    if (v === null) throw TypeError('fileno() returned a non-integer');
  }
  if (v > 2147483647 || v < -2147483648) throw OverflowError('Python int too large to convert to C int');
  if (v < 0) throw ValueError(`file descriptor cannot be a negative integer (${v})`);
  return Number(v);
}

/** An int, or what x.fileno() returns (for converters that check it later). */
export function fileno(x: Py): Py {
  if (intValue(x) !== null) return x;
  const f = typeOf(x).lookup('fileno');
  if (f === MISSING) throw TypeError('argument must be an int, or have a fileno() method.');
  return callSpecial(x, 'fileno');
}

export const yes = (v: Py): boolean => v === undefined || truthy(v);

/** Runs a host call, turning its failure into OSError for the given names. */
export function sys<R>(f: () => R, name?: Py, name2?: Py): R {
  try {
    return f();
  } catch (e: any) {
    // Node's own argument checks (ERR_*) are not system errors
    const code = typeof e?.code === 'string' ? e.code : '';
    if (code === 'ERR_OUT_OF_RANGE') throw OverflowError(String(e.message));
    if (code === 'ERR_INVALID_ARG_TYPE') throw TypeError(String(e.message));
    if (code.startsWith('ERR_')) throw ValueError(String(e.message));
    throw osError(e, name, name2);
  }
}

export function hostFd(p: PathArg): number | null {
  return typeof p.host === 'number' ? p.host : null;
}

/** A bytes-like argument (bytes, bytearray, memoryview, ...). */
export function bytesArg(x: Py): Uint8Array {
  const b = bytesValue(x) ?? ((x as any)?.cls === T.memoryview ? (x as any).bytes?.() : null);
  if (!b) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
  return b;
}
