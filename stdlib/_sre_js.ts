// The fast path of `re`: translating a parsed pattern to an equivalent V8
// RegExp, which irregexp compiles to machine code. The translation is only
// made where the two engines agree exactly; anything else keeps the
// bytecode engine (_sre_vm.ts). Where they differ, and what is refused:
//
// - Python's \d \w \s \b, "." and $ are spelled out (\p{Nd}, [\p{L}\p{N}_],
//   the isspace() set, lookarounds), and flags are applied per node, so the
//   RegExp only ever uses the u flag (plus d for group indices, y/g).
// - IGNORECASE: V8's case folding is not sre's (sre also equates i/ı/İ,
//   s/ſ, k/K); literals and sets are expanded to explicit classes, which
//   is done only for ASCII pattern characters.
// - JS clears the captures of a repeated group at each iteration and
//   rejects empty iterations; sre keeps captures of earlier iterations and
//   accepts one empty iteration. Refused: captures that may not take part
//   in every iteration, and loop bodies that can match empty.
// - JS backreferences to unset groups match empty (sre fails), and JS
//   resets them inside loops: backreferences are only taken outside loops
//   and to groups that are always set before them.
// - Conditionals, atomic groups, possessive repeats, captures inside
//   lookarounds: refused.
// - lastindex (the group closed last) is computed from the group spans:
//   without the refused constructs, groups close in order of their end,
//   and at one end position in the post-order of the pattern tree.
// - sre's must_advance (no empty match where the previous one ended) is
//   done by the bytecode engine for that one position.

import { N, At, Cat, SK, RepMode, F, MAXREPEAT, getwidth, type Node, type SetItem, type Parsed } from './_sre_parse';
import { result, matchAt, search, Mode, type Subject } from './_sre_vm';
import type { Program } from './_sre_compile';
import { uniCased } from './_sre_chars';

export interface JsProgram {
  src: string;
  flags: string;
  ngroups: number;
  /** Post-order rank of each group's closing (index = group number). */
  rank: Int32Array;
  sticky: RegExp | null;
  global: RegExp | null;
  /** global without the d flag: group texts only, several times faster */
  globalTexts: RegExp | null;
  full: RegExp | null;
  prog: Program;
  /** V8 rejected the translation: use the bytecode engine. */
  broken: boolean;
}

class Refuse {}
const REFUSE = new Refuse();

const WORD_U = '\\p{L}\\p{N}_';
const SPACE_U = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_A_RANGES = [9, 13, 32, 32];
const WORD_A_RANGES = [48, 57, 65, 90, 95, 95, 97, 122];
const DIGIT_A_RANGES = [48, 57];

function hex(c: number): string {
  return '\\u{' + c.toString(16) + '}';
}

function lit(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 32) return String.fromCharCode(c);
  return hex(c);
}

function complement(r: number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i] > next) out.push(next, r[i] - 1);
    next = r[i + 1] + 1;
  }
  if (next <= 0x10ffff) out.push(next, 0x10ffff);
  return out;
}

function rangesSrc(r: number[]): string {
  let s = '';
  for (let i = 0; i < r.length; i += 2) s += r[i] === r[i + 1] ? hex(r[i]) : hex(r[i]) + '-' + hex(r[i + 1]);
  return s;
}

/** Code points equal to ASCII c under IGNORECASE (sre's rules). */
function caseSet(c: number, uni: boolean): number[] {
  const isUpper = c >= 65 && c <= 90, isLower = c >= 97 && c <= 122;
  if (!isUpper && !isLower) return [c];
  const l = isUpper ? c + 32 : c;
  const out = [l, l - 32];
  if (uni) {
    if (l === 105) out.push(0x130, 0x131); // i: İ ı
    else if (l === 107) out.push(0x212a); // k: Kelvin sign
    else if (l === 115) out.push(0x17f); // s: long s
  }
  return out;
}

class Translator {
  rank: number[] = [];
  nextRank = 0;
  constructor(public p: Parsed, public istext: boolean) {}

  seq(nodes: Node[], flags: number): string {
    let s = '';
    for (const n of nodes) s += this.node(n, flags);
    return s;
  }

  /** Literal members of a set, or refusal when not expressible. */
  setSrc(items: SetItem[], neg: boolean, flags: number): string {
    const uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
    const ign = !!(flags & F.IGNORECASE);
    const ranges: number[] = [];
    let props = '';
    let negProp: string | null = null;
    const add = (lo: number, hi: number): void => {
      if (!ign) {
        ranges.push(lo, hi);
        return;
      }
      if (hi >= 128 && (uni || lo < 128)) {
        // folding of non-ASCII members is only done by the VM
        if (uni) throw REFUSE;
      }
      for (let c = lo; c <= Math.min(hi, 127); c++) for (const x of caseSet(c, uni)) ranges.push(x, x);
      if (hi >= 128) ranges.push(Math.max(lo, 128), hi);
    };
    for (const it of items) {
      if (it.k === SK.LIT) add(it.c, it.c);
      else if (it.k === SK.RANGE) add(it.lo, it.hi);
      else {
        switch (it.cat) {
          case Cat.DIGIT:
            if (uni) props += '\\p{Nd}';
            else ranges.push(...DIGIT_A_RANGES);
            break;
          case Cat.NOT_DIGIT:
            if (uni) props += '\\P{Nd}';
            else ranges.push(...complement(DIGIT_A_RANGES));
            break;
          case Cat.SPACE:
            if (uni) props += SPACE_U;
            else ranges.push(...SPACE_A_RANGES);
            break;
          case Cat.NOT_SPACE:
            if (uni) {
              if (negProp !== null) throw REFUSE;
              negProp = SPACE_U;
            } else ranges.push(...complement(SPACE_A_RANGES));
            break;
          case Cat.WORD:
            if (uni) props += WORD_U;
            else ranges.push(...WORD_A_RANGES);
            break;
          case Cat.NOT_WORD:
            if (uni) {
              if (negProp !== null) throw REFUSE;
              negProp = WORD_U;
            } else ranges.push(...complement(WORD_A_RANGES));
            break;
        }
      }
    }
    if (negProp !== null) {
      // a negated property set can stand alone only
      if (ranges.length || props) throw REFUSE;
      return neg ? `[${negProp}]` : `[^${negProp}]`;
    }
    const body = rangesSrc(mergeRanges(ranges)) + props;
    if (!body) return neg ? '[^]' : '[]';
    return (neg ? '[^' : '[') + body + ']';
  }

  literal(c: number, not: boolean, flags: number): string {
    const uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
    if (flags & F.IGNORECASE) {
      const cased = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (cased) return this.setSrc([{ k: SK.LIT, c }], not, flags);
      if (c >= 128 && uni && uniCased(c)) throw REFUSE;
    }
    return not ? `[^${hex(c)}]` : lit(c);
  }

  node(n: Node, flags: number): string {
    const uni = !!(flags & F.UNICODE) && !(flags & F.LOCALE);
    switch (n.op) {
      case N.LIT:
        return this.literal(n.c, false, flags);
      case N.NOT_LIT:
        return this.literal(n.c, true, flags);
      case N.ANY:
        return flags & F.DOTALL ? '[^]' : '[^\\n]';
      case N.IN:
        return this.setSrc(n.items, n.neg, flags);
      case N.AT: {
        const ml = !!(flags & F.MULTILINE);
        switch (n.at) {
          case At.BEGIN:
            return ml ? '(?<![^\\n])' : '^';
          case At.BEGIN_STRING:
            return '^';
          case At.END:
            return ml ? '(?=\\n|$)' : '(?=\\n?$)';
          case At.END_STRING:
            return '$';
          case At.BOUNDARY:
            if (!uni) return '\\b';
            return `(?:(?<=[${WORD_U}])(?![${WORD_U}])|(?<![${WORD_U}])(?=[${WORD_U}]))`;
          case At.NON_BOUNDARY:
            // sre's \B fails on an empty string
            if (!uni) return '(?:\\B(?:(?<=[^])|(?=[^])))';
            return `(?:(?<=[${WORD_U}])(?=[${WORD_U}])|(?<![${WORD_U}])(?![${WORD_U}])(?:(?<=[^])|(?=[^])))`;
        }
        throw REFUSE;
      }
      case N.BRANCH:
        return '(?:' + n.alts.map((a) => this.seq(a, flags)).join('|') + ')';
      case N.GROUP: {
        let f = (flags | n.add) & ~n.del;
        if (n.add & (F.ASCII | F.LOCALE | F.UNICODE)) f = (f & ~(F.ASCII | F.LOCALE | F.UNICODE)) | (n.add & (F.ASCII | F.LOCALE | F.UNICODE));
        const body = this.seq(n.body, f);
        if (!n.gid) return '(?:' + body + ')';
        this.rank[n.gid] = this.nextRank++;
        return '(' + body + ')';
      }
      case N.REPEAT: {
        if (n.mode === RepMode.POSSESSIVE) throw REFUSE;
        // (V8 rejects an empty iteration beyond the minimum, even for ?)
        if (n.max > n.min && getwidth(n.body, this.p)[0] === 0) throw REFUSE;
        if (n.max > 1 && !capturesAlwaysSet(n.body)) throw REFUSE;
        const body = this.seq(n.body, flags);
        let q: string;
        if (n.min === 0 && n.max === MAXREPEAT) q = '*';
        else if (n.min === 1 && n.max === MAXREPEAT) q = '+';
        else if (n.min === 0 && n.max === 1) q = '?';
        else if (n.max === MAXREPEAT) q = `{${n.min},}`;
        else if (n.min === n.max) q = `{${n.min}}`;
        else q = `{${n.min},${n.max}}`;
        if (n.min > 0xffff || (n.max !== MAXREPEAT && n.max > 0xffff)) throw REFUSE;
        return '(?:' + body + ')' + q + (n.mode === RepMode.LAZY ? '?' : '');
      }
      case N.ASSERT: {
        if (hasGroups(n.body)) throw REFUSE;
        const body = this.seq(n.body, flags);
        return '(?' + (n.behind ? '<' : '') + (n.neg ? '!' : '=') + body + ')';
      }
      case N.REF:
        if (flags & F.IGNORECASE) throw REFUSE;
        return '\\' + n.gid + '(?:)';
      default:
        throw REFUSE;
    }
  }
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

function hasGroups(nodes: Node[]): boolean {
  for (const n of nodes) {
    switch (n.op) {
      case N.GROUP:
        if (n.gid || hasGroups(n.body)) return true;
        break;
      case N.BRANCH:
        if (n.alts.some(hasGroups)) return true;
        break;
      case N.REPEAT:
      case N.ATOMIC:
      case N.ASSERT:
        if (hasGroups(n.body)) return true;
        break;
      case N.REF_EXISTS:
        if (hasGroups(n.yes) || (n.no && hasGroups(n.no))) return true;
        break;
    }
  }
  return false;
}

/** Every capture in nodes is set whenever nodes match. */
function capturesAlwaysSet(nodes: Node[]): boolean {
  for (const n of nodes) {
    switch (n.op) {
      case N.GROUP:
        if (!capturesAlwaysSet(n.body)) return false;
        break;
      case N.BRANCH:
        if (n.alts.some(hasGroups)) return false;
        break;
      case N.REPEAT:
        if (n.min === 0 ? hasGroups(n.body) : !capturesAlwaysSet(n.body)) return false;
        break;
      case N.ATOMIC:
      case N.ASSERT:
      case N.REF_EXISTS:
        if (hasGroups([n])) return false;
        break;
    }
  }
  return true;
}

/** Groups that every match sets before reaching the end of `nodes`, in
 * the order met; backreferences may only name those. */
function checkRefs(nodes: Node[], set: Set<number>, inLoop: boolean, certain: boolean): void {
  for (const n of nodes) {
    switch (n.op) {
      case N.REF:
        if (inLoop || !set.has(n.gid)) throw REFUSE;
        break;
      case N.GROUP:
        checkRefs(n.body, set, inLoop, certain);
        if (n.gid && certain) set.add(n.gid);
        break;
      case N.BRANCH:
        for (const a of n.alts) checkRefs(a, new Set(set), inLoop, false);
        break;
      case N.REPEAT:
        checkRefs(n.body, n.min > 0 && !(n.max > 1) ? set : new Set(set), inLoop || n.max > 1, certain && n.min > 0);
        break;
      case N.ATOMIC:
      case N.ASSERT:
        checkRefs(n.body, new Set(set), inLoop, false);
        break;
      case N.REF_EXISTS:
        throw REFUSE;
    }
  }
}

/** A V8 RegExp equivalent to the pattern, or null when none is exact. */
export function compileJs(p: Parsed, istext: boolean, prog: Program): JsProgram | null {
  if (p.flags & F.TEMPLATE) return null;
  try {
    checkRefs(p.tree, new Set(), false, true);
    const t = new Translator(p, istext);
    const src = t.seq(p.tree, p.flags);
    // post-order ranks: a group closes after the groups nested in it
    const rank = new Int32Array(p.groups);
    for (let g = 1; g < p.groups; g++) rank[g] = t.rank[g] ?? 0;
    const flags = p.groups > 1 ? 'ud' : 'u';
    // the RegExps are built on first use: building one costs as much as
    // compiling the pattern (V8 expands \p{...} sets), and most patterns
    // are only used one way (match, search or findall)
    return { src, flags, ngroups: p.groups - 1, rank, sticky: null, global: null, globalTexts: null, full: null, prog, broken: false };
  } catch (e) {
    if (e instanceof Refuse) return null;
    throw e;
  }
}

/** new RegExp, or null (and the program marked broken: the bytecode
 * engine takes over) if V8 rejects the translation. */
function build(js: JsProgram, src: string, flags: string): RegExp | null {
  try {
    return new RegExp(src, flags);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    js.broken = true;
    return null;
  }
}

let lastBase: string | null = null;
let lastEnd = -1;
let lastSliced = '';

/** The subject seen up to `end` (V8 slices share the characters). */
function upTo(s: string, end: number): string {
  if (end >= s.length) return s;
  if (s === lastBase && end === lastEnd) return lastSliced;
  lastBase = s;
  lastEnd = end;
  lastSliced = s.slice(0, end);
  return lastSliced;
}

function fill(js: JsProgram, m: RegExpExecArray): void {
  const start = m.index;
  result.start = start;
  result.end = start + m[0].length;
  result.texts = null;
  const n = js.ngroups;
  if (n === 0) {
    result.lastindex = -1;
    return;
  }
  let caps = result.caps;
  if (caps.length < 2 * n) caps = result.caps = new Int32Array(2 * n);
  const ind = m.indices!;
  let last = -1, lastEndPos = -1, lastRank = -1;
  const rank = js.rank;
  for (let g = 1; g <= n; g++) {
    const span = ind[g];
    if (span === undefined) {
      caps[2 * g - 2] = -1;
      caps[2 * g - 1] = -1;
      continue;
    }
    const e = span[1];
    caps[2 * g - 2] = span[0];
    caps[2 * g - 1] = e;
    if (e > lastEndPos || (e === lastEndPos && rank[g] > lastRank)) {
      last = g;
      lastEndPos = e;
      lastRank = rank[g];
    }
  }
  result.lastindex = last;
}

/** Match at start (like matchAt). */
export function jsMatch(js: JsProgram, s: Subject, start: number, end: number, full: boolean, mustAdvance: boolean): boolean {
  if (mustAdvance || js.broken) return matchAt(js.prog, s, start, end, full ? Mode.FULL : Mode.MATCH, mustAdvance);
  let re: RegExp | null;
  if (full) re = js.full ??= build(js, '(?:' + js.src + ')$', js.flags + 'y');
  else re = js.sticky ??= build(js, js.src, js.flags + 'y');
  if (re === null) return matchAt(js.prog, s, start, end, full ? Mode.FULL : Mode.MATCH, false);
  re.lastIndex = start;
  const m = re.exec(upTo(s.str!, end));
  if (m === null) return false;
  fill(js, m);
  return true;
}

/** Search from start (like search); without `spans` only the group
 * texts are produced (result.texts). */
export function jsSearch(js: JsProgram, s: Subject, start: number, end: number, mustAdvance: boolean, spans = true): boolean {
  if (start > end) return false;
  if (js.broken) return search(js.prog, s, start, end, mustAdvance);
  if (mustAdvance) {
    if (matchAt(js.prog, s, start, end, Mode.MATCH, true)) return true;
    if (++start > end) return false;
  }
  if (!spans && js.ngroups) {
    const re = (js.globalTexts ??= build(js, js.src, 'ug'));
    if (re === null) return search(js.prog, s, start, end, false);
    re.lastIndex = start;
    const m = re.exec(upTo(s.str!, end));
    if (m === null) return false;
    result.start = m.index;
    result.end = m.index + m[0].length;
    result.texts = m;
    return true;
  }
  const re = (js.global ??= build(js, js.src, js.flags + 'g'));
  if (re === null) return search(js.prog, s, start, end, false);
  re.lastIndex = start;
  const m = re.exec(upTo(s.str!, end));
  if (m === null) return false;
  fill(js, m);
  return true;
}
