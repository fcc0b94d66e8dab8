// Children, and reads and writes on the pipes to them, on the libuv handles
// Node's own child_process and net are built on (the process_wrap,
// pipe_wrap and stream_wrap bindings), without the ChildProcess and
// net.Socket objects around them. Those wrappers cost more than the work
// itself for short children: ~0.15 ms per spawn (option normalising, the
// environment read back through process.env's interceptors, EventEmitter
// and nextTick chains) and ~0.2 ms per piped child output (stream state,
// 'end'/'close'/destroy sequences), against a fork+exec of ~0.6 ms (Node
// 20, measured with plain node).
//
// process.binding is deprecated API (DEP0111, documentation-only): it warns
// only under --pending-deprecation, in which case, or where a binding is
// missing, the public modules are used instead (same behaviour, slower).

import type { ChildProcess } from 'node:child_process';

/** How one descriptor of the child is set up. */
export type ChildFd = 'inherit' | 'ignore' | number;

export interface SpawnOptions {
  file: string;
  /** argv, argv[0] included */
  args: string[];
  cwd: string | undefined;
  /** KEY=value strings */
  env: string[];
  stdio: ChildFd[];
  detached: boolean;
}

/** A started child. */
export interface Child {
  pid: number;
}

/** Called once when the child ends: exit status, or the signal's name. */
export type OnExit = (code: number, signal: string) => void;

interface Bindings {
  Process: new () => any;
  Pipe: new (type: number) => any;
  WriteWrap: new () => any;
  pipeSocket: number;
  state: Int32Array;
  kRead: number;
  kOffset: number;
  kAsync: number;
}

let bindings: Bindings | null | undefined;

function raw(): Bindings | null {
  if (bindings !== undefined) return bindings;
  bindings = null;
  const opts = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (opts.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1') return null;
  try {
    const b = (process as any).binding;
    const pw = b('process_wrap');
    const pp = b('pipe_wrap');
    const sw = b('stream_wrap');
    if (typeof pw.Process === 'function' && typeof pp.Pipe === 'function' && typeof sw.WriteWrap === 'function' && sw.streamBaseState) {
      bindings = {
        Process: pw.Process, Pipe: pp.Pipe, WriteWrap: sw.WriteWrap, pipeSocket: pp.constants.SOCKET,
        state: sw.streamBaseState, kRead: sw.kReadBytesOrError, kOffset: sw.kArrayBufferOffset, kAsync: sw.kLastWriteWasAsync,
      };
    }
  } catch {
    // an engine without them: the public modules below
  }
  return bindings;
}

let cp: typeof import('node:child_process') | null = null;
const childProcess = (): typeof import('node:child_process') => (cp ??= require('node:child_process'));

/** Starts a child: its pid, or an errno code name when it could not be
 * started (exec failing in the child is reported here too). */
export function spawn(o: SpawnOptions, onexit: OnExit): Child | string {
  const b = raw();
  if (!b) return spawnPublic(o, onexit);
  const h = new b.Process();
  h.onexit = (code: number, signal: string) => {
    h.close();
    onexit(code, signal);
  };
  const stdio = o.stdio.map((s, k) => (s === 'ignore' ? { type: 'ignore' } : { type: s === 'inherit' ? 'inherit' : 'fd', fd: s === 'inherit' ? k : s }));
  const err: number = h.spawn({ file: o.file, args: o.args, cwd: o.cwd, envPairs: o.env, stdio, detached: o.detached });
  if (err) {
    h.close();
    return errName(err);
  }
  return { pid: h.pid };
}

function errName(err: number): string {
  try {
    return (require('node:util') as typeof import('node:util')).getSystemErrorName(err);
  } catch {
    return 'EINVAL';
  }
}

function spawnPublic(o: SpawnOptions, onexit: OnExit): Child | string {
  const env: Record<string, string> = {};
  for (const kv of o.env) {
    const i = kv.indexOf('=');
    env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  let child: ChildProcess;
  try {
    child = childProcess().spawn(o.file, o.args.slice(1), { argv0: o.args[0], cwd: o.cwd, env, stdio: o.stdio, detached: o.detached });
  } catch (e: any) {
    return e?.code ?? 'EINVAL';
  }
  // a child that could not be started reports it on the next tick: the
  // caller finds out why (ENOENT or EACCES) itself
  child.on('error', () => {});
  if (child.pid === undefined) return 'ENOENT';
  child.on('exit', (code, sig) => onexit(code ?? 0, sig ?? ''));
  return { pid: child.pid };
}

/** Reads a pipe descriptor as data arrives (the descriptor becomes
 * non-blocking and is closed by close()). */
export interface Reader {
  /** stop or resume the flow (a full pipe then makes the writer wait) */
  pause(): void;
  resume(): void;
  /** stops reading and closes the descriptor */
  close(): void;
}

/** Starts reading fd: ondata per chunk, onend once at end of file or on an
 * error (after which the descriptor is closed). */
export function readPipe(fd: number, ondata: (b: Buffer) => void, onend: () => void): Reader {
  const b = raw();
  if (!b) return readPipePublic(fd, ondata, onend);
  const h = new b.Pipe(b.pipeSocket);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    h.readStop();
    h.close();
  };
  if (h.open(fd)) {
    open = false;
    h.close();
    queueMicrotask(onend);
    return { pause() {}, resume() {}, close() {} };
  }
  const state = b.state;
  h.onread = (ab: ArrayBuffer) => {
    const n = state[b.kRead];
    if (n > 0) ondata(Buffer.from(ab, state[b.kOffset], n));
    else if (n < 0) {
      close();
      onend();
    }
  };
  h.readStart();
  return {
    pause: () => open && h.readStop(),
    resume: () => open && h.readStart(),
    close,
  };
}

function readPipePublic(fd: number, ondata: (b: Buffer) => void, onend: () => void): Reader {
  const net = require('node:net') as typeof import('node:net');
  const s = new net.Socket({ fd, readable: true, writable: false } as any);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onend();
  };
  s.on('data', ondata);
  s.on('end', end);
  s.on('close', end);
  s.on('error', end);
  return {
    pause: () => s.pause(),
    resume: () => s.resume(),
    close: () => s.destroy(),
  };
}

/** Writes to a pipe descriptor (made non-blocking, closed by end()). */
export interface Writer {
  /** Queues data (copied); room('') once the queue has room for more (at
   * once while it has), or room(errno name) if writing failed. */
  write(data: Uint8Array, room: (err: string) => void): void;
  /** Closes the descriptor once data and the queue have gone out. */
  end(data: Uint8Array, done: (err: string) => void): void;
  /** bytes accepted and not yet in the pipe */
  queued(): number;
  /** whether the descriptor has been closed */
  closed(): boolean;
}

// what a writer accepts before a write waits for the pipe to take some (as
// a buffered file's buffer, and Node's own streams' high-water mark)
const ROOM = 16384;

/** Starts a writer on fd; changed(err) after a failure ('EPIPE' when the
 * reader has gone) and whenever the queue has emptied. */
export function writePipe(fd: number, changed: (err: string) => void): Writer {
  const b = raw();
  if (!b) return writePipePublic(fd, changed);
  const h = new b.Pipe(b.pipeSocket);
  let shut = false;
  let failed = '';
  // small writes wait here for the end of the current turn and go out
  // together: a loop writing lines costs one system call, not one each
  let held: Uint8Array[] = [];
  let heldLen = 0;
  let flushing = false;
  let inFlight = 0;
  const waiting: ((err: string) => void)[] = [];
  let ending: ((err: string) => void) | null = null;
  const queued = () => heldLen + inFlight;
  const close = () => {
    if (shut) return;
    shut = true;
    h.close();
  };
  const fail = (err: string) => {
    if (!failed) failed = err;
    close();
    held = [];
    heldLen = 0;
    for (const f of waiting.splice(0)) f(failed);
    ending?.(failed);
    ending = null;
    changed(failed);
  };
  const settle = () => {
    while (waiting.length && queued() < ROOM) waiting.shift()!('');
    if (queued() === 0) {
      if (ending) {
        close();
        const done = ending;
        ending = null;
        done('');
      }
      changed('');
    }
  };
  const flush = () => {
    flushing = false;
    if (shut || !heldLen) return settle();
    const data = held.length === 1 ? held[0] : Buffer.concat(held, heldLen);
    held = [];
    heldLen = 0;
    const req = new b.WriteWrap();
    req.handle = h;
    req.buffer = data;
    req.oncomplete = (status: number) => {
      inFlight -= data.length;
      if (status < 0) fail(errName(status));
      else settle();
    };
    const err: number = h.writeBuffer(req, data);
    if (err) return fail(errName(err));
    if (b.state[b.kAsync]) inFlight += data.length;
    settle();
  };
  if (h.open(fd)) {
    shut = true;
    failed = 'EBADF';
    h.close();
  }
  return {
    write(data, room) {
      if (failed || shut) return room(failed || 'EBADF');
      held.push(Uint8Array.prototype.slice.call(data) as Uint8Array);
      heldLen += data.length;
      if (!flushing) {
        flushing = true;
        queueMicrotask(flush);
      }
      if (queued() < ROOM) room('');
      else waiting.push(room);
    },
    end(data, done) {
      if (failed || shut) return done(failed || 'EBADF');
      if (data.length) {
        held.push(Uint8Array.prototype.slice.call(data) as Uint8Array);
        heldLen += data.length;
      }
      ending = done;
      flush();
    },
    queued,
    closed: () => shut,
  };
}

function writePipePublic(fd: number, changed: (err: string) => void): Writer {
  const net = require('node:net') as typeof import('node:net');
  const s = new net.Socket({ fd, readable: false, writable: true } as any);
  let failed = '';
  // Node reports ECONNRESET, or its own stream errors, where a pipe's
  // writer gets EPIPE
  const code = (e: any) => {
    const c: string = e?.code ?? '';
    return c === 'ECONNRESET' || c === '' || c.startsWith('ERR_') ? 'EPIPE' : c;
  };
  s.on('error', (e: any) => {
    failed = code(e);
    changed(failed);
  });
  return {
    write(data, room) {
      if (failed) return room(failed);
      if (!s.writableCorked) {
        s.cork();
        process.nextTick(() => s.uncork());
      }
      const ok = s.write(Buffer.from(data), (e: any) => {
        if (e) room((failed = code(e)));
        else if (s.writableLength === 0) changed('');
      });
      if (ok) room('');
      else s.once('drain', () => room(''));
    },
    end(data, done) {
      if (failed) return done(failed);
      (s.end as any)(Buffer.from(data), (e: any) => done(e ? (failed = code(e)) : ''));
    },
    queued: () => (s.destroyed ? 0 : s.writableLength),
    closed: () => s.destroyed || s.writableFinished,
  };
}
