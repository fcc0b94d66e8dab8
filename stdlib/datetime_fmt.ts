// Text forms of datetime values: isoformat pieces, and strftime, which
// expands %z, %Z and %f from the object and hands the rest of the format to
// the time module's strftime (time_format.ts) with the object's timetuple.

import { None, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { TypeError, ValueError } from '../src/objects/raise';
import { strValue } from '../src/objects/strutil';
import { intValue } from '../src/objects/intutil';
import { typeName } from '../src/objects/typeof';
import type { Tm } from './time_calendar';
import { strftime, DAYS, MONTHS } from './time_format';
import { ymdToOrd, pad, pad2 } from './datetime_core';
import { utcoffsetOf, tznameOf, formatOffset } from './datetime_tz';

/** A struct tm for y-m-d h:mi:s (isdst as given). */
export function tmOf(y: number, m: number, d: number, h: number, mi: number, s: number, isdst: number): Tm {
  const ord = ymdToOrd(y, m, d);
  return { year: y, mon: m - 1, mday: d, hour: h, min: mi, sec: s, wday: ord % 7, yday: ord - ymdToOrd(y, 1, 1), isdst, zone: null, gmtoff: null };
}

/** A struct tm from a 9-tuple a Python timetuple() override returned. */
export function tmFromTuple(t: Py): Tm {
  if (!(t instanceof PyTuple) || t.items.length < 9) throw TypeError('Tuple or struct_time argument required');
  const v = t.items.map((x) => Number(intValue(x) ?? 0));
  return { year: v[0], mon: v[1] - 1, mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: (v[6] + 1) % 7, yday: v[7] - 1, isdst: v[8], zone: null, gmtoff: null };
}

export function dateIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad2(m)}-${pad2(d)}`;
}

/** HH:MM:SS[.ffffff] as isoformat's timespec asks. */
export function timeIso(h: number, mi: number, s: number, us: number, spec: string): string {
  switch (spec) {
    case 'auto':
      return `${pad2(h)}:${pad2(mi)}:${pad2(s)}${us ? '.' + pad(us, 6) : ''}`;
    case 'hours':
      return pad2(h);
    case 'minutes':
      return `${pad2(h)}:${pad2(mi)}`;
    case 'seconds':
      return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
    case 'milliseconds':
      return `${pad2(h)}:${pad2(mi)}:${pad2(s)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds':
      return `${pad2(h)}:${pad2(mi)}:${pad2(s)}.${pad(us, 6)}`;
  }
  throw ValueError('Unknown timespec value');
}

/** The timespec argument of isoformat. */
export function timespecArg(x: Py, pos: number): string {
  if (x === undefined) return 'auto';
  const s = strValue(x);
  if (s === null) throw TypeError(`isoformat() argument ${pos} must be str, not ${typeName(x)}`);
  return s;
}

/** The offset suffix of isoformat: '' when naive. */
export function isoOffset(tz: Py, arg: Py): string {
  const off = utcoffsetOf(tz, arg);
  return off === null ? '' : formatOffset(off, ':');
}

/** The format argument of strftime/__format__. */
export function fmtArg(x: Py, what: string): string {
  const s = strValue(x);
  if (s === null) throw TypeError(`${what} argument 1 must be str, not ${typeName(x)}`);
  return s;
}

/** strftime of a date, time or datetime: `tz`/`arg` give %z and %Z (tz None
 * for a date or a naive value), us gives %f. */
export function wrapStrftime(fmt: string, tm: Tm, us: number, tz: Py, arg: Py): string {
  let f = fmt;
  if (fmt.indexOf('%') >= 0 && /%[zZf]/.test(fmt)) {
    let out = '';
    let zrep: string | null = null, Zrep: string | null = null;
    const n = fmt.length;
    for (let i = 0; i < n; i++) {
      const c = fmt[i];
      if (c !== '%' || i + 1 >= n) {
        out += c;
        continue;
      }
      const d = fmt[++i];
      if (d === 'z') {
        if (zrep === null) {
          const off = tz === None ? null : utcoffsetOf(tz, arg);
          zrep = off === null ? '' : formatOffset(off, '');
        }
        out += zrep;
      } else if (d === 'Z') {
        if (Zrep === null) {
          const name = tz === None ? None : tznameOf(tz, arg);
          Zrep = name === None ? '' : strValue(name)!.replace(/%/g, '%%');
        }
        out += Zrep;
      } else if (d === 'f') out += pad(us, 6);
      else out += '%' + d;
    }
    f = out;
  }
  return strftime(f, tm);
}

/** ctime(): asctime's layout with a four-digit year. */
export function ctimeOf(y: number, m: number, d: number, h: number, mi: number, s: number): string {
  const wd = ymdToOrd(y, m, d) % 7;
  const day = d < 10 ? ' ' + d : String(d);
  return `${DAYS[wd].slice(0, 3)} ${MONTHS[m - 1].slice(0, 3)} ${day} ${pad2(h)}:${pad2(mi)}:${pad2(s)} ${pad(y, 4)}`;
}
