// datetime: the objects and the shared arithmetic of the module
// (https://docs.python.org/3.11/library/datetime.html). Values are kept as
// their normalized fields (a timedelta as days, seconds, microseconds), never
// as one microsecond count: 10**4 years of microseconds exceed 2**53. Day
// numbers are proleptic Gregorian ordinals (0001-01-01 is day 1), computed
// with time_calendar's civil-day conversions.

import { PyObject, None, type Py, serial } from '../src/objects/base';
import type { PyType } from '../src/objects/type';
import { TypeError, ValueError, OverflowError } from '../src/objects/raise';
import { index } from '../src/objects/int';
import { typeName } from '../src/objects/typeof';
import { daysFromCivil, civilFromDays } from './time_calendar';

export const MINYEAR = 1;
export const MAXYEAR = 9999;
export const MAX_DELTA_DAYS = 999999999;
/** date.max.toordinal() */
export const MAX_ORDINAL = 3652059;
/** The ordinal of 1970-01-01. */
export const EPOCH_ORD = 719163;

/** The module's types, set when it is imported (datetime.ts). */
export const DT = {
  timedelta: null as unknown as PyType,
  date: null as unknown as PyType,
  time: null as unknown as PyType,
  datetime: null as unknown as PyType,
  tzinfo: null as unknown as PyType,
  timezone: null as unknown as PyType,
  isoCalendarDate: null as unknown as PyType,
  /** timezone.utc */
  utc: null as unknown as PyTimezone,
};

// ---- the objects --------------------------------------------------------------------

export class PyDelta extends PyObject {
  constructor(cls: PyType, public d: number, public s: number, public us: number) {
    super(cls);
  }
}

export class PyDate extends PyObject {
  constructor(cls: PyType, public y: number, public m: number, public d: number) {
    super(cls);
  }
}

/** A datetime: a date with a time of day (datetime is a date subclass). */
export class PyDateTime extends PyDate {
  constructor(
    cls: PyType, y: number, m: number, d: number,
    public h: number, public mi: number, public s: number, public us: number,
    public tz: Py, public fold: number,
  ) {
    super(cls, y, m, d);
  }
}

export class PyTime extends PyObject {
  constructor(cls: PyType, public h: number, public mi: number, public s: number, public us: number, public tz: Py, public fold: number) {
    super(cls);
  }
}

/** tzinfo instances (and those of Python subclasses). */
export class PyTzInfo extends PyObject {}

export class PyTimezone extends PyTzInfo {
  constructor(cls: PyType, public off: PyDelta, public name: string | null) {
    super(cls);
  }
}

serial(PyDelta, PyDate, PyDateTime, PyTime, PyTzInfo, PyTimezone);

// ---- calendar -----------------------------------------------------------------------

const DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeap(y: number): boolean {
  return (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DIM[m];
}

/** Days before each month in a common year. */
const DBM = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** The ordinal of y-m-d. */
export function ymdToOrd(y: number, m: number, d: number): number {
  if (y < 1) return daysFromCivil(y, m, d) + EPOCH_ORD;
  const p = y - 1;
  return p * 365 + ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0) + DBM[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

/** [y, m, d] of an ordinal: 400-, 100-, 4- and 1-year cycles. */
export function ordToYmd(n: number): [number, number, number] {
  if (n < 1) return civilFromDays(n - EPOCH_ORD);
  let r = n - 1;
  const n400 = (r / 146097) | 0;
  r -= n400 * 146097;
  const n100 = (r / 36524) | 0;
  r -= n100 * 36524;
  const n4 = (r / 1461) | 0;
  r -= n4 * 1461;
  const n1 = (r / 365) | 0;
  r -= n1 * 365;
  const y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  // the last day of a 4- or 400-year cycle is December 31 of the year before
  if (n1 === 4 || n100 === 4) return [y - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3) ? 1 : 0;
  let m = (r + 50) >> 5;
  let before = DBM[m] + (m > 2 ? leap : 0);
  if (before > r) {
    m--;
    before = DBM[m] + (m > 2 ? leap : 0);
  }
  return [y, m, r - before + 1];
}

/** Monday is 0. */
export function weekdayOf(ord: number): number {
  return (ord + 6) % 7;
}

/** The ordinal of the Monday of ISO week 1 of year y (the week holding January 4). */
export function isoWeek1Monday(y: number): number {
  const jan4 = ymdToOrd(y, 1, 4);
  return jan4 - weekdayOf(jan4);
}

/** [ISO year, week, weekday 1..7] of an ordinal. */
export function isoCalendar(ord: number, year: number): [number, number, number] {
  let y = year;
  let w1 = isoWeek1Monday(y);
  if (ord < w1) w1 = isoWeek1Monday(--y);
  else {
    const next = isoWeek1Monday(y + 1);
    if (ord >= next) {
      y++;
      w1 = next;
    }
  }
  const diff = ord - w1;
  return [y, Math.floor(diff / 7) + 1, (diff % 7) + 1];
}

/** The ordinal of an ISO year/week/day, with fromisocalendar's checks. */
export function isoToOrd(y: number, w: number, d: number): number {
  if (y < MINYEAR || y > MAXYEAR) throw ValueError(`Year is out of range: ${y}`);
  if (w <= 0 || w >= 53) {
    // a year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year
    const jan1 = weekdayOf(ymdToOrd(y, 1, 1));
    if (!(w === 53 && (jan1 === 3 || (jan1 === 2 && isLeap(y))))) throw ValueError(`Invalid week: ${w}`);
  }
  if (d <= 0 || d >= 8) throw ValueError(`Invalid day: ${d} (range is [1, 7])`);
  return isoWeek1Monday(y) + (w - 1) * 7 + (d - 1);
}

export function checkDate(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) throw ValueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw ValueError('month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) throw ValueError('day is out of range for month');
}

export function checkTime(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) throw ValueError('hour must be in 0..23');
  if (mi < 0 || mi > 59) throw ValueError('minute must be in 0..59');
  if (s < 0 || s > 59) throw ValueError('second must be in 0..59');
  if (us < 0 || us > 999999) throw ValueError('microsecond must be in 0..999999');
  if (fold !== 0 && fold !== 1) throw ValueError('fold must be either 0 or 1');
}

export function checkTzinfo(tz: Py): void {
  if (tz !== None && !(tz instanceof PyTzInfo)) {
    throw TypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(tz)}'`);
  }
}

/** CPython's tp_name of a class: 'datetime.date' for ours, the name for Python subclasses. */
export function tpName(cls: PyType): string {
  return cls.tpName ?? cls.name;
}

// ---- integers -------------------------------------------------------------------------

/** A C int argument (PyArg 'i'): an int or an object with __index__. */
export function cint(x: Py): number {
  if (typeof x === 'number' && x <= 2147483647 && x >= -2147483648) return x;
  const v = index(x);
  if (typeof v === 'number') {
    if (v > 2147483647) throw OverflowError('signed integer is greater than maximum');
    if (v < -2147483648) throw OverflowError('signed integer is less than minimum');
    return v;
  }
  if (v >= 9223372036854775808n || v < -9223372036854775808n) throw OverflowError('Python int too large to convert to C long');
  throw OverflowError(v > 0n ? 'signed integer is greater than maximum' : 'signed integer is less than minimum');
}

/** [floor(a / b), a mod b] of safe integers. */
export function divmod(a: number, b: number): [number, number] {
  let q = Math.floor(a / b);
  let r = a - q * b;
  // a / b may round to the neighbouring integer for large a
  if (b > 0 ? r < 0 : r > 0) {
    q--;
    r += b;
  } else if (b > 0 ? r >= b : r <= b) {
    q++;
    r -= b;
  }
  return [q, r];
}

export function bigDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** a / b rounded half to even (b > 0). */
export function bigDivRound(a: bigint, b: bigint): bigint {
  const [q, r] = bigDivmod(a, b);
  const twice = r * 2n;
  if (twice > b || (twice === b && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** a / b as the nearest double (CPython's int true division is correctly
 * rounded; Number(a) / Number(b) is not once a passes 2**53). */
export function bigDivToFloat(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // a quotient of 55 or 56 bits, plus a sticky bit, rounds once and right
  const shift = b.toString(2).length - a.toString(2).length + 55;
  const n = shift > 0 ? a << BigInt(shift) : a;
  const d = shift < 0 ? b << BigInt(-shift) : b;
  let q = n / d;
  if (q * d !== n) q |= 1n;
  const r = Number(q) * 2 ** -shift;
  return neg ? -r : r;
}

// ---- timedelta values ---------------------------------------------------------------

const US_PER_DAY = 86400000000;
const BIG_US_PER_DAY = 86400000000n;

function checkDays(d: number): void {
  if (d > MAX_DELTA_DAYS || d < -MAX_DELTA_DAYS) {
    if (d > 2147483647 || d < -2147483648) throw OverflowError('Python int too large to convert to C int');
    throw OverflowError(`days=${d}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
}

/** A timedelta from unnormalized, exact day/second/microsecond counts. */
export function mkDelta(d: number, s: number, us: number, cls: PyType = DT.timedelta): PyDelta {
  // one carry each way covers the sums of two normalized values
  if (us < 0 && us >= -1000000) {
    us += 1000000;
    s--;
  } else if (us >= 1000000 && us < 2000000) {
    us -= 1000000;
    s++;
  }
  if (s < 0 && s >= -86400) {
    s += 86400;
    d--;
  } else if (s >= 86400 && s < 172800) {
    s -= 86400;
    d++;
  }
  if (us < 0 || us >= 1000000) {
    const [q, r] = divmod(us, 1000000);
    s += q;
    us = r;
  }
  if (s < 0 || s >= 86400) {
    const [q, r] = divmod(s, 86400);
    d += q;
    s = r;
  }
  checkDays(d);
  return new PyDelta(cls, d, s, us);
}

/** The total microseconds of a timedelta (a number while exact). */
export function deltaUs(x: PyDelta): number | bigint {
  if (x.d < 100000 && x.d > -100000) return x.d * US_PER_DAY + x.s * 1000000 + x.us;
  return BigInt(x.d) * BIG_US_PER_DAY + BigInt(x.s * 1000000 + x.us);
}

/** A timedelta of t microseconds. */
export function usToDelta(t: number | bigint, cls: PyType = DT.timedelta): PyDelta {
  if (typeof t === 'number' && Number.isSafeInteger(t)) {
    const [d, r] = divmod(t, US_PER_DAY);
    checkDays(d);
    const [s, us] = divmod(r, 1000000);
    return new PyDelta(cls, d, s, us);
  }
  const [d, r] = bigDivmod(BigInt(t), BIG_US_PER_DAY);
  if (d > 999999999n || d < -999999999n) {
    if (d > 2147483647n || d < -2147483648n) throw OverflowError('Python int too large to convert to C int');
    throw OverflowError(`days=${d}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
  const rn = Number(r);
  return new PyDelta(cls, Number(d), Math.floor(rn / 1000000), rn % 1000000);
}

/** Is the delta zero? */
export function deltaZero(x: PyDelta): boolean {
  return x.d === 0 && x.s === 0 && x.us === 0;
}

/** -1, 0, 1 comparing two deltas. */
export function deltaCmp(a: PyDelta, b: PyDelta): number {
  if (a.d !== b.d) return a.d < b.d ? -1 : 1;
  if (a.s !== b.s) return a.s < b.s ? -1 : 1;
  if (a.us !== b.us) return a.us < b.us ? -1 : 1;
  return 0;
}

// ---- argument parsing ---------------------------------------------------------------

export type Conv = ((x: Py) => Py) | null;

/** PyArg_ParseTupleAndKeywords for constructors and the methods CPython
 * declares with it: `names` are the parameters, the first `nreq` required,
 * only the first `maxpos` positional; args start at `skip` (cls or self).
 * `fname` null words the errors as an anonymous "function". Converters run
 * in parameter order, as CPython converts while it binds. */
export function parseArgs(
  fname: string | null, names: string[], nreq: number, maxpos: number,
  args: Py[], kwnames: string[] | null, skip: number, conv: Conv[] | null,
): Py[] {
  const n = names.length;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw - skip;
  const F = fname === null ? 'function' : `${fname}()`;
  if (nargs + nkw > n) {
    throw TypeError(`${F} takes at most ${n} ${nargs === 0 ? 'keyword ' : ''}argument${n === 1 ? '' : 's'} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    throw TypeError(`${F} takes ${nreq < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${nargs} given)`);
  }
  const out = new Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    let v: Py;
    if (i < nargs) v = args[skip + i];
    else if (nkw) {
      const k = kwnames!.indexOf(names[i]);
      if (k >= 0) {
        v = args[skip + nargs + k];
        used++;
      }
    }
    if (v !== undefined) out[i] = conv !== null && conv[i] ? conv[i]!(v) : v;
    else if (i < nreq) throw TypeError(`${F} missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (used < nkw) {
    for (let k = 0; k < nkw; k++) {
      const j = names.indexOf(kwnames![k]);
      if (j >= 0 && j < nargs) throw TypeError(`argument for ${F} given by name ('${names[j]}') and position (${j + 1})`);
    }
    for (let k = 0; k < nkw; k++) {
      if (names.indexOf(kwnames![k]) < 0) {
        throw TypeError(`'${kwnames![k]}' is an invalid keyword argument for ${fname === null ? 'this function' : F}`);
      }
    }
  }
  return out;
}

/** Two-digit (or wider) zero padding. */
export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}
