// Kernel pipes for children's standard streams. Node makes socketpairs
// (on which a writer whose reader left gets ECONNRESET instead of SIGPIPE,
// and which a child sees as sockets) and offers neither pipe(2) nor
// mkfifo(3), so a pipe here is a fifo made by mkfifo(1), opened at both
// ends and unlinked at once.
//
// Each mkfifo run forks this (large) process, which costs a millisecond or
// more: fifos are made ahead, asynchronously, in growing batches, into a
// private directory (0700, on a tmpfs where there is one), and opened only
// when a pipe is wanted. Until then they are names, not descriptors, so an
// os.closerange() in the program cannot pull them from under us. The
// directory goes at exit; one left by a killed process is swept by the next.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as uv from './uvwrap';

/** A pipe: [read end, write end]. */
export type Pair = [number, number];

/** fifos made and not opened yet */
const ready: string[] = [];
let making = false;
const granted = new Map<number, Pair[] | string>();
const wanted: { token: number; k: number }[] = [];
let nextToken = 1;
let count = 0;
let used = false;
let notify: () => void = () => {};

/** Sets what to call when pipes asked for have been made (or failed). */
export function onMade(fn: () => void): void {
  notify = fn;
}

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

let dir = '';
const PREFIX = '.pys-fifos-';

/** The private directory, made on first use in /dev/shm, else $TMPDIR, else
 * /tmp: opening a fifo on a tmpfs takes ~9 us against 80-250 us on an ext4
 * /tmp (inode times going through the journal). */
function fifoDir(): string {
  if (dir) return dir;
  for (const base of ['/dev/shm', os.tmpdir(), '/tmp']) {
    try {
      dir = fs.mkdtempSync(path.join(base, `${PREFIX}${process.pid}-`));
    } catch {
      continue;
    }
    sweep(base);
    process.once('exit', removeDir);
    return dir;
  }
  throw Object.assign(new Error('no directory for fifos'), { code: 'ENOSPC' });
}

/** Removes the directories of processes that died without doing so. */
function sweep(base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(PREFIX) ? /^(\d+)-/.exec(name.slice(PREFIX.length)) : null;
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch (e: any) {
      if (e?.code === 'ESRCH') fs.rmSync(path.join(base, name), { recursive: true, force: true });
    }
  }
}

function removeDir(): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // nothing to do at exit
  }
}

function fifoPaths(n: number): string[] {
  const d = fifoDir();
  const paths: string[] = [];
  for (let i = 0; i < n; i++) paths.push(path.join(d, String(++count)));
  return paths;
}

/** Opens k of the ready fifos and unlinks them: the pipes, or an errno name. */
function openReady(k: number): Pair[] | string {
  const out: Pair[] = [];
  for (let i = 0; i < k; i++) {
    const p = ready.shift()!;
    try {
      out.push(openFifo(p));
    } catch (e: any) {
      closeFds(out.flat());
      return e?.code ?? 'EMFILE';
    } finally {
      try {
        fs.unlinkSync(p);
      } catch {
        // removed behind our back: the open failed as well
      }
    }
  }
  return out;
}

// a program that keeps asking for pipes (os.popen in a loop) gets them made
// in batches that double while it does, up to BATCH_MAX fifos per run (a
// fifo made ahead is only a name: a larger batch costs about the same run)
const BATCH_MIN = 16;
const BATCH_MAX = 64;
let batch = BATCH_MIN;
let lastMade = -Infinity;

function make(want: number): void {
  if (making) return;
  making = true;
  const now = Date.now();
  batch = now - lastMade < 1000 ? Math.min(batch * 2, BATCH_MAX) : BATCH_MIN;
  lastMade = now;
  let paths: string[] = [];
  const done = (failure: string) => {
    making = false;
    if (!failure) ready.push(...paths);
    serve(failure);
    notify();
  };
  try {
    paths = fifoPaths(Math.max(want, batch));
  } catch (e: any) {
    queueMicrotask(() => done(e?.code ?? 'ENOSPC'));
    return;
  }
  const env: string[] = [];
  for (const k in process.env) env.push(`${k}=${process.env[k]}`);
  const r = uv.spawn({ file: 'mkfifo', args: ['mkfifo', '-m', '600', ...paths], cwd: undefined, env, stdio: ['ignore', 'ignore', 'ignore'], detached: false }, (code, sig) => done(code || sig ? 'EMFILE' : ''));
  if (typeof r === 'string') queueMicrotask(() => done(r === 'ENOENT' ? 'ENOSYS' : r));
}

/** Hands out what the ready fifos allow, in order of asking; with a
 * failure, the requests that cannot be met get it. */
function serve(failure: string): void {
  while (wanted.length) {
    const w = wanted[0];
    if (ready.length < w.k) {
      if (failure) {
        granted.set(w.token, failure);
        wanted.shift();
        continue;
      }
      make(w.k - ready.length + 2);
      return;
    }
    granted.set(w.token, openReady(w.k));
    wanted.shift();
  }
  // made ahead only for a program that has used pipes: one that starts
  // children without them should not pay for mkfifo runs
  if (used && ready.length < 2 && !failure) make(0);
}

/** Asks for k pipes; collect them with takePipes(token). */
export function requestPipes(k: number): number {
  if (k > 0) used = true;
  const token = nextToken++;
  wanted.push({ token, k });
  serve('');
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
  const need = wanted.reduce((n, w) => n + w.k, 0) - ready.length;
  let failure = '';
  if (need > 0) {
    try {
      const paths = fifoPaths(need);
      const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
      execFileSync('mkfifo', ['-m', '600', ...paths], { stdio: 'ignore' });
      ready.push(...paths);
    } catch (e: any) {
      failure = e?.code === 'ENOENT' ? 'ENOSYS' : 'EMFILE';
    }
  }
  serve(failure);
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
