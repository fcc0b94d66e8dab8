// Raw file-descriptor operations on real OS descriptors, with Node's error
// codes turned into Python OSError subclasses by the caller (oserror.ts).

import * as fs from 'node:fs';
import { sleepSync } from './fs';
import { forget, currentOffset, tryRead } from './fds';

export interface OsErr {
  code: string;
  errno: number;
  message: string;
}

/** Reads up to n bytes; returns an empty array at EOF. Retries EAGAIN. */
export function readFd(fd: number, n: number): Uint8Array {
  const buf = Buffer.allocUnsafe(n);
  for (;;) {
    try {
      const got = fs.readSync(fd, buf, 0, n, null);
      return buf.subarray(0, got);
    } catch (e: any) {
      if (e.code === 'EAGAIN') {
        sleepSync(2);
        continue;
      }
      if (e.code === 'EOF') return new Uint8Array(0);
      throw e;
    }
  }
}

/** What a terminal or pipe has now, without waiting: bytes (empty at EOF),
 * or null when a read would wait. The read goes through a non-blocking
 * twin of fd (src/host/fds.ts), so fd itself stays blocking for children
 * that inherit it, and nothing is read ahead that a child should get.
 * A socket (the stdin a Node parent gives with stdio 'pipe') has no twin:
 * its read still blocks the process. A read on Node's thread pool instead
 * could not be called off, and one still pending makes process.exit hang
 * (libuv joins its pool's threads at exit). */
export function tryReadFd(fd: number, n: number): Uint8Array | null {
  try {
    return tryRead(fd, n);
  } catch (e: any) {
    // no twin could be opened and fd itself is non-blocking
    if (e.code === 'EAGAIN') return null;
    throw e;
  }
}

export function writeFd(fd: number, data: Uint8Array): number {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e: any) {
      if (e.code === 'EAGAIN') {
        sleepSync(1);
        continue;
      }
      throw e;
    }
  }
  return data.length;
}

export function openFd(path: string | Buffer, flags: number, mode: number): number {
  const fd = fs.openSync(path, flags, mode);
  forget(fd);
  return fd;
}

export function closeFd(fd: number): void {
  fs.closeSync(fd);
  forget(fd);
}

/** Where the next read or write on an inherited descriptor happens. */
export function fdOffset(fd: number): number {
  return currentOffset(fd);
}

export function isatty(fd: number): boolean {
  try {
    // only a character device can be a terminal; files and pipes are
    // answered without loading node:tty (start-up time)
    const st = fs.fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    // Linux terminals are ttys (major 4, 5) or ptys (136-143); /dev/null
    // (1, 3), the usual stdin of a script, is answered here too
    const major = Number((BigInt(st.rdev) >> 8n) & 0xfffn);
    if (process.platform === 'linux' && major !== 4 && major !== 5 && (major < 136 || major > 143)) return false;
    return (require('node:tty') as typeof import('node:tty')).isatty(fd);
  } catch {
    return false;
  }
}

/** What a file object needs to know of its descriptor, from one fstat
 * (Node builds a whole record, Dates included, for each), or null when the
 * descriptor cannot be stat'ed. */
export interface FdFacts { dir: boolean; regular: boolean; chr: boolean; size: number }

export function fdFacts(fd: number): FdFacts | null {
  try {
    const st = fs.fstatSync(fd);
    return { dir: st.isDirectory(), regular: st.isFile(), chr: st.isCharacterDevice(), size: st.size };
  } catch {
    return null;
  }
}

const scratch = Buffer.allocUnsafe(65536);

/** Reads up to 64 KiB at position pos (or at the descriptor's offset when
 * pos < 0) into a buffer shared by all callers: the bytes are valid until
 * the next call. Saves allocating a large buffer per read. */
export function readScratch(fd: number, pos: number): Uint8Array {
  if (pos >= 0) return scratch.subarray(0, fs.readSync(fd, scratch, 0, scratch.length, pos));
  for (;;) {
    try {
      return scratch.subarray(0, fs.readSync(fd, scratch, 0, scratch.length, null));
    } catch (e: any) {
      if (e.code === 'EAGAIN') {
        sleepSync(2);
        continue;
      }
      if (e.code === 'EOF') return scratch.subarray(0, 0);
      throw e;
    }
  }
}

export function fstatSize(fd: number): number {
  try {
    return fs.fstatSync(fd).size;
  } catch {
    return -1;
  }
}

export function isDirFd(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}

export function ftruncate(fd: number, len: number): void {
  fs.ftruncateSync(fd, len);
}

export function fsyncFd(fd: number): void {
  fs.fsyncSync(fd);
}

export const O = fs.constants;

/** Reads up to n bytes at file position pos. */
export function preadFd(fd: number, n: number, pos: number): Uint8Array {
  const buf = Buffer.allocUnsafe(n);
  const got = fs.readSync(fd, buf, 0, n, pos);
  return buf.subarray(0, got);
}

/** Writes all of data at file position pos. */
export function pwriteFd(fd: number, data: Uint8Array, pos: number): void {
  let off = 0;
  while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off, pos + off);
}

export function isRegularFd(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
