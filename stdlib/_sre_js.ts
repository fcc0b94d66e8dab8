// Placeholder: translation of patterns to V8 RegExp (filled in later).
import type { Parsed } from './_sre_parse';
import type { Subject } from './_sre_vm';

export interface JsProgram {
  re: RegExp;
  /** Also usable on code-point-array subjects. */
  unicodeArr: boolean;
}

/** A V8 RegExp equivalent to the pattern, or null when none is exact. */
export function compileJs(_p: Parsed, _istext: boolean): JsProgram | null {
  return null;
}

/** Match at start (like matchAt). */
export function jsMatch(_js: JsProgram, _s: Subject, _start: number, _end: number, _full: boolean, _ma: boolean): boolean {
  return false;
}

/** Search from start (like search). */
export function jsSearch(_js: JsProgram, _s: Subject, _start: number, _end: number, _ma: boolean): boolean {
  return false;
}
