// Child processes and the pipes to them, on node:child_process. Live handles
// stay here, in tables keyed by small integers: Python-visible objects hold
// only those numbers, so the heap stays serializable (DESIGN.md, Rule 1) and
// a forked copy simply finds no such child.
//
// Nothing here blocks: a caller asks whether a result is ready (a take*
// function returns null when not) and, if not, subscribes with onEvent() and
// parks its Python thread; every event of every child or pipe notifies the
// subscribers, who look again.

import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sleepSync } from './fs';

// node:child_process and node:net are required on first use: loading them
// costs start-up time that programs which import os but start no child
// (most of them) should not pay
let cp: typeof import('node:child_process') | null = null;
let netMod: typeof import('node:net') | null = null;
const childProcess = (): typeof import('node:child_process') => (cp ??= require('node:child_process'));
const net = (): typeof import('node:net') => (netMod ??= require('node:net'));

/** How one of the child's standard streams is connected. */
export type Stdio = 'pipe' | 'inherit' | 'ignore' | number | { pipe: number };

interface Proc {
  child: ChildProcess;
  pid: number;
  /** returncode once the child has ended: exit status, or -signal */
  rc: number | null;
}

interface Pipe {
  /** the parent's descriptor (a read end is ours until a socket takes it) */
  fd: number;
  sock: any;
  reader: boolean;
  chunks: Buffer[];
  len: number;
  eof: boolean;
  closed: boolean;
  /** a write error seen (EPIPE ...) */
  err: string | null;
  /** a reader wants more than is buffered (do not pause the flow) */
  waiting?: boolean;
}

const procs = new Map<number, Proc>();
const pipes = new Map<number, Pipe>();
/** finished writes: token -> '' (ok) or an error code */
const writes = new Map<number, string>();
let nextId = 1;

const listeners = new Set<() => void>();

/** Calls fn once at the next event of any child or pipe; returns a cancel. */
export function onEvent(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function notify(): void {
  const fns = [...listeners];
  listeners.clear();
  for (const f of fns) f();
}

export const SIGNALS: Record<string, number> = { ...(os.constants.signals as any) };

/** The signal number of a signal name ('SIGKILL' -> 9). */
export function signalNumber(name: string): number {
  return SIGNALS[name] ?? 0;
}

/** Why exec of `file` would fail ('' when it would not): ENOENT or EACCES. */
export function execError(file: string, env: Record<string, string | undefined>, cwd: string | undefined): string {
  const check = (p: string): string => {
    try {
      const st = fs.statSync(p);
      if (st.isDirectory()) return 'EACCES';
      fs.accessSync(p, fs.constants.X_OK);
      return '';
    } catch (e: any) {
      return e.code === 'EACCES' ? 'EACCES' : 'ENOENT';
    }
  };
  if (file.includes('/')) return check(path.resolve(cwd ?? process.cwd(), file));
  let seen = 'ENOENT';
  for (const dir of (env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':')) {
    const r = check(path.join(dir || '.', file));
    if (r === '') return '';
    if (r === 'EACCES') seen = 'EACCES';
  }
  return seen;
}

/** Whether p is an existing directory ('' if so, else ENOENT/ENOTDIR). */
export function dirError(p: string): string {
  try {
    return fs.statSync(p).isDirectory() ? '' : 'ENOTDIR';
  } catch (e: any) {
    return e.code === 'ENOTDIR' ? 'ENOTDIR' : e.code === 'EACCES' ? 'EACCES' : 'ENOENT';
  }
}

/** A write error as an errno name: the peer gone is EPIPE, as on a pipe
 * (Node reports ECONNRESET on a socketpair, or its own stream errors). */
function writeErr(e: any): string {
  const c: string = e?.code ?? '';
  return c === 'ECONNRESET' || c === '' || c.startsWith('ERR_') ? 'EPIPE' : c;
}

function addWriter(fd: number): number {
  const id = nextId++;
  const sock = new (net().Socket)({ fd, readable: false, writable: true } as any);
  const p: Pipe = { fd, sock, reader: false, chunks: [], len: 0, eof: false, closed: false, err: null };
  pipes.set(id, p);
  sock.on('error', (e: any) => {
    p.err = writeErr(e);
    notify();
  });
  return id;
}

function addReader(fd: number): number {
  const id = nextId++;
  pipes.set(id, { fd, sock: null, reader: true, chunks: [], len: 0, eof: false, closed: false, err: null });
  return id;
}

// Pipes to and from a child are real kernel pipes (Node would give
// socketpairs, on which a writer whose reader left gets ECONNRESET instead
// of SIGPIPE, and which a child sees as sockets): a fifo made by mkfifo,
// opened at both ends and unlinked. mkfifo runs asynchronously and a few
// spare pipes are kept ready.

type Pair = [number, number];
const spare: Pair[] = [];
let refilling = false;
const granted = new Map<number, Pair[] | string>();
const wanted: { token: number; k: number }[] = [];
let fifoCount = 0;

function openFifo(p: string): Pair {
  const C = fs.constants;
  const probe = fs.openSync(p, C.O_RDONLY | C.O_NONBLOCK);
  try {
    const w = fs.openSync(p, C.O_WRONLY);
    const r = fs.openSync(p, C.O_RDONLY);
    return [r, w];
  } finally {
    fs.closeSync(probe);
  }
}

let fifoDirCache = '';
/** A directory to make the fifos in: $TMPDIR, else /tmp, else /dev/shm. */
function fifoDir(): string {
  if (fifoDirCache) return fifoDirCache;
  for (const d of [os.tmpdir(), '/tmp', '/dev/shm']) {
    try {
      fs.accessSync(d, fs.constants.W_OK | fs.constants.X_OK);
      return (fifoDirCache = d);
    } catch {
      // try the next
    }
  }
  return os.tmpdir();
}

function fifoPaths(n: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < n; i++) paths.push(path.join(fifoDir(), `.pys-fifo-${process.pid}-${++fifoCount}-${Date.now().toString(36)}`));
  return paths;
}

// Each mkfifo run forks this (large) process, which costs milliseconds: a
// program that keeps asking for pipes (os.popen in a loop) gets them made in
// growing batches, up to BATCH_MAX pipes (two descriptors each) per run.
let batch = 4;
const BATCH_MAX = 16;
let lastRefill = -Infinity;

function refill(want: number): void {
  if (refilling) return;
  refilling = true;
  const now = Date.now();
  // pipes used up within a second of the last batch: make more next time
  batch = now - lastRefill < 1000 ? Math.min(batch * 2, BATCH_MAX) : 4;
  lastRefill = now;
  const n = Math.max(want, batch);
  const paths = fifoPaths(n);
  childProcess().execFile('mkfifo', ['-m', '600', ...paths], (err) => {
    refilling = false;
    let failure = '';
    for (const p of paths) {
      try {
        if (!err) spare.push(openFifo(p));
      } catch (e: any) {
        failure = e?.code ?? 'EMFILE';
      }
      try {
        fs.unlinkSync(p);
      } catch {
        // mkfifo failed before making it
      }
    }
    if (err) failure = (err as any).code === 'ENOENT' ? 'ENOSYS' : 'EMFILE';
    serveWanted(failure);
    notify();
  });
}

function serveWanted(failure: string): void {
  while (wanted.length) {
    const w = wanted[0];
    if (spare.length < w.k) {
      if (failure) {
        granted.set(w.token, failure);
        wanted.shift();
        continue;
      }
      refill(w.k - spare.length + 2);
      return;
    }
    granted.set(w.token, spare.splice(0, w.k));
    wanted.shift();
  }
  // made ahead only for a program that has used pipes: one that starts
  // children without them should not pay for mkfifo runs
  if (pipesUsed && spare.length < 2) refill(0);
}

let pipesUsed = false;

/** Asks for k pipes; collect them with takePipes(token). */
export function requestPipes(k: number): number {
  if (k > 0) pipesUsed = true;
  const token = nextId++;
  wanted.push({ token, k });
  serveWanted('');
  return token;
}

/** The pipes asked for (read end, write end), an error code, or null while
 * they are being made. */
export function takePipes(token: number): Pair[] | string | null {
  const r = granted.get(token);
  if (r === undefined) return null;
  granted.delete(token);
  return r;
}

/** Makes the pipes still asked for now, blocking the process (for nested
 * VM loops, where a thread cannot park). */
export function makePipesSync(): void {
  const need = wanted.reduce((n, w) => n + w.k, 0) - spare.length;
  if (need > 0) {
    const paths = fifoPaths(need);
    try {
      childProcess().execFileSync('mkfifo', ['-m', '600', ...paths]);
      for (const p of paths) spare.push(openFifo(p));
    } catch {
      // served as a failure below
    } finally {
      for (const p of paths) {
        try {
          fs.unlinkSync(p);
        } catch {
          // not made
        }
      }
    }
  }
  serveWanted(spare.length < wanted.reduce((n, w) => n + w.k, 0) ? 'EMFILE' : '');
}

/** Closes descriptors that will not be used after all. */
export function closeFds(fds: number[]): void {
  for (const fd of fds) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
  }
}

export interface Spawned {
  proc: number;
  pid: number;
  pipes: [number, number, number];
}

/** Starts a child; returns its handles, or an errno code name. Each 'pipe'
 * uses one of `pairs` (from requestPipes, consumed here);
 * stderr 'stdout' sends the child's stderr wherever its stdout goes. */
export function spawnChild(file: string, args: string[], cwd: string | undefined, env: Record<string, string> | undefined, stdio: [Stdio, Stdio, Stdio | 'stdout'], pairs: Pair[] = [], detached = false, passFds: number[] = []): Spawned | string {
  const e = env ?? (process.env as Record<string, string>);
  const unused = () => closeFds(pairs.flat());
  if (cwd !== undefined) {
    const d = dirError(cwd);
    if (d) {
      unused();
      return 'cwd:' + d;
    }
  }
  // ours[k]: the parent's end of the pipe for child descriptor k;
  // theirs: the child's ends, closed here once it has them
  const ours: number[] = [0, 0, 0];
  const theirs: number[] = [];
  const toNode = (s: Stdio, k: number): any => {
    if (typeof s === 'object') {
      const fd = pipes.get(s.pipe)?.fd ?? -1;
      if (fd < 0) throw Object.assign(new Error('closed pipe'), { code: 'EBADF' });
      return fd;
    }
    if (s === 'pipe') {
      if (!pairs.length) throw Object.assign(new Error('no pipe'), { code: 'EMFILE' });
      const [r, w] = pairs.shift()!;
      ours[k] = k === 0 ? w : r;
      theirs.push(k === 0 ? r : w);
      return k === 0 ? r : w;
    }
    return s;
  };
  const io: any[] = [];
  try {
    io.push(toNode(stdio[0], 0), toNode(stdio[1], 1));
    io.push(stdio[2] === 'stdout' ? (io[1] === 'inherit' ? 1 : io[1]) : toNode(stdio[2], 2));
  } catch (err: any) {
    closeFds([...ours.filter((x) => x), ...theirs]);
    unused();
    return err.code;
  }
  // pass_fds: the child keeps these descriptors at the same numbers
  for (const fd of passFds) {
    if (fd < 3) continue;
    while (io.length < fd) io.push('ignore');
    io[fd] = fd;
  }
  let child: ChildProcess;
  try {
    child = childProcess().spawn(file, args.slice(1), { argv0: args[0] ?? file, cwd, env: e, stdio: io, detached });
  } catch (err: any) {
    closeFds([...ours.filter((x) => x), ...theirs]);
    unused();
    return err?.code ?? 'EINVAL';
  }
  closeFds(theirs);
  unused();
  child.on('error', () => {});
  if (child.pid === undefined) {
    closeFds(ours.filter((x) => x));
    return execError(file, e, cwd) || 'ENOENT';
  }
  const proc = nextId++;
  const rec: Proc = { child, pid: child.pid, rc: null };
  procs.set(proc, rec);
  child.on('exit', (code, sig) => {
    rec.rc = code !== null ? code : -signalNumber(sig ?? '');
    notify();
  });
  const ps: [number, number, number] = [0, 0, 0];
  if (ours[0]) ps[0] = addWriter(ours[0]);
  if (ours[1]) ps[1] = addReader(ours[1]);
  if (ours[2]) ps[2] = addReader(ours[2]);
  return { proc, pid: rec.pid, pipes: ps };
}

/** The child's returncode, null while it runs, undefined if unknown. */
export function returnCode(proc: number): number | null | undefined {
  const p = procs.get(proc);
  return p ? p.rc : undefined;
}

/** Sends signal sig to the child; false when it has already ended. */
export function signalChild(proc: number, sig: number): boolean {
  const p = procs.get(proc);
  if (!p || p.rc !== null) return false;
  try {
    process.kill(p.pid, sig);
  } catch {
    return false;
  }
  return true;
}

/** Forgets an ended child. */
export function releaseChild(proc: number): void {
  const p = procs.get(proc);
  if (p && p.rc !== null) procs.delete(proc);
}

function startReading(p: Pipe): void {
  if (p.sock || !p.reader || p.closed) return;
  const s = new (net().Socket)({ fd: p.fd, readable: true, writable: false } as any);
  p.sock = s;
  s.on('data', (d: Buffer) => {
    p.chunks.push(d);
    p.len += d.length;
    // a child that writes faster than Python reads waits on a full pipe,
    // as it would under CPython, instead of filling our memory
    if (p.len >= HIGH_WATER && !p.waiting) s.pause();
    notify();
  });
  const end = () => {
    p.eof = true;
    notify();
  };
  s.on('end', end);
  s.on('close', () => {
    // the socket closed the descriptor; its number may be reused
    p.fd = -1;
    end();
  });
  s.on('error', end);
}

/** Reads what the pipe holds now, waiting for at least a byte or EOF by
 * blocking the process: for a nested VM loop, where the thread cannot park
 * (events cannot arrive meanwhile, so this cannot race with the socket). */
export function pipeFillSync(id: number): void {
  const p = pipes.get(id);
  if (!p || !p.reader || p.closed || p.eof) return;
  const buf = Buffer.allocUnsafe(65536);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(p.fd, buf, 0, buf.length, null);
    } catch (e: any) {
      if (e.code === 'EAGAIN') {
        sleepSync(2);
        continue;
      }
      p.eof = true;
      return;
    }
    if (n === 0) {
      p.eof = true;
      if (p.sock) p.sock.destroy();
      return;
    }
    p.chunks.push(Buffer.from(buf.subarray(0, n)));
    p.len += n;
    return;
  }
}

/** Waits for a child by blocking the process (nested VM loops only): polls
 * /proc for the zombie and reads its status; false if that cannot be done. */
export function waitSync(proc: number): boolean {
  const p = procs.get(proc);
  if (!p) return false;
  for (;;) {
    if (p.rc !== null) return true;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${p.pid}/stat`, 'latin1');
    } catch {
      return false;
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (f[0] === 'Z' && f.length >= 50) {
      const st = Number(f[49]);
      p.rc = (st & 0x7f) === 0 ? (st >> 8) & 0xff : -(st & 0x7f);
      return true;
    }
    sleepSync(2);
  }
}

function joined(p: Pipe): Buffer {
  if (p.chunks.length !== 1) p.chunks = [Buffer.concat(p.chunks, p.len)];
  return p.chunks[0] ?? Buffer.alloc(0);
}

const HIGH_WATER = 1 << 20;

function take(p: Pipe, n: number): Uint8Array {
  const b = joined(p);
  const out = Uint8Array.prototype.slice.call(b, 0, n) as Uint8Array;
  const rest = b.subarray(n);
  p.chunks = rest.length ? [rest] : [];
  p.len = rest.length;
  p.waiting = false;
  if (p.sock?.isPaused() && p.len < HIGH_WATER / 2) p.sock.resume();
  return out;
}

/** A read that must wait for more: let the data flow again. */
function starved(p: Pipe): null {
  p.waiting = true;
  if (p.sock?.isPaused()) p.sock.resume();
  return null;
}

const EMPTY = new Uint8Array(0);

/** Reads from a pipe: n < 0 all until EOF, else up to n bytes (fewer only
 * at EOF); `some` returns whatever is there once anything is. null = wait. */
export function pipeTake(id: number, n: number, some = false): Uint8Array | null {
  const p = pipes.get(id);
  if (!p || p.closed) return EMPTY;
  startReading(p);
  if (n === 0) return EMPTY;
  if (p.eof) return take(p, n < 0 ? p.len : Math.min(n, p.len));
  if (some && p.len > 0) return take(p, n < 0 ? p.len : Math.min(n, p.len));
  if (n > 0 && p.len >= n) return take(p, n);
  return starved(p);
}

/** What a pipe holds now, without taking it. */
export function pipePeek(id: number): Uint8Array | null {
  const p = pipes.get(id);
  return p && p.reader ? Uint8Array.from(joined(p)) : null;
}

/** Reads a line (through b'\n'), at most limit bytes when limit >= 0. */
export function pipeTakeLine(id: number, limit: number): Uint8Array | null {
  const p = pipes.get(id);
  if (!p || p.closed) return EMPTY;
  startReading(p);
  if (p.len) {
    const b = joined(p);
    const i = b.indexOf(10);
    if (i >= 0 && (limit < 0 || i < limit)) return take(p, i + 1);
    if (limit >= 0 && p.len >= limit) return take(p, limit);
  }
  if (p.eof) return take(p, p.len);
  return starved(p);
}

/** Whether everything the pipe will carry has arrived (starts reading). */
export function pipeDone(id: number): boolean {
  const p = pipes.get(id);
  if (!p) return true;
  if (!p.reader) return p.err !== null || p.sock.writableFinished || p.sock.destroyed || (!p.closed && p.sock.writableLength === 0);
  if (p.eof) return true;
  if (p.closed) return true;
  startReading(p);
  // communicate() takes everything at the end: no pausing meanwhile
  if (!p.eof) starved(p);
  return p.eof;
}

/** Starts writing data to a pipe; returns a token for writeResult. With
 * end, the pipe is closed after the data (EOF for the child). */
export function pipeWrite(id: number, data: Uint8Array, end = false): number {
  const token = nextId++;
  const p = pipes.get(id);
  if (!p || p.closed) {
    writes.set(token, 'EBADF');
    return token;
  }
  if (p.err) {
    writes.set(token, p.err);
    return token;
  }
  // the write counts as done at once while Node's buffer has room (as a
  // buffered file's would); a later failure shows at the next write/flush
  let settled = false;
  const settle = (r: string) => {
    if (!settled && !orphans.delete(token) && !forced.delete(token)) writes.set(token, r);
    settled = true;
  };
  const done = (err: any) => {
    if (err) {
      p.err = writeErr(err);
      settle(p.err);
    } else if (end) settle('');
    // a closed pipe is forgotten once its last data has gone
    if (end && pipes.get(id) === p) pipes.delete(id);
    notify();
  };
  try {
    if (end) {
      p.closed = true;
      p.sock.end(Buffer.from(data), done);
    } else if (!data.length) settle('');
    else {
      // many small writes go out together, in one writev at the next tick
      if (!p.sock.writableCorked) {
        p.sock.cork();
        process.nextTick(() => p.sock.uncork());
      }
      if (p.sock.write(Buffer.from(data), done)) settle('');
      else p.sock.once('drain', () => settle(''));
    }
  } catch (e: any) {
    settle(writeErr(e));
  }
  return token;
}

/** '' once everything written to the pipe has gone to the OS, an error
 * code if writing failed, null while data is still queued. */
export function pipeFlushed(id: number): string | null {
  const p = pipes.get(id);
  if (!p || p.reader) return '';
  if (p.err) return p.err;
  return p.sock.writableLength === 0 || p.sock.destroyed ? '' : null;
}

/** '' when write `token` completed, an error code if it failed, null while
 * it is under way. */
export function writeResult(token: number): string | null {
  const r = writes.get(token);
  if (r === undefined) return null;
  writes.delete(token);
  return r;
}

/** Counts write `token` as done although Node still queues its data. */
export function settleWrite(token: number): void {
  if (!writes.has(token)) forced.add(token);
  writes.set(token, '');
}
const forced = new Set<number>();

/** Forgets the result of write `token` (the caller will not wait for it). */
export function dropWrite(token: number): void {
  if (writes.has(token)) writes.delete(token);
  else orphans.add(token);
}
const orphans = new Set<number>();

/** Closes our end of a pipe. */
export function pipeClose(id: number): void {
  const p = pipes.get(id);
  if (!p) return;
  pipes.delete(id);
  if (p.reader) {
    if (p.sock) p.sock.destroy();
    else if (!p.closed) closeFds([p.fd]);
    p.closed = true;
    return;
  }
  if (p.closed) return;
  p.closed = true;
  try {
    p.sock.end();
  } catch {
    // already gone
  }
}

/** The parent's descriptor of a pipe (-1 if unknown). */
export function pipeFd(id: number): number {
  return pipes.get(id)?.fd ?? -1;
}
