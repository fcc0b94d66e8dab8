// The backtracking matcher: runs a Program (_sre_compile.ts) over a subject
// with sre's semantics (3.11). It is iterative — choice points, capture
// restores, loop registers and lookaround barriers live on one explicit
// Int32Array stack — so long subjects never grow the JS stack, and its cost
// per step is a switch on an Int32Array opcode.
//
// Stack entries are [payload..., kind]; the kind's arity gives the payload
// size, so the stack can also be walked downwards (atomic groups and
// lookarounds cut it back to their barrier, keeping only capture/register
// restores so that later backtracking still undoes their effects).

import { Op, AK, type Program } from './_sre_compile';
import { lowerUni, lowerAscii, uniWord, asciiWord } from './_sre_chars';

const enum K {
  BRANCH, // pc pos
  CAP, // slot old
  LASTIDX, // old
  REG, // reg old
  RONE, // hdr minpos pos
  MRONE, // hdr maxpos pos
  LAZY, // pc pos
  ATOMIC, //
  ASSERT, // pos
  ASSERT_NOT, // cont pos
}
const ARITY = [2, 2, 1, 2, 3, 3, 2, 0, 1, 2];

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
  const regs = prog.nregs ? new Int32Array(prog.nregs * 2) : EMPTY;
  return exec(prog, subj, start, end, mode === Mode.FULL, mustAdvance, caps, regs);
}

const EMPTY = new Int32Array(0);

/** Scans forward from `start` for the first position where prog matches. */
export function search(prog: Program, subj: Subject, start: number, end: number, mustAdvance: boolean): boolean {
  if (start > end) return false;
  if (end - start < prog.minWidth) return false;
  const ncap = prog.ngroups * 2;
  let caps = result.caps;
  if (caps.length < ncap) caps = result.caps = new Int32Array(Math.max(ncap, 2 * caps.length));
  const regs = prog.nregs ? new Int32Array(prog.nregs * 2) : EMPTY;
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
  for (let p = start; p <= last; p++) {
    if (c0 >= 0) {
      if (str !== null) {
        while (p <= last && str.charCodeAt(p) !== c0) p++;
      } else {
        while (p <= last && arr![p] !== c0) p++;
      }
      if (p > last) return false;
    }
    caps.fill(-1, 0, ncap);
    if (exec(prog, subj, p, end, false, mustAdvance && p === start, caps, regs)) return true;
  }
  return false;
}

function exec(prog: Program, subj: Subject, start: number, end: number, full: boolean, mustAdvance: boolean, caps: Int32Array, regs: Int32Array): boolean {
  const code = prog.code;
  const sets = prog.sets;
  const str = subj.str;
  const arr = subj.arr;
  const ch = (i: number): number => (str !== null ? str.charCodeAt(i) : arr![i]);
  let stack: Int32Array = bt;
  let sp = 0;
  let pc = 0;
  let pos = start;
  let lastindex = -1;

  main: for (;;) {
    fail: {
      switch (code[pc]) {
        case Op.FAIL:
          break fail;
        case Op.SUCCESS:
          if ((full && pos !== end) || (mustAdvance && pos === start)) break fail;
          result.start = start;
          result.end = pos;
          result.lastindex = lastindex;
          return true;
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
          if (!atOk(code[pc + 1], pos, end, ch)) break fail;
          pc += 2;
          continue main;
        case Op.MARK: {
          const slot = code[pc + 1];
          if (sp + 6 > stack.length) stack = grow();
          stack[sp++] = slot;
          stack[sp++] = caps[slot];
          stack[sp++] = K.CAP;
          caps[slot] = pos;
          if (slot & 1) {
            stack[sp++] = lastindex;
            stack[sp++] = K.LASTIDX;
            lastindex = (slot >> 1) + 1;
          }
          pc += 2;
          continue main;
        }
        case Op.JMP:
          pc = code[pc + 1];
          continue main;
        case Op.SPLIT:
          if (sp + 3 > stack.length) stack = grow();
          stack[sp++] = code[pc + 1];
          stack[sp++] = pos;
          stack[sp++] = K.BRANCH;
          pc += 2;
          continue main;
        case Op.REPEAT_ONE: {
          const min = code[pc + 1];
          if (end - pos < min) break fail;
          const n = count(code, pc + 5, code[pc + 2], pos, end, str, arr, sets);
          if (n < min) break fail;
          const minpos = pos + min;
          pos += n;
          const tail = code[pc + 4];
          if (tail >= 0) {
            while (pos >= minpos && (pos >= end || ch(pos) !== tail)) pos--;
            if (pos < minpos) break fail;
          }
          if (pos > minpos) {
            if (sp + 4 > stack.length) stack = grow();
            stack[sp++] = pc;
            stack[sp++] = minpos;
            stack[sp++] = pos;
            stack[sp++] = K.RONE;
          }
          pc = code[pc + 3];
          continue main;
        }
        case Op.MIN_REPEAT_ONE: {
          const min = code[pc + 1];
          if (end - pos < min) break fail;
          if (min > 0) {
            const n = count(code, pc + 5, min, pos, end, str, arr, sets);
            if (n < min) break fail;
            pos += n;
          }
          const max = code[pc + 2];
          const maxpos = max === -1 || end - pos < max - min ? end : pos + max - min;
          if (pos < maxpos) {
            if (sp + 4 > stack.length) stack = grow();
            stack[sp++] = pc;
            stack[sp++] = maxpos;
            stack[sp++] = pos;
            stack[sp++] = K.MRONE;
          }
          pc = code[pc + 3];
          continue main;
        }
        case Op.POSS_REPEAT_ONE: {
          const min = code[pc + 1];
          if (end - pos < min) break fail;
          const n = count(code, pc + 5, code[pc + 2], pos, end, str, arr, sets);
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
          if (sp + 9 > stack.length) stack = grow();
          if (n < code[pc + 2]) {
            stack[sp++] = r;
            stack[sp++] = n;
            stack[sp++] = K.REG;
            regs[r] = n + 1;
            pc = code[pc + 4];
            continue main;
          }
          if ((n < code[pc + 3] || code[pc + 3] === -1) && pos !== regs[r + 1]) {
            stack[sp++] = pc + 5;
            stack[sp++] = pos;
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
          pc += 5;
          continue main;
        }
        case Op.MIN_UNTIL: {
          const r = code[pc + 1] * 2;
          const n = regs[r];
          if (sp + 3 > stack.length) stack = grow();
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
          stack[sp++] = K.LAZY;
          pc += 5;
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
          if (sp + 3 > stack.length) stack = grow();
          stack[sp++] = code[pc + 2];
          stack[sp++] = pos;
          stack[sp++] = K.ASSERT_NOT;
          pos -= w;
          pc += 3;
          continue main;
        }
        case Op.ASSERT_NOT_END: {
          // the negated body matched: undo it and fail past the barrier
          for (;;) {
            const k = stack[--sp];
            if (k === K.ASSERT_NOT) {
              sp -= 2;
              break;
            }
            if (k === K.CAP) {
              const old = stack[--sp];
              caps[stack[--sp]] = old;
            } else if (k === K.REG) {
              const old = stack[--sp];
              regs[stack[--sp]] = old;
            } else if (k === K.LASTIDX) lastindex = stack[--sp];
            else sp -= ARITY[k];
          }
          break fail;
        }
        case Op.GROUPREF:
        case Op.GROUPREF_UI:
        case Op.GROUPREF_AI: {
          const g = code[pc + 1] * 2;
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
          pc = p < 0 || e < 0 || e < p ? code[pc + 2] : pc + 3;
          continue main;
        }
        default:
          throw new Error('sre: bad opcode ' + code[pc]);
      }
    }
    // backtrack
    for (;;) {
      if (sp === 0) {
        return false;
      }
      const k = stack[--sp];
      switch (k) {
        case K.BRANCH:
          pos = stack[--sp];
          pc = stack[--sp];
          continue main;
        case K.CAP: {
          const old = stack[--sp];
          caps[stack[--sp]] = old;
          continue;
        }
        case K.LASTIDX:
          lastindex = stack[--sp];
          continue;
        case K.REG: {
          const old = stack[--sp];
          regs[stack[--sp]] = old;
          continue;
        }
        case K.RONE: {
          const hdr = stack[sp - 3];
          const minpos = stack[sp - 2];
          let p = stack[sp - 1] - 1;
          const tail = code[hdr + 4];
          if (tail >= 0) while (p >= minpos && ch(p) !== tail) p--;
          if (p < minpos) {
            sp -= 3;
            continue;
          }
          if (p > minpos) {
            stack[sp - 1] = p;
            sp++;
          } else sp -= 3;
          pos = p;
          pc = code[hdr + 3];
          continue main;
        }
        case K.MRONE: {
          const hdr = stack[sp - 3];
          const maxpos = stack[sp - 2];
          const p = stack[sp - 1];
          if (count(code, hdr + 5, 1, p, end, str, arr, sets) === 0) {
            sp -= 3;
            continue;
          }
          if (p + 1 < maxpos) {
            stack[sp - 1] = p + 1;
            sp++;
          } else sp -= 3;
          pos = p + 1;
          pc = code[hdr + 3];
          continue main;
        }
        case K.LAZY: {
          const p = stack[--sp];
          const upc = stack[--sp];
          const r = code[upc + 1] * 2;
          const n = regs[r];
          const max = code[upc + 3];
          if ((max !== -1 && n >= max) || p === regs[r + 1]) continue;
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
        case K.ATOMIC:
          continue;
        case K.ASSERT:
          sp--;
          continue;
        case K.ASSERT_NOT:
          pos = stack[--sp];
          pc = stack[--sp];
          continue main;
      }
    }
  }
}

let cutPayload = 0;

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
    if (k === K.CAP || k === K.REG || k === K.LASTIDX) {
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

function atOk(kind: number, pos: number, end: number, ch: (i: number) => number): boolean {
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
