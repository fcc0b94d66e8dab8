// Resumable native code (DESIGN.md, Rule 1): a Machine is a small state
// machine whose resume() either finishes (a value, or STOP for iterators)
// or returns SUSPEND after a Python frame was pushed for the value it waits
// for. The first time it suspends, a Drive frame is put directly above the
// frame that called it; the trampoline then hands each awaited value to the
// Drive, which resumes the machine, so a long run of suspensions never
// deepens the stack (filter() skipping a million generator items, an
// islice over a generator) and the thread can still block and switch.

import { STOP, SUSPEND, type Py } from '../objects/base';
import { NativeIter } from '../objects/iter';
import { NativeFrame, type Frame } from './frame';
import { current, type Thread } from './thread';
import { serial } from '../objects/base';

/** The value passed to resume() when a fresh step starts. */
export const FRESH: unique symbol = Symbol('FRESH') as any;

export interface Machine {
  /** Continues with v, the value awaited (FRESH at the start of a step). */
  resume(t: Thread, v: Py): Py;
  /** Optional: sees an exception raised by the awaited frame; returns a
   * value to continue with, or rethrows. */
  fail?(t: Thread, e: Py): Py;
}

/** Feeds the values of the frames above it to a machine. */
export class Drive extends NativeFrame {
  constructor(public m: Machine) {
    super(null);
  }
  step(t: Thread): Py {
    const e = t.exc;
    if (e !== null) {
      t.exc = null;
      if (this.m.fail) return this.m.fail(t, e);
      throw e;
    }
    return this.m.resume(t, t.rv);
  }
}

/** Inserts cont directly above `base` on t's stack (below everything that
 * was pushed since base was on top). */
export function insertAbove(t: Thread, base: Frame | null, cont: Frame): void {
  let f = t.frame!;
  if (f === base) {
    cont.back = base;
    t.frame = cont;
  } else {
    while (f.back !== base) f = f.back!;
    cont.back = base;
    f.back = cont;
  }
  t.depth++;
}

/** Runs machine m from native code that may hand SUSPEND to its caller. */
export function drive(t: Thread, m: Machine): Py {
  const base = t.frame;
  const r = m.resume(t, FRESH);
  if (r === SUSPEND) insertAbove(t, base, new Drive(m));
  return r;
}

/** A native iterator implemented as a machine; resume() starts each item
 * with pc 0 (its position within the step) and FRESH. */
export abstract class MachineIter extends NativeIter implements Machine {
  pc = 0;
  abstract resume(t: Thread, v: Py): Py;
  next(): Py {
    this.pc = 0;
    return drive(current, this);
  }
}


void STOP;
serial(Drive);
