// An interpreter: its modules, builtins, threads and the scheduler that runs
// them in slices on Node's event loop (DESIGN.md, "Threads and the event
// loop").

import { T, SUSPEND, None, type Py } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyModule } from '../objects/module';
import { PyBaseException } from '../objects/exceptions';
import { Frame } from './frame';
import { Thread, TS, setCurrent, current } from './thread';
import { run, V, TICKS, hooks, toPyException } from './run';
import type { PyCode } from '../objects/code';
import { exc } from '../objects/raise';

export interface InterpOptions {
  argv: string[];
  /** Directory of the standard library's source modules. */
  stdlibDir: string;
  /** Search path entries before the stdlib (script directory first). */
  path: string[];
  executable: string;
  env?: Record<string, string | undefined>;
  /** -W options (sys.warnoptions) and -X options (sys._xoptions). */
  warnoptions?: string[];
  xoptions?: [string, string | true][];
}

/** Makes a native module for `name` (stdlib/index.ts fills this in). */
export type NativeModuleFactory = (interp: Interpreter) => PyModule;
export const nativeModuleTable: Record<string, NativeModuleFactory> = Object.create(null);

export class Interpreter {
  modules = new PyDict();
  builtinsModule!: PyModule;
  builtinsDict!: PyDict;
  sys!: PyModule;
  recursionLimit = 1000;
  /** Seconds between forced thread switches (sys.setswitchinterval). */
  switchInterval = 0.005;
  stdlibDir: string;
  opts: InterpOptions;
  main: Thread;
  ready: Thread[] = [];
  threads = new Set<Thread>();
  private scheduled = false;
  private blockedCount = 0;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private sliceStart = 0;
  /** Called when the main thread's frames have all finished. */
  onMainDone: ((t: Thread) => void) | null = null;
  /** Interrupt requested by the host (KeyboardInterrupt at next checkpoint). */
  interruptPending = false;
  /** time.sleep(0) asked to let other threads run. */
  yieldRequested = false;
  /** The host asked to pause (stop scheduling) at the next checkpoint. */
  pauseRequested = false;
  paused = false;
  /** Remaining instruction budget (ticks); Infinity when unlimited. */
  budget = Infinity;
  /** sys.__stdout__/__stderr__ (flushed at exit). */
  stdout: any = null;
  stderr: any = null;
  /** atexit callbacks: [func, args, kwargs]; null where unregistered. */
  atexit: ([Py, Py[], Py] | null)[] = [];
  /** Hooks run before exit (threading waits for non-daemon threads). */
  shutdownHooks: ((done: () => void) => void)[] = [];

  constructor(opts: InterpOptions) {
    this.opts = opts;
    this.stdlibDir = opts.stdlibDir;
    this.main = new Thread(this);
    this.main.name = 'MainThread';
    this.threads.add(this.main);
    setCurrent(this.main);
  }

  /** sys.path as a JS array of Python values. */
  sysPath(): Py[] {
    const p = this.sys?.dict.getS('path');
    return p instanceof PyList ? p.items : this.opts.path;
  }

  private nativeCache = new Map<string, PyModule>();
  nativeModule(name: string): PyModule | null {
    const f = nativeModuleTable[name];
    if (!f) return null;
    let m = this.nativeCache.get(name);
    if (!m) {
      m = f(this);
      this.nativeCache.set(name, m);
    }
    return m;
  }

  /** A frame that runs `code` as module `__main__`-like body in dict g. */
  moduleFrame(code: PyCode, g: PyDict, ns: PyDict = g): Frame {
    return new Frame(code, null, g, this.builtinsDict, ns);
  }

  // ---- scheduling ---------------------------------------------------------------

  /** Makes t runnable. */
  schedule(t: Thread): void {
    if (t.state === TS.Blocked && --this.blockedCount === 0 && this.keepAlive !== null) {
      clearInterval(this.keepAlive);
      this.keepAlive = null;
    }
    t.state = TS.Ready;
    this.ready.push(t);
    this.kick();
  }

  /** Ensures the scheduler loop runs soon. */
  kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      runAsMicrotask(() => this.loop());
    });
  }

  /** Runs ready threads in slices until none is ready or the slice budget
   * says to let the event loop in. */
  loop(): void {
    const start = Date.now();
    while (this.ready.length && !this.paused) {
      const t = this.ready.shift()!;
      if (t.state === TS.Done) continue;
      this.runSlice(t);
      if (Date.now() - start > 10 && this.ready.length) {
        this.kick();
        return;
      }
    }
  }

  private runSlice(t: Thread): void {
    setCurrent(t);
    t.state = TS.Running;
    // signal handlers queued for the main thread run before it goes on
    // (above a parked call, which then resumes: PEP 475)
    if (t === this.main) {
      // an interrupt that came while main waited in the ready queue (woken to
      // retry a read that may block again at once, so no checkpoint follows)
      if (this.interruptPending && t.exc === null) {
        this.interruptPending = false;
        t.exc = exc(T.KeyboardInterrupt);
      }
      while (this.pendingCalls.length) this.pendingCalls.shift()!(t);
    }
    this.sliceStart = Date.now();
    V.tick = TICKS;
    let r: Py;
    try {
      r = run(t, null, false);
    } catch (e) {
      t.state = TS.Done;
      t.error = toPyException(e);
      this.finish(t);
      return;
    }
    if (r === SUSPEND) {
      if (t.blocked) {
        t.state = TS.Blocked;
        // a thread parked on a lock has no timer or I/O of its own keeping
        // Node alive: a deadlock must hang as in CPython, not end quietly
        if (this.blockedCount++ === 0 && this.keepAlive === null) this.keepAlive = setInterval(() => {}, 0x7fffffff);
        return;
      }
      if (this.paused) {
        this.ready.unshift(t);
        t.state = TS.Ready;
        if (this.onPause) this.onPause();
        return;
      }
      this.ready.push(t);
      t.state = TS.Ready;
      return;
    }
    t.state = TS.Done;
    t.result = r;
    this.finish(t);
  }

  private finish(t: Thread): void {
    this.threads.delete(t);
    if (t.onDone) t.onDone(t);
    if (t === this.main && this.onMainDone) this.onMainDone(t);
  }

  /** The checkpoint at V.tick < 0: interrupts, budget, time slices. */
  checkpoint(t: Thread, nested: boolean): boolean {
    V.tick = TICKS;
    if (this.budget !== Infinity) {
      this.budget -= TICKS;
      if (this.budget <= 0) {
        this.budget = Infinity;
        this.interruptPending = true;
      }
    }
    if (this.interruptPending && t === this.main) {
      this.interruptPending = false;
      t.exc = exc(T.KeyboardInterrupt);
      return false;
    }
    if (this.pendingCalls.length && t === this.main) {
      const fn = this.pendingCalls.shift()!;
      fn(t);
      return false;
    }
    if (nested) return false;
    if (this.pauseRequested) {
      this.pauseRequested = false;
      this.paused = true;
      return true;
    }
    if (this.yieldRequested) {
      this.yieldRequested = false;
      return true;
    }
    return Date.now() - this.sliceStart >= this.switchInterval * 1000;
  }

  /** Called when a requested pause took effect. */
  onPause: (() => void) | null = null;

  /** Resumes scheduling after a pause. */
  resume(): void {
    this.paused = false;
    this.kick();
  }

  /** Work to run in the main thread at its next checkpoint (signal handlers). */
  pendingCalls: ((t: Thread) => void)[] = [];

  /** Starts the main thread on frame f. */
  startMain(f: Frame): void {
    const t = this.main;
    f.back = null;
    t.frame = f;
    t.depth = 1;
    this.schedule(t);
  }

  /** Requests KeyboardInterrupt in the main thread (host interrupt, Ctrl-C). */
  interrupt(): void {
    if (this.main.state === TS.Blocked) {
      // the blocking frame on top sees the exception when it resumes
      this.main.exc = exc(T.KeyboardInterrupt);
      this.main.blocked = false;
      this.schedule(this.main);
      return;
    }
    this.interruptPending = true;
    V.tick = -1;
  }
}

/** Runs fn as a microtask. V8 throws far faster there (~0.15 us against
 * ~1 us from a timer or immediate callback, where Node's verbose TryCatch
 * makes every throw build a message with its source location), and builtins
 * raise Python exceptions by throwing. */
export function runAsMicrotask(fn: () => void): void {
  queueMicrotask(fn);
}

/** Wakes a blocked thread so it retries its blocking frame. */
export function wake(t: Thread): void {
  if (t.state === TS.Blocked) {
    t.blocked = false;
    t.interp.schedule(t);
  }
}

export function currentInterp(): Interpreter {
  return current.interp;
}

hooks.checkpoint = (t, nested) => t.interp.checkpoint(t, nested);

void PyBaseException;
void None;
