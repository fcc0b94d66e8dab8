// time.strptime in the C locale: the format becomes a case-insensitive
// regular expression with one named group per directive (whitespace
// matching one or more whitespace characters), and the matched fields are
// combined into a date as CPython's _strptime does (defaults 1900-01-01,
// weeks of %U/%W, ISO %G/%V/%u, %j, two-digit years pivoting at 69).

import { ValueError } from '../src/objects/raise';
import { strRepr } from '../src/objects/strutil';
import { daysFromCivil, civilFromDays, isLeap, zoneInfo } from './time_calendar';
import { DAYS, MONTHS } from './time_format';

const DAY_FULL = [1, 2, 3, 4, 5, 6, 0].map((i) => DAYS[i].toLowerCase()); // Monday first
const DAY_ABBR = DAY_FULL.map((d) => d.slice(0, 3));
const MON_FULL = MONTHS.map((m) => m.toLowerCase());
const MON_ABBR = MON_FULL.map((m) => m.slice(0, 3));

function alternatives(words: string[]): string {
  // longest first, so that a prefix never wins
  return words.slice().sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function directive(d: string): string | null {
  switch (d) {
    case 'd':
      return '3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]';
    case 'f':
      return '[0-9]{1,6}';
    case 'H':
      return '2[0-3]|[0-1]\\d|\\d';
    case 'I':
      return '1[0-2]|0[1-9]|[1-9]';
    case 'G':
      return '\\d\\d\\d\\d';
    case 'j':
      return '36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]';
    case 'm':
      return '1[0-2]|0[1-9]|[1-9]';
    case 'M':
      return '[0-5]\\d|\\d';
    case 'S':
      return '6[0-1]|[0-5]\\d|\\d';
    case 'U':
    case 'W':
      return '5[0-3]|[0-4]\\d|\\d';
    case 'w':
      return '[0-6]';
    case 'u':
      return '[1-7]';
    case 'V':
      return '5[0-3]|0[1-9]|[1-4]\\d|\\d';
    case 'y':
      return '\\d\\d';
    case 'Y':
      return '\\d\\d\\d\\d';
    case 'z':
      return '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z';
    case 'A':
      return alternatives(DAY_FULL);
    case 'a':
      return alternatives(DAY_ABBR);
    case 'B':
      return alternatives(MON_FULL);
    case 'b':
      return alternatives(MON_ABBR);
    case 'p':
      return 'am|pm';
    case 'Z': {
      const z = zoneInfo();
      const names = new Set(['utc', 'gmt', z.tzname[0].toLowerCase(), z.tzname[1].toLowerCase()]);
      return alternatives([...names]);
    }
  }
  return null;
}

const LOCALE_FORMATS: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

/** The regular expression source for a strptime format. */
function patternOf(format: string): string {
  let out = '';
  const seen = new Set<string>();
  const expand = (f: string) => {
    for (let i = 0; i < f.length; i++) {
      const c = f[i];
      if (c === '%') {
        if (i + 1 >= f.length) throw ValueError(`stray % in format '${format}'`);
        const d = f[++i];
        if (d === '%') {
          out += '%';
          continue;
        }
        if (LOCALE_FORMATS[d]) {
          expand(LOCALE_FORMATS[d]);
          continue;
        }
        const p = directive(d);
        if (p === null) throw ValueError(`'${d}' is a bad directive in format '${format}'`);
        // a directive used twice must match the same text the second time
        if (seen.has(d)) out += `\\k<${groupName(d)}>`;
        else out += `(?<${groupName(d)}>${p})`;
        seen.add(d);
      } else if (/\s/.test(c)) {
        while (i + 1 < f.length && /\s/.test(f[i + 1])) i++;
        out += '\\s+';
      } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  };
  expand(format);
  return out;
}

function groupName(d: string): string {
  return d >= 'a' && d <= 'z' ? 'l' + d : 'u' + d;
}

const cache = new Map<string, RegExp>();

export interface Parsed {
  fields: number[]; // year, mon, mday, hour, min, sec, wday (Mon=0), yday (1-based), isdst
  zone: string | null;
  gmtoff: number | null;
  fraction: number;
}

function weekday(y: number, m: number, d: number): number {
  // Monday = 0
  return (((daysFromCivil(y, m, d) + 3) % 7) + 7) % 7;
}

/** Parses `data` with `format`; ValueError as CPython words it. */
export function strptime(data: string, format: string): Parsed {
  let re = cache.get(format);
  if (!re) {
    re = new RegExp('^(?:' + patternOf(format) + ')', 'i');
    if (cache.size > 100) cache.clear();
    cache.set(format, re);
  }
  const m = re.exec(data);
  if (!m) throw ValueError(`time data ${strRepr(data)} does not match format ${strRepr(format)}`);
  if (m[0].length !== data.length) throw ValueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  const g = (d: string): string | undefined => m.groups?.[groupName(d)];

  let year: number | null = null;
  let month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0;
  let tz = -1;
  let gmtoff: number | null = null;
  let isoYear: number | null = null, isoWeek: number | null = null;
  let weekOfYear: number | null = null, weekStartsMon = false;
  let wday: number | null = null, julian: number | null = null;
  let v: string | undefined;
  if ((v = g('y')) !== undefined) {
    year = parseInt(v, 10);
    year += year <= 68 ? 2000 : 1900;
  }
  if ((v = g('Y')) !== undefined) year = parseInt(v, 10);
  if ((v = g('G')) !== undefined) isoYear = parseInt(v, 10);
  if ((v = g('m')) !== undefined) month = parseInt(v, 10);
  if ((v = g('B')) !== undefined) month = MON_FULL.indexOf(v.toLowerCase()) + 1;
  if ((v = g('b')) !== undefined) month = MON_ABBR.indexOf(v.toLowerCase()) + 1;
  if ((v = g('d')) !== undefined) day = parseInt(v, 10);
  if ((v = g('H')) !== undefined) hour = parseInt(v, 10);
  if ((v = g('I')) !== undefined) {
    hour = parseInt(v, 10);
    const ampm = (g('p') ?? '').toLowerCase();
    if (ampm === '' || ampm === 'am') {
      if (hour === 12) hour = 0;
    } else if (hour !== 12) hour += 12;
  }
  if ((v = g('M')) !== undefined) minute = parseInt(v, 10);
  if ((v = g('S')) !== undefined) second = parseInt(v, 10);
  if ((v = g('f')) !== undefined) fraction = parseInt(v + '0'.repeat(6 - v.length), 10);
  if ((v = g('A')) !== undefined) wday = DAY_FULL.indexOf(v.toLowerCase());
  if ((v = g('a')) !== undefined) wday = DAY_ABBR.indexOf(v.toLowerCase());
  if ((v = g('w')) !== undefined) {
    wday = parseInt(v, 10);
    wday = wday === 0 ? 6 : wday - 1;
  }
  if ((v = g('u')) !== undefined) wday = parseInt(v, 10) - 1;
  if ((v = g('j')) !== undefined) julian = parseInt(v, 10);
  if ((v = g('U')) !== undefined) {
    weekOfYear = parseInt(v, 10);
    weekStartsMon = false;
  }
  if ((v = g('W')) !== undefined) {
    weekOfYear = parseInt(v, 10);
    weekStartsMon = true;
  }
  if ((v = g('V')) !== undefined) isoWeek = parseInt(v, 10);
  if ((v = g('z')) !== undefined) {
    if (v === 'Z' || v === 'z') gmtoff = 0;
    else {
      const s = v.replace(/:/g, '');
      const sign = s[0] === '-' ? -1 : 1;
      const hh = parseInt(s.slice(1, 3), 10), mm = parseInt(s.slice(3, 5), 10);
      const ss = s.length > 5 ? parseInt(s.slice(5, 7), 10) : 0;
      gmtoff = sign * (hh * 3600 + mm * 60 + ss);
    }
  }
  const zoneName = g('Z') ?? null;
  if (zoneName !== null) {
    const z = zoneInfo();
    const found = zoneName.toLowerCase();
    const std = new Set(['utc', 'gmt', z.tzname[0].toLowerCase()]);
    if (std.has(found)) {
      if (!(z.tzname[0] === z.tzname[1] && z.daylight && found !== 'utc' && found !== 'gmt')) tz = 0;
    } else if (found === z.tzname[1].toLowerCase()) {
      if (!(z.tzname[0] === z.tzname[1] && z.daylight)) tz = 1;
    }
  }

  if (year === null && isoYear !== null) {
    if (isoWeek === null || wday === null) {
      throw ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    if (julian !== null) throw ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
  } else if (weekOfYear === null && isoWeek !== null) {
    if (wday === null) throw ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    throw ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904;
    leapFix = true;
  } else if (year === null) year = 1900;

  if (julian === null && wday !== null) {
    if (weekOfYear !== null) {
      let first = weekday(year, 1, 1);
      let dow = wday;
      if (!weekStartsMon) {
        first = (first + 1) % 7;
        dow = (dow + 1) % 7;
      }
      const week0 = (7 - first) % 7;
      julian = weekOfYear === 0 ? 1 + dow - first : 1 + week0 + 7 * (weekOfYear - 1) + dow;
    } else if (isoYear !== null && isoWeek !== null) {
      // ISO week 1 holds January 4th
      const correction = weekday(isoYear, 1, 4) + 1 + 3;
      let ordinal = isoWeek * 7 + (wday + 1) - correction;
      let y = isoYear;
      if (ordinal < 1) {
        ordinal += daysFromCivil(y, 1, 1);
        y -= 1;
        ordinal -= daysFromCivil(y, 1, 1);
      }
      year = y;
      julian = ordinal;
    }
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    const mdays = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (month < 1 || month > 12) throw ValueError('month must be in 1..12');
    if (day < 1 || day > mdays[month - 1]) throw ValueError('day is out of range for month');
    julian = daysFromCivil(year, month, day) - daysFromCivil(year, 1, 1) + 1;
  } else {
    const [y, mo, d] = civilFromDays(daysFromCivil(year, 1, 1) + julian - 1);
    year = y;
    month = mo;
    day = d;
  }
  if (wday === null) wday = weekday(year, month, day);
  if (leapFix) year = 1900;
  return { fields: [year, month, day, hour, minute, second, wday, julian, tz], zone: zoneName, gmtoff, fraction };
}
