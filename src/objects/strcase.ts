// str case conversion and classification, by code point, as CPython's
// unicodeobject.c does it (full case mappings, final sigma, title case).
// ASCII strings take the engine's fast paths.

import {
  isUpperCp, isLowerCp, isTitleCp, isCasedCp, isCaseIgnorableCp, isAlphaCp, isDecimalCp, isDigitCp, isNumericCp,
  isAlnumCp, isSpaceCp, isPrintableCp, isXidStartCp, isXidContinueCp, upperCp, lowerCp, titleCp, foldCp, needsPerCharCase,
} from './unicode';

const ASCII = /^[\x00-\x7f]*$/;

/** True when s has only ASCII characters. */
export function isAscii(s: string): boolean {
  return ASCII.test(s);
}

/** Code points of s (surrogate pairs combined; lone surrogates kept). */
function cps(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** Lower case of capital sigma at position i: final (ς) when preceded by a
 * cased letter and not followed by one (case-ignorables skipped). */
function sigma(a: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(a[j])) j--;
  const before = j >= 0 && isCasedCp(a[j]);
  let k = i + 1;
  while (k < a.length && isCaseIgnorableCp(a[k])) k++;
  const after = k < a.length && isCasedCp(a[k]);
  return before && !after ? 'ς' : 'σ';
}

function lowerAt(a: number[], i: number): string {
  return a[i] === 0x3a3 ? sigma(a, i) : lowerCp(a[i]);
}

export function strUpper(s: string): string {
  if (isAscii(s) || !needsPerCharCase(s)) return s.toUpperCase();
  let out = '';
  for (const c of cps(s)) out += upperCp(c);
  return out;
}

export function strLower(s: string): string {
  if (isAscii(s) || !needsPerCharCase(s)) return s.toLowerCase();
  const a = cps(s);
  let out = '';
  for (let i = 0; i < a.length; i++) out += lowerAt(a, i);
  return out;
}

export function strCasefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = '';
  for (const c of cps(s)) out += foldCp(c);
  return out;
}

/** Maps the bytes of an ASCII string (as latin1) through f. */
function asciiMap(s: string, f: (b: Uint8Array) => void): string {
  const b = Buffer.from(s, 'latin1');
  f(b);
  return b.toString('latin1');
}

export function strSwapcase(s: string): string {
  if (isAscii(s)) {
    return asciiMap(s, (b) => {
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) b[i] = c ^ 32;
      }
    });
  }
  const a = cps(s);
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    if (isUpperCp(c)) out += lowerAt(a, i);
    else if (isLowerCp(c)) out += upperCp(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

export function strTitle(s: string): string {
  if (isAscii(s)) {
    return asciiMap(s, (b) => {
      let prevCased = false;
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
        if (prevCased ? upper : lower) b[i] = c ^ 32;
        prevCased = upper || lower;
      }
    });
  }
  const a = cps(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    out += prevCased ? lowerAt(a, i) : titleCp(c);
    prevCased = isCasedCp(c);
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (isAscii(s)) return s.length ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s;
  const a = cps(s);
  if (!a.length) return s;
  let out = titleCp(a[0]);
  for (let i = 1; i < a.length; i++) out += lowerAt(a, i);
  return out;
}

/** isupper()/islower() of an all-ASCII s, else -1 (general path). */
function asciiCase(s: string, upper: boolean): number {
  let cased = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) {
      if (!upper) return 0;
      cased = 1;
    } else if (c >= 97 && c <= 122) {
      if (upper) return 0;
      cased = 1;
    }
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  const a = asciiCase(s, true);
  if (a >= 0) return a === 1;
  let cased = false;
  for (const c of cps(s)) {
    if (isLowerCp(c) || isTitleCp(c)) return false;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  const a = asciiCase(s, false);
  if (a >= 0) return a === 1;
  let cased = false;
  for (const c of cps(s)) {
    if (isUpperCp(c) || isTitleCp(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false, prev = false;
  for (const c of cps(s)) {
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerCp(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

/** Every code point passes f, and there is at least one. */
function every(s: string, f: (c: number) => boolean): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (!f(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}

export const strIsAlpha = (s: string) => every(s, isAlphaCp);
export const strIsDecimal = (s: string) => every(s, isDecimalCp);
export const strIsDigit = (s: string) => every(s, isDigitCp);
export const strIsNumeric = (s: string) => every(s, isNumericCp);
export const strIsAlnum = (s: string) => every(s, isAlnumCp);
export const strIsSpace = (s: string) => every(s, isSpaceCp);
export const strIsPrintable = (s: string) => !s.length || every(s, isPrintableCp);

export function strIsIdentifier(s: string): boolean {
  if (!s.length) return false;
  const first = s.codePointAt(0)!;
  if (!isXidStartCp(first)) return false;
  for (let i = first > 0xffff ? 2 : 1; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (!isXidContinueCp(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}
