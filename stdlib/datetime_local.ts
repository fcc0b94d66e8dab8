// Clock readings, timestamp arguments and the host's local time zone for
// datetime: UTC offsets come from time_calendar.offsetAt (the host's zone
// rules), and ambiguous or missing local times are resolved with `fold` as
// PEP 495 specifies (https://peps.python.org/pep-0495/).

import { T, None, type Py } from '../src/objects/base';
import { PyFloat } from '../src/objects/float';
import { intValue } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { ValueError, OverflowError } from '../src/objects/raise';
import { callSync } from '../src/vm/call';
import { utcTm, offsetAt, localTm, civilFromDays } from './time_calendar';
import { mkDelta, divmod } from './datetime_core';
import { newTimezone } from './datetime_tz';
import type { PyTimezone } from './datetime_core';

/** Now, as [integer seconds, microseconds] since the epoch (rounded down). */
export function nowParts(): [number, number] {
  const us = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  return divmod(us, 1000000);
}

/** Round half to even of a double. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  // Math.round rounds ties up: move them to the even neighbour
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const TIME_T_MAX = 9223372036854775807;

function timeTRange(): never {
  throw OverflowError('timestamp out of range for platform time_t');
}

/** _PyTime_ObjectToTimeval: a timestamp as [seconds, microseconds], the
 * fraction rounded half to even (floor: rounded down, as date uses). */
export function timestampParts(x: Py, floor: boolean): [number, number] {
  if (x instanceof PyFloat) {
    const v = x.v;
    if (v !== v) throw ValueError('Invalid value NaN (not a number)');
    let ip = Math.trunc(v);
    let us = (v - ip) * 1e6;
    us = floor ? Math.floor(us) : roundHalfEven(us);
    if (us >= 1e6) {
      us -= 1e6;
      ip += 1;
    } else if (us < 0) {
      us += 1e6;
      ip -= 1;
    }
    if (!(ip >= -TIME_T_MAX - 1 && ip < TIME_T_MAX)) timeTRange();
    return [ip, us];
  }
  const iv = intValue(x) ?? index(x);
  if (typeof iv === 'bigint' && (iv < -(1n << 63n) || iv >= 1n << 63n)) timeTRange();
  return [Number(iv), 0];
}

/** Year overflow of gmtime/localtime (EOVERFLOW), as glibc reports it. */
function checkYear(t: number): void {
  // beyond about 6.7e16 seconds the year no longer fits a C int
  if (t > 67767976233316800 || t < -67768040609740800) {
    throw callSync(T.OSError, [75, 'Value too large for defined data type']);
  }
}

/** [y, m, d, h, mi, s] of UTC seconds t. */
export function utcFields(t: number): number[] {
  checkYear(t);
  const [days, secs] = divmod(t, 86400);
  const [y, m, d] = civilFromDays(days);
  return [y, m, d, Math.floor(secs / 3600), Math.floor((secs % 3600) / 60), secs % 60];
}

/** [y, m, d, h, mi, s] of local time at UTC seconds t. */
export function localFields(t: number): number[] {
  checkYear(t);
  return utcFields(t + offsetAt(t));
}

const DAY = 86400;
/** Wall seconds of 0001-01-01 and of 10000-01-01. */
const WALL_MIN = -62135596800, WALL_END = 253402300800;

/** The local wall time at UTC seconds u (as seconds since the epoch read
 * as UTC); CPython fails here when that wall time is outside years 1..9999. */
function wallAt(u: number): number {
  const w = u + offsetAt(u);
  if (w < WALL_MIN || w >= WALL_END) throw ValueError(`year ${civilFromDays(Math.floor(w / DAY))[0]} is out of range`);
  return w;
}

/** Whether local time at UTC seconds t is the second of two equal wall
 * times (the fold fromtimestamp sets): is the same wall time shown a day's
 * worth of offset change earlier? */
export function localFold(t: number): number {
  const w = t + offsetAt(t);
  const change = w - wallAt(t - DAY) - DAY;
  if (change >= 0) return 0;
  return wallAt(t + change) === w ? 1 : 0;
}

/** UTC seconds of the local wall time `wall` (seconds since the epoch read
 * as UTC). When the wall time occurs twice, fold 0 picks the first, 1 the
 * second; when it is skipped, fold 0 maps it with the offset before the
 * change and fold 1 with the one after (PEP 495). */
export function localToUtc(wall: number, fold: number): number {
  const a = wallAt(wall) - wall;
  const u1 = wall - a;
  const w1 = wallAt(u1);
  let b: number;
  if (w1 === wall) {
    // u1 works; look a day to the side fold points to for another offset
    const probe = fold ? u1 + DAY : u1 - DAY;
    b = wallAt(probe) - probe;
    if (b === a) return u1;
  } else b = w1 - u1;
  const u2 = wall - b;
  if (wallAt(u2) === wall) return u2;
  if (w1 === wall) return u1;
  // in a gap: neither offset reproduces the wall time
  return fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** The local zone at UTC seconds t as a fixed timezone with its abbreviation. */
export function localZone(t: number): PyTimezone {
  const tm = localTm(t);
  return newTimezone(mkDelta(0, tm.gmtoff ?? 0, 0), tm.zone ?? 'UTC');
}

void utcTm;
void None;
