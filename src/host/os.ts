// The operating-system calls behind the os/posix module: files, directories,
// descriptors, process facts. Every function throws Node's own error objects
// (with .code); stdlib/posix.ts turns them into OSError with the filenames.
// Paths are strings or byte buffers, as Python passes str or bytes.
// https://docs.python.org/3.11/library/os.html

import * as fs from 'node:fs';
import * as nodeos from 'node:os';
import { isatty } from './fileio';

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

export function chmod(p: HostPath, mode: number, follow: boolean): void {
  if (follow) fs.chmodSync(p, mode);
  // Linux has no lchmod: CPython reports it unsupported
  else throw Object.assign(new Error('lchmod'), { code: 'EOPNOTSUPP' });
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
