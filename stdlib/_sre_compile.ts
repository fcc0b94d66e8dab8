// Compiles a parsed pattern (_sre_parse.ts) to the bytecode of the
// backtracking matcher in _sre_vm.ts. Flags are resolved here, per node, as
// sre's compiler does: scoped (?i:...) groups change how the literals,
// sets, anchors and backreferences inside them are compiled.

import { N, At, Cat, SK, RepMode, F, MAXREPEAT, ReSyntaxError, getwidth, type Node, type SetItem, type Parsed } from './_sre_parse';
import { lowerUni, upperUni, lowerAscii, uniCased, extraCases, uniDigit, uniWord, uniSpace, asciiDigit, asciiWord, asciiSpace } from './_sre_chars';

export const enum Op {
  FAIL,
  SUCCESS,
  /** c */
  CHAR,
  NOT_CHAR,
  /** lower(ch) == c, Unicode simple lowercase */
  CHAR_UI,
  NOT_CHAR_UI,
  /** ASCII lowercase */
  CHAR_AI,
  NOT_CHAR_AI,
  ANY,
  ANY_ALL,
  /** set index */
  SET,
  /** AtKind */
  AT,
  /** capture slot */
  MARK,
  /** target */
  JMP,
  /** alternative target, flag: try the next instruction first */
  SPLIT,
  /** min max next tailchar flag | item (2 words) */
  REPEAT_ONE,
  MIN_REPEAT_ONE,
  POSS_REPEAT_ONE,
  /** reg test */
  LOOP_INIT,
  /** reg min max body flag */
  MAX_UNTIL,
  MIN_UNTIL,
  ATOMIC_BEGIN,
  ATOMIC_END,
  /** width end */
  ASSERT_BEGIN,
  ASSERT_END,
  /** width cont flag */
  ASSERT_NOT_BEGIN,
  ASSERT_NOT_END,
  /** group (0-based) */
  GROUPREF,
  GROUPREF_UI,
  GROUPREF_AI,
  /** group no-target */
  GROUPREF_EXISTS,
}

/** Anchor kinds after flags are applied. */
export const enum AK {
  BEGIN,
  BEGIN_LINE,
  BEGIN_STRING,
  END,
  END_LINE,
  END_STRING,
  BOUNDARY_U,
  NON_BOUNDARY_U,
  BOUNDARY_A,
  NON_BOUNDARY_A,
}

/** Case folding applied before a set membership test. */
export const enum Fold {
  NONE,
  UNI,
  ASCII,
}

/** A compiled character class. */
export class CharSet {
  /** Membership for code points < 256, after folding and negation. */
  low = new Uint32Array(8);
  /** Sorted, merged [lo, hi] pairs of (folded) members. */
  ranges: number[] = [];
  /** Ranges beyond the BMP matched sre's RANGE_UNI_IGNORE way. */
  astral: number[] = [];
  cats: Cat[] = [];
  uni = true;
  neg = false;
  fold = Fold.NONE;

  has(c: number): boolean {
    // folding maps Latin-1 into Latin-1, so the table covers it too
    if (c < 256) return (this.low[c >> 5] & (1 << (c & 31))) !== 0;
    return this.slow(c);
  }

  /** Membership without the < 256 table (also used to build it). */
  slow(c: number): boolean {
    if (this.fold === Fold.UNI) c = lowerUni(c);
    else if (this.fold === Fold.ASCII) c = lowerAscii(c);
    return this.raw(c) !== this.neg;
  }

  private raw(c: number): boolean {
    const r = this.ranges;
    // binary search over the pairs
    let lo = 0, hi = (r.length >> 1) - 1;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      if (c < r[2 * m]) hi = m - 1;
      else if (c > r[2 * m + 1]) lo = m + 1;
      else return true;
    }
    const a = this.astral;
    if (a.length) {
      const u = upperUni(c);
      for (let i = 0; i < a.length; i += 2) if ((a[i] <= c && c <= a[i + 1]) || (a[i] <= u && u <= a[i + 1])) return true;
    }
    for (const cat of this.cats) if (catMatch(cat, c, this.uni)) return true;
    return false;
  }

  finish(): void {
    for (let c = 0; c < 256; c++) if (this.slow(c)) this.low[c >> 5] |= 1 << (c & 31);
  }
}

/** sre_category for one character. */
export function catMatch(cat: Cat, c: number, uni: boolean): boolean {
  switch (cat) {
    case Cat.DIGIT:
      return uni ? uniDigit(c) : asciiDigit(c);
    case Cat.NOT_DIGIT:
      return !(uni ? uniDigit(c) : asciiDigit(c));
    case Cat.SPACE:
      return uni ? uniSpace(c) : asciiSpace(c);
    case Cat.NOT_SPACE:
      return !(uni ? uniSpace(c) : asciiSpace(c));
    case Cat.WORD:
      return uni ? uniWord(c) : asciiWord(c);
    case Cat.NOT_WORD:
      return !(uni ? uniWord(c) : asciiWord(c));
  }
}

export interface Program {
  code: Int32Array;
  sets: CharSet[];
  /** Capturing groups (not counting group 0). */
  ngroups: number;
  /** Loop registers (count and last position per general loop). */
  nregs: number;
  /** Literal prefix every match starts with (code points), if any. */
  prefix: number[];
  /** The whole pattern is the prefix (no groups, nothing else). */
  literal: boolean;
  /** A match can only start at the beginning of the string. */
  anchored: boolean;
  /** Minimum match width. */
  minWidth: number;
  /** Characters < 256 a match can start with (null: any position may
   * match, e.g. the pattern can match empty); firstBig: one >= 256 can. */
  first: Uint32Array | null;
  firstBig: boolean;
}

function mergeRanges(pairs: number[]): number[] {
  const idx: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) idx.push(i);
  idx.sort((a, b) => pairs[a] - pairs[b]);
  const out: number[] = [];
  for (const i of idx) {
    const lo = pairs[i], hi = pairs[i + 1];
    const n = out.length;
    if (n && lo <= out[n - 1] + 1) {
      if (hi > out[n - 1]) out[n - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

class Compiler {
  code: number[] = [];
  sets: CharSet[] = [];
  nregs = 0;
  /** Enclosing greedy/lazy general loops: sre saves and restores capture
   * marks at a choice point only inside one (its state->repeat); outside,
   * a failed path keeps the marks it wrote and only lastmark is reset.
   * Choice points carry this as their flag operand. */
  loops = 0;
  constructor(public p: Parsed) {}

  emit(...w: number[]): number {
    const at = this.code.length;
    for (const x of w) this.code.push(x);
    return at;
  }

  /** A set for items under `flags`; fold chosen as sre does. */
  makeSet(items: SetItem[], neg: boolean, flags: number): CharSet {
    const s = new CharSet();
    s.neg = neg;
    s.uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
    const ign = !!(flags & F.IGNORECASE);
    const uniFold = ign && s.uni;
    const pairs: number[] = [];
    let cased = false;
    const addLit = (c: number): void => {
      if (uniFold) {
        const l = lowerUni(c);
        pairs.push(l, l);
        const x = extraCases(l);
        if (x) for (const e of x) pairs.push(e, e);
        if (!cased && uniCased(c)) cased = true;
      } else if (ign) {
        const l = lowerAscii(c);
        pairs.push(l, l);
        if (l !== c || (c >= 97 && c <= 122)) cased = true;
      } else pairs.push(c, c);
    };
    for (const it of items) {
      if (it.k === SK.LIT) addLit(it.c);
      else if (it.k === SK.CAT) s.cats.push(it.cat);
      else if (!ign) pairs.push(it.lo, it.hi);
      else {
        // BMP members are folded one by one; beyond the BMP sre compares
        // the lowercased character and its uppercase with the range
        const top = Math.min(it.hi, 0xffff);
        for (let c = it.lo; c <= top; c++) addLit(c);
        if (it.hi > 0xffff) {
          const lo = Math.max(it.lo, 0x10000);
          if (uniFold) {
            s.astral.push(lo, it.hi);
            cased = true;
          } else pairs.push(lo, it.hi);
        }
      }
    }
    s.ranges = mergeRanges(pairs);
    if (ign && cased) s.fold = uniFold ? Fold.UNI : Fold.ASCII;
    else if (s.astral.length) {
      for (let i = 0; i < s.astral.length; i += 2) pairs.push(s.astral[i], s.astral[i + 1]);
      s.ranges = mergeRanges(pairs);
      s.astral = [];
    }
    s.finish();
    return s;
  }

  /** Emits a single-character matcher (2 words); false if n is not one. */
  single(n: Node, flags: number): boolean {
    const ign = !!(flags & F.IGNORECASE);
    const uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
    switch (n.op) {
      case N.LIT:
      case N.NOT_LIT: {
        const not = n.op === N.NOT_LIT;
        const c = n.c;
        if (!ign) this.emit(not ? Op.NOT_CHAR : Op.CHAR, c);
        else if (!uni) {
          const cased = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
          if (!cased) this.emit(not ? Op.NOT_CHAR : Op.CHAR, c);
          else this.emit(not ? Op.NOT_CHAR_AI : Op.CHAR_AI, lowerAscii(c));
        } else if (!uniCased(c)) this.emit(not ? Op.NOT_CHAR : Op.CHAR, c);
        else {
          const l = lowerUni(c);
          if (extraCases(l)) {
            this.sets.push(this.makeSet([{ k: SK.LIT, c }], not, flags));
            this.emit(Op.SET, this.sets.length - 1);
          } else this.emit(not ? Op.NOT_CHAR_UI : Op.CHAR_UI, l);
        }
        return true;
      }
      case N.ANY:
        this.emit(flags & F.DOTALL ? Op.ANY_ALL : Op.ANY, 0);
        return true;
      case N.IN:
        this.sets.push(this.makeSet(n.items, n.neg, flags));
        this.emit(Op.SET, this.sets.length - 1);
        return true;
    }
    return false;
  }

  seq(p: Node[], flags: number): void {
    for (const n of p) this.node(n, flags);
  }

  node(n: Node, flags: number): void {
    if (this.single(n, flags)) return;
    const code = this.code;
    switch (n.op) {
      case N.AT: {
        const ml = !!(flags & F.MULTILINE);
        const uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
        let k: AK;
        switch (n.at) {
          case At.BEGIN:
            k = ml ? AK.BEGIN_LINE : AK.BEGIN;
            break;
          case At.BEGIN_STRING:
            k = AK.BEGIN_STRING;
            break;
          case At.END:
            k = ml ? AK.END_LINE : AK.END;
            break;
          case At.END_STRING:
            k = AK.END_STRING;
            break;
          case At.BOUNDARY:
            k = uni ? AK.BOUNDARY_U : AK.BOUNDARY_A;
            break;
          default:
            k = uni ? AK.NON_BOUNDARY_U : AK.NON_BOUNDARY_A;
        }
        this.emit(Op.AT, k);
        return;
      }
      case N.BRANCH: {
        // every alternative, the last too, runs under a choice point: sre
        // restores lastmark (and maybe the marks) after each failure
        const flag = this.loops ? 1 : 0;
        const jumps: number[] = [];
        for (let i = 0; i < n.alts.length; i++) {
          const split = this.emit(Op.SPLIT, 0, flag);
          this.seq(n.alts[i], flags);
          jumps.push(this.emit(Op.JMP, 0) + 1);
          code[split + 1] = code.length;
        }
        this.emit(Op.FAIL);
        for (const j of jumps) code[j] = code.length;
        return;
      }
      case N.GROUP: {
        let f = (flags | n.add) & ~n.del;
        if (n.add & (F.ASCII | F.LOCALE | F.UNICODE)) f = (f & ~(F.ASCII | F.LOCALE | F.UNICODE)) | (n.add & (F.ASCII | F.LOCALE | F.UNICODE));
        if (n.gid) this.emit(Op.MARK, 2 * (n.gid - 1));
        this.seq(n.body, f);
        if (n.gid) this.emit(Op.MARK, 2 * (n.gid - 1) + 1);
        return;
      }
      case N.REPEAT:
        this.repeat(n.min, n.max, n.mode, n.body, flags);
        return;
      case N.ATOMIC:
        this.emit(Op.ATOMIC_BEGIN);
        this.seq(n.body, flags);
        this.emit(Op.ATOMIC_END);
        return;
      case N.ASSERT: {
        let width = 0;
        if (n.behind) {
          const [lo, hi] = getwidth(n.body, this.p);
          if (lo > MAXREPEAT) throw new ReSyntaxError('looks too much behind', -1);
          if (lo !== hi) throw new ReSyntaxError('look-behind requires fixed-width pattern', -1);
          width = lo;
        }
        const at = n.neg ? this.emit(Op.ASSERT_NOT_BEGIN, width, 0, this.loops ? 1 : 0) : this.emit(Op.ASSERT_BEGIN, width, 0);
        this.seq(n.body, flags);
        this.emit(n.neg ? Op.ASSERT_NOT_END : Op.ASSERT_END);
        code[at + 2] = code.length;
        return;
      }
      case N.REF: {
        const ign = !!(flags & F.IGNORECASE);
        const uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
        this.emit(!ign ? Op.GROUPREF : uni ? Op.GROUPREF_UI : Op.GROUPREF_AI, n.gid - 1);
        return;
      }
      case N.REF_EXISTS: {
        const at = this.emit(Op.GROUPREF_EXISTS, n.gid - 1, 0);
        this.seq(n.yes, flags);
        if (n.no) {
          const j = this.emit(Op.JMP, 0);
          code[at + 2] = code.length;
          this.seq(n.no, flags);
          code[j + 1] = code.length;
        } else code[at + 2] = code.length;
        return;
      }
    }
  }

  repeat(min: number, max: number, mode: RepMode, body: Node[], flags: number): void {
    const code = this.code;
    if (flags & F.TEMPLATE) {
      const name = mode === RepMode.GREEDY ? 'MAX_REPEAT' : mode === RepMode.LAZY ? 'MIN_REPEAT' : 'POSSESSIVE_REPEAT';
      throw new ReSyntaxError(`internal: unsupported template operator ${name}`, -1);
    }
    // a flags-only group around one character repeats as that character
    let unit = body.length === 1 ? body[0] : null;
    let uflags = flags;
    while (unit !== null && unit.op === N.GROUP && !unit.gid && unit.body.length === 1) {
      uflags = groupFlags(uflags, unit);
      unit = unit.body[0];
    }
    if (unit !== null && isSingle(unit)) {
      const op = mode === RepMode.GREEDY ? Op.REPEAT_ONE : mode === RepMode.LAZY ? Op.MIN_REPEAT_ONE : Op.POSS_REPEAT_ONE;
      const at = this.emit(op, clampCount(min), max === MAXREPEAT ? -1 : clampCount(max), 0, -1, this.loops ? 1 : 0);
      this.single(unit, uflags);
      code[at + 3] = code.length;
      return;
    }
    if (mode === RepMode.POSSESSIVE) {
      // each iteration is atomic, and so is the loop as a whole
      this.emit(Op.ATOMIC_BEGIN);
      this.loop(min, max, false, body, flags, true);
      this.emit(Op.ATOMIC_END);
      return;
    }
    this.loops++;
    this.loop(min, max, mode === RepMode.LAZY, body, flags, false);
    this.loops--;
  }

  loop(min: number, max: number, lazy: boolean, body: Node[], flags: number, atomicBody: boolean): void {
    const code = this.code;
    const reg = this.nregs++;
    const init = this.emit(Op.LOOP_INIT, reg, 0);
    const start = code.length;
    if (atomicBody) this.emit(Op.ATOMIC_BEGIN);
    this.seq(body, flags);
    if (atomicBody) this.emit(Op.ATOMIC_END);
    code[init + 2] = code.length;
    // -1 stands for an unbounded max in the code array; the flag of
    // MIN_UNTIL is that of the loop's surroundings (where its tail runs)
    this.emit(lazy ? Op.MIN_UNTIL : Op.MAX_UNTIL, reg, clampCount(min), max === MAXREPEAT ? -1 : clampCount(max), start, this.loops > (atomicBody ? 0 : 1) ? 1 : 0);
  }
}

/** Repeat counts beyond int32 can never be reached: clamp them. */
function clampCount(n: number): number {
  return n > 0x7fffffff ? 0x7fffffff : n;
}

/** The flags inside a flags-changing group. */
function groupFlags(flags: number, n: { add: number; del: number }): number {
  let f = (flags | n.add) & ~n.del;
  if (n.add & (F.ASCII | F.LOCALE | F.UNICODE)) f = (f & ~(F.ASCII | F.LOCALE | F.UNICODE)) | (n.add & (F.ASCII | F.LOCALE | F.UNICODE));
  return f;
}

function isSingle(n: Node): boolean {
  return n.op === N.LIT || n.op === N.NOT_LIT || n.op === N.ANY || n.op === N.IN;
}

/** Fills in REPEAT_ONE's "tail starts with this literal" word. */
function linkTails(code: number[]): void {
  for (let pc = 0; pc < code.length; pc += width(code, pc)) {
    const op = code[pc];
    if (op === Op.REPEAT_ONE) {
      const next = code[pc + 3];
      if (code[next] === Op.CHAR) code[pc + 4] = code[next + 1];
    }
  }
}

/** Number of words of the instruction at pc. */
export function width(code: ArrayLike<number>, pc: number): number {
  switch (code[pc]) {
    case Op.FAIL:
    case Op.SUCCESS:
    case Op.ATOMIC_BEGIN:
    case Op.ATOMIC_END:
    case Op.ASSERT_END:
    case Op.ASSERT_NOT_END:
      return 1;
    case Op.REPEAT_ONE:
    case Op.MIN_REPEAT_ONE:
    case Op.POSS_REPEAT_ONE:
      return 6;
    case Op.SPLIT:
    case Op.LOOP_INIT:
    case Op.ASSERT_BEGIN:
    case Op.GROUPREF_EXISTS:
      return 3;
    case Op.ASSERT_NOT_BEGIN:
      return 4;
    case Op.MAX_UNTIL:
    case Op.MIN_UNTIL:
      return 6;
    default:
      return 2;
  }
}

/** Literal characters every match must start with (case-sensitive only). */
function literalPrefix(tree: Node[], flags: number): { prefix: number[]; whole: boolean } {
  const prefix: number[] = [];
  if (flags & F.IGNORECASE) return { prefix, whole: false };
  let i = 0;
  for (; i < tree.length; i++) {
    const n = tree[i];
    if (n.op === N.LIT) prefix.push(n.c);
    else break;
  }
  return { prefix, whole: i === tree.length };
}

/** Whether the one-character instruction op/arg matches c. */
function testOne(op: number, arg: number, sets: CharSet[], c: number): boolean {
  switch (op) {
    case Op.CHAR:
      return c === arg;
    case Op.NOT_CHAR:
      return c !== arg;
    case Op.CHAR_UI:
      return lowerUni(c) === arg;
    case Op.NOT_CHAR_UI:
      return lowerUni(c) !== arg;
    case Op.CHAR_AI:
      return lowerAscii(c) === arg;
    case Op.NOT_CHAR_AI:
      return lowerAscii(c) !== arg;
    case Op.ANY:
      return c !== 10;
    case Op.ANY_ALL:
      return true;
    case Op.SET:
      return sets[arg].has(c);
  }
  return true;
}

/** The set of first characters of a match (see Program.first). */
class FirstSet {
  bits = new Uint32Array(8);
  big = false;
  unknown = false;
  private c: Compiler;
  constructor(p: Parsed) {
    this.c = new Compiler(p);
  }

  private add(n: Node, flags: number): void {
    const c = this.c;
    c.code.length = 0;
    c.single(n, flags);
    const op = c.code[0], arg = c.code[1];
    for (let ch = 0; ch < 256; ch++) if (testOne(op, arg, c.sets, ch)) this.bits[ch >> 5] |= 1 << (ch & 31);
    // only a case-sensitive Latin-1 literal is sure to stay below 256
    if (!(op === Op.CHAR && arg < 256)) this.big = true;
  }

  /** Adds the first characters of nodes; true if nodes can match empty. */
  seq(nodes: Node[], flags: number): boolean {
    for (const n of nodes) if (!this.node(n, flags)) return false;
    return true;
  }

  private node(n: Node, flags: number): boolean {
    switch (n.op) {
      case N.LIT:
      case N.NOT_LIT:
      case N.ANY:
      case N.IN:
        this.add(n, flags);
        return false;
      case N.AT:
      case N.ASSERT:
        return true;
      case N.BRANCH: {
        let nullable = false;
        for (const a of n.alts) if (this.seq(a, flags)) nullable = true;
        return nullable;
      }
      case N.GROUP: {
        let f = (flags | n.add) & ~n.del;
        if (n.add & (F.ASCII | F.LOCALE | F.UNICODE)) f = (f & ~(F.ASCII | F.LOCALE | F.UNICODE)) | (n.add & (F.ASCII | F.LOCALE | F.UNICODE));
        return this.seq(n.body, f);
      }
      case N.REPEAT:
        return this.seq(n.body, flags) || n.min === 0;
      case N.ATOMIC:
        return this.seq(n.body, flags);
      case N.REF_EXISTS: {
        const a = this.seq(n.yes, flags);
        const b = n.no ? this.seq(n.no, flags) : true;
        return a || b;
      }
      case N.REF:
        this.unknown = true;
        return false;
    }
  }
}

/** Compiles a parsed pattern. */
export function compileProgram(p: Parsed): Program {
  const c = new Compiler(p);
  c.seq(p.tree, p.flags);
  c.emit(Op.SUCCESS);
  linkTails(c.code);
  const { prefix, whole } = literalPrefix(p.tree, p.flags);
  const first = p.tree[0];
  const anchored = !!first && first.op === N.AT && (first.at === At.BEGIN_STRING || (first.at === At.BEGIN && !(p.flags & F.MULTILINE)));
  const fs = new FirstSet(p);
  const nullable = fs.seq(p.tree, p.flags);
  const useFirst = !nullable && !fs.unknown;
  return {
    code: Int32Array.from(c.code),
    sets: c.sets,
    ngroups: p.groups - 1,
    nregs: c.nregs,
    prefix,
    literal: whole && p.groups === 1,
    anchored,
    minWidth: Math.min(getwidth(p.tree, p)[0], 0x7fffffff),
    first: useFirst ? fs.bits : null,
    firstBig: fs.big,
  };
}
