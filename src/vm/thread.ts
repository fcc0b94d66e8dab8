// A Python thread of execution: a stack of frames plus the values being
// passed between them. Green threads: the scheduler runs one at a time.

import type { Py } from '../objects/base';
import type { PyBaseException } from '../objects/exceptions';
import type { Frame } from './frame';
import type { Interpreter } from './interp';

export const enum TS {
  New = 0,
  Ready = 1,
  Running = 2,
  Blocked = 3,
  Done = 4,
}

let nextIdent = 1;

export class Thread {
  /** Top of the frame stack. */
  frame: Frame | null = null;
  /** Value delivered to the frame being resumed. */
  rv: Py = undefined;
  /** Exception delivered to the frame being resumed, thrown at its resume point. */
  exc: PyBaseException | null = null;
  /** Python frames on the stack (for the recursion limit). */
  depth = 0;
  /** The exception being handled by the running frame's code (a
   * generator's own state while it runs), or null. */
  excInfo: PyBaseException | null = null;
  /** The resumers' exception states, one per running generator: a
   * generator handling nothing sees its resumer's (CPython chains them). */
  outers: (PyBaseException | null)[] = [];
  state: TS = TS.New;
  /** Set by a blocking frame before it returns SUSPEND: the thread parks. */
  blocked = false;
  ident: number;
  name = '';
  /** Nesting depth of synchronous VM loops (callSync) on this thread. */
  nested = 0;
  /** Result or uncaught exception once Done. */
  result: Py = undefined;
  error: PyBaseException | null = null;
  /** The threading.Thread object, when started through threading. */
  pyThread: Py = null;
  /** Called when the thread finishes. */
  onDone: ((t: Thread) => void) | null = null;
  constructor(public interp: Interpreter) {
    this.ident = nextIdent++;
  }
}

/** The thread whose frames are executing now. */
export let current: Thread = null as any;

export function setCurrent(t: Thread): void {
  current = t;
}

/** The exception sys.exc_info() reports on thread t. */
export function handledExc(t: Thread): PyBaseException | null {
  if (t.excInfo !== null) return t.excInfo;
  const o = t.outers;
  for (let i = o.length - 1; i >= 0; i--) if (o[i] !== null) return o[i];
  return null;
}
