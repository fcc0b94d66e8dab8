// fromisoformat for date, time and datetime as CPython 3.11 parses
// (https://docs.python.org/3.11/library/datetime.html#datetime.datetime.fromisoformat):
// dates YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; times HH[:MM[:SS]]
// or the basic HHMMSS forms with a fraction of any length after any field;
// offsets Z or ±HH[:MM[:SS[.ffffff]]]; any one character between date and
// time. CPython reads the string as NUL-terminated UTF-8, and its quirks
// are kept: the character after a field is looked at even when the field
// ends the range, and a date's trailing bytes are not checked.

import { None, type Py } from '../src/objects/base';
import { TypeError, ValueError } from '../src/objects/raise';
import { strValue, strRepr } from '../src/objects/strutil';
import { DT, mkDelta, ymdToOrd, ordToYmd, isLeap, isoWeek1Monday, weekdayOf } from './datetime_core';
import { newTimezone } from './datetime_tz';

/** The character code at i; 0 past the end, like C's terminating NUL. */
function at(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Exactly n ASCII digits at i as a number, or -1. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = at(s, i + k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

function invalid(s: string): never {
  throw ValueError(`Invalid isoformat string: ${strRepr(s)}`);
}

function strArg(x: Py): string {
  const s = strValue(x);
  if (s === null) throw TypeError('fromisoformat: argument must be str');
  return s;
}

/** A lone surrogate: the string has no UTF-8 form (CPython rejects it). */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

/** Fields h, m, s, us from s[i..end): 0 when the string ends there, 1 when
 * more follows, -1 when malformed. */
function parseHms(s: string, i: number, end: number, out: number[]): number {
  out[0] = out[1] = out[2] = out[3] = 0;
  let colons = true;
  for (let k = 0; k < 3; k++) {
    const v = digits(s, i, 2);
    if (v < 0) return -1;
    out[k] = v;
    i += 2;
    const c = at(s, i++);
    if (k === 0) colons = c === 58;
    if (i >= end) return c !== 0 ? 1 : 0;
    if (colons && c === 58) continue;
    if (c === 46 || c === 44) break;
    if (colons) return -1;
    // basic format: c begins the next field
    i--;
  }
  const n = Math.min(6, end - i);
  const f = digits(s, i, n);
  if (f < 0) return -1;
  out[3] = n > 0 ? f * 10 ** (6 - n) : 0;
  i += n;
  // digits past the sixth are dropped
  while (isDigit(at(s, i))) i++;
  return at(s, i) !== 0 ? 1 : 0;
}

/** Scratch fields (parsing never re-enters). */
const TZ = [0, 0, 0, 0];
const OUT = [0, 0, 0, 0, 0, 0];

/** Time and offset from s[i..]: out gets h, m, s, us, offset seconds and
 * microseconds; returns 0 (no offset), 1 (offset) or -1 (malformed). */
function parseTimeTz(s: string, i: number, out: number[]): number {
  const end = s.length;
  let z = i;
  do {
    const c = at(s, z);
    if (c === 90 || c === 43 || c === 45) break;
  } while (++z < end);
  const rv = parseHms(s, i, z, out);
  if (rv < 0) return -1;
  if (z === end) return rv === 1 ? -1 : 0;
  out[4] = out[5] = 0;
  if (at(s, z) === 90) return at(s, z + 1) !== 0 ? -1 : 1;
  const sign = at(s, z) === 45 ? -1 : 1;
  const tz = TZ;
  const r2 = parseHms(s, z + 1, end, tz);
  out[4] = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2]);
  out[5] = sign * tz[3];
  return r2 !== 0 ? -1 : 1;
}

function tzFrom(rv: number, out: number[]): Py {
  if (rv !== 1) return None;
  // a fraction of a second alone still reads as UTC, as in CPython
  if (out[4] === 0) return DT.utc;
  return newTimezone(mkDelta(0, out[4], out[5]), null);
}

/** [y, m, d] of the date in s[0..len), or null when malformed (week dates
 * with an invalid week or day included). */
function parseDate(s: string, len: number): number[] | null {
  const y = digits(s, 0, 4);
  if (y < 0) return null;
  let i = 4;
  const ext = at(s, i) === 45;
  if (ext) i++;
  if (at(s, i) === 87) {
    i++;
    const w = digits(s, i, 2);
    if (w < 0) return null;
    i += 2;
    let d = 1;
    if (i < len) {
      if (ext && at(s, i++) !== 45) return null;
      d = digits(s, i, 1);
      if (d < 0) return null;
    }
    if (w <= 0 || w >= 53) {
      const jan1 = weekdayOf(ymdToOrd(y, 1, 1));
      if (!(w === 53 && (jan1 === 3 || (jan1 === 2 && isLeap(y))))) return null;
    }
    if (d <= 0 || d >= 8) return null;
    // year 0 gives a day number below 1, which CPython turns into year 1,
    // month 0 (refused when the date is built)
    if (y === 0) return [1, 0, 1];
    return ordToYmd(isoWeek1Monday(y) + (w - 1) * 7 + d - 1);
  }
  const m = digits(s, i, 2);
  if (m < 0) return null;
  i += 2;
  if (ext && at(s, i++) !== 45) return null;
  const d = digits(s, i, 2);
  if (d < 0) return null;
  return [y, m, d];
}

/** The string's UTF-8 bytes as one char per byte (CPython parses the
 * UTF-8 form); ASCII strings are their own bytes. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function utf8(s: string): string {
  if (isAscii(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** date.fromisoformat's [y, m, d]. */
export function parseDateIso(x: Py): number[] {
  const orig = strArg(x);
  if (hasSurrogate(orig)) invalid(orig);
  const s = utf8(orig);
  const len = s.length;
  const r = len === 7 || len === 8 || len === 10 ? parseDate(s, len) : null;
  if (r === null) invalid(orig);
  return r;
}

/** time.fromisoformat's [h, m, s, us, tzinfo]. */
export function parseTimeIso(x: Py): Py[] {
  const orig = strArg(x);
  if (hasSurrogate(orig)) invalid(orig);
  const s = utf8(orig);
  const out = OUT;
  const rv = parseTimeTz(s, at(s, 0) === 84 ? 1 : 0, out);
  if (rv < 0) invalid(orig);
  return [out[0], out[1], out[2], out[3], tzFrom(rv, out)];
}

/** Where the date ends in a datetime string of n (>= 7) characters. */
function dateEnd(s: string, n: number): number {
  if (n === 7) return 7;
  if (at(s, 4) === 45) {
    if (at(s, 5) !== 87) return 10;
    if (n > 8 && at(s, 8) === 45) {
      if (n === 9) return -1;
      // YYYY-Www-D, unless a digit at 10 says the hyphen at 8 was the separator
      return n > 10 && isDigit(at(s, 10)) ? 8 : 10;
    }
    return 8;
  }
  if (at(s, 4) !== 87) return 8;
  let k = 7;
  while (k < n && isDigit(at(s, k))) k++;
  if (k < 9) return k;
  return k % 2 === 0 ? 7 : 8;
}

/** datetime.fromisoformat's [y, m, d, h, mi, s, us, tzinfo]. */
export function parseDateTimeIso(x: Py): Py[] {
  const orig = strArg(x);
  let s = orig;
  if (!isAscii(s)) {
    // any one non-ASCII character may separate date and time: read it as 'T'
    const cps = Array.from(s);
    if (cps.length < 7) invalid(orig);
    for (const p of [7, 8, 10]) {
      if (p >= cps.length) break;
      if (cps[p].charCodeAt(0) >= 128) {
        cps[p] = 'T';
        s = cps.join('');
        break;
      }
    }
    if (hasSurrogate(s)) invalid(orig);
    s = utf8(s);
  } else if (s.length < 7) invalid(orig);
  const n = s.length;
  const sep = dateEnd(s, n);
  if (sep < 0) invalid(orig);
  const ymd = parseDate(s, sep);
  if (ymd === null) invalid(orig);
  const out = OUT;
  out[0] = out[1] = out[2] = out[3] = 0;
  let rv = 0;
  if (n > sep) {
    rv = parseTimeTz(s, sep + 1, out);
    if (rv < 0) invalid(orig);
  }
  return [ymd[0], ymd[1], ymd[2], out[0], out[1], out[2], out[3], tzFrom(rv, out)];
}
