// frame: the explicit activation record (DESIGN.md, Rule 1). A frame holds
// everything needed to resume Python code: the code object, the pc of the
// next resume label, the locals/cells/temporaries array L, and the frame
// below it on its thread's stack. Native continuations subclass Frame and
// override step().

import { T, type Py, serial } from '../objects/base';
import { PyCode } from '../objects/code';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';
import type { Thread } from './thread';

export const enum FK {
  /** An ordinary function/module/class-body frame. */
  Normal = 0,
  /** The frame of a generator or coroutine object. */
  Gen = 1,
  /** An __init__ call made by a class call: returns the instance. */
  Init = 2,
  /** A native continuation (subclass with its own step). */
  Native = 3,
}

// Frames are the hottest allocation of all (one per call): they do not
// extend PyObject, whose `cls` and `dict` fields they get from the
// prototype instead (type(frame) is frame; no instance dict).
export class Frame {
  declare cls: any;
  declare dict: PyDict | null;
  code: PyCode;
  fn: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The namespace of module and class bodies (LOAD_NAME); else null. */
  ns: PyDict | null;
  L: Py[];
  /** Resume label; -1 once the frame has finished. */
  pc = 0;
  /** Current line (for tracebacks and f_lineno). */
  ln = 0;
  back: Frame | null = null;
  kind: FK = FK.Normal;
  /** Generator frames: the generator object. Init frames: the instance. */
  owner: Py = null;
  /** While suspended in `yield from`/`await`: the sub-iterator. */
  yf: Py = null;
  /** The span of the operation running (traceback carets) and the handler
   * label active (-1: none): the generated body keeps them here, not in JS
   * locals, because runBody (src/vm/runtime.ts) catches its exceptions. */
  p = -1;
  h = -1;
  /** An exception runBody caught, for the body to take at handler h. */
  ce: Py = null;
  constructor(code: PyCode, fn: PyFunction | null, globals: PyDict, builtins: PyDict, ns: PyDict | null) {
    this.code = code;
    this.fn = fn;
    this.globals = globals;
    this.builtins = builtins;
    this.ns = ns;
    const L = new Array(code.nslots);
    // A fresh array holds Smis only; a first store of a non-Smi number
    // (an int past 2**30) would turn it into an unboxed double array, and
    // the next object stored would convert it back: both are costly
    // transitions that also make every site touching L polymorphic.
    // Storing undefined first makes it a generic array from the start.
    if (code.nslots > 0) L[0] = undefined;
    this.L = L;
    this.ln = code.firstlineno;
  }
  step(t: Thread): Py {
    return this.code.run(this, t);
  }
}

Object.defineProperty(Frame.prototype, 'cls', { get: () => T.frame, configurable: true });
(Frame.prototype as any).dict = null;

/** Base of native continuation frames: `step` reads the value (t.rv) or
 * exception (t.exc) delivered by the frame that just finished above it. */
export abstract class NativeFrame extends Frame {
  constructor(base: Frame | null) {
    super(nativeCode(), null, base ? base.globals : (null as any), base ? base.builtins : (null as any), null);
    this.kind = FK.Native;
    if (base) this.ln = base.ln;
  }
  abstract override step(t: Thread): Py;
}

let nativeCodeObj: PyCode | null = null;
/** A placeholder code object for native frames (name shown in tracebacks is
 * never printed: native frames are skipped). */
export function nativeCode(): PyCode {
  if (!nativeCodeObj) {
    nativeCodeObj = new PyCode();
    nativeCodeObj.name = '<native>';
  }
  return nativeCodeObj;
}

serial(Frame);
