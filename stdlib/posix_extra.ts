// More of the posix module (see stdlib/posix.ts): device numbers,
// positional I/O, sendfile, process groups and sessions, priorities,
// fchdir and sync. Arguments are converted and errors worded as CPython
// 3.11 does on Linux.
// https://docs.python.org/3.11/library/os.html

import { None, type Py, serial } from '../src/objects/base';
import { PyBytes } from '../src/objects/bytesutil';
import { TypeError, OverflowError } from '../src/objects/raise';
import { intValue } from '../src/objects/intutil';
import { osError } from '../src/builtins/oserror';
import type { FnTable } from '../src/vm/nativemod';
import { current } from '../src/vm/thread';
import { pushFrame, PollWait } from '../src/vm/blocking';
import * as host from '../src/host/os';
import * as fds from '../src/host/fds';
import { intArg, signedIntArg, int64Arg, fildesArg, bytesArg, sys } from './posix_args';

// ---- device numbers (glibc's dev_t layout) -----------------------------------------------
// A dev_t is 64 bits: minor bits 0-7 and 20-43, major bits 8-19 and 44-63
// (gnu_dev_makedev), the old 16-bit numbers being the low end of both.

const U64 = (1n << 64n) - 1n;

/** A dev_t argument: an int proper (no __index__), 0..2**64-1, as
 * PyLong_AsUnsignedLongLong takes it. */
function devArg(x: Py): bigint {
  const v = intValue(x);
  if (v === null) throw TypeError('an integer is required');
  const b = BigInt(v);
  if (b < 0n) throw OverflowError("can't convert negative int to unsigned");
  if (b > U64) throw OverflowError('int too big to convert');
  return b;
}

function makedev(major: Py, minor: Py): Py {
  // C's unsigned int: a negative int wraps around
  const ma = BigInt(intArg(major) >>> 0), mi = BigInt(intArg(minor) >>> 0);
  const dev = ((ma & 0xfffn) << 8n) | ((ma & 0xfffff000n) << 32n) | (mi & 0xffn) | ((mi & 0xffffff00n) << 12n);
  // CPython returns dev_t through PyLong_FromLongLong: the top bit is a sign
  return norm(BigInt.asIntN(64, dev));
}

function major(dev: Py): Py {
  const d = devArg(dev);
  return Number(((d >> 8n) & 0xfffn) | ((d >> 32n) & 0xfffff000n));
}

function minor(dev: Py): Py {
  const d = devArg(dev);
  return Number((d & 0xffn) | ((d >> 12n) & 0xffffff00n));
}

const norm = (b: bigint): number | bigint => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);

// ---- positional I/O -----------------------------------------------------------------------

function pread(fd: Py, length: Py, offset: Py): Py {
  const n = intArg(fd), len = int64Arg(length, 'ssize_t'), pos = int64Arg(offset, 'long');
  if (len < 0) throw osError({ code: 'EINVAL' });
  // as os.read: pread(2) may return less than asked, so a huge request
  // needs no huge buffer
  const size = Math.min(Number(len), 1 << 26);
  return new PyBytes(Uint8Array.from(sys(() => fds.pread(n, size, pos))));
}

function pwrite(fd: Py, data: Py, offset: Py): Py {
  const n = intArg(fd), b = bytesArg(data), pos = int64Arg(offset, 'long');
  return sys(() => fds.pwrite(n, b, pos));
}

function sendfile(outFd: Py, inFd: Py, offset: Py, count: Py): Py {
  const out = intArg(outFd), inp = intArg(inFd);
  const pos = offset === None ? null : int64Arg(offset, 'long');
  const c = int64Arg(count, 'ssize_t');
  const plan = sys(() => fds.sendfilePlan(out, inp, pos, c));
  // the kernel's cap on one transfer
  const n = Number(c > 0x7ffff000 ? 0x7ffff000 : c);
  if (plan === 'none') return 0;
  if (plan === 'file') return sys(() => fds.sendToFile(out, inp, pos, n));
  const chunk = Uint8Array.from(sys(() => fds.sendfileChunk(inp, pos, n)));
  if (chunk.length === 0) return 0;
  const w = new SendfileWait(out, chunk, pos === null ? inp : -1);
  const r = w.attempt();
  return r !== null ? r : pushFrame(current, w);
}

/** sendfile into a pipe: while the pipe is full the calling thread parks
 * (other Python threads, the reader perhaps, go on); then what fits is
 * sent, and what did not is given back to in's offset (`inp`, or -1 when
 * sendfile read at an offset of its own). */
export class SendfileWait extends PollWait {
  constructor(public fd: number, public data: Uint8Array, public inp: number) {
    super();
  }
  attempt(): Py | null {
    try {
      const k = fds.tryWrite(this.fd, this.data);
      if (k === null) return null;
      if (this.inp >= 0) fds.giveBack(this.inp, this.data.length - k);
      return k;
    } catch (e) {
      throw osError(e);
    }
  }
  attemptSync(): Py {
    try {
      return fds.write(this.fd, this.data);
    } catch (e) {
      throw osError(e);
    }
  }
}

serial(SendfileWait);

// ---- the table ----------------------------------------------------------------------------

const FUNCS: FnTable = {
  makedev: ['major, minor, /', makedev],
  major: ['device, /', major],
  minor: ['device, /', minor],
  pread: ['fd, length, offset, /', pread],
  pwrite: ['fd, data, offset, /', pwrite],
  sendfile: ['out_fd, in_fd, offset, count', sendfile],
  getpgrp: ['', () => sys(() => host.getpgid(0))],
  getpgid: ['pid', (pid: Py) => {
    const p = signedIntArg(pid);
    return sys(() => host.getpgid(p));
  }],
  getsid: ['pid, /', (pid: Py) => {
    const p = signedIntArg(pid);
    return sys(() => host.getsid(p));
  }],
  killpg: ['@parsetuple pgid, signal, /', (pgid: Py, sig: Py) => {
    const g = signedIntArg(pgid), s = signedIntArg(sig);
    sys(() => host.killpg(g, s));
    return None;
  }],
  nice: ['increment, /', (inc: Py) => {
    const i = intArg(inc);
    return sys(() => host.nice(i));
  }],
  getpriority: ['which, who', (which: Py, who: Py) => {
    const w = intArg(which), id = intArg(who);
    return sys(() => host.getpriority(w, id));
  }],
  setpriority: ['which, who, priority', (which: Py, who: Py, prio: Py) => {
    const w = intArg(which), id = intArg(who), p = intArg(prio);
    sys(() => host.setpriority(w, id, p));
    return None;
  }],
  fchdir: ['fd', (fd: Py) => {
    const n = fildesArg(fd);
    sys(() => host.fchdir(n));
    return None;
  }],
  sync: ['', () => {
    sys(() => host.sync());
    return None;
  }],
};

/** The functions above, for the posix module's table. */
export const EXTRA_FUNCS = FUNCS;

/** Their constants. */
export const EXTRA_CONSTANTS: Record<string, Py> = {
  PRIO_PROCESS: host.PRIO_PROCESS, PRIO_PGRP: host.PRIO_PGRP, PRIO_USER: host.PRIO_USER,
};
