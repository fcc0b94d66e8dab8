// Blocking primitives: a blocking builtin pushes a wait frame; the frame
// parks the thread (t.blocked) until something wakes it, then hands down the
// result. Signal handlers run above a parked frame and the wait resumes with
// the time that is left (PEP 475).

import { None, SUSPEND, type Py, serial } from '../objects/base';
import { NativeFrame } from './frame';
import type { Thread } from './thread';
import type { PyBaseException } from '../objects/exceptions';
import { wake } from './interp';
import { V, hooks } from './run';
import { sleepSync } from '../host/fs';
import { ValueError, RuntimeError } from '../objects/raise';

/** Pushes frame f above the current top of t. */
export function pushFrame(t: Thread, f: NativeFrame): Py {
  f.back = t.frame;
  t.frame = f;
  t.depth++;
  return SUSPEND;
}

/** The exception delivered to a native frame that is resuming (a signal
 * handler's, a KeyboardInterrupt), taken off the thread; null if none. */
export function takeExc(t: Thread): PyBaseException | null {
  const e = t.exc;
  if (e !== null) t.exc = null;
  return e;
}

/** A frame that parks its thread until a deadline or a wake(): keeps the
 * timer that wakes it, cleared when it steps again or is dropped. */
export abstract class TimedWait extends NativeFrame {
  timer: ReturnType<typeof setTimeout> | null = null;
  constructor() {
    super(null);
  }
  clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
  /** Wakes t after `left` ms (setTimeout caps at 2^31-1 ms: a longer wait
   * re-arms from step()). */
  armTimer(t: Thread, left: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      wake(t);
    }, Math.min(Math.ceil(left), 0x7fffffff));
  }
  /** Dropped unfinished (a nested call could not block). */
  abandon(): void {
    this.clearTimer();
  }
}

/** A frame that parks its thread while an operation would have to wait and
 * retries it on a timer that backs off (1 ms up to 50 ms): reads and writes
 * on terminals and pipes, which Node cannot wait on without blocking the
 * whole process. */
export abstract class PollWait extends TimedWait {
  delay = 1;
  /** a result obtained by waitSync, handed out by the next step */
  ready: Py | null = null;
  /** The answer, or null when it would have to wait. */
  abstract attempt(): Py | null;
  /** The answer, blocking the process for it. */
  abstract attemptSync(): Py;
  step(t: Thread): Py {
    this.clearTimer();
    const e = takeExc(t);
    if (e !== null) throw e;
    if (this.ready !== null) return this.ready;
    const r = this.attempt();
    if (r !== null) return r;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (t.frame === this) wake(t);
    }, this.delay);
    this.delay = Math.min(50, this.delay * 2);
    t.blocked = true;
    return SUSPEND;
  }
  /** In a nested VM loop the thread cannot park: block the process. */
  waitSync(): void {
    this.clearTimer();
    this.ready = this.attemptSync();
  }
}

/** time.sleep(seconds): parks only the calling thread. */
export class SleepFrame extends TimedWait {
  constructor(public deadline: number) {
    super();
  }
  step(t: Thread): Py {
    this.clearTimer();
    const e = takeExc(t);
    if (e !== null) throw e;
    const left = this.deadline - performance.now();
    if (left <= 0) return None;
    this.armTimer(t, left);
    t.blocked = true;
    return SUSPEND;
  }
  /** In a nested VM loop the thread cannot park: block the process. */
  waitSync(): void {
    this.clearTimer();
    sleepSync(this.deadline - performance.now());
  }
}

/** The implementation of time.sleep. */
export function sleep(t: Thread, seconds: number): Py {
  if (seconds !== seconds) throw ValueError('Invalid value NaN (not a number)');
  if (seconds < 0) throw ValueError('sleep length must be non-negative');
  if (seconds === 0) {
    // a switch point: let other ready threads run first
    t.interp.yieldRequested = true;
    V.tick = -1;
    return pushFrame(t, new YieldFrame());
  }
  return pushFrame(t, new SleepFrame(performance.now() + seconds * 1000));
}

/** time.sleep(0): resumes (with None) after the other ready threads ran. */
class YieldFrame extends NativeFrame {
  constructor() {
    super(null);
  }
  step(t: Thread): Py {
    const e = takeExc(t);
    if (e !== null) throw e;
    return None;
  }
}

hooks.waitSync = (t: Thread) => {
  const f = t.frame as any;
  t.blocked = false;
  if (f && typeof f.waitSync === 'function') {
    f.waitSync();
    return;
  }
  throw RuntimeError('cannot block inside a nested call from native code (e.g. inside __eq__ or a sort key)');
};

serial(YieldFrame, SleepFrame);
