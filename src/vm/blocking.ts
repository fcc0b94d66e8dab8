// Blocking primitives: a blocking builtin pushes a wait frame; the frame
// parks the thread (t.blocked) until something wakes it, then hands down the
// result. Signal handlers run above a parked frame and the wait resumes with
// the time that is left (PEP 475).

import { None, SUSPEND, type Py, serial } from '../objects/base';
import { NativeFrame } from './frame';
import type { Thread } from './thread';
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

/** time.sleep(seconds): parks only the calling thread. */
export class SleepFrame extends NativeFrame {
  timer: ReturnType<typeof setTimeout> | null = null;
  constructor(public deadline: number) {
    super(null);
  }
  step(t: Thread): Py {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    const left = this.deadline - performance.now();
    if (left <= 0) return None;
    this.timer = setTimeout(() => {
      this.timer = null;
      wake(t);
      // setTimeout caps at 2^31-1 ms; a longer sleep re-arms from step()
    }, Math.min(Math.ceil(left), 0x7fffffff));
    t.blocked = true;
    return SUSPEND;
  }
  abandon(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
  /** In a nested VM loop the thread cannot park: block the process. */
  waitSync(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
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
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
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
