// datetime arithmetic, comparison, hashing and time zone conversion: naive
// values and values sharing a tzinfo object work on their fields; others
// are compared through their UTC offsets, with the PEP 495 rule that a
// time in a repeated interval never equals one in another zone.

import { None, type Py } from '../src/objects/base';
import { PyFloat } from '../src/objects/float';
import { TypeError } from '../src/objects/raise';
import { tupleHash } from '../src/objects/hash';
import { getattr } from '../src/objects/attrs';
import { truediv } from '../src/objects/ops';
import { callSync } from '../src/vm/call';
import {
  DT, PyDateTime, PyDelta, EPOCH_ORD, bigDivToFloat, checkDate, checkTime, checkTzinfo, mkDelta, deltaUs, deltaCmp, ordToYmd, ymdToOrd, daysInMonth,
} from './datetime_core';
import { deltaHash, deltaSub } from './datetime_delta';
import { utcoffsetOf } from './datetime_tz';
import { dateOrd, checkOrd } from './datetime_date';
import { localToUtc, localZone } from './datetime_local';

/** A datetime of class cls: direct for datetime itself, else
 * cls(y, m, d, h, mi, s, us, tz) (CPython passes no fold to subclasses). */
export function datetimeOf(cls: Py, y: number, m: number, d: number, h: number, mi: number, s: number, us: number, tz: Py, fold: number): Py {
  if (cls === DT.datetime) {
    checkDate(y, m, d);
    checkTime(h, mi, s, us, fold);
    checkTzinfo(tz);
    return new PyDateTime(cls, y, m, d, h, mi, s, us, tz, fold);
  }
  return callSync(cls, [y, m, d, h, mi, s, us, tz]);
}

/** Seconds of the day. */
export function daySecs(x: PyDateTime): number {
  return x.h * 3600 + x.mi * 60 + x.s;
}

/** Scratch for shiftedFields (read at once by every caller). */
const F = [0, 0, 0, 0, 0, 0, 0];

/** [y, m, d, h, mi, s, us] of x shifted by sign * delta, or OverflowError. */
export function shiftedFields(x: PyDateTime, delta: PyDelta, sign: number): number[] {
  // delta is normalized: one carry each suffices
  let us = x.us + sign * delta.us;
  let secs = x.h * 3600 + x.mi * 60 + x.s + sign * delta.s;
  let days = sign * delta.d;
  if (us < 0) {
    us += 1000000;
    secs--;
  } else if (us >= 1000000) {
    us -= 1000000;
    secs++;
  }
  if (secs < 0) {
    secs += 86400;
    days--;
  } else if (secs >= 86400) {
    secs -= 86400;
    days++;
  }
  let y = x.y, m = x.m, d = x.d + days;
  if (d < 1 || (d > 28 && d > daysInMonth(y, m))) {
    const ord = ymdToOrd(x.y, x.m, x.d) + days;
    checkOrd(ord);
    [y, m, d] = ordToYmd(ord);
  }
  const h = (secs / 3600) | 0;
  const r = secs - h * 3600;
  const mi = (r / 60) | 0;
  F[0] = y;
  F[1] = m;
  F[2] = d;
  F[3] = h;
  F[4] = mi;
  F[5] = r - mi * 60;
  F[6] = us;
  return F;
}

/** x + sign * delta, of x's class, keeping its tzinfo (fold is reset). */
export function dtAddDelta(x: PyDateTime, delta: PyDelta, sign: number): Py {
  const f = shiftedFields(x, delta, sign);
  if (x.cls === DT.datetime) return new PyDateTime(x.cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], x.tz, 0);
  return datetimeOf(x.cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], x.tz, 0);
}

/** x.utcoffset() (for fold 0 when `fold0`, as hashing asks). */
export function dtOffset(x: PyDateTime, fold0 = false): PyDelta | null {
  if (x.tz === None) return null;
  if (fold0 && x.fold) return utcoffsetOf(x.tz, withFold(x, 0));
  return utcoffsetOf(x.tz, x);
}

/** A copy of x with another fold (same class, no constructor call). */
function withFold(x: PyDateTime, fold: number): PyDateTime {
  return new PyDateTime(x.cls, x.y, x.m, x.d, x.h, x.mi, x.s, x.us, x.tz, fold);
}

/** The fields difference a - b as a timedelta, ignoring offsets. */
function fieldDiff(a: PyDateTime, b: PyDateTime): PyDelta {
  return mkDelta(dateOrd(a) - dateOrd(b), daySecs(a) - daySecs(b), a.us - b.us);
}

/** a - b for two datetimes. */
export function dtSub(a: PyDateTime, b: PyDateTime): PyDelta {
  if (a.tz === b.tz) return fieldDiff(a, b);
  const o1 = dtOffset(a), o2 = dtOffset(b);
  if ((o1 === null) !== (o2 === null)) throw TypeError("can't subtract offset-naive and offset-aware datetimes");
  const r = fieldDiff(a, b);
  if (o1 === null || o2 === null || deltaCmp(o1, o2) === 0) return r;
  return deltaSub(r, deltaSub(o1, o2));
}

function fieldCmp(a: PyDateTime, b: PyDateTime): number {
  if (a.y !== b.y) return a.y < b.y ? -1 : 1;
  if (a.m !== b.m) return a.m < b.m ? -1 : 1;
  if (a.d !== b.d) return a.d < b.d ? -1 : 1;
  if (a.h !== b.h) return a.h < b.h ? -1 : 1;
  if (a.mi !== b.mi) return a.mi < b.mi ? -1 : 1;
  if (a.s !== b.s) return a.s < b.s ? -1 : 1;
  if (a.us !== b.us) return a.us < b.us ? -1 : 1;
  return 0;
}

/** Does x's offset change when its fold is flipped (a repeated or skipped time)? */
function foldSensitive(x: PyDateTime, off: PyDelta | null): boolean {
  const flipped = utcoffsetOf(x.tz, withFold(x, 1 - x.fold));
  if (flipped === off) return false;
  if (flipped === null || off === null) return flipped !== off;
  return deltaCmp(flipped, off) !== 0;
}

/** Compares two datetimes: a number, or null when naive meets aware.
 * `eq` marks an equality test, where PEP 495's exception applies. */
export function dtCmp(a: PyDateTime, b: PyDateTime, eq: boolean): number | null {
  if (a.tz === b.tz) return fieldCmp(a, b);
  const o1 = dtOffset(a), o2 = dtOffset(b);
  let c: number;
  if (o1 === o2 || (o1 !== null && o2 !== null && deltaCmp(o1, o2) === 0)) c = fieldCmp(a, b);
  else if (o1 !== null && o2 !== null) {
    const d = deltaSub(fieldDiff(a, b), deltaSub(o1, o2));
    c = d.d !== 0 ? d.d : d.s !== 0 || d.us !== 0 ? 1 : 0;
  } else return null;
  if (eq && c === 0 && (foldSensitive(a, o1) || foldSensitive(b, o2))) c = 1;
  return c;
}

export function dtHash(x: PyDateTime): number | bigint {
  const off = dtOffset(x, true);
  if (off === null) return tupleHash([x.y, x.m, x.d, x.h, x.mi, x.s, x.us]);
  return deltaHash(deltaSub(mkDelta(dateOrd(x), daySecs(x), x.us), off));
}

/** Seconds since the epoch of x's wall time read as UTC. */
function wallSecs(x: PyDateTime): number {
  return (dateOrd(x) - EPOCH_ORD) * 86400 + daySecs(x);
}

/** datetime.timestamp() */
export function dtTimestamp(x: PyDateTime): PyFloat {
  const off = dtOffset(x);
  if (off === null) return new PyFloat(localToUtc(wallSecs(x), x.fold) + x.us / 1e6);
  const d = deltaSub(mkDelta(dateOrd(x) - EPOCH_ORD, daySecs(x), x.us), off);
  const us = deltaUs(d);
  return new PyFloat(typeof us === 'number' ? us / 1000000 : bigDivToFloat(us, 1000000n));
}

/** The local zone in effect at x's local wall time (naive x). */
function localZoneOfWall(x: PyDateTime): Py {
  return localZone(localToUtc(wallSecs(x), x.fold));
}

/** datetime.astimezone(tz) */
export function dtAstimezone(x: PyDateTime, tz: Py): Py {
  if (tz !== None) checkTzinfo(tz);
  let selfTz = x.tz === None ? localZoneOfWall(x) : x.tz;
  if (selfTz === tz) return x;
  let off = utcoffsetOf(selfTz, x);
  if (off === null) {
    selfTz = localZoneOfWall(x);
    off = utcoffsetOf(selfTz, x)!;
  }
  const r = dtAddDelta(x, off, -1);
  if (!(r instanceof PyDateTime)) throw TypeError('unexpected datetime subclass result');
  const target = tz === None ? localZone(wallSecs(r)) : tz;
  r.tz = target;
  return callSync(getattr(target, 'fromutc'), [r]);
}
