// The backtracking matcher: runs a Program (_sre_compile.ts) over a subject
// with sre's semantics (3.11). It is iterative — choice points, capture
// restores, loop registers and lookaround barriers live on one explicit
// Int32Array stack — so long subjects never grow the JS stack, and its cost
// per step is a switch on an Int32Array opcode.
//
// Stack entries are [payload..., kind]; the kind's arity gives the payload
// size, so the stack can also be walked downwards (atomic groups and
// lookarounds cut it back to their barrier, keeping the capture/register
// restores so that later backtracking still undoes their effects).
//
// Captures follow sre's model exactly: besides the marks there is
// `lastmark`, the highest mark set; groups above it count as unset. A
// choice point saves lastmark and lastindex, and restores capture values
// only when its flag says sre would (inside a general repeat). Capture
// restores popped on the way to a choice point without the flag are pushed
// back unapplied, so that a lower choice point with the flag still finds
// them.
//
// Like sre, it backtracks: a catastrophic pattern takes exponential time
// here as it does in CPython (and, being synchronous JS, cannot be
// interrupted by a signal meanwhile).

import { Op, AK, type Program } from './_sre_compile';
import { lowerUni, lowerAscii, uniWord, asciiWord } from './_sre_chars';

const enum K {
  BRANCH, // pc pos lastmark lastindex flag
  CAP, // slot old
  REG, // reg old
  RONE, // hdr minpos pos lastmark lastindex
  MRONE, // hdr maxpos pos lastmark lastindex
  LAZY, // pc pos lastmark lastindex
  ATOMIC, //
  ASSERT, // pos
  ASSERT_NOT, // cont pos lastmark lastindex flag
}
const ARITY = [5, 2, 2, 5, 5, 4, 0, 1, 5];

let bt: Int32Array = new Int32Array(4096);
let keep: Int32Array = new Int32Array(256);

function grow(): Int32Array {
  const n = new Int32Array(bt.length * 2);
  n.set(bt);
  bt = n;
  return n;
}

/** The subject: a JS string indexed directly (no surrogate pairs, or a
 * latin-1 image of bytes), or an array of code points. */
export interface Subject {
  str: string | null;
  arr: Int32Array | null;
  len: number;
}

/** Results of the last successful run (read them before the next run). */
export const result = {
  start: 0,
  end: 0,
  lastindex: -1,
  caps: new Int32Array(0),
  /** When set (V8 path run without spans), the group texts instead of
   * caps/lastindex: texts[g] is group g's text or undefined. */
  texts: null as RegExpExecArray | null,
};

export const enum Mode {
  MATCH,
  FULL,
}

/** Tries to match prog at `start` (string positions [0, end) are visible;
 * matching never looks at or beyond `end`). On success fills `result`. */
export function matchAt(prog: Program, subj: Subject, start: number, end: number, mode: Mode, mustAdvance: boolean): boolean {
  const ncap = prog.ngroups * 2;
  let caps = result.caps;
  if (caps.length < ncap) caps = result.caps = new Int32Array(Math.max(ncap, 2 * caps.length));
  caps.fill(-1, 0, ncap);
  const regs = scratchRegs(prog.nregs);
  const r = exec(prog, subj, start, end, mode === Mode.FULL, mustAdvance, caps, regs);
  shrink();
  return r;
}

/** Gives back the memory of a huge backtracking stack after a run. */
function shrink(): void {
  if (bt.length > 1 << 20) bt = new Int32Array(4096);
  if (pend.length > 1 << 16) pend = new Int32Array(64);
}

let regsBuf = new Int32Array(16);

/** Loop registers for one run (shared: runs never nest, and LOOP_INIT
 * sets a register before any read). */
function scratchRegs(n: number): Int32Array {
  if (regsBuf.length < 2 * n) regsBuf = new Int32Array(4 * n);
  return regsBuf;
}

/** Scans forward from `start` for the first position where prog matches. */
export function search(prog: Program, subj: Subject, start: number, end: number, mustAdvance: boolean): boolean {
  const r = searchIn(prog, subj, start, end, mustAdvance);
  shrink();
  return r;
}

function searchIn(prog: Program, subj: Subject, start: number, end: number, mustAdvance: boolean): boolean {
  if (start > end) return false;
  if (end - start < prog.minWidth) return false;
  const ncap = prog.ngroups * 2;
  let caps = result.caps;
  if (caps.length < ncap) caps = result.caps = new Int32Array(Math.max(ncap, 2 * caps.length));
  const regs = scratchRegs(prog.nregs);
  const prefix = prog.prefix;
  if (prog.anchored) {
    if (start !== 0) return false;
    caps.fill(-1, 0, ncap);
    return exec(prog, subj, start, end, false, mustAdvance, caps, regs);
  }
  const str = subj.str;
  if (prefix.length && str !== null) {
    // jump between occurrences of the literal prefix
    const lit = prefix.length === 1 ? String.fromCharCode(prefix[0]) : String.fromCodePoint(...prefix);
    if (lit.length === prefix.length) {
      let p = start;
      for (;;) {
        p = str.indexOf(lit, p);
        if (p < 0 || p + prog.minWidth > end) return false;
        if (prog.literal) {
          result.start = p;
          result.end = p + lit.length;
          result.lastindex = -1;
          result.texts = null;
          return true;
        }
        caps.fill(-1, 0, ncap);
        if (exec(prog, subj, p, end, false, false, caps, regs)) return true;
        p++;
      }
    }
  }
  const last = end - prog.minWidth;
  const c0 = prefix.length ? prefix[0] : -1;
  const arr = subj.arr;
  const first = prog.first;
  const big = prog.firstBig;
  for (let p = start; p <= last; p++) {
    if (c0 >= 0) {
      if (str !== null) {
        while (p <= last && str.charCodeAt(p) !== c0) p++;
      } else {
        while (p <= last && arr![p] !== c0) p++;
      }
      if (p > last) return false;
    } else if (first !== null && !(mustAdvance && p === start)) {
      // skip positions whose character cannot start a match
      for (; p <= last; p++) {
        const c = str !== null ? str.charCodeAt(p) : arr![p];
        if (c < 256 ? (first[c >> 5] & (1 << (c & 31))) !== 0 : big) break;
      }
      if (p > last) return false;
    }
    caps.fill(-1, 0, ncap);
    if (exec(prog, subj, p, end, false, mustAdvance && p === start, caps, regs)) return true;
  }
  return false;
}

/** Capture restores collected while backtracking: (slot, old) pairs in
 * the order popped. */
let pend: Int32Array = new Int32Array(64);

function exec(prog: Program, subj: Subject, start: number, end: number, full: boolean, mustAdvance: boolean, caps: Int32Array, regs: Int32Array): boolean {
  const code = prog.code;
  const sets = prog.sets;
  const str = subj.str;
  const arr = subj.arr;
  S = str;
  A = arr;
  let stack: Int32Array = bt;
  let sp = 0;
  let pc = 0;
  let pos = start;
  let lastindex = -1;
  let lastmark = -1;
  let np = 0;

  main: for (;;) {
    fail: {
      switch (code[pc]) {
        case Op.FAIL:
          break fail;
        case Op.SUCCESS: {
          if ((full && pos !== end) || (mustAdvance && pos === start)) break fail;
          result.start = start;
          result.end = pos;
          result.lastindex = lastindex;
          result.texts = null;
          // marks above lastmark are not set
          const n = prog.ngroups * 2;
          for (let i = lastmark + 1; i < n; i++) caps[i] = -1;
          return true;
        }
        case Op.CHAR:
          if (pos < end && ch(pos) === code[pc + 1]) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.NOT_CHAR:
          if (pos < end && ch(pos) !== code[pc + 1]) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.CHAR_UI:
          if (pos < end && lowerUni(ch(pos)) === code[pc + 1]) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.NOT_CHAR_UI:
          if (pos < end && lowerUni(ch(pos)) !== code[pc + 1]) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.CHAR_AI:
          if (pos < end && lowerAscii(ch(pos)) === code[pc + 1]) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.NOT_CHAR_AI:
          if (pos < end && lowerAscii(ch(pos)) !== code[pc + 1]) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.ANY:
          if (pos < end && ch(pos) !== 10) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.ANY_ALL:
          if (pos < end) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.SET:
          if (pos < end && sets[code[pc + 1]].has(ch(pos))) {
            pos++;
            pc += 2;
            continue main;
          }
          break fail;
        case Op.AT:
          if (!atOk(code[pc + 1], pos, end)) break fail;
          pc += 2;
          continue main;
        case Op.MARK: {
          const slot = code[pc + 1];
          if (slot & 1) lastindex = (slot >> 1) + 1;
          if (slot > lastmark) {
            // marks skipped over become unset (sre's NULL fill)
            for (let j = lastmark + 1; j < slot; j++) {
              if (sp + 3 > stack.length) stack = grow();
              stack[sp++] = j;
              stack[sp++] = caps[j];
              stack[sp++] = K.CAP;
              caps[j] = -1;
            }
            lastmark = slot;
          }
          if (sp + 3 > stack.length) stack = grow();
          stack[sp++] = slot;
          stack[sp++] = caps[slot];
          stack[sp++] = K.CAP;
          caps[slot] = pos;
          pc += 2;
          continue main;
        }
        case Op.JMP:
          pc = code[pc + 1];
          continue main;
        case Op.SPLIT:
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = code[pc + 1];
          stack[sp++] = pos;
          stack[sp++] = lastmark;
          stack[sp++] = lastindex;
          stack[sp++] = code[pc + 2];
          stack[sp++] = K.BRANCH;
          pc += 3;
          continue main;
        case Op.REPEAT_ONE: {
          const min = code[pc + 1];
          if (end - pos < min) break fail;
          const n = count(code, pc + 6, code[pc + 2], pos, end, str, arr, sets);
          if (n < min) break fail;
          const minpos = pos + min;
          pos += n;
          const tail = code[pc + 4];
          if (tail >= 0) {
            while (pos >= minpos && (pos >= end || ch(pos) !== tail)) pos--;
            if (pos < minpos) break fail;
          }
          // (kept until exhausted: sre restores marks after the last try too)
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = pc;
          stack[sp++] = minpos;
          stack[sp++] = pos;
          stack[sp++] = lastmark;
          stack[sp++] = lastindex;
          stack[sp++] = K.RONE;
          pc = code[pc + 3];
          continue main;
        }
        case Op.MIN_REPEAT_ONE: {
          const min = code[pc + 1];
          if (end - pos < min) break fail;
          if (min > 0) {
            const n = count(code, pc + 6, min, pos, end, str, arr, sets);
            if (n < min) break fail;
            pos += n;
          }
          const max = code[pc + 2];
          const maxpos = max === -1 || end - pos < max - min ? end : pos + max - min;
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = pc;
          stack[sp++] = maxpos;
          stack[sp++] = pos;
          stack[sp++] = lastmark;
          stack[sp++] = lastindex;
          stack[sp++] = K.MRONE;
          pc = code[pc + 3];
          continue main;
        }
        case Op.POSS_REPEAT_ONE: {
          const min = code[pc + 1];
          if (end - pos < min) break fail;
          const n = count(code, pc + 6, code[pc + 2], pos, end, str, arr, sets);
          if (n < min) break fail;
          pos += n;
          pc = code[pc + 3];
          continue main;
        }
        case Op.LOOP_INIT: {
          const r = code[pc + 1] * 2;
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = r;
          stack[sp++] = regs[r];
          stack[sp++] = K.REG;
          stack[sp++] = r + 1;
          stack[sp++] = regs[r + 1];
          stack[sp++] = K.REG;
          regs[r] = 0;
          regs[r + 1] = -1;
          pc = code[pc + 2];
          continue main;
        }
        case Op.MAX_UNTIL: {
          const r = code[pc + 1] * 2;
          const n = regs[r];
          if (sp + 12 > stack.length) stack = grow();
          if (n < code[pc + 2]) {
            stack[sp++] = r;
            stack[sp++] = n;
            stack[sp++] = K.REG;
            regs[r] = n + 1;
            pc = code[pc + 4];
            continue main;
          }
          if ((n < code[pc + 3] || code[pc + 3] === -1) && pos !== regs[r + 1]) {
            // another iteration, or else the tail: sre saves the marks here
            stack[sp++] = pc + 6;
            stack[sp++] = pos;
            stack[sp++] = lastmark;
            stack[sp++] = lastindex;
            stack[sp++] = 1;
            stack[sp++] = K.BRANCH;
            stack[sp++] = r;
            stack[sp++] = n;
            stack[sp++] = K.REG;
            stack[sp++] = r + 1;
            stack[sp++] = regs[r + 1];
            stack[sp++] = K.REG;
            regs[r] = n + 1;
            regs[r + 1] = pos;
            pc = code[pc + 4];
            continue main;
          }
          pc += 6;
          continue main;
        }
        case Op.MIN_UNTIL: {
          const r = code[pc + 1] * 2;
          const n = regs[r];
          if (sp + 5 > stack.length) stack = grow();
          if (n < code[pc + 2]) {
            stack[sp++] = r;
            stack[sp++] = n;
            stack[sp++] = K.REG;
            regs[r] = n + 1;
            pc = code[pc + 4];
            continue main;
          }
          stack[sp++] = pc;
          stack[sp++] = pos;
          stack[sp++] = lastmark;
          stack[sp++] = lastindex;
          stack[sp++] = K.LAZY;
          pc += 6;
          continue main;
        }
        case Op.ATOMIC_BEGIN:
          if (sp + 1 > stack.length) stack = grow();
          stack[sp++] = K.ATOMIC;
          pc += 1;
          continue main;
        case Op.ATOMIC_END:
          sp = cut(stack, sp, K.ATOMIC);
          stack = bt;
          pc += 1;
          continue main;
        case Op.ASSERT_BEGIN: {
          const w = code[pc + 1];
          if (pos < w) break fail;
          if (sp + 2 > stack.length) stack = grow();
          stack[sp++] = pos;
          stack[sp++] = K.ASSERT;
          pos -= w;
          pc += 3;
          continue main;
        }
        case Op.ASSERT_END:
          sp = cut(stack, sp, K.ASSERT);
          stack = bt;
          pos = cutPayload;
          pc += 1;
          continue main;
        case Op.ASSERT_NOT_BEGIN: {
          const w = code[pc + 1];
          if (pos < w) {
            pc = code[pc + 2];
            continue main;
          }
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = code[pc + 2];
          stack[sp++] = pos;
          stack[sp++] = lastmark;
          stack[sp++] = lastindex;
          stack[sp++] = code[pc + 3];
          stack[sp++] = K.ASSERT_NOT;
          pos -= w;
          pc += 4;
          continue main;
        }
        case Op.ASSERT_NOT_END: {
          // the negated body matched: drop its choice points and the
          // barrier, then fail as sre does (restores go on as pending)
          for (;;) {
            const k = stack[--sp];
            if (k === K.ASSERT_NOT) {
              sp -= 5;
              break;
            }
            if (k === K.CAP) {
              if (np + 2 > pend.length) growPend();
              pend[np + 1] = stack[--sp];
              pend[np] = stack[--sp];
              np += 2;
            } else if (k === K.REG) {
              const old = stack[--sp];
              regs[stack[--sp]] = old;
            } else sp -= ARITY[k];
          }
          break fail;
        }
        case Op.GROUPREF:
        case Op.GROUPREF_UI:
        case Op.GROUPREF_AI: {
          const g = code[pc + 1] * 2;
          if (g >= lastmark) break fail;
          let p = caps[g];
          const e = caps[g + 1];
          if (p < 0 || e < 0 || e < p) break fail;
          if (end - pos < e - p) break fail;
          const op = code[pc];
          let q = pos;
          if (op === Op.GROUPREF) {
            for (; p < e; p++, q++) if (ch(q) !== ch(p)) break fail;
          } else if (op === Op.GROUPREF_UI) {
            for (; p < e; p++, q++) if (lowerUni(ch(q)) !== lowerUni(ch(p))) break fail;
          } else {
            for (; p < e; p++, q++) if (lowerAscii(ch(q)) !== lowerAscii(ch(p))) break fail;
          }
          pos = q;
          pc += 2;
          continue main;
        }
        case Op.GROUPREF_EXISTS: {
          const g = code[pc + 1] * 2;
          const p = caps[g], e = caps[g + 1];
          pc = g >= lastmark || p < 0 || e < 0 || e < p ? code[pc + 2] : pc + 3;
          continue main;
        }
        default:
          throw new Error('sre: bad opcode ' + code[pc]);
      }
    }
    // backtrack to the nearest choice point
    for (;;) {
      if (sp === 0) return false;
      const k = stack[--sp];
      let flag: number;
      switch (k) {
        case K.CAP:
          if (np + 2 > pend.length) growPend();
          pend[np + 1] = stack[--sp];
          pend[np] = stack[--sp];
          np += 2;
          continue;
        case K.REG: {
          const old = stack[--sp];
          regs[stack[--sp]] = old;
          continue;
        }
        case K.ATOMIC:
          continue;
        case K.ASSERT:
          sp--;
          continue;
        case K.BRANCH:
          flag = stack[--sp];
          lastindex = stack[--sp];
          lastmark = stack[--sp];
          pos = stack[--sp];
          pc = stack[--sp];
          break;
        case K.ASSERT_NOT:
          flag = stack[--sp];
          lastindex = stack[--sp];
          lastmark = stack[--sp];
          pos = stack[--sp];
          pc = stack[--sp];
          break;
        case K.LAZY: {
          const li = stack[sp - 1], lm = stack[sp - 2], p = stack[sp - 3], upc = stack[sp - 4];
          sp -= 4;
          lastindex = li;
          lastmark = lm;
          flag = code[upc + 5];
          const r = code[upc + 1] * 2;
          const n = regs[r];
          const max = code[upc + 3];
          // the tail failed: one more iteration, unless the last was empty
          if ((max !== -1 && n >= max) || p === regs[r + 1]) {
            np = settle(stack, sp, flag, caps, np);
            sp = settled;
            stack = bt;
            continue;
          }
          np = settle(stack, sp, flag, caps, np);
          sp = settled;
          stack = bt;
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = r;
          stack[sp++] = n;
          stack[sp++] = K.REG;
          stack[sp++] = r + 1;
          stack[sp++] = regs[r + 1];
          stack[sp++] = K.REG;
          regs[r] = n + 1;
          regs[r + 1] = p;
          pos = p;
          pc = code[upc + 4];
          continue main;
        }
        case K.RONE: {
          const hdr = stack[sp - 5];
          const minpos = stack[sp - 4];
          let p = stack[sp - 3] - 1;
          lastmark = stack[sp - 2];
          lastindex = stack[sp - 1];
          flag = code[hdr + 5];
          const tail = code[hdr + 4];
          if (tail >= 0) while (p >= minpos && ch(p) !== tail) p--;
          if (p < minpos) {
            sp -= 5;
            np = settle(stack, sp, flag, caps, np);
            sp = settled;
            stack = bt;
            continue;
          }
          stack[sp - 3] = p;
          sp++;
          np = settle(stack, sp, flag, caps, np);
          sp = settled;
          stack = bt;
          pos = p;
          pc = code[hdr + 3];
          continue main;
        }
        case K.MRONE: {
          const hdr = stack[sp - 5];
          const maxpos = stack[sp - 4];
          const p = stack[sp - 3];
          lastmark = stack[sp - 2];
          lastindex = stack[sp - 1];
          flag = code[hdr + 5];
          if (p >= maxpos || count(code, hdr + 6, 1, p, end, str, arr, sets) === 0) {
            sp -= 5;
            np = settle(stack, sp, flag, caps, np);
            sp = settled;
            stack = bt;
            continue;
          }
          stack[sp - 3] = p + 1;
          sp++;
          np = settle(stack, sp, flag, caps, np);
          sp = settled;
          stack = bt;
          pos = p + 1;
          pc = code[hdr + 3];
          continue main;
        }
        default:
          throw new Error('sre: bad stack entry ' + k);
      }
      // BRANCH / ASSERT_NOT resume here
      np = settle(stack, sp, flag, caps, np);
      sp = settled;
      stack = bt;
      continue main;
    }
  }
}

function growPend(): void {
  const n = new Int32Array(pend.length * 2);
  n.set(pend);
  pend = n;
}

let settled = 0;

/** At a resumed choice point: apply the pending capture restores (flag
 * set), or push them back unapplied. Returns the new pending count (0);
 * the new stack top goes to `settled`. */
function settle(stack: Int32Array, sp: number, flag: number, caps: Int32Array, np: number): number {
  if (flag) {
    for (let i = 0; i < np; i += 2) caps[pend[i]] = pend[i + 1];
  } else {
    // back in their original order (they were popped top first)
    while (sp + 3 * (np >> 1) > bt.length) grow();
    const st = bt;
    for (let i = np - 2; i >= 0; i -= 2) {
      st[sp++] = pend[i];
      st[sp++] = pend[i + 1];
      st[sp++] = K.CAP;
    }
  }
  void stack;
  settled = sp;
  return 0;
}

let cutPayload = 0;

// the subject of the running exec (module-level so that reading a
// character is a direct call V8 inlines, not a closure per exec)
let S: string | null = null;
let A: Int32Array | null = null;

function ch(i: number): number {
  return S !== null ? S.charCodeAt(i) : A![i];
}

/** Removes the choice points above the nearest barrier of kind `bk`, and
 * the barrier, keeping capture/register restores in order. Returns the
 * new stack top; the barrier's first payload word goes to cutPayload. */
function cut(stack: Int32Array, sp: number, bk: K): number {
  let n = 0;
  let i = sp;
  for (;;) {
    const k = stack[i - 1];
    const s = i - 1 - ARITY[k];
    if (k === bk) {
      if (ARITY[k]) cutPayload = stack[s];
      i = s;
      break;
    }
    if (k === K.CAP || k === K.REG) {
      if (n + 2 > keep.length) {
        const nk = new Int32Array(keep.length * 2);
        nk.set(keep);
        keep = nk;
      }
      keep[n++] = s;
      keep[n++] = ARITY[k] + 1;
    }
    i = s;
  }
  // keep[] lists the kept entries from the top down: copy them back in
  // their original order over the freed space (always downwards)
  for (let j = n - 2; j >= 0; j -= 2) {
    const s = keep[j], w = keep[j + 1];
    for (let q = 0; q < w; q++) stack[i + q] = stack[s + q];
    i += w;
  }
  return i;
}

function atOk(kind: number, pos: number, end: number): boolean {
  switch (kind) {
    case AK.BEGIN:
    case AK.BEGIN_STRING:
      return pos === 0;
    case AK.BEGIN_LINE:
      return pos === 0 || ch(pos - 1) === 10;
    case AK.END:
      return pos === end || (pos === end - 1 && ch(pos) === 10);
    case AK.END_LINE:
      return pos === end || ch(pos) === 10;
    case AK.END_STRING:
      return pos === end;
    case AK.BOUNDARY_U:
    case AK.NON_BOUNDARY_U:
    case AK.BOUNDARY_A:
    case AK.NON_BOUNDARY_A: {
      if (end === 0) return false;
      const w = kind === AK.BOUNDARY_U || kind === AK.NON_BOUNDARY_U ? uniWord : asciiWord;
      const before = pos > 0 && w(ch(pos - 1));
      const after = pos < end && w(ch(pos));
      return kind === AK.BOUNDARY_U || kind === AK.BOUNDARY_A ? before !== after : before === after;
    }
  }
  return false;
}

/** How many times (up to max) the single-character item at ipc matches
 * from pos on. */
function count(code: Int32Array, ipc: number, max: number, pos: number, end: number, str: string | null, arr: Int32Array | null, sets: Program['sets']): number {
  const lim = max === -1 || end - pos < max ? end : pos + max;
  let p = pos;
  const c = code[ipc + 1];
  if (str !== null) {
    switch (code[ipc]) {
      case Op.CHAR:
        while (p < lim && str.charCodeAt(p) === c) p++;
        break;
      case Op.NOT_CHAR:
        while (p < lim && str.charCodeAt(p) !== c) p++;
        break;
      case Op.CHAR_UI:
        while (p < lim && lowerUni(str.charCodeAt(p)) === c) p++;
        break;
      case Op.NOT_CHAR_UI:
        while (p < lim && lowerUni(str.charCodeAt(p)) !== c) p++;
        break;
      case Op.CHAR_AI:
        while (p < lim && lowerAscii(str.charCodeAt(p)) === c) p++;
        break;
      case Op.NOT_CHAR_AI:
        while (p < lim && lowerAscii(str.charCodeAt(p)) !== c) p++;
        break;
      case Op.ANY: {
        const nl = str.indexOf('\n', p);
        p = nl < 0 || nl > lim ? lim : nl;
        break;
      }
      case Op.ANY_ALL:
        p = lim;
        break;
      case Op.SET: {
        const s = sets[c];
        while (p < lim && s.has(str.charCodeAt(p))) p++;
        break;
      }
    }
  } else {
    const a = arr!;
    switch (code[ipc]) {
      case Op.CHAR:
        while (p < lim && a[p] === c) p++;
        break;
      case Op.NOT_CHAR:
        while (p < lim && a[p] !== c) p++;
        break;
      case Op.CHAR_UI:
        while (p < lim && lowerUni(a[p]) === c) p++;
        break;
      case Op.NOT_CHAR_UI:
        while (p < lim && lowerUni(a[p]) !== c) p++;
        break;
      case Op.CHAR_AI:
        while (p < lim && lowerAscii(a[p]) === c) p++;
        break;
      case Op.NOT_CHAR_AI:
        while (p < lim && lowerAscii(a[p]) !== c) p++;
        break;
      case Op.ANY:
        while (p < lim && a[p] !== 10) p++;
        break;
      case Op.ANY_ALL:
        p = lim;
        break;
      case Op.SET: {
        const s = sets[c];
        while (p < lim && s.has(a[p])) p++;
        break;
      }
    }
  }
  return p - pos;
}
