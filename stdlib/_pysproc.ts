// _pysproc: running programs. The primitives under subprocess.py (spawn a
// child with its standard streams connected as asked, wait for it with an
// optional timeout, signal it, feed and drain its pipes) and the os-level
// process functions os re-exports: system, popen, waitstatus_to_exitcode and
// the W* wait-status macros. Waiting parks only the calling Python thread
// (_pysproc_pipe.ts); children and pipes live in src/host/process.ts.
// https://docs.python.org/3.11/library/subprocess.html
// https://docs.python.org/3.11/library/os.html#process-management

import { T, None, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyDict } from '../src/objects/dict';
import { PyFloat } from '../src/objects/float';
import { PyBytes, bytesValue } from '../src/objects/bytesutil';
import { TypeError, ValueError, exc } from '../src/objects/raise';
import { typeName, typeOf } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { intValue } from '../src/objects/intutil';
import { encode } from '../src/objects/codecs';
import { repr } from '../src/objects/protocol';
import { iterToArray } from '../src/objects/iter';
import { makeModule } from '../src/vm/nativemod';
import type { Interpreter } from '../src/vm/interp';
import { osErrorCode } from '../src/builtins/oserror';
import * as host from '../src/host/process';
import { PipeFile, makePipeFile, park, Op, pipeFileType, spawner } from './_pysproc_pipe';

const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

/** A str, bytes or os.PathLike argument as a JS string (file system encoding). */
function pathArg(x: Py): string {
  const s = strValue(x);
  if (s !== null) {
    if (s.includes('\0')) throw ValueError('embedded null byte');
    return s;
  }
  const b = bytesValue(x);
  if (b) return Buffer.from(b).toString('utf8');
  throw TypeError(`expected str, bytes or os.PathLike object, not ${typeName(x)}`);
}

function stdioArg(x: Py, which: number): host.Stdio | 'stdout' {
  if (x === None || x === undefined) return 'inherit';
  if (x instanceof PipeFile) {
    if (x.closed) throw ValueError('I/O operation on closed file');
    return { pipe: x.h };
  }
  const n = intValue(x);
  if (n === null) throw TypeError(`bad value for a standard stream: ${typeName(x)}`);
  const v = Number(n);
  if (v === PIPE) return 'pipe';
  if (v === DEVNULL) return 'ignore';
  if (v === STDOUT && which === 2) return 'stdout';
  if (v < 0) throw osErrorCode('EBADF');
  return v;
}

function timeoutArg(x: Py): number {
  if (x === None || x === undefined) return -1;
  const v = x instanceof PyFloat ? x.v : Number(intValue(x) ?? NaN);
  if (v !== v) throw TypeError(`timeout must be a number, not ${typeName(x)}`);
  return Math.max(v, 0) || 0;
}

function envArg(env: Py): Record<string, string> | undefined {
  if (env === None || env === undefined) return undefined;
  const out: Record<string, string> = {};
  if (!(env instanceof PyDict)) throw TypeError('env must be a mapping');
  for (const [k, v] of env.entries()) {
    const ks = pathArg(k);
    const vs = pathArg(v);
    if (ks.includes('=')) throw ValueError('illegal environment variable name');
    out[ks] = vs;
  }
  return out;
}

/** spawn(executable, args, cwd, env, stdin, stdout, stderr, encoding, errors,
 * pass_fds=(), new_session=False) -> (child, pid, stdin, stdout, stderr): pipe files for the streams asked
 * as PIPE, None for the others. Parks while the pipes are being made. */
function spawnFn(...a: Py[]): Py {
  const n = (isPipe(a[4]) ? 1 : 0) + (isPipe(a[5]) ? 1 : 0) + (isPipe(a[6]) ? 1 : 0);
  return park(Op.Spawn, new PyTuple(['spawn', ...a]), host.requestPipes(n));
}

function isPipe(x: Py): boolean {
  const v = intValue(x);
  return v !== null && Number(v) === PIPE && typeof x !== 'boolean';
}

/** Starts the child of a spawn request with its pipes (see spawner). */
function runSpawn(req: Py, pairs: [number, number][]): Py {
  const [kind, exe, args, cwd, env, sin, sout, serr, enc, errors, passFds, session] = (req as PyTuple).items;
  let argv: string[];
  let stdio: [host.Stdio, host.Stdio, host.Stdio | 'stdout'];
  let dir: string | undefined;
  try {
    argv = iterToArray(args).map((x) => pathArg(x));
    if (!argv.length) throw exc(T.IndexError, 'list index out of range');
    dir = cwd === None ? undefined : pathArg(cwd);
    stdio = [stdioArg(sin, 0) as host.Stdio, stdioArg(sout, 1) as host.Stdio, stdioArg(serr, 2)];
  } catch (e) {
    host.closeFds(pairs.flat());
    throw e;
  }
  const file = exe === None ? argv[0] : pathArg(exe);
  const extra = passFds === undefined || passFds === None ? [] : iterToArray(passFds).map((x) => intArg(x));
  const r = host.spawnChild(file, argv, dir, envArg(env), stdio, pairs, session === true, extra);
  if (typeof r === 'string') {
    if (r.startsWith('cwd:')) throw osErrorCode(r.slice(4), cwd);
    throw osErrorCode(r, exe === None ? (args instanceof PyList ? args.items[0] : argv[0]) : exe);
  }
  if (kind === 'popen-r') return makePipeFile(r.pipes[1], true, 'UTF-8', 'strict', r.proc);
  if (kind === 'popen-w') return makePipeFile(r.pipes[0], false, 'UTF-8', 'strict', r.proc);
  if (kind === 'system') return park(Op.Status, None, r.proc);
  const encoding = enc === None ? '' : (strValue(enc) ?? 'utf-8');
  const errs = errors === None ? 'strict' : (strValue(errors) ?? 'strict');
  const f = (k: number) => (r.pipes[k] ? makePipeFile(r.pipes[k], k !== 0, encoding, errs) : None);
  return new PyTuple([r.proc, r.pid, f(0), f(1), f(2)]);
}

spawner.run = runSpawn;

function intArg(x: Py): number {
  const v = intValue(x);
  if (v === null) throw TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return Number(v);
}

/** os.system(command): runs it with /bin/sh, returns the wait status. */
function system(cmd: Py): Py {
  pathArg(cmd);
  return runSpawn(new PyTuple(['system', None, new PyList(['/bin/sh', '-c', cmd]), None, None, None, None, None, None, None]), []);
}

/** os.popen(cmd, mode='r', buffering=-1): a text file on the command's
 * stdout (or stdin for 'w'); close() gives None or the exit status. */
function popen(cmd: Py, mode: Py, buffering: Py): Py {
  const c = strValue(cmd);
  if (c === null) throw TypeError(`invalid cmd type (${repr(typeOf(cmd))}, expected string)`);
  const m = strValue(mode);
  if (m !== 'r' && m !== 'w') throw ValueError(`invalid mode ${repr(mode)}`);
  if (Number(intValue(buffering) ?? -1) === 0) throw ValueError('popen() does not support unbuffered streams');
  const reading = m === 'r';
  const req = new PyTuple([reading ? 'popen-r' : 'popen-w', None, new PyList(['/bin/sh', '-c', c]), None, None, reading ? None : PIPE, reading ? PIPE : None, None, None, None]);
  return park(Op.Spawn, req, host.requestPipes(1));
}

const wfuncs = {
  WIFEXITED: (s: number) => (s & 0x7f) === 0,
  WEXITSTATUS: (s: number) => (s >> 8) & 0xff,
  WIFSIGNALED: (s: number) => (s & 0x7f) !== 0 && (s & 0x7f) !== 0x7f,
  WTERMSIG: (s: number) => s & 0x7f,
  WIFSTOPPED: (s: number) => (s & 0xff) === 0x7f,
  WSTOPSIG: (s: number) => (s >> 8) & 0xff,
  WCOREDUMP: (s: number) => (s & 0x80) !== 0,
  WIFCONTINUED: (s: number) => s === 0xffff,
};

function waitstatusToExitcode(status: Py): Py {
  const s = intArg(status);
  if (wfuncs.WIFEXITED(s)) return wfuncs.WEXITSTATUS(s);
  if (wfuncs.WIFSIGNALED(s)) return -wfuncs.WTERMSIG(s);
  if (wfuncs.WIFSTOPPED(s)) throw ValueError(`process stopped by delivery of signal ${wfuncs.WSTOPSIG(s)}`);
  throw ValueError(`invalid wait status: ${s}`);
}

/** Starts writing data (str in text mode) to a child's stdin and closing it;
 * returns at once (a child that never reads must not stop communicate). */
function feed(f: Py, data: Py): Py {
  if (!(f instanceof PipeFile) || f.closed) return None;
  let b: Uint8Array = new Uint8Array(0);
  if (data !== None) {
    const s = strValue(data);
    if (s !== null && f.enc) b = encode(s, f.enc, f.errors);
    else {
      const v = bytesValue(data) ?? ((data as any)?.cls?.name === 'memoryview' ? (data as any).bytes() : null);
      if (!v) throw TypeError(f.enc ? `write() argument must be str, not ${typeName(data)}` : `memoryview: a bytes-like object is required, not '${typeName(data)}'`);
      b = v;
    }
  }
  host.dropWrite(host.pipeWrite(f.h, b, true));
  f.closed = true;
  return None;
}

const fns = {
  spawn: ['executable, args, cwd, env, stdin, stdout, stderr, encoding, errors, pass_fds=(), new_session=False, /', spawnFn],
  wait: ['child, timeout=None, /', (h: Py, t: Py) => park(Op.Wait, None, intArg(h), timeoutArg(t))],
  poll: ['child, /', (h: Py) => {
    const rc = host.returnCode(intArg(h));
    return rc === undefined || rc === null ? None : rc;
  }],
  send_signal: ['child, sig, /', (h: Py, sig: Py) => host.signalChild(intArg(h), intArg(sig))],
  release: ['child, /', (h: Py) => {
    host.releaseChild(intArg(h));
    return None;
  }],
  feed: ['file, data, /', feed],
  peek: ['file, /', (f: Py) => {
    const b = f instanceof PipeFile && f.reader && f.h ? host.pipePeek(f.h) : null;
    return b && b.length ? new PyBytes(b) : None;
  }],
  drain: ['files, timeout=None, /', (files: Py, t: Py) => park(Op.Drain, new PyList(iterToArray(files)), 0, timeoutArg(t))],
  system: ['command', system],
  popen: ['cmd, mode="r", buffering=-1', popen],
  waitstatus_to_exitcode: ['status', waitstatusToExitcode],
  ...Object.fromEntries(Object.entries(wfuncs).map(([k, fn]) => [k, ['status', (s: Py) => fn(intArg(s))]])),
} as Record<string, [string, (...a: any[]) => any]>;

/** The module object. */
export function init(_interp: Interpreter) {
  const sig = host.SIGNALS;
  const attrs: Record<string, Py> = { PipeFile: pipeFileType(), PIPE, STDOUT, DEVNULL };
  for (const [name, n] of Object.entries(sig)) if (/^SIG[A-Z0-9]+$/.test(name)) attrs[name] = n;
  return makeModule('_pysproc', fns, attrs, 'Process primitives for subprocess and os (pys).');
}
