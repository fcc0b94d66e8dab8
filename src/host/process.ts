// Child processes and the pipes to them, on libuv's own handles (uvwrap.ts;
// the pipes themselves come from fifos.ts). Live handles
// stay here, in tables keyed by small integers: Python-visible objects hold
// only those numbers, so the heap stays serializable (DESIGN.md, Rule 1) and
// a forked copy simply finds no such child.
//
// Nothing here blocks: a caller asks whether a result is ready (a take*
// function returns null when not) and, if not, subscribes with onEvent() and
// parks its Python thread; every event of every child or pipe notifies the
// subscribers, who look again.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sleepSync } from './fs';
import * as uv from './uvwrap';
import * as fifos from './fifos';
import { closeFds, type Pair } from './fifos';

/** How one of the child's standard streams is connected. */
export type Stdio = 'pipe' | 'inherit' | 'ignore' | number | { pipe: number };

interface Proc {
  pid: number;
  /** returncode once the child has ended: exit status, or -signal */
  rc: number | null;
}

interface Pipe {
  /** the parent's descriptor (-1 once a reader has closed it) */
  fd: number;
  /** a write end's writer */
  wr: uv.Writer | null;
  /** a read end's reader, once reading has started */
  rd: uv.Reader | null;
  reader: boolean;
  /** unread data: chunks[0] from off, then the other chunks; len bytes in all */
  chunks: Buffer[];
  off: number;
  len: number;
  eof: boolean;
  closed: boolean;
  /** a write error seen (EPIPE ...) */
  err: string | null;
  /** a reader wants more than is buffered (do not pause the flow) */
  waiting?: boolean;
  /** ... and only the end of file will do (read all, communicate) */
  wantEof?: boolean;
  paused?: boolean;
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

function addWriter(fd: number): number {
  const id = nextId++;
  const p: Pipe = { fd, wr: null, rd: null, reader: false, chunks: [], off: 0, len: 0, eof: false, closed: false, err: null };
  p.wr = uv.writePipe(fd, (err) => {
    if (err) p.err = err;
    notify();
  });
  pipes.set(id, p);
  return id;
}

function addReader(fd: number): number {
  const id = nextId++;
  pipes.set(id, { fd, wr: null, rd: null, reader: true, chunks: [], off: 0, len: 0, eof: false, closed: false, err: null });
  return id;
}

// pipes to and from children: see fifos.ts
export { requestPipes, takePipes, makePipesSync, closeFds } from './fifos';
fifos.onMade(notify);

/** An environment as the KEY=value strings exec takes. */
function envPairs(e: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  for (const k in e) {
    const v = e[k];
    if (v !== undefined) out.push(`${k}=${v}`);
  }
  return out;
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
  const proc = nextId++;
  const rec: Proc = { pid: 0, rc: null };
  const child = uv.spawn({ file, args: args.length ? args : [file], cwd, env: envPairs(e), stdio: io, detached }, (code, sig) => {
    rec.rc = sig ? -signalNumber(sig) : code;
    notify();
  });
  closeFds(theirs);
  unused();
  if (typeof child === 'string') {
    closeFds(ours.filter((x) => x));
    return child === 'ENOENT' || child === 'EACCES' ? execError(file, e, cwd) || child : child;
  }
  rec.pid = child.pid;
  procs.set(proc, rec);
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
  if (p.rd || !p.reader || p.closed || p.eof) return;
  p.rd = uv.readPipe(p.fd, (d) => {
    p.chunks.push(d);
    p.len += d.length;
    // a child that writes faster than Python reads waits on a full pipe,
    // as it would under CPython, instead of filling our memory
    if (p.len >= HIGH_WATER && !p.waiting) {
      p.paused = true;
      p.rd!.pause();
    }
    // a reader that wants everything up to EOF is not woken for each chunk
    if (!p.wantEof) notify();
  }, () => {
    // the reader closed the descriptor; its number may be reused
    p.fd = -1;
    p.eof = true;
    notify();
  });
}

/** Reads what the pipe holds now, waiting for at least a byte or EOF by
 * blocking the process: for a nested VM loop, where the thread cannot park
 * (events cannot arrive meanwhile, so this cannot race with the reader). */
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
      if (p.rd) {
        p.rd.close();
        p.fd = -1;
      }
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

/** The unread bytes as one buffer (from p.off). */
function joined(p: Pipe): Buffer {
  if (p.chunks.length > 1) {
    p.chunks[0] = p.chunks[0].subarray(p.off);
    p.chunks = [Buffer.concat(p.chunks, p.len)];
    p.off = 0;
  }
  return p.chunks[0] ?? Buffer.alloc(0);
}

// what is read ahead while no reader waits: a pipe's worth, as the kernel
// would hold for a CPython reader (a child writing more then waits, and
// gets SIGPIPE if the reader closes meanwhile, as under CPython)
const HIGH_WATER = 1 << 16;

/** Takes n unread bytes (n <= p.len). Consumed bytes stay in the first
 * chunk behind p.off: a line at a time costs no re-slicing of the rest. */
function take(p: Pipe, n: number): Uint8Array {
  let b = p.chunks[0];
  if (b && b.length - p.off < n) b = joined(p);
  const out = b ? (Uint8Array.prototype.slice.call(b, p.off, p.off + n) as Uint8Array) : EMPTY;
  p.off += n;
  p.len -= n;
  if (b && p.off >= b.length) {
    p.chunks.shift();
    p.off = 0;
  }
  p.waiting = false;
  p.wantEof = false;
  if (p.paused && p.len < HIGH_WATER / 2) resume(p);
  return out;
}

function resume(p: Pipe): void {
  p.paused = false;
  p.rd?.resume();
}

/** A read that must wait for more (for the end of file with `all`): let
 * the data flow again. */
function starved(p: Pipe, all = false): null {
  p.waiting = true;
  p.wantEof = all;
  if (p.paused) resume(p);
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
  return starved(p, n < 0 && !some);
}

/** What a pipe holds now, without taking it. */
export function pipePeek(id: number): Uint8Array | null {
  const p = pipes.get(id);
  return p && p.reader ? Uint8Array.from(joined(p).subarray(p.off)) : null;
}

/** Reads a line (through b'\n'), at most limit bytes when limit >= 0. */
export function pipeTakeLine(id: number, limit: number): Uint8Array | null {
  const p = pipes.get(id);
  if (!p || p.closed) return EMPTY;
  startReading(p);
  if (p.len) {
    let b = p.chunks[0];
    let i = b.indexOf(10, p.off);
    if (i < 0 && p.chunks.length > 1) {
      b = joined(p);
      i = b.indexOf(10, p.off);
    }
    if (i >= 0 && (limit < 0 || i - p.off < limit)) return take(p, i - p.off + 1);
    if (limit >= 0 && p.len >= limit) return take(p, limit);
  }
  if (p.eof) return take(p, p.len);
  return starved(p);
}

/** Whether everything the pipe will carry has arrived (starts reading). */
export function pipeDone(id: number): boolean {
  const p = pipes.get(id);
  if (!p) return true;
  if (!p.reader) return p.err !== null || p.wr!.closed() || (!p.closed && p.wr!.queued() === 0);
  if (p.eof) return true;
  if (p.closed) return true;
  startReading(p);
  // communicate() takes everything at the end: no pausing meanwhile
  if (!p.eof) starved(p, true);
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
  // the write counts as done at once while the writer has room (as a
  // buffered file's would); a later failure shows at the next write/flush
  let settled = false;
  const settle = (r: string) => {
    if (!settled && !orphans.delete(token) && !forced.delete(token)) writes.set(token, r);
    settled = true;
  };
  const w = p.wr!;
  if (end) {
    p.closed = true;
    w.end(data, (err) => {
      if (err) p.err = err;
      settle(err);
      // a closed pipe is forgotten once its last data has gone
      if (pipes.get(id) === p) pipes.delete(id);
      notify();
    });
  } else if (!data.length) settle('');
  else {
    w.write(data, (err) => {
      if (err) p.err = err;
      settle(err);
      notify();
    });
  }
  return token;
}

/** '' once everything written to the pipe has gone to the OS, an error
 * code if writing failed, null while data is still queued. */
export function pipeFlushed(id: number): string | null {
  const p = pipes.get(id);
  if (!p || p.reader) return '';
  if (p.err) return p.err;
  return p.wr!.queued() === 0 || p.wr!.closed() ? '' : null;
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
    if (p.rd) p.rd.close();
    else if (!p.closed && p.fd >= 0) closeFds([p.fd]);
    p.closed = true;
    return;
  }
  if (p.closed) return;
  p.closed = true;
  p.wr!.end(new Uint8Array(0), () => {});
}

/** The parent's descriptor of a pipe (-1 if unknown). */
export function pipeFd(id: number): number {
  return pipes.get(id)?.fd ?? -1;
}
