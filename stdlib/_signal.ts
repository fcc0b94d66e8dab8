// _signal: Python signal handlers on Node's signal events
// (https://docs.python.org/3.11/library/signal.html). A signal with a
// Python handler queues a call for the main thread (interp.pendingCalls):
// it runs at the main thread's next checkpoint, or at once when the main
// thread is parked (sleep, lock, pause ...), after which the parked call
// resumes with the time it has left (PEP 475) unless the handler raised.
// SIGINT's default handler raises KeyboardInterrupt (interp.interrupt());
// SIG_DFL gives the OS default action; alarm()/setitimer() are timers that
// deliver SIGALRM the same way.

import { T, None, SUSPEND, MISSING, serial, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PySet } from '../src/objects/setutil';
import { osErrorCode } from '../src/builtins/oserror';
import { PyBuiltin, natives } from '../src/objects/builtinfunc';
import { builtinType } from '../src/objects/type';
import { TypeError, ValueError, exc } from '../src/objects/raise';
import { callSync } from '../src/vm/call';
import { typeOf } from '../src/objects/typeof';
import { index } from '../src/objects/int';
import { toFloat } from '../src/objects/floatmethods';
import { NativeFrame, FK, type Frame } from '../src/vm/frame';
import { Thread, TS, current } from '../src/vm/thread';
import type { Interpreter } from '../src/vm/interp';
import { V } from '../src/vm/run';
import { pushFrame, takeExc } from '../src/vm/blocking';
import { callV } from '../src/vm/call';
import { onSignal, defaultAction } from '../src/host/signals';

const NSIG = 65;
const SIG_DFL = 0, SIG_IGN = 1;
const SIGINT = 2, SIGKILL = 9, SIGPIPE = 13, SIGALRM = 14, SIGSTOP = 19, SIGXFSZ = 25;

/** Linux's signal numbers (SIGIOT, SIGPOLL, SIGCLD are aliases). */
const NUMBERS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16,
  SIGCHLD: 17, SIGCLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23,
  SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30,
  SIGSYS: 31, SIGRTMIN: 34, SIGRTMAX: 64,
};

/** strsignal(3) texts of glibc. */
const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
  11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
  16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
  21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
  25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired',
  28: 'Window changed', 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
};

/** Per interpreter: the handler table and the timers. */
class SignalState {
  handlers: Py[] = new Array(NSIG).fill(SIG_DFL);
  /** Bumped each time a Python handler finished (pause() returns then). */
  handled = 0;
  timer: ReturnType<typeof setTimeout> | null = null;
  /** ITIMER_REAL: when it fires next (performance.now() ms) and its period (s). */
  due = 0;
  interval = 0;
  constructor(public interp: Interpreter) {}
}

/** Runs a Python handler above whatever the main thread was doing. */
class HandlerCall extends NativeFrame {
  started = false;
  constructor(public st: SignalState, public handler: Py, public signum: number) {
    super(null);
  }
  step(t: Thread): Py {
    if (!this.started) {
      this.started = true;
      const r = callV(t, this.handler, [this.signum, pythonFrame(this.back)], null);
      if (r === SUSPEND) return SUSPEND;
      this.st.handled++;
      return None;
    }
    this.st.handled++;
    const e = takeExc(t);
    if (e !== null) throw e;
    return None;
  }
}

/** signal.pause(): parks the main thread until a handler has run. */
class PauseFrame extends NativeFrame {
  constructor(public st: SignalState, public seen: number) {
    super(null);
  }
  step(t: Thread): Py {
    const e = takeExc(t);
    if (e !== null) throw e;
    if (this.st.handled !== this.seen) return None;
    t.blocked = true;
    return SUSPEND;
  }
}

serial(HandlerCall, PauseFrame);

/** The innermost Python frame at or below f (the handler's `frame`). */
function pythonFrame(f: Frame | null): Py {
  for (; f !== null; f = f.back) if (f.kind !== FK.Native) return f;
  return None;
}

/** A signal arrived (from the OS or a timer). */
function deliver(st: SignalState, signum: number): void {
  const h = st.handlers[signum];
  const interp = st.interp;
  if (h === SIG_IGN) return;
  if (h === SIG_DFL) {
    defaultAction(signum);
    return;
  }
  if (h === defaultIntHandler) {
    interp.interrupt();
    return;
  }
  interp.pendingCalls.push((t: Thread) => {
    pushFrame(t, new HandlerCall(st, h, signum));
  });
  const main = interp.main;
  if (main.state === TS.Blocked) {
    main.blocked = false;
    interp.schedule(main);
  } else V.tick = -1;
}

let defaultIntHandler: PyBuiltin;

function signum(x: Py): number {
  const n = Number(index(x));
  if (n < 1 || n >= NSIG) throw ValueError('signal number out of range');
  return n;
}

function isCallable(x: Py): boolean {
  return typeOf(x).lookup('__call__') !== MISSING;
}

/** Watches signal n from the OS according to handler h. */
function route(st: SignalState, n: number, h: Py): void {
  if (n === SIGINT && h === defaultIntHandler) {
    onSignal(n, () => st.interp.interrupt());
    return;
  }
  if (h === SIG_DFL && n !== SIGPIPE && n !== SIGXFSZ) {
    onSignal(n, null);
    return;
  }
  onSignal(n, () => deliver(st, n));
}

function armTimer(st: SignalState, delayS: number, intervalS: number): void {
  if (st.timer !== null) {
    clearTimeout(st.timer);
    st.timer = null;
  }
  st.interval = intervalS;
  if (delayS <= 0) {
    st.due = 0;
    return;
  }
  st.due = performance.now() + delayS * 1000;
  st.timer = setTimeout(function fire() {
    st.timer = null;
    if (st.interval > 0) {
      st.due = performance.now() + st.interval * 1000;
      st.timer = setTimeout(fire, Math.max(1, Math.round(st.interval * 1000)));
    } else st.due = 0;
    deliver(st, SIGALRM);
  }, Math.min(0x7fffffff, Math.max(1, Math.round(delayS * 1000))));
}

function timerLeft(st: SignalState): number {
  return st.due === 0 ? 0 : Math.max(0, (st.due - performance.now()) / 1000);
}

/** Creates the _signal module for `interp`. */
export function init(interp: Interpreter): PyModule {
  const m = new PyModule('_signal');
  const d = m.dict;
  d.setS('__doc__', 'This module provides mechanisms to use signal handlers in Python.');
  const st = new SignalState(interp);
  defaultIntHandler = new PyBuiltin('default_int_handler', 'signalnum, frame, /', () => {
    throw exc(T.KeyboardInterrupt);
  }, { module: '_signal', doc: 'The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.' });
  st.handlers[SIGINT] = defaultIntHandler;
  st.handlers[SIGPIPE] = SIG_IGN;
  st.handlers[SIGXFSZ] = SIG_IGN;
  route(st, SIGINT, defaultIntHandler);

  const mainOnly = (what: string) => {
    if (current !== interp.main) throw ValueError(`${what} only works in main thread of the main interpreter`);
  };
  const itimerError = builtinType('itimer_error', T.OSError, undefined, { module: 'signal' });
  itimerError.builtin = false;
  itimerError.hasDict = true;
  itimerError.tpName = 'signal.itimer_error';
  const which = (w: Py) => {
    const n = Number(index(w));
    if (n < 0 || n > 2) throw callSync(itimerError, [22, 'Invalid argument']);
    return n;
  };
  const timerTuple = () => new PyTuple([new PyFloat(timerLeft(st)), new PyFloat(st.interval)]);

  const fns = natives({
    signal: ['signalnum, handler, /', (sig: Py, h: Py) => {
      const n = signum(sig);
      mainOnly('signal');
      if (h !== SIG_DFL && h !== SIG_IGN && !isCallable(h)) {
        throw TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
      }
      if (n === SIGKILL || n === SIGSTOP) throw osErrorCode('EINVAL');
      const old = st.handlers[n];
      st.handlers[n] = typeof h === 'boolean' ? (h ? SIG_IGN : SIG_DFL) : h;
      route(st, n, st.handlers[n]);
      return old;
    }],
    getsignal: ['signalnum, /', (sig: Py) => st.handlers[signum(sig)]],
    raise_signal: ['signalnum, /', (sig: Py) => {
      const n = signum(sig);
      const h = st.handlers[n];
      if (h === SIG_IGN) return None;
      if (h === SIG_DFL) {
        defaultAction(n);
        return None;
      }
      if (h === defaultIntHandler) throw exc(T.KeyboardInterrupt);
      // the handler runs before raise_signal returns, as in CPython
      if (current === interp.main) return pushFrame(current, new HandlerCall(st, h, n));
      deliver(st, n);
      return None;
    }],
    strsignal: ['signalnum, /', (sig: Py) => {
      const n = signum(sig);
      if (DESCRIPTIONS[n] !== undefined) return DESCRIPTIONS[n];
      return n >= 34 ? `Real-time signal ${n - 34}` : None;
    }],
    valid_signals: ['', () => {
      const s = new PySet(T.set);
      for (let n = 1; n < NSIG; n++) if (n !== 32 && n !== 33) s.add(n);
      return s;
    }],
    alarm: ['seconds, /', (secs: Py) => {
      const n = Number(index(secs));
      const left = timerLeft(st);
      armTimer(st, n, 0);
      return left === 0 ? 0 : Math.max(1, Math.round(left));
    }],
    pause: ['', () => {
      mainOnly('pause');
      return pushFrame(current, new PauseFrame(st, st.handled));
    }],
    setitimer: ['which, seconds, interval=0.0, /', (w: Py, secs: Py, iv: Py) => {
      const k = which(w);
      const old = timerTuple();
      if (k !== 0) return old;
      armTimer(st, toFloat(secs), toFloat(iv));
      return old;
    }],
    getitimer: ['which, /', (w: Py) => {
      which(w);
      return timerTuple();
    }],
    siginterrupt: ['signalnum, flag, /', (sig: Py) => {
      signum(sig);
      return None;
    }],
    set_wakeup_fd: ['fd, /, *, warn_on_full_buffer=True', () => -1],
    pthread_kill: ['thread_id, signalnum, /', (_tid: Py, sig: Py) => {
      deliver(st, signum(sig));
      return None;
    }],
    pthread_sigmask: ['how, mask, /', () => new PySet(T.set)],
    sigpending: ['', () => new PySet(T.set)],
  }, { module: '_signal' });
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  d.setS('default_int_handler', defaultIntHandler);
  d.setS('ItimerError', itimerError);
  for (const [k, v] of Object.entries(NUMBERS)) d.setS(k, v);
  d.setS('NSIG', NSIG);
  d.setS('SIG_DFL', SIG_DFL);
  d.setS('SIG_IGN', SIG_IGN);
  d.setS('SIG_BLOCK', 0);
  d.setS('SIG_UNBLOCK', 1);
  d.setS('SIG_SETMASK', 2);
  d.setS('ITIMER_REAL', 0);
  d.setS('ITIMER_VIRTUAL', 1);
  d.setS('ITIMER_PROF', 2);
  return m;
}
