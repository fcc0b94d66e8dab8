// code: a compiled Python code object. The bytecode of CPython is replaced by
// `run`, a generated JS function that resumes a frame at its pc (see
// src/compiler/README.md); everything else mirrors CPython's co_* fields.

import { PyObject, T, None, type Py } from './base';
import type { Frame } from '../vm/frame';
import type { Thread } from '../vm/thread';

export const enum CO {
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  COROUTINE = 0x80,
  ASYNC_GENERATOR = 0x200,
}

/** Resumes frame `f` of thread `t`: returns the frame's result (return or
 * yield value) or SUSPEND; throws the frame's unhandled exception. */
export type StepFn = (f: Frame, t: Thread) => Py;

/** A keyword call's binding, for one kwnames array and number of
 * positional arguments: the slot of each keyword, and the parameter slots
 * left to their defaults (null when only the general binder applies). */
export interface KwPlan {
  npos: number;
  slots: Int32Array;
  fill: Int32Array | null;
}

/** Where a code object comes from, so a serialized heap can name it and a
 * fresh process can recompile it (DESIGN.md, Rule 1). */
export interface CodeUnit {
  filename: string;
  source: string;
  mode: 'exec' | 'eval' | 'single';
  /** All code objects of the unit, in compile order; index 0 is the top. */
  codes: PyCode[];
  py2: boolean;
  /** Compiler flags inherited (e.g. from `compile(..., dont_inherit)`). */
  flags: number;
}

export class PyCode extends PyObject {
  name = '';
  qualname = '';
  filename = '';
  firstlineno = 1;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** Local variable names in slot order (parameters first). */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** Total size of a frame's L array (locals, cells, free vars, temps). */
  nslots = 0;
  /** Slot index of the first cell variable (= varnames.length). */
  cellBase = 0;
  /** Docstring (first constant) or None. */
  doc: Py = None;
  run!: StepFn;
  /** The generated step function that `run` (runBody) calls. */
  body!: StepFn;
  /** Handler label active at each resume label (-1: none). */
  handlers!: Int32Array;
  /** Line of each resume label. */
  lines!: Int32Array;
  /** Span index of the call at each resume label (-1: none). */
  labelPos!: Int32Array;
  /** Operation spans [line, col, endLine, endCol, anchorStart, anchorEnd]
   * (traceback carets; tb_lasti indexes them). */
  spans: number[][] = [];
  unit!: CodeUnit;
  index = 0;
  /** Parameters are plain positional: a call with exactly argcount
   * positional arguments fills L directly. */
  simpleArgs = false;
  /** Keyword-call sites' kwnames (constant arrays) -> how such a call
   * binds (see kwPlanFor in src/vm/call.ts), or null when some name needs
   * the general binder's checks. */
  kwPlans: Map<string[], KwPlan | null> | null = null;
  /** For frames: this code's namespace lookups use a dict (module/class). */
  usesNs = false;
  /** Names referenced (co_names), for introspection. */
  names: string[] = [];
  constructor() {
    super(T.code);
  }
  get isGenerator(): boolean {
    return (this.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;
  }
}
