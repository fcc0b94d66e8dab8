// Per-code-point Unicode properties and case mappings for str methods, as
// CPython 3.11 defines them (Unicode 14.0). The engine's regular-expression
// property classes and case mappings (a newer Unicode) supply most of it;
// the tables below correct what differs: characters assigned after 14.0,
// the title-case mappings JS has no API for, and CPython's numeric types.

import { NEWER_THAN_14, DIGIT_EXTRA, NUMERIC_EXTRA, NUMERIC_NOT, TITLE_SPECIAL, UPPER_FIX, FOLD_FIX, LOWER_NOT, XIDC_NOT } from './unicodedata';

/** Sorted [start, end] pairs flattened: is cp inside one of the ranges? */
export function inRanges(r: readonly number[], cp: number): boolean {
  let lo = 0, hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Assigned in the engine's Unicode but not in CPython 3.11's (14.0). */
export function isNewer(cp: number): boolean {
  return cp >= 0x0870 && inRanges(NEWER_THAN_14, cp);
}

/** A Unicode-property regex made on first use: making them all at load
 * costs start-up time (each \p{...} class is resolved when it is made). */
class LazyRe {
  private re: RegExp | null = null;
  constructor(private readonly src: string) {}
  test(s: string): boolean {
    return (this.re ??= new RegExp(this.src, 'u')).test(s);
  }
}

const RE_UPPER = new LazyRe(String.raw`\p{Uppercase}`);
const RE_LOWER = new LazyRe(String.raw`\p{Lowercase}`);
const RE_TITLE = new LazyRe(String.raw`\p{Lt}`);
const RE_CASED = new LazyRe(String.raw`\p{Cased}`);
const RE_CASE_IGNORABLE = new LazyRe(String.raw`\p{Case_Ignorable}`);
const RE_ALPHA = new LazyRe(String.raw`\p{L}`);
const RE_DECIMAL = new LazyRe(String.raw`\p{Nd}`);
const RE_NUMBER = new LazyRe(String.raw`\p{N}`);
const RE_NONPRINT = new LazyRe(String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]`);
const RE_XID_START = new LazyRe(String.raw`\p{XID_Start}`);
const RE_XID_CONTINUE = new LazyRe(String.raw`\p{XID_Continue}`);

const ch = (cp: number) => String.fromCodePoint(cp);

export function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return RE_UPPER.test(ch(cp)) && !isNewer(cp);
}
export function isLowerCp(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return RE_LOWER.test(ch(cp)) !== LOWER_NOT.includes(cp) && !isNewer(cp);
}
export function isTitleCp(cp: number): boolean {
  return cp >= 0x1c5 && RE_TITLE.test(ch(cp));
}
export function isCasedCp(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return RE_CASED.test(ch(cp)) && !isNewer(cp);
}
export function isCaseIgnorableCp(cp: number): boolean {
  return RE_CASE_IGNORABLE.test(ch(cp)) && !isNewer(cp);
}
export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return RE_ALPHA.test(ch(cp)) && !isNewer(cp);
}
export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_DECIMAL.test(ch(cp)) && !isNewer(cp);
}
export function isDigitCp(cp: number): boolean {
  return isDecimalCp(cp) || (cp >= 0xb2 && inRanges(DIGIT_EXTRA, cp));
}
export function isNumericCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  if (isNewer(cp)) return false;
  if (RE_NUMBER.test(ch(cp))) return !inRanges(NUMERIC_NOT, cp);
  return inRanges(NUMERIC_EXTRA, cp);
}
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp);
}

/** str.isspace for one code point: bidi class WS/B/S or category Zs. */
export function isSpaceCp(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function isPrintableCp(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  if (isNewer(cp)) return false;
  return !RE_NONPRINT.test(ch(cp));
}

export function isXidStartCp(cp: number): boolean {
  if (cp < 128) return cp === 95 || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return RE_XID_START.test(ch(cp)) && !isNewer(cp);
}
export function isXidContinueCp(cp: number): boolean {
  if (cp < 128) return cp === 95 || ((cp | 32) >= 97 && (cp | 32) <= 122) || (cp >= 48 && cp <= 57);
  return RE_XID_CONTINUE.test(ch(cp)) !== XIDC_NOT.includes(cp) && !isNewer(cp);
}

// ---- case mappings of one code point (full mappings: may be several) ----

export function upperCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  if (isNewer(cp)) return ch(cp);
  return UPPER_FIX.get(cp) ?? ch(cp).toUpperCase();
}

export function lowerCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  if (isNewer(cp)) return ch(cp);
  return ch(cp).toLowerCase();
}

export function titleCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  const t = TITLE_SPECIAL.get(cp);
  if (t !== undefined) return t;
  const u = upperCp(cp);
  // a multi-character upper case (ß -> SS, ﬁ -> FI) title-cases as its
  // first character followed by the lower case of the rest
  const first = String.fromCodePoint(u.codePointAt(0)!);
  return first.length === u.length ? u : first + u.slice(first.length).toLowerCase();
}

export function foldCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  if (isNewer(cp)) return ch(cp);
  const f = FOLD_FIX.get(cp);
  if (f !== undefined) return f;
  // Cherokee folds to its upper case
  if ((cp >= 0x13a0 && cp <= 0x13f5) || (cp >= 0xab70 && cp <= 0xabbf) || (cp >= 0x13f8 && cp <= 0x13fd)) return ch(cp).toUpperCase();
  return ch(cp).toUpperCase().toLowerCase();
}

let special: RegExp | null = null;
/** Characters whose whole-string case mapping by the engine may differ
 * from CPython's (assigned later, or mapped differently since 14.0). */
export function needsPerCharCase(s: string): boolean {
  if (!special) {
    let cls = '';
    const hex = (n: number) => '\\u{' + n.toString(16) + '}';
    for (let i = 0; i < NEWER_THAN_14.length; i += 2) cls += hex(NEWER_THAN_14[i]) + '-' + hex(NEWER_THAN_14[i + 1]);
    for (const k of UPPER_FIX.keys()) cls += hex(k);
    for (const k of FOLD_FIX.keys()) cls += hex(k);
    special = new RegExp('[' + cls + ']', 'u');
  }
  return special.test(s);
}
