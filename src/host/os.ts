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

/** fstat(2). */
export function fstat(fd: number): StatRec {
  return rec(fs.fstatSync(fd, { bigint: true }));
}

/** The names in directory p, as raw bytes (the caller decodes), without . and .. */
export function listdir(p: HostPath): Buffer[] {
  return fs.readdirSync(p, { encoding: 'buffer' });
}

/** An open directory stream, read one entry at a time (scandir is lazy). */
export interface DirStream { dir: fs.Dir | null }
/** One directory entry: the raw name and the type readdir(3) reported (d_type). */
export interface DirEnt { name: Buffer; type: 'file' | 'dir' | 'link' | 'other' | 'unknown' }

export function opendir(p: HostPath): DirStream {
  return { dir: fs.opendirSync(p as any, { encoding: 'buffer' as BufferEncoding }) };
}

export function readdirEntry(s: DirStream): DirEnt | null {
  if (!s.dir) return null;
  const d = s.dir.readSync();
  if (d === null) {
    closedir(s);
    return null;
  }
  const type = d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link'
    : d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice() ? 'other' : 'unknown';
  return { name: d.name as unknown as Buffer, type };
}

export function closedir(s: DirStream): void {
  if (s.dir) {
    try {
      s.dir.closeSync();
    } catch {
      // already closed
    }
    s.dir = null;
  }
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
