// The output side of code generation for one code object: JS lines of the
// step function's `switch`, resume labels, the handler active at each label,
// frame temporaries, and the stack of blocks that break/continue/return
// must unwind (loops, finally bodies, except handlers, with blocks).
//
// Shape of a generated step function (see README.md in this folder):
//
//   function c3(f, t) {
//     const L = f.L, G = f.globals, B = f.builtins, N = f.ns;
//     let pc = f.pc, r = t.rv, e = f.ce, $0, $1;
//     if (e !== null) f.ce = null;          // entered at handler f.h
//     else if (t.exc !== null ...) { ... }  // a callee's exception
//     for (;;) switch (pc) {
//       case 0: ...   // f.p = <span> before each operation, f.h = <label>
//     }
//   }
//
// It is the code object's `body`; R.runBody (its `run`) catches what it
// throws and runs it again at the handler (no try/catch in the body itself,
// which TurboFan compiles poorly).

import type * as A from '../../grammar/ast';

export type Block =
  | { kind: 'loop'; brk: number; cont: number }
  | { kind: 'finally'; run: () => void; outerH: number }
  | { kind: 'stop' };

export class CodeBuilder {
  out: string[] = [];
  /** co_names: global and attribute names, in order of first use. */
  names = new Set<string>();
  private nlabels = 1;
  /** handler label active at each label */
  H: number[] = [-1];
  /** line at each label */
  LN: number[] = [0];
  curH = -1;
  private lastLine = -1;
  curLine = 0;
  /** first temp slot; temps are L[tempBase + k] */
  tempBase = 0;
  private tempTop = 0;
  tempMax = 0;
  private freeTemps: number[] = [];
  /** number of JS scratch variables $0..$n used */
  jsTemps = 0;
  blocks: Block[] = [];
  /** Source spans of operations (for traceback carets): [line, col,
   * endLine, endCol, kind, a, b]; kind 1 = binary op (a: end of the left
   * operand, b: start of the right), 2 = subscript (a: end of the value). */
  spans: number[][] = [];
  /** span index of the call made at each resume label (-1: none) */
  labelPos: number[] = [-1];
  /** span of the call being emitted, taken by the next resume label */
  pendingPos = -1;

  /** Registers the span of an operation; returns its index. */
  span(n: A.Pos, kind = 0, a = -1, b = -1): number {
    this.spans.push([n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, kind, a, b]);
    return this.spans.length - 1;
  }

  emit(line: string): void {
    this.out.push(line);
  }

  newLabel(): number {
    const l = this.nlabels++;
    this.H[l] = -1;
    this.LN[l] = 0;
    this.labelPos[l] = -1;
    return l;
  }

  /** Places label l here (a jump target or resume point). */
  place(l: number): void {
    this.out.push(`case ${l}:`);
    this.H[l] = this.curH;
    this.LN[l] = this.curLine;
    this.lastLine = -1;
  }

  /** The entry label 0 (the frame's first resume point). */
  placeEntry(): void {
    this.out.push('case 0:');
  }

  /** Jumps to label l (within this step function). */
  jump(l: number): void {
    this.out.push(`pc = ${l}; continue;`);
  }

  setHandler(l: number): void {
    if (this.curH !== l) {
      this.curH = l;
      this.out.push(`f.h = ${l};`);
    }
  }

  /** Records the statement line for tracebacks and f_lineno. */
  line(node: A.Pos | { lineno: number }): void {
    const n = node.lineno;
    this.curLine = n;
    if (n !== this.lastLine) {
      this.out.push(`f.ln = ${n};`);
      this.lastLine = n;
    }
  }

  /** Forces the next line() to emit (after code that may change f.ln). */
  lineDirty(): void {
    this.lastLine = -1;
  }

  /** A frame slot that survives suspension. */
  temp(): string {
    const k = this.freeTemps.length ? this.freeTemps.pop()! : this.tempTop++;
    if (this.tempTop > this.tempMax) this.tempMax = this.tempTop;
    return `L[${this.tempBase + k}]`;
  }

  freeTemp(t: string): void {
    const m = /^L\[(\d+)\]$/.exec(t);
    if (!m) return;
    const k = +m[1] - this.tempBase;
    if (k >= 0 && !this.freeTemps.includes(k)) this.freeTemps.push(k);
  }

  /** A JS scratch variable, valid only within one emitted statement. */
  js(): string {
    return `$${this.jsTemps++}`;
  }

  get labelCount(): number {
    return this.nlabels;
  }
}

/** A JS string literal for s. */
export function jsStr(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
