// The embedding API: `import { Pys } from 'pys'`.
//
//   const py = new Pys({ stdout: (s) => out.push(s) });
//   await py.run('import time\ntime.sleep(0.2)\nprint("done")');
//   py.set('x', 41); await py.eval('x + 1')   // -> 42
//   py.module('host', { add: (a, b) => a + b, fetch: async (u) => ... });
//
// Python runs on the interpreter's green threads inside Node's event loop:
// run/eval/call return promises, host timers keep firing while Python code
// sleeps or computes, and a JS function returning a promise parks the
// calling Python thread until it settles.

import { pathJoin } from './host/fs';
import { PyObject, T, None, SUSPEND, type Py } from './objects/base';
import { PyDict } from './objects/dict';
import { PyList } from './objects/list';
import { PyTuple } from './objects/tuple';
import { PyFloat } from './objects/float';
import { PyModule } from './objects/module';
import { PyBaseException } from './objects/exceptions';
import { PyBuiltin } from './objects/builtinfunc';
import { PyBytes } from './objects/bytesutil';
import { PySet } from './objects/setutil';
import { intValue } from './objects/intutil';
import { strValue } from './objects/strutil';
import { methods, newType } from './objects/typesetup';
import { typeOf } from './objects/typeof';
import { str as pyStr } from './objects/protocol';
import { Interpreter, nativeModuleTable } from './vm/interp';
import { Thread, TS, setCurrent, current } from './vm/thread';
import { V } from './vm/run';
import { Frame, NativeFrame } from './vm/frame';
import { callV } from './vm/call';
import { createInterpreter, mainModule, reportUncaught } from './vm/program';
import { compileSource } from './vm/compile';
import { formatException } from './vm/traceback';
import { serializeInterpreter, restoreInterpreter } from './vm/serialize';
import { wake } from './vm/interp';
import { pushFrame } from './vm/blocking';
import { packageRoot } from './host/fs';
import { serial } from './objects/base';

export interface PysOptions {
  /** sys.argv (default ['']). */
  argv?: string[];
  /** Directories searched for modules before the standard library. */
  path?: string[];
  /** Receives what Python writes to sys.stdout / sys.stderr (default: the
   * process's own descriptors). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Stop a run with KeyboardInterrupt after this many back-edge ticks. */
  instructionBudget?: number;
  /** Stop a run with KeyboardInterrupt after this many milliseconds. */
  timeoutMs?: number;
}

/** A Python exception that escaped to the host. */
export class PythonError extends Error {
  constructor(public type: string, message: string, public traceback: string, public exception: Py) {
    super(message);
    this.name = `PythonError(${type})`;
  }
}

/** The result of run(): the exit status CPython would have given. */
export interface RunResult {
  exitCode: number;
}

const root = packageRoot(__dirname);
const stdlibDir = pathJoin(root, 'stdlib');

/** A JS callback as a Python text stream (write/flush). */
function jsStream(write: (s: string) => void): Py {
  if (!T.HostStream) {
    const t = newType('HostStream', T.object, undefined, { module: 'pys' });
    methods(t, {
      write: ['self, s, /', (self: any, s: Py) => {
        const text = strValue(s) ?? pyStr(s);
        self.write(text);
        return Array.from(text).length;
      }],
      flush: ['self, /', () => None],
      isatty: ['self, /', () => false],
      writable: ['self, /', () => true],
    });
  }
  const o = new PyObject(T.HostStream) as any;
  o.write = write;
  return o;
}

/** JS value -> Python value. */
export function toPython(v: unknown): Py {
  if (v === null || v === undefined) return None;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'bigint':
      return Number.isSafeInteger(Number(v)) ? Number(v) : v;
    case 'number':
      return Number.isInteger(v) && Number.isSafeInteger(v) ? v : new PyFloat(v);
    case 'function':
      return hostFunction(v as (...a: unknown[]) => unknown, (v as any).name || 'host_function');
  }
  if (v instanceof PyObject) return v;
  if (Array.isArray(v)) return new PyList(v.map(toPython));
  if (v instanceof Uint8Array) return new PyBytes(Uint8Array.from(v));
  if (v instanceof Map) {
    const d = new PyDict();
    for (const [k, x] of v) d.set(toPython(k), toPython(x));
    return d;
  }
  if (v instanceof Set) {
    const s = new PySet();
    for (const x of v) s.add(toPython(x));
    return s;
  }
  const d = new PyDict();
  for (const [k, x] of Object.entries(v as object)) d.setS(k, toPython(x));
  return d;
}

/** Python value -> JS value (containers converted; other objects as is). */
export function toJS(v: Py): unknown {
  switch (typeof v) {
    case 'number':
    case 'bigint':
    case 'string':
    case 'boolean':
      return v;
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJS);
  if (v instanceof PyDict) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v.entries()) o[typeof k === 'string' ? k : pyStr(k)] = toJS(x);
    return o;
  }
  if (v instanceof PySet) return new Set([...v.keys()].map(toJS));
  if (v instanceof PyBytes) return Uint8Array.from(v.v);
  const iv = intValue(v);
  if (iv !== null) return iv;
  return v;
}

/** Waits for a host promise with the calling Python thread parked. */
class PromiseFrame extends NativeFrame {
  state = 0;
  value: Py = None;
  error: PyBaseException | null = null;
  constructor(p: Promise<unknown>, t: Thread) {
    super(null);
    p.then(
      (v) => {
        this.state = 1;
        this.value = toPython(v);
        wake(t);
      },
      (e) => {
        this.state = 2;
        this.error = e instanceof PythonError ? e.exception : new PyBaseException(T.RuntimeError);
        if (!(e instanceof PythonError)) this.error!.args = [String(e?.message ?? e)];
        wake(t);
      },
    );
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (this.state === 0) {
      t.blocked = true;
      return SUSPEND;
    }
    if (this.state === 2) throw this.error;
    return this.value;
  }
}

/** A JS function as a Python builtin (arguments converted both ways). */
function hostFunction(fn: (...a: unknown[]) => unknown, name: string): PyBuiltin {
  return new PyBuiltin(name, '*args, **kwargs', (args: Py[], kw: PyDict) => {
    const jsArgs = args.map(toJS);
    if (kw.size) jsArgs.push(toJS(kw));
    const r = fn(...jsArgs);
    if (r instanceof Promise) {
      const t = currentThread();
      return pushFrame(t, new PromiseFrame(r, t));
    }
    return toPython(r);
  }, { module: 'host' });
}

function currentThread(): Thread {
  return current;
}

/** An embedded Python interpreter. */
export class Pys {
  interp: Interpreter;
  main: PyModule;
  private opts: PysOptions;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(opts: PysOptions = {}, interp?: Interpreter) {
    this.opts = opts;
    this.interp =
      interp ??
      createInterpreter({
        argv: opts.argv ?? [''],
        stdlibDir,
        path: opts.path ?? [''],
        executable: pathJoin(root, 'bin', 'pys.js'),
      });
    const sys = this.interp.sys.dict;
    if (opts.stdout) {
      const s = jsStream(opts.stdout);
      sys.setS('stdout', s);
      sys.setS('__stdout__', s);
    }
    if (opts.stderr) {
      const s = jsStream(opts.stderr);
      sys.setS('stderr', s);
      sys.setS('__stderr__', s);
    }
    const m = this.interp.modules.getS('__main__');
    this.main = m instanceof PyModule ? m : mainModule(this.interp, null);
    if (opts.instructionBudget !== undefined) this.interp.budget = opts.instructionBudget;
  }

  /** Runs `fn` on the main thread's stack; resolves with its value. */
  private start(push: (t: Thread) => Py): Promise<Py> {
    const interp = this.interp;
    const run = () =>
      new Promise<Py>((resolve, reject) => {
        const t = interp.main;
        setCurrent(t);
        t.state = TS.New;
        t.error = null;
        t.result = undefined;
        let timer: ReturnType<typeof setTimeout> | null = null;
        if (this.opts.timeoutMs !== undefined) timer = setTimeout(() => interp.interrupt(), this.opts.timeoutMs);
        interp.threads.add(t);
        interp.onMainDone = (th) => {
          if (timer) clearTimeout(timer);
          if (th.error) reject(this.toError(th.error));
          else resolve(th.result);
        };
        let r: Py;
        try {
          r = push(t);
        } catch (e) {
          if (timer) clearTimeout(timer);
          reject(e instanceof PyBaseException ? this.toError(e) : e);
          return;
        }
        if (r !== SUSPEND) {
          if (timer) clearTimeout(timer);
          resolve(r);
          return;
        }
        interp.schedule(t);
      });
    const p = this.busy.then(run, run);
    this.busy = p.catch(() => undefined);
    return p;
  }

  private toError(e: PyBaseException): PythonError {
    let tb: string;
    try {
      tb = formatException(e).join('');
    } catch {
      tb = '';
    }
    let msg: string;
    try {
      msg = pyStr(e);
    } catch {
      msg = '<exception str() failed>';
    }
    return new PythonError(e.cls.name, msg, tb, e);
  }

  /** Runs source in __main__; resolves with the exit status (SystemExit
   * codes honoured, uncaught exceptions printed to sys.stderr: status 1). */
  async run(source: string, filename = '<string>'): Promise<RunResult> {
    try {
      await this.exec(source, filename);
      return { exitCode: 0 };
    } catch (e) {
      if (e instanceof PythonError) {
        setCurrent(this.interp.main);
        const code = reportUncaught(this.interp, e.exception);
        return { exitCode: code === -2 ? 130 : code };
      }
      throw e;
    }
  }

  /** Executes source in __main__; rejects with PythonError. */
  exec(source: string, filename = '<string>'): Promise<void> {
    return this.start((t) => {
      const code = compileSource(source, filename, 'exec');
      const f = new Frame(code, null, this.main.dict, this.interp.builtinsDict, this.main.dict);
      f.back = null;
      t.frame = f;
      t.depth = 1;
      return SUSPEND;
    }).then(() => undefined);
  }

  /** Evaluates an expression in __main__; resolves with the JS value. */
  async eval(expr: string): Promise<unknown> {
    return toJS(await this.evalPy(expr));
  }

  /** Like eval, but resolves with the Python value itself. */
  evalPy(expr: string): Promise<Py> {
    return this.start((t) => {
      const code = compileSource(expr, '<string>', 'eval');
      const f = new Frame(code, null, this.main.dict, this.interp.builtinsDict, this.main.dict);
      t.frame = f;
      t.depth = 1;
      return SUSPEND;
    });
  }

  /** Calls a Python callable (or the name of a global) with JS arguments. */
  async call(fn: Py | string, ...args: unknown[]): Promise<unknown> {
    const f = typeof fn === 'string' ? this.getPy(fn) : fn;
    const r = await this.start((t) => {
      t.frame = null;
      t.depth = 0;
      const base = new HostBase();
      base.back = null;
      t.frame = base;
      t.depth = 1;
      const v = callV(t, f, args.map(toPython), null);
      if (v !== SUSPEND) {
        t.frame = null;
        return v;
      }
      return SUSPEND;
    });
    return toJS(r);
  }

  /** A global of __main__ as a JS value (undefined when unset). */
  get(name: string): unknown {
    const v = this.main.dict.getS(name);
    return v === undefined ? undefined : toJS(v);
  }

  /** A global of __main__ as the Python value itself. */
  getPy(name: string): Py {
    return this.main.dict.getS(name);
  }

  set(name: string, value: unknown): void {
    this.main.dict.setS(name, toPython(value));
  }

  /** Makes a JS object importable as a Python module. */
  module(name: string, exports: Record<string, unknown>): void {
    const m = new PyModule(name);
    for (const [k, v] of Object.entries(exports)) {
      m.dict.setS(k, typeof v === 'function' ? hostFunction(v as any, k) : toPython(v));
    }
    this.interp.modules.setS(name, m);
  }

  /** Raises KeyboardInterrupt in the running code at its next back-edge. */
  interrupt(): void {
    this.interp.interrupt();
  }

  /** Pauses at the next checkpoint (all frames suspended and serializable). */
  pause(): Promise<void> {
    return new Promise((resolve) => {
      this.interp.onPause = () => {
        this.interp.onPause = null;
        resolve();
      };
      this.interp.pauseRequested = true;
      V.tick = -1;
    });
  }

  /** The whole state of a paused interpreter, as a string. */
  serialize(): string {
    return serializeInterpreter(this.interp);
  }

  /** Recreates a serialized interpreter (in this or another process). */
  static restore(state: string, opts: PysOptions = {}): Pys {
    const interp = restoreInterpreter(state, stdlibDir, opts.argv);
    return new Pys(opts, interp);
  }

  /** Continues a paused or restored interpreter until its main thread ends. */
  resume(): Promise<RunResult> {
    const interp = this.interp;
    return new Promise((resolve) => {
      interp.onMainDone = (th) => {
        setCurrent(interp.main);
        const code = th.error ? reportUncaught(interp, th.error) : 0;
        resolve({ exitCode: code === -2 ? 130 : code });
      };
      interp.resume();
    });
  }
}

/** The bottom frame of a host call: keeps the trampoline's base non-null. */
class HostBase extends NativeFrame {
  constructor() {
    super(null);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    return t.rv;
  }
}

export { nativeModuleTable };
void typeOf;

serial(HostBase, PromiseFrame);
