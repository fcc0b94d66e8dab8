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
import { sleepSync, sysErr } from './fs';

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

/** fd's open flags as the kernel reports them, O_NONBLOCK and O_CLOEXEC
 * included (EBADF when fd is not open). */
export function openFlags(fd: number): number {
  if (fd < 0) throw sysErr('EBADF', 'fdinfo');
  fs.fstatSync(fd);
  const t = fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8');
  const m = /flags:\s*([0-7]+)/.exec(t);
  if (!m) throw sysErr('EIO', 'fdinfo');
  return parseInt(m[1], 8);
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

// ---- positional I/O and sendfile -------------------------------------------------------------

const INT64_MAX = (1n << 63n) - 1n;

/** A file position as Node takes it: a number while exact, else a bigint. */
const position = (p: number | bigint): number | bigint => (typeof p === 'bigint' || Number.isSafeInteger(p) ? p : BigInt(p));

/** The checks the kernel makes before it reads or writes at pos: the
 * position itself, the descriptor, then whether pos + n overflows. */
function checkPositional(fd: number, n: number, pos: number | bigint, syscall: string): void {
  if (pos < 0) throw sysErr('EINVAL', syscall);
  if (BigInt(pos) + BigInt(n) > INT64_MAX) {
    const st = fs.fstatSync(fd);
    if (st.isFIFO() || st.isSocket()) throw sysErr('ESPIPE', syscall);
    throw sysErr('EINVAL', syscall);
  }
}

/** pread(2): up to n bytes at pos; fd's own offset is left where it is. */
export function pread(fd: number, n: number, pos: number | bigint): Uint8Array {
  checkPositional(fd, n, pos, 'pread');
  // Node answers a 0-byte read without asking the kernel, which would
  // still report a bad, unreadable or unseekable descriptor: a 1-byte
  // pread asks it, and moves nothing
  const buf = Buffer.allocUnsafe(Math.max(n, 1));
  const got = fs.readSync(fd, buf, 0, Math.max(n, 1), position(pos));
  return n === 0 ? new Uint8Array(0) : buf.subarray(0, got);
}

/** pwrite(2): returns the number of bytes written at pos. */
export function pwrite(fd: number, data: Uint8Array, pos: number | bigint): number {
  checkPositional(fd, data.length, pos, 'pwrite');
  // Node's writeSync takes an unsafe position for "the current offset":
  // one past 2**53 cannot be reached, and files that large exceed most
  // file systems' limit anyway (ext4's is 2**44), which is this error
  if (pos > Number.MAX_SAFE_INTEGER) {
    fs.fstatSync(fd);
    throw sysErr('EFBIG', 'pwrite');
  }
  return fs.writeSync(fd, data, 0, data.length, Number(pos));
}

const O_PATH = 0o10000000;
/** The kernel's cap on one read, write or sendfile. */
const MAX_RW_COUNT = 0x7ffff000;

/** How sendfile(2) goes for these arguments: 'none' when there is nothing
 * to send, 'file' (sendToFile) or 'pipe' (sendfileChunk, then a write of
 * what the pipe takes). The kernel's refusals come first, in its order. */
export function sendfilePlan(out: number, inp: number, pos: number | bigint | null, count: number | bigint): 'none' | 'file' | 'pipe' {
  const ist = fs.fstatSync(inp);
  const ifl = fdinfo(inp).flags;
  if ((ifl & 3) === 1 || ifl & O_PATH) throw sysErr('EBADF', 'sendfile');
  const stream = ist.isFIFO() || ist.isSocket();
  if (pos !== null && stream) throw sysErr('ESPIPE', 'sendfile');
  if (pos !== null && pos < 0) throw sysErr('EINVAL', 'sendfile');
  // a negative count is a huge size_t to the kernel, which refuses it
  if (count < 0 || BigInt(pos ?? currentOffset(inp)) + BigInt(count) > INT64_MAX) throw sysErr('EINVAL', 'sendfile');
  const ost = fs.fstatSync(out);
  const ofl = fdinfo(out).flags;
  if ((ofl & 3) === 0 || ofl & O_PATH) throw sysErr('EBADF', 'sendfile');
  const toPipe = ost.isFIFO();
  // splicing into a file: no O_APPEND, and in must be seekable
  if (!toPipe && (ofl & APPEND || stream)) throw sysErr('EINVAL', 'sendfile');
  if (count === 0) return 'none';
  // a directory (or a pipe into a pipe) has nothing to splice from
  if (ist.isDirectory() || stream) throw sysErr('EINVAL', 'sendfile');
  return toPipe ? 'pipe' : 'file';
}

const CHUNK = 1 << 16;

/** Reads up to n bytes for sendfile: at pos, or at (and advancing) in's offset. */
function readAt(inp: number, n: number, pos: number | bigint | null): Uint8Array {
  if (pos === null) return read(inp, n);
  const buf = Buffer.allocUnsafe(n);
  return buf.subarray(0, fs.readSync(inp, buf, 0, n, position(pos)));
}

/** sendfile into a file, as a read/write loop: the kernel moves everything
 * (up to count) that is there. With pos null the bytes come from in's
 * offset, which advances by what was sent; else from pos, in's offset
 * untouched. A failure after some bytes went returns their number. */
export function sendToFile(out: number, inp: number, pos: number | bigint | null, count: number): number {
  count = Math.min(count, MAX_RW_COUNT);
  let done = 0;
  while (done < count) {
    const at = pos === null ? null : typeof pos === 'bigint' ? pos + BigInt(done) : pos + done;
    let chunk: Uint8Array;
    try {
      chunk = readAt(inp, Math.min(CHUNK, count - done), at);
    } catch (e) {
      if (done) return done;
      throw e;
    }
    if (chunk.length === 0) break;
    let sent = 0;
    try {
      while (sent < chunk.length) sent += write(out, chunk.subarray(sent));
    } catch (e) {
      if (pos === null) giveBack(inp, chunk.length - sent);
      if (done + sent) return done + sent;
      throw e;
    }
    done += sent;
  }
  return done;
}

/** What sendfile into a pipe takes from in: one pipe's worth at most (the
 * kernel sends what fits and returns). */
export const sendfileChunk = (inp: number, pos: number | bigint | null, count: number): Uint8Array =>
  readAt(inp, Math.min(count, CHUNK), pos);

/** Gives back to in's offset n bytes read but not sent. */
export function giveBack(inp: number, n: number): void {
  if (n > 0) lseek(inp, -n, 1);
}
