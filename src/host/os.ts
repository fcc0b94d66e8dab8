// The operating-system calls behind the os/posix module: files, directories,
// descriptors, process facts. Every function throws Node's own error objects
// (with .code); stdlib/posix.ts turns them into OSError with the filenames.
// Paths are strings or byte buffers, as Python passes str or bytes.
// https://docs.python.org/3.11/library/os.html

import * as fs from 'node:fs';
import * as nodeos from 'node:os';
import { isatty } from './fileio';
import { sysErr } from './fs';

export type HostPath = string | Buffer;

/** One stat() result, field for field as struct stat. */
export interface StatRec {
  mode: number; ino: number | bigint; dev: number | bigint; nlink: number; uid: number; gid: number;
  size: number | bigint; atimeNs: bigint; mtimeNs: bigint; ctimeNs: bigint;
  blksize: number; blocks: number | bigint; rdev: number | bigint;
}

const small = (b: bigint): number | bigint => (b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);

function rec(s: fs.BigIntStats): StatRec {
  return {
    mode: Number(s.mode), ino: small(s.ino), dev: small(s.dev), nlink: Number(s.nlink), uid: Number(s.uid), gid: Number(s.gid),
    size: small(s.size), atimeNs: s.atimeNs, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs,
    blksize: Number(s.blksize), blocks: small(s.blocks), rdev: small(s.rdev),
  };
}

/** stat(2) or lstat(2). */
export function stat(p: HostPath, follow: boolean): StatRec {
  return rec(follow ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true }));
}

const NOENT_OK = { throwIfNoEntry: false } as const;

/** st_mode of stat(2) or lstat(2), -1 when nothing is there (os.path's
 * questions need no full record, and a missing file is their common
 * answer, which Node gives cheaper without an exception). */
export function statMode(p: HostPath, follow: boolean): number {
  const s = follow ? fs.statSync(p, NOENT_OK) : fs.lstatSync(p, NOENT_OK);
  return s === undefined ? -1 : s.mode;
}

/** st_size of stat(2). Node makes a number-valued record faster than a
 * BigInt one; only a size past 2**53 needs the exact BigInt. */
export function statSize(p: HostPath): number | bigint {
  const n = fs.statSync(p).size;
  return Number.isSafeInteger(n) ? n : small(fs.statSync(p, { bigint: true }).size);
}

/** fstat(2). */
export function fstat(fd: number): StatRec {
  return rec(fs.fstatSync(fd, { bigint: true }));
}

/** The names in directory p, without . and .., in the order readdir(3)
 * gives them (as CPython's listdir; Node's readdirSync sorts them): str
 * when valid UTF-8, else raw bytes for the caller to decode; all raw bytes
 * when `bytes`. */
export function listdir(p: HostPath, bytes = false): (string | Buffer)[] {
  const s = opendir(p, bytes);
  const out: (string | Buffer)[] = [];
  try {
    for (let k; (k = readdirEntry(s)) >= 0; ) out.push(s.names[k]);
  } finally {
    closedir(s);
  }
  return out;
}

/** Entry types as readdir(3) reports them (d_type). */
export const DT_UNKNOWN = 0, DT_FILE = 1, DT_DIR = 2, DT_LINK = 3, DT_OTHER = 4;

/** An open directory stream (scandir is lazy): entries are read from the
 * OS in batches, as readdir(3) reads them through its buffer, and handed
 * out one at a time. Names are read as UTF-8 strings, Node's cheapest
 * form; a name that is not valid UTF-8 comes as its raw bytes (a Buffer)
 * for the caller to decode with surrogateescape, and `bytes` streams give
 * every name as a Buffer. */
export interface DirStream {
  dir: fs.Dir | null;
  path: HostPath;
  bytes: boolean;
  /** the current batch: names and DT_* types */
  names: (string | Buffer)[];
  types: number[];
  /** next entry of the batch to hand out */
  i: number;
  /** entries read from `dir` so far */
  read: number;
  /** a read error met after some entries of a batch: raised after them */
  err: unknown;
}

const BATCH = 256;

export function opendir(p: HostPath, bytes = false): DirStream {
  const dir = fs.opendirSync(p as any, { encoding: (bytes ? 'buffer' : 'utf8') as BufferEncoding, bufferSize: 64 });
  return { dir, path: p, bytes, names: [], types: [], i: 0, read: 0, err: null };
}

function dtype(d: fs.Dirent): number {
  return d.isFile() ? DT_FILE : d.isDirectory() ? DT_DIR : d.isSymbolicLink() ? DT_LINK
    : d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice() ? DT_OTHER : DT_UNKNOWN;
}

/** Reads the next batch; false at the end of the directory. */
function refill(s: DirStream): boolean {
  const names: (string | Buffer)[] = [], types: number[] = [];
  s.names = names;
  s.types = types;
  s.i = 0;
  if (s.err !== null) {
    const e = s.err;
    s.err = null;
    throw e;
  }
  while (s.dir !== null && names.length < BATCH) {
    let d: fs.Dirent | null;
    try {
      d = s.dir.readSync();
    } catch (e) {
      if (!names.length) throw e;
      s.err = e;
      break;
    }
    if (d === null) {
      release(s);
      break;
    }
    s.read++;
    let name = d.name as string | Buffer;
    if (typeof name === 'string' && name.includes('\uFFFD')) {
      // not valid UTF-8 (or a real U+FFFD): the raw bytes are needed, so
      // the rest is read as bytes, the stream reopened at this entry
      // (an unchanged directory lists in the same order every time)
      const raw = rawAgain(s);
      if (raw === null) break;
      name = raw;
    }
    names.push(name);
    types.push(dtype(d));
  }
  return names.length > 0;
}

/** Switches s to a byte-named stream positioned after the entry just read;
 * returns that entry's raw name (null if the directory has lost entries). */
function rawAgain(s: DirStream): Buffer | null {
  release(s);
  const dir = fs.opendirSync(s.path as any, { encoding: 'buffer' as BufferEncoding });
  s.dir = dir;
  let d: fs.Dirent | null = null;
  for (let k = 0; k < s.read && (d = dir.readSync()) !== null; k++);
  if (d === null) release(s);
  return d === null ? null : (d.name as unknown as Buffer);
}

/** The index in s.names/s.types of the next entry, or -1 at the end. */
export function readdirEntry(s: DirStream): number {
  if (s.i < s.names.length) return s.i++;
  if (s.dir === null || !refill(s)) return -1;
  return s.i++;
}

function release(s: DirStream): void {
  if (s.dir) {
    try {
      s.dir.closeSync();
    } catch {
      // already closed
    }
    s.dir = null;
  }
}

/** Ends the stream: the directory is closed and nothing more is handed out. */
export function closedir(s: DirStream): void {
  release(s);
  s.names = [];
  s.types = [];
  s.i = 0;
}

export const mkdir = (p: HostPath, mode: number): void => fs.mkdirSync(p, { mode });
export const rmdir = (p: HostPath): void => fs.rmdirSync(p);
export const unlink = (p: HostPath): void => fs.unlinkSync(p);
export const rename = (a: HostPath, b: HostPath): void => fs.renameSync(a, b);
export const link = (a: HostPath, b: HostPath): void => fs.linkSync(a, b);
export const symlink = (target: HostPath, p: HostPath): void => fs.symlinkSync(target, p);
export const readlink = (p: HostPath): Buffer => fs.readlinkSync(p, { encoding: 'buffer' });
export const truncate = (p: HostPath, n: number): void => fs.truncateSync(p, n);
export const ftruncate = (fd: number, n: number): void => fs.ftruncateSync(fd, n);
export const fsync = (fd: number): void => fs.fsyncSync(fd);
export const fchmod = (fd: number, mode: number): void => fs.fchmodSync(fd, mode);
export const fchown = (fd: number, uid: number, gid: number): void => fs.fchownSync(fd, uid, gid);

export const chmod = (p: HostPath, mode: number): void => fs.chmodSync(p, mode);

const O_PATH = 0o10000000, O_NOFOLLOW = 0o400000;

/** chmod of p itself, not what a symlink points to, as glibc's
 * fchmodat(AT_SYMLINK_NOFOLLOW) does it (Linux has no lchmod): p is
 * opened with O_PATH|O_NOFOLLOW, so it cannot be swapped for a link
 * meanwhile; a symlink's mode cannot be changed, and the answer is false. */
export function chmodNoFollow(p: HostPath, mode: number): boolean {
  const fd = fs.openSync(p, O_PATH | O_NOFOLLOW);
  try {
    if (fs.fstatSync(fd).isSymbolicLink()) return false;
    fs.chmodSync(`/proc/self/fd/${fd}`, mode);
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

export function chown(p: HostPath, uid: number, gid: number, follow: boolean): void {
  if (follow) fs.chownSync(p, uid, gid);
  else fs.lchownSync(p, uid, gid);
}

const BILLION = 1000000000n;

/** ns as an exact decimal number of seconds ("-1.500000000"). */
function decimalSeconds(ns: bigint): string {
  const neg = ns < 0n, a = neg ? -ns : ns;
  return `${neg ? '-' : ''}${a / BILLION}.${String(a % BILLION).padStart(9, '0')}`;
}

/** utime with times in nanoseconds (null: now). Node's utimes keeps whole
 * microseconds and takes negative times for "now", so times it cannot
 * carry exactly go through touch(1), which sets nanoseconds. */
export function utime(p: HostPath, ns: [bigint, bigint] | null, follow: boolean): void {
  const exact = (t: bigint) => t >= 0n && t % BILLION === 0n;
  if (ns === null || (exact(ns[0]) && exact(ns[1]))) {
    const [a, m] = ns === null ? [Date.now() / 1000, Date.now() / 1000] : [Number(ns[0] / BILLION), Number(ns[1] / BILLION)];
    if (follow) fs.utimesSync(p, a, m);
    else fs.lutimesSync(p, a, m);
    return;
  }
  fs.lstatSync(p); // the error a missing file gives
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const target = typeof p === 'string' ? p : p.toString();
  const base = follow ? ['-c'] : ['-c', '-h'];
  execFileSync('touch', [...base, '-a', '-d', `@${decimalSeconds(ns[0])}`, '--', target], { stdio: 'ignore' });
  execFileSync('touch', [...base, '-m', '-d', `@${decimalSeconds(ns[1])}`, '--', target], { stdio: 'ignore' });
}

export function futime(fd: number, ns: [bigint, bigint] | null): void {
  fs.fstatSync(fd);
  utime(`/proc/self/fd/${fd}`, ns, true);
}

/** access(2): does the caller have the `mode` permissions (F_OK=0)? */
export function access(p: HostPath, mode: number): boolean {
  try {
    fs.accessSync(p, mode);
    return true;
  } catch {
    return false;
  }
}

export const umask = (mask: number): number => process.umask(mask);
export const getcwd = (): string => process.cwd();
export function chdir(p: HostPath): void {
  process.chdir(typeof p === 'string' ? p : p.toString());
}

// ---- environment --------------------------------------------------------------------------

/** The environment as the process started with it (os.environ's first state). */
export function environ(): [string, string][] {
  return Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined);
}
export const getenv = (k: string): string | undefined => process.env[k];
/** Sets a variable for this process and the children it starts. */
export function putenv(k: string, v: string): void {
  process.env[k] = v;
}
export function unsetenv(k: string): void {
  delete process.env[k];
}

// ---- process facts ------------------------------------------------------------------------

export const pid = (): number => process.pid;
export const ppid = (): number => process.ppid;
export const uid = (): number => process.getuid?.() ?? 0;
export const euid = (): number => process.geteuid?.() ?? 0;
export const gid = (): number => process.getgid?.() ?? 0;
export const egid = (): number => process.getegid?.() ?? 0;
export const groups = (): number[] => process.getgroups?.() ?? [];
export const cpuCount = (): number => nodeos.cpus().length || 1;
export const username = (): string => nodeos.userInfo().username;
export const homedir = (): string => nodeos.homedir();

export function uname(): [string, string, string, string, string] {
  return [nodeos.type(), nodeos.hostname(), nodeos.release(), nodeos.version(), nodeos.machine()];
}

/** [user, system, children_user, children_system, elapsed] in seconds. */
export function times(): number[] {
  const u = process.cpuUsage();
  return [u.user / 1e6, u.system / 1e6, 0, 0, Math.round(nodeos.uptime() * 100) / 100];
}

/** _exit(2): ends the process at once (no Python-level cleanup). */
export function exit(status: number): never {
  process.exit(status);
}

/** The 1, 5 and 15 minute load averages. */
export const loadavg = (): number[] => nodeos.loadavg();

/** statvfs(3) as far as statfs tells: [bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax]. */
export function statvfs(p: HostPath): number[] {
  const s = fs.statfsSync(p as any);
  return [s.bsize, s.bsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree, s.ffree, 0, 255];
}

/** kill(2); signal 0 only checks that the process exists. */
export function kill(p: number, sig: number): void {
  process.kill(p, sig);
}

/** [columns, lines] of the terminal on fd, or null when fd is not one.
 * Node knows the window size of its stdout/stderr streams only; another
 * terminal descriptor is taken to be the same terminal. */
export function terminalSize(fd: number): [number, number] | null {
  if (!isatty(fd)) return null;
  for (const s of fd === 2 ? [process.stderr, process.stdout] : [process.stdout, process.stderr]) {
    const w = s as { isTTY?: boolean; columns?: number; rows?: number };
    if (w.isTTY) return [w.columns ?? 0, w.rows ?? 0];
  }
  return null;
}

/** fchdir(2): the directory fd refers to becomes the working directory.
 * chdir through /proc/self/fd reaches that very directory even when it
 * has been renamed; the fstat first gives fchdir's own EBADF/ENOTDIR. */
export function fchdir(fd: number): void {
  if (!fs.fstatSync(fd).isDirectory()) throw sysErr('ENOTDIR', 'fchdir');
  process.chdir(`/proc/self/fd/${fd}`);
}

/** sync(2), which Node lacks, through the sync(1) command. */
export function sync(): void {
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  for (const cmd of ['/bin/sync', '/usr/bin/sync', 'sync']) {
    const r = spawnSync(cmd, [], { stdio: 'ignore' });
    if (!r.error) return;
  }
  // no way to flush from here: say so rather than pretend
  throw sysErr('ENOSYS', 'sync');
}

// ---- process groups, sessions, priorities ------------------------------------------------
// Node has no getpgid/getsid and knows priorities per pid only; the kernel
// shows all of it in /proc/<pid>/stat (and per thread under task/).

/** The fields of a /proc stat file after the command name, which is in
 * parentheses and may itself hold spaces and ')': [state, ppid, pgrp,
 * session, ...]; null when the process (or thread) is gone. */
function statFields(file: string): string[] | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'latin1');
  } catch {
    return null;
  }
  return text.slice(text.lastIndexOf(')') + 2).trim().split(' ');
}

const F_PGRP = 2, F_SESSION = 3, F_NICE = 16;

/** Field k of process pid's stat (pid 0: this process); ESRCH when there is none. */
function procField(pid: number, k: number, syscall: string): number {
  const f = pid < 0 ? null : statFields(`/proc/${pid === 0 ? 'self' : pid}/stat`);
  if (f === null) throw sysErr('ESRCH', syscall);
  return Number(f[k]);
}

/** getpgid(2). */
export const getpgid = (pid: number): number => procField(pid, F_PGRP, 'getpgid');
/** getsid(2). */
export const getsid = (pid: number): number => procField(pid, F_SESSION, 'getsid');

/** killpg(3) as glibc defines it: kill(-pgrp, sig), a negative group refused. */
export function killpg(pgrp: number, sig: number): void {
  if (pgrp < 0) throw sysErr('EINVAL', 'killpg');
  process.kill(pgrp === 0 ? 0 : -pgrp, sig);
}

export const PRIO_PROCESS = 0, PRIO_PGRP = 1, PRIO_USER = 2;

/** Node reports os.getPriority/setPriority failures as ERR_SYSTEM_ERROR;
 * the errno name is in .info. */
function nodePrio<R>(f: () => R): R {
  try {
    return f();
  } catch (e: any) {
    if (e?.code === 'ERR_SYSTEM_ERROR' && e.info?.code) throw sysErr(e.info.code, e.info.syscall ?? 'priority');
    throw e;
  }
}

/** The real uid of a thread (status "Uid:" line), or -1 when it is gone. */
function taskUid(dir: string): number {
  try {
    const m = /^Uid:\s*(\d+)/m.exec(fs.readFileSync(`${dir}/status`, 'latin1'));
    return m ? Number(m[1]) : -1;
  } catch {
    return -1;
  }
}

/** The threads a PRIO_PGRP or PRIO_USER `who` names, as [tid, nice]: the
 * kernel walks every thread of the group or of the user's processes. */
function prioTargets(which: number, who: number): [number, number][] {
  const out: [number, number][] = [];
  let want: number;
  if (which === PRIO_PGRP) want = who === 0 ? getpgid(0) : who;
  else want = who === 0 ? (process.getuid?.() ?? 0) : who >>> 0;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    if (which === PRIO_PGRP) {
      const f = statFields(`/proc/${name}/stat`);
      if (f === null || Number(f[F_PGRP]) !== want) continue;
    }
    let tids: string[];
    try {
      tids = fs.readdirSync(`/proc/${name}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const dir = `/proc/${name}/task/${tid}`;
      if (which === PRIO_USER && taskUid(dir) !== want) continue;
      const f = statFields(`${dir}/stat`);
      if (f !== null) out.push([Number(tid), Number(f[F_NICE])]);
    }
  }
  return out;
}

/** getpriority(2): the lowest nice value among what (which, who) names. */
export function getpriority(which: number, who: number): number {
  if (which === PRIO_PROCESS) return nodePrio(() => nodeos.getPriority(who));
  if (which !== PRIO_PGRP && which !== PRIO_USER) throw sysErr('EINVAL', 'getpriority');
  const t = prioTargets(which, who);
  if (!t.length) throw sysErr('ESRCH', 'getpriority');
  return Math.min(...t.map((x) => x[1]));
}

/** setpriority(2). The kernel clamps the value to [-20, 19] (Node refuses
 * values outside it). For a group or user each thread is set in turn, the
 * error kept as the kernel keeps it: the last refusal, else ESRCH when
 * nothing matched. Unlike the kernel's walk this one is not atomic. */
export function setpriority(which: number, who: number, prio: number): void {
  const nice = Math.max(-20, Math.min(19, prio));
  if (which === PRIO_PROCESS) return nodePrio(() => nodeos.setPriority(who, nice));
  if (which !== PRIO_PGRP && which !== PRIO_USER) throw sysErr('EINVAL', 'setpriority');
  let err: string | null = 'ESRCH';
  for (const [tid] of prioTargets(which, who)) {
    try {
      nodePrio(() => nodeos.setPriority(tid, nice));
      if (err === 'ESRCH') err = null;
    } catch (e: any) {
      // a thread that ended since the walk was never a target
      if (e?.code !== 'ESRCH') err = e?.code ?? 'EPERM';
    }
  }
  if (err !== null) throw sysErr(err, 'setpriority');
}

/** nice(3) as glibc does it: setpriority(current + inc), then the new value;
 * a refusal to raise the priority is EPERM. */
export function nice(inc: number): number {
  const cur = getpriority(PRIO_PROCESS, 0);
  try {
    setpriority(PRIO_PROCESS, 0, cur + inc);
  } catch (e: any) {
    if (e?.code === 'EACCES') throw sysErr('EPERM', 'nice');
    throw e;
  }
  return getpriority(PRIO_PROCESS, 0);
}
