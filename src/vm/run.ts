// The trampoline: runs the frames of one thread. A Python call never
// recurses in JavaScript: the callee's frame is pushed and the caller
// returns SUSPEND here; when a frame finishes, its value is handed to the
// frame below it through t.rv (or its exception through t.exc).

import { SUSPEND, RAISE, None, type Py } from '../objects/base';
import { PyBaseException } from '../objects/exceptions';
import { RecursionError, SystemError, RuntimeError } from '../objects/raise';
import { FK, type Frame } from './frame';
import { type Thread, current } from './thread';
import { genFinished, genFailed } from '../objects/generator';
import { TypeError } from '../objects/raise';
import { typeName } from '../objects/typeof';

/** VM-wide counters read by generated code at loop back-edges. */
export const V = {
  /** Decremented at back-edges and frame steps; below 0 = go to checkpoint. */
  tick: 2000,
  /** Set by signals, interrupts and timers to get a checkpoint soon. */
  pending: false,
  /** A re-raise is in flight: don't add a traceback entry for this frame. */
  reraise: false,
  /** Frames being run inline (JS recursion) by calls and generator resumes. */
  inline: 0,
};

/** Calls and generator resumes run their frame inline (JS recursion) below
 * this depth: one JS call instead of two trips through the trampoline. */
export const INLINE_MAX = 48;

/** Ticks between checkpoints. */
export const TICKS = 2000;

/** Hooks the scheduler installs (signals, preemption, sync waits). */
export const hooks = {
  /** Called when V.tick runs out; returns true to end the slice (only when
   * not nested). */
  checkpoint: (_t: Thread, _nested: boolean): boolean => false,
  /** Called in a nested loop when the top frame blocked: must wait
   * synchronously, or throw. */
  waitSync: (t: Thread): void => {
    t.blocked = false;
    throw RuntimeError('cannot block inside a nested call from native code');
  },
};

/** The JS stack ran out (nested native calls: __getattr__ through getattr,
 * __repr__ through repr ...). Checked without allocating: with the stack
 * exhausted even compiling a regex fails (V8 reports that as a SyntaxError). */
function isStackOverflow(e: unknown): boolean {
  return (e instanceof RangeError || e instanceof SyntaxError) && typeof e.message === 'string' && e.message.includes('call stack size');
}

/** Turns anything thrown into a Python exception. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (isStackOverflow(e)) return RecursionError('maximum recursion depth exceeded');
  if (process.env.PYS_DEBUG) console.error('internal error:', e);
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return SystemError(`internal error in pys: ${msg}`);
}

/** The value handed down when `f` returned `r`; for generators and
 * __init__ frames this applies their protocol. undefined = t.exc was set. */
function finished(t: Thread, f: Frame, r: Py): Py {
  if (f.kind === FK.Gen) return genFinished(t, f, r);
  if (f.kind === FK.Init) {
    if (r !== None) {
      t.exc = TypeError(`__init__() should return None, not '${typeName(r)}'`);
      return undefined;
    }
    return f.owner;
  }
  return r;
}

/**
 * Runs thread t until the frame directly above `base` finishes, and returns
 * its value (or throws its exception). With `nested` false (the scheduler's
 * call, base null) it may also stop early, returning SUSPEND, when the
 * thread blocks or its time slice ends.
 */
export function run(t: Thread, base: Frame | null, nested: boolean): Py {
  let f = t.frame!;
  for (;;) {
    let r: Py;
    try {
      r = f.kind === FK.Native ? f.step(t) : f.code.run(f, t);
    } catch (e) {
      t.exc = toPyException(e);
      r = RAISE;
    }
    if (r === RAISE) {
      // f raised t.exc: pop it and deliver the exception to the frame below
      let exc = t.exc!;
      t.exc = null;
      t.frame = f.back;
      t.depth--;
      f.back = null;
      if (f.kind === FK.Gen) {
        const v = genFailed(t, f, exc);
        if (v !== undefined) {
          if (t.frame === base) return v;
          t.rv = v;
          f = t.frame!;
          continue;
        }
        exc = t.exc!;
        t.exc = null;
      }
      if (t.frame === base) throw exc;
      t.exc = exc;
      f = t.frame!;
      continue;
    }
    if (r === SUSPEND) {
      if (t.blocked) {
        if (!nested) return SUSPEND;
        try {
          hooks.waitSync(t);
        } catch (e) {
          // the frames of the call that could not block are dropped, or a
          // later resume of this thread would run them again
          unwindTo(t, base);
          throw e;
        }
      }
      if (V.tick < 0 && hooks.checkpoint(t, nested) && !nested) return SUSPEND;
      f = t.frame!;
      continue;
    }
    t.frame = f.back;
    t.depth--;
    f.back = null;
    if (f.kind !== FK.Normal) r = finished(t, f, r);
    if (t.frame === base) {
      if (r === undefined) {
        const e = t.exc!;
        t.exc = null;
        throw e;
      }
      return r;
    }
    t.rv = r;
    f = t.frame!;
  }
}

/** Pops t's frames down to `base`, letting waiting frames withdraw (a lock
 * waiter leaves the lock's queue, a sleep clears its timer). */
function unwindTo(t: Thread, base: Frame | null): void {
  while (t.frame !== null && t.frame !== base) {
    const f = t.frame as Frame & { abandon?: () => void };
    if (typeof f.abandon === 'function') f.abandon();
    t.frame = f.back;
    f.back = null;
    t.depth--;
  }
}

/** Runs the frames pushed above the current top of `t` to completion, from
 * native code (a nested VM loop: nothing below can be suspended meanwhile). */
export function runNested(t: Thread, base: Frame | null): Py {
  t.nested++;
  try {
    return run(t, base, true);
  } finally {
    t.nested--;
  }
}

export { current };
