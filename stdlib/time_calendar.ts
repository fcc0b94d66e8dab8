// Calendar arithmetic for the time module: proleptic Gregorian dates from
// day numbers and back (valid far beyond JS Date's range), broken-down
// times (C's struct tm, 0-based month and yday, Sunday-based wday), and the
// local time zone as the host reports it.

/** C's struct tm, with Python's year (not year - 1900). */
export interface Tm {
  year: number;
  mon: number; // 0..11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0..365
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days from 1970-01-01 to y-m-d (m 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [y, m (1..12), d] of a day number. */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? y + 1 : y, m, d];
}

/** The broken-down UTC time of integer seconds t. */
export function utcTm(t: number): Tm {
  const days = Math.floor(t / 86400);
  const secs = t - days * 86400;
  const [y, m, d] = civilFromDays(days);
  return {
    year: y,
    mon: m - 1,
    mday: d,
    hour: Math.floor(secs / 3600),
    min: Math.floor((secs % 3600) / 60),
    sec: secs % 60,
    wday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(y, 1, 1),
    isdst: 0,
    zone: 'GMT',
    gmtoff: 0,
  };
}

// ---- the local zone ---------------------------------------------------------------

const MAX_DATE_SECS = 8.64e12;

/** The host's UTC offset in seconds at time t (east positive). */
export function offsetAt(t: number): number {
  if (Math.abs(t) > MAX_DATE_SECS) return zoneInfo().stdOffset;
  return -new Date(t * 1000).getTimezoneOffset() * 60;
}

let abbrevFmt: Intl.DateTimeFormat | null = null;

function abbrevAt(t: number): string {
  const date = new Date(t * 1000);
  // the first Intl formatter costs ~10 ms (ICU start-up), paid by every
  // `import time`: UTC and GMT, the usual server zones, are read off
  // Date's own text instead
  if (date.getTimezoneOffset() === 0) {
    const text = date.toString();
    if (text.endsWith('(Coordinated Universal Time)') || text.endsWith('(GMT+00:00)')) return 'UTC';
    if (text.endsWith('(Greenwich Mean Time)')) return 'GMT';
  }
  try {
    abbrevFmt ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
    const parts = abbrevFmt.formatToParts(date);
    const p = parts.find((x) => x.type === 'timeZoneName');
    if (p) return p.value;
  } catch {
    // no Intl data: fall through
  }
  return 'UTC';
}

export interface ZoneInfo {
  /** time.timezone / altzone (west positive, seconds). */
  timezone: number;
  altzone: number;
  daylight: number;
  tzname: [string, string];
  stdOffset: number;
}

let zone: ZoneInfo | null = null;

/** The local zone as CPython's init_timezone sees it: from January 1 and
 * July 1 of the current year. */
export function zoneInfo(): ZoneInfo {
  if (zone) return zone;
  const year = new Date().getFullYear();
  const jan = Date.UTC(year, 0, 1) / 1000, jul = Date.UTC(year, 6, 1) / 1000;
  const janOff = -new Date(jan * 1000).getTimezoneOffset() * 60;
  const julOff = -new Date(jul * 1000).getTimezoneOffset() * 60;
  const janName = abbrevAt(jan), julName = abbrevAt(jul);
  const janzone = -janOff, julzone = -julOff;
  if (janzone < julzone) {
    // southern hemisphere: DST in January
    zone = { timezone: julzone, altzone: janzone, daylight: janzone !== julzone ? 1 : 0, tzname: [julName, janName], stdOffset: julOff };
  } else {
    zone = { timezone: janzone, altzone: julzone, daylight: janzone !== julzone ? 1 : 0, tzname: [janName, julName], stdOffset: janOff };
  }
  return zone;
}

/** Forgets the cached zone (time.tzset). */
export function resetZone(): void {
  zone = null;
}

/** The broken-down local time of integer seconds t. */
export function localTm(t: number): Tm {
  const off = offsetAt(t);
  const tm = utcTm(t + off);
  const z = zoneInfo();
  const dst = z.daylight && off !== z.stdOffset ? 1 : 0;
  tm.isdst = dst;
  tm.gmtoff = off;
  tm.zone = Math.abs(t) > MAX_DATE_SECS ? z.tzname[dst] : abbrevAt(t);
  return tm;
}

/** mktime: seconds of a local broken-down time (fields may be out of
 * range and are normalized as C does). */
export function localSeconds(y: number, mon: number, mday: number, hour: number, min: number, sec: number, isdst: number): number {
  // normalize the month into the year first, then count days
  const yy = y + Math.floor(mon / 12);
  const mm = ((mon % 12) + 12) % 12;
  const days = daysFromCivil(yy, mm + 1, 1) + (mday - 1);
  const wall = days * 86400 + hour * 3600 + min * 60 + sec;
  const z = zoneInfo();
  let t = wall - offsetAt(wall - z.stdOffset);
  t = wall - offsetAt(t);
  if (isdst > 0 && !z.daylight) {
    // glibc: DST asked for in a zone without it counts as one hour ahead
    t -= 3600;
  } else if (isdst >= 0 && z.daylight) {
    // an explicit isdst disagreeing with the zone shifts by the DST delta
    const dstNow = offsetAt(t) !== z.stdOffset ? 1 : 0;
    if (dstNow !== (isdst > 0 ? 1 : 0)) t += isdst > 0 ? z.altzone - z.timezone : z.timezone - z.altzone;
  }
  return t;
}
