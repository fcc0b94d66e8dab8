// posix: the operating-system interface under os.py (CPython's
// Modules/posixmodule.c role). Arguments are converted as CPython's path_t
// and fd converters do; the calls themselves are in src/host/os.ts and
// src/host/fds.ts; failures become OSError subclasses carrying the filenames.
// The converters are in posix_args.ts; more functions in posix_extra.ts.
// https://docs.python.org/3.11/library/os.html

import { T, None, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyList } from '../src/objects/list';
import { PyTuple } from '../src/objects/tuple';
import { PyDict } from '../src/objects/dict';
import { PyFloat } from '../src/objects/float';
import { PyBytes } from '../src/objects/bytesutil';
import { TypeError, ValueError, OverflowError, NotImplementedError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { index } from '../src/objects/int';
import { makeModule, type FnTable } from '../src/vm/nativemod';
import type { Interpreter } from '../src/vm/interp';
import { callSync } from '../src/vm/call';
import { osError } from '../src/builtins/oserror';
import { strerrorNum } from '../src/host/errno';
import { randomBytes } from '../src/host/crypto';
import * as host from '../src/host/os';
import * as fds from '../src/host/fds';
import { pipeRead, pipeWrite } from './posix_wait';
import { O as OFLAGS, isatty } from '../src/host/fileio';
import {
  setupTypes, statResult, statResultOf, unameResult, timesResult, terminalSize, statvfsResult, makeSeq,
  dirEntryType, scandirType, ScandirIter,
} from './posix_types';
import { fsDecode } from '../src/builtins/fsname';
import { fastpath, walkSplit, setPosixFunctions } from './posix_fast';
import {
  fspath, pathArg, dirFdArg, atDir, fdArg, intArg, longArg, idArg, fileno, yes, sys, hostFd, bytesArg,
} from './posix_args';
import { EXTRA_FUNCS, EXTRA_CONSTANTS } from './posix_extra';

export { fspath };

// ---- the functions ------------------------------------------------------------------------

function doStat(path: Py, dirFd: Py, follow: Py, fn: string): Py {
  const p = pathArg(path, fn, 'path', true);
  const fd = hostFd(p);
  if (fd !== null) return sys(() => statResultOf(host.fstat(fd)));
  return sys(() => statResultOf(host.stat(atDir(p.host as host.HostPath, dirFd), yes(follow))), p.shown);
}

function listdir(path: Py): Py {
  const p = pathArg(path, 'listdir', 'path', true, true);
  const fd = hostFd(p);
  const target = fd !== null ? `/proc/self/fd/${fd}` : (p.host as host.HostPath);
  const names = sys(() => host.listdir(target, p.bytes), p.shown === None ? '.' : p.shown);
  return new PyList(names.map((n) => (typeof n === 'string' ? n : p.bytes ? new PyBytes(new Uint8Array(n)) : fsDecode(new Uint8Array(n)))));
}

function scandir(path: Py): Py {
  const p = pathArg(path, 'scandir', 'path', true, true);
  const fd = hostFd(p);
  if (fd !== null) {
    // entries of a directory descriptor: paths are the bare names
    const dir = `/proc/self/fd/${fd}`;
    const stream = sys(() => host.opendir(dir));
    const it = new ScandirIter(scandirType, stream, None, false, dirEntryType);
    it.hostDir = dir;
    return it;
  }
  const stream = sys(() => host.opendir(p.host as host.HostPath, p.bytes), p.shown === None ? '.' : p.shown);
  const base = p.shown === None ? '.' : p.bytes ? new PyBytes(new Uint8Array(p.host as Buffer)) : strValue(fspath(p.shown))!;
  return new ScandirIter(scandirType, stream, base, p.bytes, dirEntryType);
}

/** Runs a two-path call (rename, link): its dir_fds are reached inside it,
 * so that a bad one is reported with both names. */
function twoPaths(fn: string, src: Py, dst: Py, srcDir: Py, dstDir: Py, call: (a: host.HostPath, b: host.HostPath) => void): void {
  const a = pathArg(src, fn, 'src'), b = pathArg(dst, fn, 'dst');
  sys(() => call(atDir(a.host as host.HostPath, srcDir), atDir(b.host as host.HostPath, dstDir)), a.shown, b.shown);
}

/** A timestamp (int or float seconds) as nanoseconds, rounded down as CPython does. */
function timestampNs(v: Py): bigint {
  if (v instanceof PyFloat) {
    const x = v.v;
    if (!Number.isFinite(x)) throw ValueError('Invalid value NaN (not a number)');
    const whole = Math.floor(x);
    return BigInt(whole) * 1000000000n + BigInt(Math.floor((x - whole) * 1e9));
  }
  return BigInt(index(v)) * 1000000000n;
}

/** utime's times as nanoseconds: from times=(atime, mtime), ns=(atime_ns, mtime_ns), or null for now. */
function utimeArgs(times: Py, ns: Py): [bigint, bigint] | null {
  const haveTimes = times !== undefined && times !== None;
  if (haveTimes && ns !== undefined) throw ValueError('utime: you may specify either \'times\' or \'ns\' but not both');
  if (haveTimes) {
    if (!(times instanceof PyTuple) || times.items.length !== 2) throw TypeError('utime: \'times\' must be either a tuple of two ints or None');
    return [timestampNs(times.items[0]), timestampNs(times.items[1])];
  }
  if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw TypeError('utime: \'ns\' must be a tuple of two ints');
    return [BigInt(index(ns.items[0])), BigInt(index(ns.items[1]))];
  }
  return null;
}

function envName(x: Py, fn: string): string {
  const s = strValue(x);
  if (s === null) throw TypeError(`${fn}: argument 1 must be str, not ${typeName(x)}`);
  if (s.includes('\0')) throw ValueError('embedded null byte');
  return s;
}

const FUNCS: FnTable = {
  ...EXTRA_FUNCS,
  stat: ['path, *, dir_fd=None, follow_symlinks=True', (p: Py, d: Py, f: Py) => doStat(p, d, f, 'stat')],
  lstat: ['path, *, dir_fd=None', (p: Py, d: Py) => doStat(p, d, false, 'lstat')],
  fstat: ['fd', (fd: Py) => {
    const n = fdArg(fd);
    return sys(() => statResultOf(host.fstat(n)));
  }],
  listdir: ['path=None', listdir],
  scandir: ['path=None', scandir],
  mkdir: ['path, mode=511, *, dir_fd=None', (path: Py, mode: Py, d: Py) => {
    const p = pathArg(path, 'mkdir');
    const m = mode === undefined ? 0o777 : intArg(mode);
    sys(() => host.mkdir(atDir(p.host as host.HostPath, d), m), p.shown);
    return None;
  }],
  rmdir: ['path, *, dir_fd=None', (path: Py, d: Py) => {
    const p = pathArg(path, 'rmdir');
    sys(() => host.rmdir(atDir(p.host as host.HostPath, d)), p.shown);
    return None;
  }],
  unlink: ['path, *, dir_fd=None', (path: Py, d: Py) => removeFile(path, d, 'unlink')],
  remove: ['path, *, dir_fd=None', (path: Py, d: Py) => removeFile(path, d, 'remove')],
  rename: ['src, dst, *, src_dir_fd=None, dst_dir_fd=None', (s: Py, t: Py, sd: Py, td: Py) => renameFn('rename', s, t, sd, td)],
  replace: ['src, dst, *, src_dir_fd=None, dst_dir_fd=None', (s: Py, t: Py, sd: Py, td: Py) => renameFn('replace', s, t, sd, td)],
  link: ['src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True', (s: Py, t: Py, sd: Py, td: Py) => {
    twoPaths('link', s, t, sd, td, host.link);
    return None;
  }],
  symlink: ['src, dst, target_is_directory=False, *, dir_fd=None', (s: Py, t: Py, _dir: Py, d: Py) => {
    const a = pathArg(s, 'symlink', 'src'), b = pathArg(t, 'symlink', 'dst');
    sys(() => host.symlink(a.host as host.HostPath, atDir(b.host as host.HostPath, d)), a.shown, b.shown);
    return None;
  }],
  readlink: ['path, *, dir_fd=None', (path: Py, d: Py) => {
    const p = pathArg(path, 'readlink');
    const r = new Uint8Array(sys(() => host.readlink(atDir(p.host as host.HostPath, d)), p.shown));
    return p.bytes ? new PyBytes(r) : fsDecode(r);
  }],
  chmod: ['path, mode, *, dir_fd=None, follow_symlinks=True', (path: Py, mode: Py, d: Py, f: Py) => {
    const p = pathArg(path, 'chmod', 'path', true);
    const m = intArg(mode), dfd = dirFdArg(d), fd = hostFd(p);
    // CPython ignores dir_fd and follow_symlinks with a descriptor; -1 is
    // path_t's "no descriptor", which leaves chmod(NULL) to fail
    if (fd === -1) throw osError({ code: 'EFAULT' }, p.shown);
    if (fd !== null) sys(() => host.fchmod(fd, m), p.shown);
    else if (yes(f)) sys(() => host.chmod(atDir(p.host as host.HostPath, dfd), m), p.shown);
    else if (!sys(() => host.chmodNoFollow(atDir(p.host as host.HostPath, dfd), m), p.shown)) {
      // a symlink: glibc's fchmodat says EOPNOTSUPP, which CPython words so
      if (dfd !== null) throw ValueError('chmod: cannot use dir_fd and follow_symlinks together');
      throw NotImplementedError('chmod: follow_symlinks unavailable on this platform');
    }
    return None;
  }],
  fchmod: ['fd, mode', (fd: Py, mode: Py) => {
    const n = fdArg(fd), m = intArg(mode);
    sys(() => host.fchmod(n, m));
    return None;
  }],
  chown: ['path, uid, gid, *, dir_fd=None, follow_symlinks=True', (path: Py, u: Py, g: Py, d: Py, f: Py) => chownFn('chown', path, u, g, d, yes(f))],
  lchown: ['path, uid, gid', (path: Py, u: Py, g: Py) => chownFn('lchown', path, u, g, None, false)],
  fchown: ['fd, uid, gid', (fd: Py, u: Py, g: Py) => {
    const n = fdArg(fd), uid = idArg(u, 'uid'), gid = idArg(g, 'gid');
    sys(() => host.fchown(n, uid, gid));
    return None;
  }],
  utime: ['path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True', (path: Py, times: Py, ns: Py, d: Py, f: Py) => {
    const p = pathArg(path, 'utime', 'path', true);
    const when = utimeArgs(times, ns);
    const fd = hostFd(p);
    if (fd !== null) sys(() => host.futime(fd, when));
    // CPython reports utime's failures without the file name
    else sys(() => host.utime(atDir(p.host as host.HostPath, d), when, yes(f)));
    return None;
  }],
  access: ['path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True', (path: Py, mode: Py, d: Py) => {
    const p = pathArg(path, 'access');
    const m = intArg(mode);
    dirFdArg(d);
    let target: host.HostPath;
    try {
      target = atDir(p.host as host.HostPath, d);
    } catch {
      // faccessat's EBADF: access() answers False to every failure
      return false;
    }
    return host.access(target, m);
  }],
  // the kernel keeps only the permission bits of the mask
  umask: ['mask, /', (m: Py) => host.umask(intArg(m) & 0o777)],
  truncate: ['path, length', (path: Py, len: Py) => {
    const p = pathArg(path, 'truncate', 'path', true);
    const n = longArg(len, 'long'), fd = hostFd(p);
    if (n < 0) throw osError({ code: 'EINVAL' }, p.shown);
    if (fd !== null) sys(() => host.ftruncate(fd, n));
    else sys(() => host.truncate(p.host as host.HostPath, n), p.shown);
    return None;
  }],
  ftruncate: ['fd, length, /', (fd: Py, len: Py) => {
    const n = fdArg(fd), l = longArg(len, 'long');
    if (l < 0) throw osError({ code: 'EINVAL' });
    sys(() => host.ftruncate(n, l));
    return None;
  }],
  getcwd: ['', () => sys(() => host.getcwd())],
  getcwdb: ['', () => new PyBytes(new Uint8Array(Buffer.from(sys(() => host.getcwd()))))],
  chdir: ['path', (path: Py) => {
    const p = pathArg(path, 'chdir', 'path', true);
    const fd = hostFd(p);
    // -1 is path_t's "no descriptor": chdir(NULL) fails with EFAULT
    if (fd === -1) throw osError({ code: 'EFAULT' }, p.shown);
    sys(() => (fd !== null ? host.fchdir(fd) : host.chdir(p.host as host.HostPath)), p.shown);
    return None;
  }],
  getpid: ['', () => host.pid()],
  getppid: ['', () => host.ppid()],
  getuid: ['', () => host.uid()],
  geteuid: ['', () => host.euid()],
  getgid: ['', () => host.gid()],
  getegid: ['', () => host.egid()],
  getgroups: ['', () => new PyList(host.groups())],
  // getlogin(3) names the user logged in on the controlling terminal
  getlogin: ['', () => {
    if (!isatty(0)) throw osError({ code: 'ENXIO' });
    return sys(() => host.username());
  }],
  uname: ['', () => makeSeq(unameResult, host.uname())],
  cpu_count: ['', () => host.cpuCount()],
  times: ['', () => makeSeq(timesResult, host.times().map((v) => new PyFloat(v)))],
  urandom: ['size, /', (n: Py) => {
    const k = longArg(n, 'ssize_t');
    if (k < 0) throw ValueError('negative argument not allowed');
    return new PyBytes(randomBytes(k));
  }],
  get_terminal_size: ['fd=1, /', (fd: Py) => {
    const n = fd === undefined ? 1 : fdArg(fd);
    sys(() => host.fstat(n));
    const r = host.terminalSize(n);
    if (!r) throw osError({ code: 'ENOTTY' });
    return makeSeq(terminalSize, r);
  }],
  open: ['path, flags, mode=511, *, dir_fd=None', (path: Py, flags: Py, mode: Py, d: Py) => {
    const p = pathArg(path, 'open');
    const fl = intArg(flags), m = mode === undefined ? 0o777 : intArg(mode);
    return sys(() => fds.open(atDir(p.host as host.HostPath, d), fl, m), p.shown);
  }],
  read: ['fd, length, /', (fd: Py, len: Py) => {
    const n = fdArg(fd), k = longArg(len, 'ssize_t');
    if (k < 0) throw osError({ code: 'EINVAL' });
    // read(2) may return less than asked: a huge request needs no huge buffer
    const size = Math.min(k, 1 << 26);
    if (fds.isPipe(n)) return pipeRead(n, size);
    return new PyBytes(new Uint8Array(sys(() => fds.read(n, size))));
  }],
  write: ['fd, data, /', (fd: Py, data: Py) => {
    const n = fdArg(fd), b = bytesArg(data);
    if (fds.isPipe(n)) return pipeWrite(n, Uint8Array.from(b));
    return sys(() => fds.write(n, b));
  }],
  close: ['fd', (fd: Py) => {
    const n = fdArg(fd);
    sys(() => fds.close(n));
    return None;
  }],
  closerange: ['fd_low, fd_high, /', (lo: Py, hi: Py) => {
    for (let i = fdArg(lo); i < fdArg(hi); i++) {
      try {
        fds.close(i);
      } catch {
        // closerange ignores descriptors that are not open
      }
    }
    return None;
  }],
  lseek: ['fd, position, whence, /', (fd: Py, pos: Py, how: Py) => {
    const n = fdArg(fd), p = longArg(pos, 'long'), w = intArg(how);
    return sys(() => fds.lseek(n, p, w));
  }],
  fsync: ['fd', (fd: Py) => {
    const n = fdArg(fileno(fd));
    sys(() => host.fsync(n));
    return None;
  }],
  fdatasync: ['fd', (fd: Py) => {
    const n = fdArg(fileno(fd));
    sys(() => host.fsync(n));
    return None;
  }],
  isatty: ['fd, /', (fd: Py) => isattyFd(fdArg(fd))],
  pipe: ['', () => new PyTuple(sys(() => fds.pipe()))],
  dup: ['fd, /', (fd: Py) => {
    const n = fdArg(fd);
    return sys(() => fds.dup(n));
  }],
  dup2: ['fd, fd2, inheritable=True', (fd: Py, fd2: Py) => {
    const a = fdArg(fd), b = fdArg(fd2);
    return sys(() => fds.dup2(a, b));
  }],
  // from /proc/self/fdinfo: the fd's close-on-exec and non-blocking bits
  get_inheritable: ['fd, /', (fd: Py) => {
    const n = fdArg(fd);
    return (sys(() => fds.openFlags(n)) & 0o2000000) === 0;
  }],
  set_inheritable: ['fd, inheritable, /', (fd: Py) => {
    sys(() => host.fstat(fdArg(fd)));
    return None;
  }],
  get_blocking: ['fd, /', (fd: Py) => {
    const n = fdArg(fd);
    return (sys(() => fds.openFlags(n)) & 0o4000) === 0;
  }],
  device_encoding: ['fd', (fd: Py) => (isattyFd(fdArg(fd)) ? 'utf-8' : None)],
  kill: ['pid, signal, /', (pid: Py, sig: Py) => {
    const p = index(pid);
    if (typeof p === 'bigint' || p > 2147483647) throw OverflowError('signed integer is greater than maximum');
    if (p < -2147483648) throw OverflowError('signed integer is less than minimum');
    const s = intArg(sig);
    sys(() => host.kill(p, s));
    return None;
  }],
  strerror: ['code, /', (c: Py) => strerrorNum(intArg(c))],
  _exit: ['status', (st: Py) => host.exit(intArg(st))],
  getloadavg: ['', () => new PyTuple(host.loadavg().map((v) => new PyFloat(v)))],
  sched_getaffinity: ['pid, /', (pid: Py) => {
    intArg(pid);
    return callSpecialSet(host.cpuCount());
  }],
  statvfs: ['path', (path: Py) => {
    const p = pathArg(path, 'statvfs', 'path', true);
    const fd = hostFd(p);
    const target = fd !== null ? `/proc/self/fd/${fd}` : (p.host as host.HostPath);
    return makeSeq(statvfsResult, sys(() => host.statvfs(target), fd !== null ? undefined : p.shown), [None]);
  }],
  putenv: ['name, value, /', (k: Py, v: Py) => {
    const name = envName(k, 'putenv'), val = strValue(v);
    if (val === null) throw TypeError(`putenv: argument 2 must be str, not ${typeName(v)}`);
    if (name.includes('=')) throw ValueError('illegal environment variable name');
    if (val.includes('\0')) throw ValueError('embedded null byte');
    // setenv(3) refuses an empty name
    if (name === '') throw osError({ code: 'EINVAL' });
    host.putenv(name, val);
    return None;
  }],
  unsetenv: ['name, /', (k: Py) => {
    const name = envName(k, 'unsetenv');
    if (name.includes('=')) throw ValueError('illegal environment variable name');
    if (name === '') throw osError({ code: 'EINVAL' });
    host.unsetenv(name);
    return None;
  }],
  fspath: ['path', fspath],
  _fastpath: ['fn, /', fastpath],
  _walk_split: ['listing, topdown, followlinks, /', walkSplit],
};

/** {0, 1, ..., n-1}: the CPUs this process may run on. */
function callSpecialSet(n: number): Py {
  const items: Py[] = [];
  for (let i = 0; i < n; i++) items.push(i);
  return callSync(T.set, [new PyList(items)]);
}

function isattyFd(fd: number): boolean {
  return isatty(fd);
}

function removeFile(path: Py, d: Py, fn: string): Py {
  const p = pathArg(path, fn);
  sys(() => host.unlink(atDir(p.host as host.HostPath, d)), p.shown);
  return None;
}

function renameFn(fn: string, s: Py, t: Py, sd: Py, td: Py): Py {
  twoPaths(fn, s, t, sd, td, host.rename);
  return None;
}

function chownFn(fn: string, path: Py, u: Py, g: Py, d: Py, follow: boolean): Py {
  const p = pathArg(path, fn, 'path', fn === 'chown');
  const uid = idArg(u, 'uid'), gid = idArg(g, 'gid'), fd = hostFd(p);
  if (fd !== null) sys(() => host.fchown(fd, uid, gid));
  else sys(() => host.chown(atDir(p.host as host.HostPath, d), uid, gid, follow), p.shown);
  return None;
}

/** The O_*, SEEK_* and other integer constants (Linux values). */
function constants(): Record<string, Py> {
  const c: Record<string, Py> = {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2, SEEK_DATA: 3, SEEK_HOLE: 4,
    O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_ACCMODE: 3, O_CREAT: 0o100, O_EXCL: 0o200, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
    O_APPEND: 0o2000, O_NONBLOCK: 0o4000, O_NDELAY: 0o4000, O_DSYNC: 0o10000, O_SYNC: 0o4010000, O_RSYNC: 0o4010000,
    O_ASYNC: 0o20000, O_DIRECT: 0o40000, O_LARGEFILE: 0, O_DIRECTORY: 0o200000, O_NOFOLLOW: 0o400000,
    O_NOATIME: 0o1000000, O_CLOEXEC: 0o2000000, O_PATH: 0o10000000, O_TMPFILE: 0o20200000,
    EX_OK: 0, EX_USAGE: 64, EX_DATAERR: 65, EX_NOINPUT: 66, EX_NOUSER: 67, EX_NOHOST: 68, EX_UNAVAILABLE: 69,
    EX_SOFTWARE: 70, EX_OSERR: 71, EX_OSFILE: 72, EX_CANTCREAT: 73, EX_IOERR: 74, EX_TEMPFAIL: 75, EX_PROTOCOL: 76,
    EX_NOPERM: 77, EX_CONFIG: 78, WNOHANG: 1, WUNTRACED: 2, WCONTINUED: 8, TMP_MAX: 238328,
  };
  // the host's own values, where Node knows them (they are Linux's)
  for (const k of Object.keys(c)) if (k.startsWith('O_') && typeof (OFLAGS as any)[k] === 'number') c[k] = (OFLAGS as any)[k];
  return c;
}

/** Creates the posix module. */
export function init(interp: Interpreter): PyModule {
  setupTypes();
  const env = new PyDict();
  // an embedding may give the interpreter an environment of its own
  const given = interp?.opts?.env;
  const pairs = given ? Object.entries(given).filter((e): e is [string, string] => e[1] !== undefined) : host.environ();
  for (const [k, v] of pairs) env.setS(k, v);
  const m = makeModule('posix', FUNCS, {
    ...constants(),
    ...EXTRA_CONSTANTS,
    environ: env,
    error: T.OSError,
    stat_result: statResult,
    uname_result: unameResult,
    times_result: timesResult,
    terminal_size: terminalSize,
    statvfs_result: statvfsResult,
    DirEntry: dirEntryType,
    _have_functions: new PyList(['HAVE_FACCESSAT', 'HAVE_FCHDIR', 'HAVE_FCHMOD', 'HAVE_FCHMODAT', 'HAVE_FCHOWN', 'HAVE_FCHOWNAT',
      'HAVE_FDOPENDIR', 'HAVE_FSTATAT', 'HAVE_FTRUNCATE', 'HAVE_FUTIMENS', 'HAVE_LINKAT', 'HAVE_LSTAT', 'HAVE_MKDIRAT',
      'HAVE_OPENAT', 'HAVE_READLINKAT', 'HAVE_RENAMEAT', 'HAVE_SYMLINKAT', 'HAVE_UNLINKAT', 'HAVE_UTIMENSAT']),
  }, 'This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.');
  setPosixFunctions(m.dict.getS('stat')!, m.dict.getS('lstat')!);
  return m;
}
