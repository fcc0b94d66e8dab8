// Descriptor-level I/O for os.open/read/write/lseek/pipe/dup/dup2 on real OS
// descriptors. Node offers neither lseek nor pipe nor dup, so:
//  - reads and writes use the kernel's own file offset until os.lseek moves
//    it; from then on the offset is kept here (shared between a descriptor
//    and its duplicates, as the kernel shares one open file description)
//    and reads/writes are positional; /proc/self/fdinfo tells where the
//    kernel's offset is when tracking starts;
//  - dup reopens /proc/self/fd/N (the same file, pipe or terminal);
//  - dup2 closes the target number and reopens until the kernel hands back
//    that number (it always gives the lowest free one);
//  - pipe makes a fifo, opens both ends and unlinks it: a real kernel pipe.

import * as fs from 'node:fs';
import * as nodeos from 'node:os';
import { sleepSync } from './fs';

interface Offset { pos: number }
const offsets = new Map<number, Offset>();

function seekable(fd: number): boolean {
  try {
    const s = fs.fstatSync(fd);
    return s.isFile() || s.isBlockDevice();
  } catch {
    return false;
  }
}

/** The kernel's offset and flags of fd (from /proc). */
function fdinfo(fd: number): { pos: number; flags: number } {
  try {
    const t = fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8');
    const pos = /pos:\s*(\d+)/.exec(t);
    const flags = /flags:\s*([0-7]+)/.exec(t);
    return { pos: pos ? Number(pos[1]) : 0, flags: flags ? parseInt(flags[1], 8) : 2 };
  } catch {
    return { pos: 0, flags: 2 };
  }
}

/** The kept offset of fd, starting to keep one (at the kernel's) if asked. */
function offsetOf(fd: number, start: boolean): Offset | null {
  let o = offsets.get(fd);
  if (o || !start) return o ?? null;
  if (!seekable(fd)) return null;
  o = { pos: fdinfo(fd).pos };
  offsets.set(fd, o);
  return o;
}

/** Where the next read or write on fd happens (for file objects made over it). */
export function currentOffset(fd: number): number {
  return offsets.get(fd)?.pos ?? fdinfo(fd).pos;
}

/** open(2) with Linux O_* flags. */
export function open(p: string | Buffer, flags: number, mode: number): number {
  const fd = fs.openSync(p, flags, mode);
  forget(fd);
  return fd;
}

export function close(fd: number): void {
  fs.closeSync(fd);
  forget(fd);
}

const APPEND = fs.constants.O_APPEND;

/** read(2): up to n bytes, empty at end of file. */
export function read(fd: number, n: number): Uint8Array {
  const buf = Buffer.allocUnsafe(n);
  const o = offsetOf(fd, false);
  for (;;) {
    try {
      const got = fs.readSync(fd, buf, 0, n, o ? o.pos : null);
      if (o) o.pos += got;
      return buf.subarray(0, got);
    } catch (e: any) {
      if (e.code === 'EOF') return new Uint8Array(0);
      throw e;
    }
  }
}

/** write(2): returns the number of bytes written. */
export function write(fd: number, data: Uint8Array): number {
  const o = offsetOf(fd, false);
  if (o && fdinfo(fd).flags & APPEND) {
    const n = fs.writeSync(fd, data, 0, data.length, null);
    o.pos = fs.fstatSync(fd).size;
    return n;
  }
  for (;;) {
    try {
      const n = fs.writeSync(fd, data, 0, data.length, o ? o.pos : null);
      if (o) o.pos += n;
      return n;
    } catch (e: any) {
      if (e.code === 'EAGAIN') {
        sleepSync(1);
        continue;
      }
      throw e;
    }
  }
}

/** lseek(2): returns the new offset. */
export function lseek(fd: number, pos: number, how: number): number {
  const o = offsetOf(fd, true);
  if (!o) {
    fs.fstatSync(fd); // EBADF for a closed descriptor
    throw Object.assign(new Error('lseek'), { code: 'ESPIPE' });
  }
  const base = how === 0 ? 0 : how === 1 ? o.pos : how === 2 ? fs.fstatSync(fd).size : NaN;
  if (Number.isNaN(base) || base + pos < 0) throw Object.assign(new Error('lseek'), { code: 'EINVAL' });
  o.pos = base + pos;
  return o.pos;
}

/** The access mode bits of fd's open flags, to reopen it the same way. */
function reopenFlags(fd: number): number {
  const f = fdinfo(fd).flags;
  return (f & 3) | (f & APPEND);
}

function reopen(fd: number): number {
  fs.fstatSync(fd); // EBADF when fd is not open
  return fs.openSync(`/proc/self/fd/${fd}`, reopenFlags(fd));
}

/** dup(2). */
export function dup(fd: number): number {
  const nfd = reopen(fd);
  // a reopened file has an offset of its own: keep one shared instead
  const o = offsetOf(fd, true);
  if (o) offsets.set(nfd, o);
  return nfd;
}

/** dup2(2): makes fd2 refer to fd's file; returns fd2. */
export function dup2(fd: number, fd2: number): number {
  if (fd === fd2) {
    fs.fstatSync(fd);
    return fd2;
  }
  fs.fstatSync(fd);
  const o = offsetOf(fd, true);
  try {
    fs.closeSync(fd2);
  } catch {
    // fd2 was not open
  }
  forget(fd2);
  const spare: number[] = [];
  try {
    for (let i = 0; i <= fd2 + 1; i++) {
      const n = reopen(fd);
      if (n === fd2) {
        if (o) offsets.set(fd2, o);
        return fd2;
      }
      spare.push(n);
      if (n > fd2) break;
    }
  } finally {
    for (const n of spare) fs.closeSync(n);
  }
  throw Object.assign(new Error('dup2'), { code: 'EBUSY' });
}

let fifoCount = 0;

/** pipe(2): [read end, write end]. */
export function pipe(): [number, number] {
  const p = `${nodeos.tmpdir()}/.pys-pipe-${process.pid}-${++fifoCount}-${Date.now()}`;
  // required here, not at the top: loading child_process costs start-up time
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  execFileSync('mkfifo', ['-m', '600', p]);
  try {
    const r0 = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const w = fs.openSync(p, fs.constants.O_WRONLY);
    // a blocking read end, opened while the writer exists so the open
    // returns at once; it takes the number the first read end had
    fs.closeSync(r0);
    const r = fs.openSync(p, fs.constants.O_RDONLY);
    return [r, w];
  } finally {
    fs.unlinkSync(p);
  }
}

// ---- pipes without blocking the process ----------------------------------------------------
// A read or write on a pipe must not stop every Python thread. Each pipe
// descriptor gets a non-blocking twin (another open of the same pipe); the
// twin is tried first and a thread that would wait is parked by the caller.
// The descriptor itself stays blocking, as children inheriting it expect.

const twins = new Map<number, number>();

/** Is fd a pipe or fifo? */
export function isPipe(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFIFO();
  } catch {
    return false;
  }
}

function twinOf(fd: number): number | null {
  const have = twins.get(fd);
  if (have !== undefined) return have;
  try {
    const t = fs.openSync(`/proc/self/fd/${fd}`, (fdinfo(fd).flags & 3) | fs.constants.O_NONBLOCK);
    twins.set(fd, t);
    return t;
  } catch {
    return null;
  }
}

/** Reads what a pipe has now: bytes (empty at end of file), or null when it would wait. */
export function tryRead(fd: number, n: number): Uint8Array | null {
  const t = twinOf(fd);
  if (t === null) return read(fd, n);
  const buf = Buffer.allocUnsafe(n);
  try {
    return buf.subarray(0, fs.readSync(t, buf, 0, n, null));
  } catch (e: any) {
    if (e.code === 'EAGAIN') return null;
    if (e.code === 'EOF') return new Uint8Array(0);
    throw e;
  }
}

/** Writes what a pipe takes now: the count, or null when it would wait. */
export function tryWrite(fd: number, data: Uint8Array): number | null {
  const t = twinOf(fd);
  if (t === null) return write(fd, data);
  try {
    return fs.writeSync(t, data, 0, data.length, null);
  } catch (e: any) {
    if (e.code === 'EAGAIN') return null;
    throw e;
  }
}

/** A blocking read or write on the descriptor itself (nested VM loops). */
export const readBlocking = (fd: number, n: number): Uint8Array => read(fd, n);

/** Forgets what is kept about fd (after something else closed it). */
export function forget(fd: number): void {
  offsets.delete(fd);
  // fd may have been some pipe's twin (closerange reaches those too)
  for (const [k, v] of twins) if (v === fd) twins.delete(k);
  const t = twins.get(fd);
  if (t !== undefined) {
    twins.delete(fd);
    try {
      fs.closeSync(t);
    } catch {
      // already gone
    }
  }
}
