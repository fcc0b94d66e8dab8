// The regular-expression parser of `re`: Python pattern syntax (str or
// bytes) to a small syntax tree, with CPython 3.11's error messages and
// positions (re/_parser.py is the behaviour this follows). The tree is
// consumed by _sre_compile.ts (backtracking VM) and _sre_js.ts (V8 RegExp).

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;
/** Larger than any width a pattern can have (sre's MAXWIDTH). */
export const MAXWIDTH = 2 ** 64;

export const enum F {
  TEMPLATE = 1,
  IGNORECASE = 2,
  LOCALE = 4,
  MULTILINE = 8,
  DOTALL = 16,
  UNICODE = 32,
  VERBOSE = 64,
  DEBUG = 128,
  ASCII = 256,
}
const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE;
const GLOBAL_FLAGS = F.DEBUG | F.TEMPLATE;

export const enum N {
  LIT,
  NOT_LIT,
  ANY,
  IN,
  AT,
  BRANCH,
  GROUP,
  REPEAT,
  ATOMIC,
  ASSERT,
  REF,
  REF_EXISTS,
}

export const enum At {
  BEGIN,
  BEGIN_STRING,
  BOUNDARY,
  NON_BOUNDARY,
  END,
  END_STRING,
}

export const enum Cat {
  DIGIT,
  NOT_DIGIT,
  SPACE,
  NOT_SPACE,
  WORD,
  NOT_WORD,
}

export const enum SK {
  LIT,
  RANGE,
  CAT,
}
export type SetItem = { k: SK.LIT; c: number } | { k: SK.RANGE; lo: number; hi: number } | { k: SK.CAT; cat: Cat };

export const enum RepMode {
  GREEDY,
  LAZY,
  POSSESSIVE,
}

export type Node =
  | { op: N.LIT; c: number }
  | { op: N.NOT_LIT; c: number }
  | { op: N.ANY }
  | { op: N.IN; neg: boolean; items: SetItem[] }
  | { op: N.AT; at: At }
  | { op: N.BRANCH; alts: Node[][] }
  /** gid 0: a non-capturing group that changes flags. */
  | { op: N.GROUP; gid: number; add: number; del: number; body: Node[] }
  | { op: N.REPEAT; min: number; max: number; mode: RepMode; body: Node[] }
  | { op: N.ATOMIC; body: Node[] }
  | { op: N.ASSERT; behind: boolean; neg: boolean; body: Node[] }
  | { op: N.REF; gid: number }
  | { op: N.REF_EXISTS; gid: number; yes: Node[]; no: Node[] | null };

/** A pattern syntax error: message and position (re.error's msg/pos); pos
 * -1 when CPython reports none. */
export class ReSyntaxError {
  constructor(public msg: string, public pos: number) {}
}

/** Raised for Python errors that are not re.error (OverflowError ...). */
export class RePyError {
  constructor(public kind: 'OverflowError' | 'ValueError', public msg: string) {}
}

export interface Parsed {
  tree: Node[];
  flags: number;
  /** Number of groups + 1 (sre's state.groups). */
  groups: number;
  groupdict: Map<string, number>;
  /** [min, max] width of each closed group (index 0 unused). */
  groupwidths: ([number, number] | null)[];
}

/** Hook for \N{...}: returns the code point or null for an unknown name. */
export let lookupCharName: (name: string) => number | null = () => null;
/** Installs the \N{...} name resolver (unicodedata.lookup). */
export function setCharNameLookup(f: (name: string) => number | null): void {
  lookupCharName = f;
}

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = /^[a-zA-Z]$/;
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const FLAG_CHARS: Record<string, number> = {
  i: F.IGNORECASE,
  L: F.LOCALE,
  m: F.MULTILINE,
  s: F.DOTALL,
  x: F.VERBOSE,
  a: F.ASCII,
  t: F.TEMPLATE,
  u: F.UNICODE,
};
const ESCAPES: Record<string, number> = {
  '\\a': 7,
  '\\b': 8,
  '\\f': 12,
  '\\n': 10,
  '\\r': 13,
  '\\t': 9,
  '\\v': 11,
  '\\\\': 92,
};
const CATEGORIES: Record<string, Node> = {
  '\\A': { op: N.AT, at: At.BEGIN_STRING },
  '\\b': { op: N.AT, at: At.BOUNDARY },
  '\\B': { op: N.AT, at: At.NON_BOUNDARY },
  '\\d': { op: N.IN, neg: false, items: [{ k: SK.CAT, cat: Cat.DIGIT }] },
  '\\D': { op: N.IN, neg: false, items: [{ k: SK.CAT, cat: Cat.NOT_DIGIT }] },
  '\\s': { op: N.IN, neg: false, items: [{ k: SK.CAT, cat: Cat.SPACE }] },
  '\\S': { op: N.IN, neg: false, items: [{ k: SK.CAT, cat: Cat.NOT_SPACE }] },
  '\\w': { op: N.IN, neg: false, items: [{ k: SK.CAT, cat: Cat.WORD }] },
  '\\W': { op: N.IN, neg: false, items: [{ k: SK.CAT, cat: Cat.NOT_WORD }] },
  '\\Z': { op: N.AT, at: At.END_STRING },
};

const ID_RE = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/** Python's repr() of a str, enough for names in error messages. */
export let pyRepr: (s: string) => string = (s) => `'${s}'`;
/** Installs the str repr used in messages. */
export function setRepr(f: (s: string) => string): void {
  pyRepr = f;
}

class Tokenizer {
  index = 0;
  next: string | null = null;
  constructor(public src: string[], public istext: boolean) {
    this.advance();
  }
  private advance(): void {
    let i = this.index;
    if (i >= this.src.length) {
      this.next = null;
      return;
    }
    let ch = this.src[i];
    if (ch === '\\') {
      i++;
      if (i >= this.src.length) throw new ReSyntaxError('bad escape (end of pattern)', this.src.length - 1);
      ch += this.src[i];
    }
    this.index = i + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, set: string): string {
    let r = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !set.includes(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(term: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error('missing ' + name);
        throw this.error(`missing ${term}, unterminated name`, cpLen(r));
      }
      if (c === term) {
        if (!r) throw this.error('missing ' + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : cpLen(this.next));
  }
  seek(i: number): void {
    this.index = i;
    this.advance();
  }
  error(msg: string, offset = 0): ReSyntaxError {
    if (!this.istext) msg = asciiBackslash(msg);
    return new ReSyntaxError(msg, this.tell() - offset);
  }
  checkgroupname(name: string, offset: number): void {
    if (!ID_RE.test(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, cpLen(name) + offset);
  }
}

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function asciiBackslash(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

const cp = (s: string): number => s.codePointAt(0)!;

class State {
  flags = 0;
  groupdict = new Map<string, number>();
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();
  get groups(): number {
    return this.groupwidths.length;
  }
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReSyntaxError('too many groups', -1);
    if (name !== null) {
      const o = this.groupdict.get(name);
      if (o !== undefined) throw new ReSyntaxError(`redefinition of group name ${pyRepr(name)} as group ${gid}; was group ${o}`, -1);
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  closegroup(gid: number, p: Node[]): void {
    this.groupwidths[gid] = getwidth(p, this);
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checklookbehindgroup(gid: number, src: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw src.error('cannot refer to an open group');
      if (gid >= this.lookbehindgroups) throw src.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

const widthCache = new WeakMap<Node[], [number, number]>();

/** [min, max] number of characters a subpattern can match. */
export function getwidth(p: Node[], st: { groupwidths: ([number, number] | null)[] }): [number, number] {
  const cached = widthCache.get(p);
  if (cached) return cached;
  let lo = 0, hi = 0;
  for (const n of p) {
    switch (n.op) {
      case N.BRANCH: {
        let i = MAXWIDTH, j = 0;
        for (const a of n.alts) {
          const [l, h] = getwidth(a, st);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
        break;
      }
      case N.ATOMIC:
      case N.GROUP: {
        const [i, j] = getwidth(n.body, st);
        lo += i;
        hi += j;
        break;
      }
      case N.REPEAT: {
        const [i, j] = getwidth(n.body, st);
        lo += i * n.min;
        if (n.max === MAXREPEAT && j) hi = MAXWIDTH;
        else hi += j * n.max;
        break;
      }
      case N.LIT:
      case N.NOT_LIT:
      case N.ANY:
      case N.IN:
        lo++;
        hi++;
        break;
      case N.REF: {
        const w = st.groupwidths[n.gid]!;
        lo += w[0];
        hi += w[1];
        break;
      }
      case N.REF_EXISTS: {
        let [i, j] = getwidth(n.yes, st);
        if (n.no !== null) {
          const [l, h] = getwidth(n.no, st);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else i = 0;
        lo += i;
        hi += j;
        break;
      }
    }
  }
  const r: [number, number] = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
  widthCache.set(p, r);
  return r;
}

function hexEscape(src: Tokenizer, esc: string, n: number): number {
  esc += src.getwhile(n, HEXDIGITS);
  if (esc.length !== n + 2) throw src.error(`incomplete escape ${esc}`, esc.length);
  const v = parseInt(esc.slice(2), 16);
  if (v > 0x10ffff) throw src.error(`bad escape ${esc}`, esc.length);
  return v;
}

/** \x \u \U \N escapes common to classes and patterns; null if esc is
 * none of them. */
function codeEscape(src: Tokenizer, esc: string): number | null {
  const c = esc[1];
  if (c === 'x') return hexEscape(src, esc, 2);
  if (c === 'u' && src.istext) return hexEscape(src, esc, 4);
  if (c === 'U' && src.istext) return hexEscape(src, esc, 8);
  if (c === 'N' && src.istext) {
    if (!src.match('{')) throw src.error('missing {');
    const name = src.getuntil('}', 'character name');
    const v = lookupCharName(name);
    if (v === null) throw src.error(`undefined character name ${pyRepr(name)}`, cpLen(name) + 4);
    return v;
  }
  return null;
}

function classEscape(src: Tokenizer, esc: string): SetItem {
  const e = ESCAPES[esc];
  if (e !== undefined) return { k: SK.LIT, c: e };
  const cat = CATEGORIES[esc];
  if (cat && cat.op === N.IN) return cat.items[0];
  const v = codeEscape(src, esc);
  if (v !== null) return { k: SK.LIT, c: v };
  const c = esc[1];
  if (OCTDIGITS.includes(c)) {
    esc += src.getwhile(2, OCTDIGITS);
    const o = parseInt(esc.slice(1), 8);
    if (o > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
    return { k: SK.LIT, c: o };
  }
  if (!DIGITS.includes(c) && cpLen(esc) === 2) {
    if (ASCIILETTERS.test(c)) throw src.error(`bad escape ${esc}`, esc.length);
    return { k: SK.LIT, c: cp(esc.slice(1)) };
  }
  throw src.error(`bad escape ${esc}`, cpLen(esc));
}

function escape(src: Tokenizer, esc: string, st: State): Node {
  const cat = CATEGORIES[esc];
  if (cat) return cat.op === N.IN ? { op: N.IN, neg: false, items: cat.items.slice() } : cat;
  const e = ESCAPES[esc];
  if (e !== undefined) return { op: N.LIT, c: e };
  const v = codeEscape(src, esc);
  if (v !== null) return { op: N.LIT, c: v };
  const c = esc[1];
  if (c === '0') {
    esc += src.getwhile(2, OCTDIGITS);
    return { op: N.LIT, c: parseInt(esc.slice(1), 8) };
  }
  if (DIGITS.includes(c)) {
    // an octal escape or a group reference
    if (src.next !== null && DIGITS.includes(src.next) && src.next.length === 1) {
      esc += src.get();
      if (OCTDIGITS.includes(esc[1]) && OCTDIGITS.includes(esc[2]) && src.next !== null && src.next.length === 1 && OCTDIGITS.includes(src.next)) {
        esc += src.get();
        const o = parseInt(esc.slice(1), 8);
        if (o > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        return { op: N.LIT, c: o };
      }
    }
    const g = parseInt(esc.slice(1), 10);
    if (g < st.groups) {
      if (!st.checkgroup(g)) throw src.error('cannot refer to an open group', esc.length);
      st.checklookbehindgroup(g, src);
      return { op: N.REF, gid: g };
    }
    throw src.error(`invalid group reference ${g}`, esc.length - 1);
  }
  if (cpLen(esc) === 2) {
    if (ASCIILETTERS.test(c)) throw src.error(`bad escape ${esc}`, esc.length);
    return { op: N.LIT, c: cp(esc.slice(1)) };
  }
  throw src.error(`bad escape ${esc}`, cpLen(esc));
}

function parseSub(src: Tokenizer, st: State, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(src, st, verbose, nested + 1, !nested && !items.length));
    if (!src.match('|')) break;
    if (!nested) verbose = !!(st.flags & F.VERBOSE);
  }
  if (items.length === 1) return items[0];
  // alternatives that are all single characters become one set (as sre
  // does; it keeps DEBUG dumps and the JS translation small)
  const set: SetItem[] = [];
  let allChars = true;
  for (const it of items) {
    if (it.length !== 1) {
      allChars = false;
      break;
    }
    const n = it[0];
    if (n.op === N.LIT) set.push({ k: SK.LIT, c: n.c });
    else if (n.op === N.IN && !n.neg) set.push(...n.items);
    else {
      allChars = false;
      break;
    }
  }
  if (allChars) return [{ op: N.IN, neg: false, items: uniqItems(set) }];
  return [{ op: N.BRANCH, alts: items }];
}

function itemKey(i: SetItem): string {
  return i.k === SK.LIT ? `l${i.c}` : i.k === SK.RANGE ? `r${i.lo},${i.hi}` : `c${i.cat}`;
}

function uniqItems(items: SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const i of items) {
    const k = itemKey(i);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(i);
    }
  }
  return out;
}

/** FutureWarnings of the last parse (message, in order). */
export const parseWarnings: string[] = [];
const SET_OPS: Record<string, string> = { '-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union' };

function parseSet(src: Tokenizer, out: Node[]): void {
  const here = src.tell() - 1;
  const set: SetItem[] = [];
  if (src.next === '[') parseWarnings.push(`Possible nested set at position ${src.tell()}`);
  const negate = src.match('^');
  for (;;) {
    const t = src.get();
    if (t === null) throw src.error('unterminated character set', src.tell() - here);
    if (t === ']' && set.length) break;
    if (set.length && t in SET_OPS && src.next === t) parseWarnings.push(`Possible set ${SET_OPS[t]} at position ${src.tell() - 1}`);
    const code1: SetItem = t[0] === '\\' ? classEscape(src, t) : { k: SK.LIT, c: cp(t) };
    if (src.match('-')) {
      const that = src.get();
      if (that === null) throw src.error('unterminated character set', src.tell() - here);
      if (that === ']') {
        set.push(code1, { k: SK.LIT, c: 45 });
        break;
      }
      if (that === '-') parseWarnings.push(`Possible set difference at position ${src.tell() - 2}`);
      const code2: SetItem = that[0] === '\\' ? classEscape(src, that) : { k: SK.LIT, c: cp(that) };
      if (code1.k !== SK.LIT || code2.k !== SK.LIT || code2.c < code1.c) {
        throw src.error(`bad character range ${t}-${that}`, cpLen(t) + 1 + cpLen(that));
      }
      set.push({ k: SK.RANGE, lo: code1.c, hi: code2.c });
    } else set.push(code1);
  }
  const u = uniqItems(set);
  if (u.length === 1 && u[0].k === SK.LIT) out.push(negate ? { op: N.NOT_LIT, c: u[0].c } : { op: N.LIT, c: u[0].c });
  else out.push({ op: N.IN, neg: negate, items: u });
}

function parseRepeat(src: Tokenizer, t: string, out: Node[]): boolean {
  const here = src.tell();
  let min: number, max: number;
  if (t === '?') [min, max] = [0, 1];
  else if (t === '*') [min, max] = [0, MAXREPEAT];
  else if (t === '+') [min, max] = [1, MAXREPEAT];
  else {
    if (src.next === '}') {
      out.push({ op: N.LIT, c: 123 });
      return true;
    }
    [min, max] = [0, MAXREPEAT];
    let lo = '', hi = '';
    while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) lo += src.get();
    if (src.match(',')) {
      while (src.next !== null && src.next.length === 1 && DIGITS.includes(src.next)) hi += src.get();
    } else hi = lo;
    if (!src.match('}')) {
      out.push({ op: N.LIT, c: 123 });
      src.seek(here);
      return true;
    }
    if (lo) {
      min = Number(lo);
      if (min >= MAXREPEAT) throw new RePyError('OverflowError', 'the repetition number is too large');
    }
    if (hi) {
      max = Number(hi);
      if (max >= MAXREPEAT) throw new RePyError('OverflowError', 'the repetition number is too large');
      if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
    }
  }
  const last = out.length ? out[out.length - 1] : null;
  if (last === null || last.op === N.AT) throw src.error('nothing to repeat', src.tell() - here + cpLen(t));
  if (last.op === N.REPEAT) throw src.error('multiple repeat', src.tell() - here + cpLen(t));
  let body: Node[] = [last];
  if (last.op === N.GROUP && last.gid === 0 && !last.add && !last.del) body = last.body;
  const mode = src.match('?') ? RepMode.LAZY : src.match('+') ? RepMode.POSSESSIVE : RepMode.GREEDY;
  out[out.length - 1] = { op: N.REPEAT, min, max, mode, body };
  return false;
}

function parseFlags(src: Tokenizer, st: State, ch: string): [number, number] | null {
  let add = 0, del = 0;
  let c: string | null = ch;
  if (c !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[c!];
      if (src.istext) {
        if (c === 'L') throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (c === 'u') throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = src.get();
      if (c === null) throw src.error('missing -, : or )');
      if (c === ')' || c === '-' || c === ':') break;
      if (!(c in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing -, : or )', cpLen(c));
    }
  }
  if (c === ')') {
    st.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn on global flag', 1);
  if (c === '-') {
    c = src.get();
    if (c === null) throw src.error('missing flag');
    if (!(c in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing flag', cpLen(c));
    for (;;) {
      const flag = FLAG_CHARS[c!];
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = src.get();
      if (c === null) throw src.error('missing :');
      if (c === ':') break;
      if (!(c in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(c) ? 'unknown flag' : 'missing :', cpLen(c));
    }
  }
  if (del & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw src.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

function parseSeq(src: Tokenizer, st: State, verbose: boolean, nested: number, first: boolean): Node[] {
  const out: Node[] = [];
  for (;;) {
    const t = src.next;
    if (t === null || t === '|' || t === ')') break;
    src.get();
    if (verbose) {
      if (WHITESPACE.includes(t)) continue;
      if (t === '#') {
        for (;;) {
          const c = src.get();
          if (c === null || c === '\n') break;
        }
        continue;
      }
    }
    if (t[0] === '\\') out.push(escape(src, t, st));
    else if (!SPECIAL_CHARS.includes(t)) out.push({ op: N.LIT, c: cp(t) });
    else if (t === '[') parseSet(src, out);
    else if (REPEAT_CHARS.includes(t)) parseRepeat(src, t, out);
    else if (t === '.') out.push({ op: N.ANY });
    else if (t === '(') {
      const r = parseParen(src, st, verbose, nested, first, out);
      if (r === 'verbose') verbose = !!(st.flags & F.VERBOSE);
    } else if (t === '^') out.push({ op: N.AT, at: At.BEGIN });
    else if (t === '$') out.push({ op: N.AT, at: At.END });
  }
  // splice plain non-capturing groups into the sequence
  for (let i = out.length - 1; i >= 0; i--) {
    const n = out[i];
    if (n.op === N.GROUP && n.gid === 0 && !n.add && !n.del) out.splice(i, 1, ...n.body);
  }
  return out;
}

function parseParen(src: Tokenizer, st: State, verbose: boolean, nested: number, first: boolean, out: Node[]): string | void {
  const start = src.tell() - 1;
  let capture = true, atomic = false;
  let name: string | null = null;
  let add = 0, del = 0;
  if (src.match('?')) {
    const ch = src.get();
    if (ch === null) throw src.error('unexpected end of pattern');
    if (ch === 'P') {
      if (src.match('<')) {
        name = src.getuntil('>', 'group name');
        src.checkgroupname(name, 1);
      } else if (src.match('=')) {
        const nm = src.getuntil(')', 'group name');
        src.checkgroupname(nm, 1);
        const gid = st.groupdict.get(nm);
        if (gid === undefined) throw src.error(`unknown group name ${pyRepr(nm)}`, cpLen(nm) + 1);
        if (!st.checkgroup(gid)) throw src.error('cannot refer to an open group', cpLen(nm) + 1);
        st.checklookbehindgroup(gid, src);
        out.push({ op: N.REF, gid });
        return;
      } else {
        const c = src.get();
        if (c === null) throw src.error('unexpected end of pattern');
        throw src.error('unknown extension ?P' + c, cpLen(c) + 2);
      }
    } else if (ch === ':') capture = false;
    else if (ch === '#') {
      for (;;) {
        if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
        if (src.get() === ')') break;
      }
      return;
    } else if (ch === '=' || ch === '!' || ch === '<') {
      let dir = 1;
      let kind = ch;
      let saved: number | null = null;
      if (ch === '<') {
        const c = src.get();
        if (c === null) throw src.error('unexpected end of pattern');
        if (c !== '=' && c !== '!') throw src.error('unknown extension ?<' + c, cpLen(c) + 2);
        kind = c;
        dir = -1;
        saved = st.lookbehindgroups;
        if (saved === null) st.lookbehindgroups = st.groups;
      }
      const p = parseSub(src, st, verbose, nested + 1);
      if (dir < 0 && saved === null) st.lookbehindgroups = null;
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      out.push({ op: N.ASSERT, behind: dir < 0, neg: kind === '!', body: p });
      return;
    } else if (ch === '(') {
      const condname = src.getuntil(')', 'group name');
      let cond: number;
      if (ID_RE.test(condname)) {
        const g = st.groupdict.get(condname);
        if (g === undefined) throw src.error(`unknown group name ${pyRepr(condname)}`, cpLen(condname) + 1);
        cond = g;
      } else {
        // (CPython also takes non-ASCII digits here, with a DeprecationWarning)
        if (!/^[0-9]+$/.test(condname)) throw src.error(`bad character in group name ${pyRepr(condname)}`, cpLen(condname) + 1);
        cond = Number(condname);
        if (!cond) throw src.error('bad group number', cpLen(condname) + 1);
        if (cond >= MAXGROUPS) throw src.error(`invalid group reference ${cond}`, cpLen(condname) + 1);
        if (!st.grouprefpos.has(cond)) st.grouprefpos.set(cond, src.tell() - cpLen(condname) - 1);
      }
      st.checklookbehindgroup(cond, src);
      const yes = parseSeq(src, st, verbose, nested + 1, false);
      let no: Node[] | null = null;
      if (src.match('|')) {
        no = parseSeq(src, st, verbose, nested + 1, false);
        if (src.next === '|') throw src.error('conditional backref with more than two branches');
      }
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      out.push({ op: N.REF_EXISTS, gid: cond, yes, no });
      return;
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (ch in FLAG_CHARS || ch === '-') {
      const fl = parseFlags(src, st, ch);
      if (fl === null) {
        if (!first || out.length) throw src.error('global flags not at the start of the expression', src.tell() - start);
        return 'verbose';
      }
      [add, del] = fl;
      capture = false;
    } else throw src.error('unknown extension ?' + ch, cpLen(ch) + 1);
  }
  let gid = 0;
  if (capture) {
    try {
      gid = st.opengroup(name);
    } catch (e) {
      if (e instanceof ReSyntaxError) throw src.error(e.msg, cpLen(name ?? '') + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || !!(add & F.VERBOSE)) && !(del & F.VERBOSE);
  const p = parseSub(src, st, subVerbose, nested + 1);
  if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
  if (gid) st.closegroup(gid, p);
  if (atomic) out.push({ op: N.ATOMIC, body: p });
  else out.push({ op: N.GROUP, gid, add, del, body: p });
}

/** Checks and completes the flags for a pattern of the given kind (sre's
 * fix_flags); throws RePyError for incompatible flags. */
export function fixFlags(istext: boolean, flags: number): number {
  if (istext) {
    if (flags & F.LOCALE) throw new RePyError('ValueError', 'cannot use LOCALE flag with a str pattern');
    if (!(flags & F.ASCII)) flags |= F.UNICODE;
    else if (flags & F.UNICODE) throw new RePyError('ValueError', 'ASCII and UNICODE flags are incompatible');
  } else {
    if (flags & F.UNICODE) throw new RePyError('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if (flags & F.LOCALE && flags & F.ASCII) throw new RePyError('ValueError', 'ASCII and LOCALE flags are incompatible');
  }
  return flags;
}

/** Parses a pattern given as an array of one-code-point strings (bytes
 * patterns: latin-1 characters). */
export function parse(chars: string[], istext: boolean, flags: number): Parsed {
  parseWarnings.length = 0;
  const src = new Tokenizer(chars, istext);
  const st = new State();
  st.flags = flags;
  const tree = parseSub(src, st, !!(flags & F.VERBOSE), 0);
  st.flags = fixFlags(istext, st.flags);
  if (src.next !== null) throw src.error('unbalanced parenthesis');
  for (const [g, pos] of st.grouprefpos) {
    if (g >= st.groups) throw new ReSyntaxError(`invalid group reference ${g}`, pos);
  }
  return { tree, flags: st.flags, groups: st.groups, groupdict: st.groupdict, groupwidths: st.groupwidths };
}
