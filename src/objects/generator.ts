// generator and coroutine objects: a suspended frame plus the protocol the
// trampoline applies when that frame yields, returns or raises.

import { PyObject, T, None, STOP, SUSPEND, RAISE, type Py, serial } from './base';
import { V, INLINE_MAX } from '../vm/run';
import { raiseBelow } from '../vm/call';
import { PyBaseException } from './exceptions';
import { RuntimeError, ValueError, StopIteration, exc as mkexc } from './raise';
import { FK, type Frame } from '../vm/frame';
import type { Thread } from '../vm/thread';
import { CO } from './code';

/** What the trampoline hands down when the generator's frame finishes. */
export const enum GM {
  /** for-loops and yield from: exhaustion gives STOP (value in retval). */
  Iter = 0,
  /** __next__/send/throw: exhaustion raises StopIteration(value). */
  Next = 1,
  /** next(g, default): exhaustion gives the default. */
  Default = 2,
  /** close(): GeneratorExit or exhaustion gives None; a yield is an error. */
  Close = 3,
}

export class PyGenerator extends PyObject {
  /** null once finished. */
  frame: Frame | null;
  running = false;
  mode: GM = GM.Next;
  retval: Py = None;
  dflt: Py = undefined;
  name: string;
  qualname: string;
  code: any;
  /** The exception being handled inside the generator while it is
   * suspended (swapped with the thread's on resume). */
  excInfo: PyBaseException | null = null;
  constructor(frame: Frame) {
    const code = frame.code;
    const cls = code.flags & CO.COROUTINE ? T.coroutine : code.flags & CO.ASYNC_GENERATOR ? T.async_generator : T.generator;
    super(cls);
    this.frame = frame;
    frame.kind = FK.Gen;
    frame.owner = this;
    this.code = code;
    this.name = frame.fn ? frame.fn.name : code.name;
    this.qualname = frame.fn ? frame.fn.qualname : code.qualname;
  }
  get isCoroutine(): boolean {
    return this.cls === T.coroutine;
  }
}

/**
 * Resumes generator g on thread t with `value` sent in (or `exc` thrown in):
 * pushes its frame and returns SUSPEND, or, when g is already exhausted,
 * returns what exhaustion means for `mode`.
 */
export function genResume(t: Thread, g: PyGenerator, mode: GM, value: Py, exc: PyBaseException | null, dflt?: Py): Py {
  const f = g.frame;
  if (f === null) {
    if (exc) throw exc;
    if (mode === GM.Iter) return STOP;
    if (mode === GM.Default) return dflt;
    if (mode === GM.Close) return None;
    if (g.isCoroutine) throw RuntimeError('cannot reuse already awaited coroutine');
    throw StopIteration();
  }
  if (g.running) throw ValueError(`${g.isCoroutine ? 'coroutine' : 'generator'} already executing`);
  if (f.pc === 0 && value !== None && !exc) {
    throw mkexc(T.TypeError, `can't send non-None value to a just-started ${g.isCoroutine ? 'coroutine' : 'generator'}`);
  }
  g.running = true;
  g.mode = mode;
  g.dflt = dflt;
  f.back = t.frame;
  t.frame = f;
  t.depth++;
  t.rv = value;
  t.exc = exc;
  // the generator runs with its own handled exception (sys.exc_info()
  // falls back to the resumers', see handledExc)
  t.outers.push(t.excInfo);
  t.excInfo = g.excInfo;
  return SUSPEND;
}

/** genResume for next() in iteration and for `yield from` (GM.Iter, with
 * the value sent), running the generator's frame inline when possible: the
 * yielded value comes back directly (or STOP), without a trip through the
 * trampoline. */
export function genNextInline(t: Thread, g: PyGenerator, sent: Py = None): Py {
  const r0 = genResume(t, g, GM.Iter, sent, null);
  if (r0 !== SUSPEND || V.inline >= INLINE_MAX || --V.tick < 0) return r0;
  const f = t.frame!;
  V.inline++;
  const r = f.code.run(f, t);
  V.inline--;
  if (r === SUSPEND) return SUSPEND;
  t.frame = f.back;
  t.depth--;
  f.back = null;
  let v: Py;
  if (r === RAISE) {
    const e = t.exc!;
    t.exc = null;
    v = genFailed(t, f, e);
  } else v = genFinished(t, f, r);
  if (v !== undefined) return v;
  const e = t.exc!;
  t.exc = null;
  return raiseBelow(t, e);
}

function restoreExcInfo(t: Thread, g: PyGenerator): void {
  g.excInfo = t.excInfo;
  t.excInfo = t.outers.pop() ?? null;
}

/** The trampoline's handling of a generator frame that returned or yielded
 * `r`. Returns the value to hand down, or undefined after setting t.exc. */
export function genFinished(t: Thread, f: Frame, r: Py): Py {
  const g = f.owner as PyGenerator;
  g.running = false;
  restoreExcInfo(t, g);
  if (f.pc >= 0) {
    // a yield
    if (g.mode === GM.Close) {
      t.exc = RuntimeError(`${g.isCoroutine ? 'coroutine' : 'generator'} ignored GeneratorExit`);
      return undefined;
    }
    return r;
  }
  g.frame = null;
  g.excInfo = null;
  switch (g.mode) {
    case GM.Iter:
      g.retval = r;
      return STOP;
    case GM.Default:
      return g.dflt;
    case GM.Close:
      return None;
  }
  t.exc = r === None ? StopIteration() : StopIteration(r);
  return undefined;
}

/** The trampoline's handling of a generator frame that raised `e`: returns a
 * value to hand down instead, or undefined after setting t.exc. */
export function genFailed(t: Thread, f: Frame, e: PyBaseException): Py {
  const g = f.owner as PyGenerator;
  g.running = false;
  restoreExcInfo(t, g);
  g.frame = null;
  g.excInfo = null;
  f.pc = -1;
  if (g.mode === GM.Close && (e.cls === T.GeneratorExit || e.cls.isSubtype(T.GeneratorExit) || e.cls.isSubtype(T.StopIteration))) {
    return None;
  }
  if (e.cls.isSubtype(T.StopIteration)) {
    const what = g.isCoroutine ? 'coroutine' : 'generator';
    const r = RuntimeError(`${what} raised StopIteration`);
    r.cause = e;
    r.context = e;
    e = r;
  }
  t.exc = e;
  return undefined;
}

serial(PyGenerator);
