// time.strftime as glibc's strftime formats in the C locale, with its
// extensions: flags (- _ 0 ^ #), field widths, the E and O modifiers, and
// unknown directives copied through unchanged.

import type { Tm } from './time_calendar';
import { daysFromCivil, isLeap, zoneInfo, localSeconds } from './time_calendar';

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO 8601 [year, week] of tm. */
function isoWeek(tm: Tm): [number, number] {
  // the Thursday of the same ISO week decides the year
  const wdayMon = (tm.wday + 6) % 7;
  const days = daysFromCivil(tm.year, 1, 1) + tm.yday;
  const thursday = days - wdayMon + 3;
  let y = tm.year;
  const jan1 = (yr: number) => daysFromCivil(yr, 1, 1);
  if (thursday < jan1(y)) y--;
  else if (thursday >= jan1(y + 1)) y++;
  return [y, Math.floor((thursday - jan1(y)) / 7) + 1];
}

function pad(s: string, width: number, ch: string): string {
  return s.length >= width ? s : ch.repeat(width - s.length) + s;
}

/** Formats tm (Python year) with a C strftime format. */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i;
    let flag = '';
    let upper = false, swap = false;
    i++;
    while (i < n && '-_0^#'.includes(fmt[i])) {
      const f = fmt[i++];
      if (f === '^') upper = true;
      else if (f === '#') swap = true;
      else flag = f;
    }
    let width = -1;
    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') width = (width < 0 ? 0 : width * 10) + (fmt.charCodeAt(i++) - 48);
    if (i < n && (fmt[i] === 'E' || fmt[i] === 'O')) i++;
    if (i >= n) {
      out += width > n - start ? pad(fmt.slice(start), width, ' ') : fmt.slice(start);
      break;
    }
    const d = fmt[i];
    /** A number padded to `w` with the directive's default pad. */
    const num = (v: number, w: number, defPad = '0'): string => {
      const neg = v < 0;
      let s = String(Math.abs(v));
      // '-' drops the default padding; an explicit width still pads (with spaces)
      const padc = flag === '-' ? (width >= 0 ? ' ' : '') : flag === '_' ? ' ' : flag === '0' ? '0' : defPad;
      const ww = width >= 0 ? width : w;
      if (padc && !neg) s = pad(s, ww, padc);
      else if (padc && neg) s = '-' + pad(s, ww - 1, padc);
      else if (neg) s = '-' + s;
      return s;
    };
    /** A text field, with case flags and width padding. */
    const text = (s: string, swapMeansLower = false): string => {
      if (upper) s = s.toUpperCase();
      else if (swap) s = swapMeansLower ? s.toLowerCase() : s.toUpperCase();
      if (width > s.length) s = pad(s, width, flag === '0' ? '0' : ' ');
      return s;
    };
    const sub = (f: string) => text(strftime(f, tm));
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case '%':
        out += text('%');
        break;
      case 'a':
        out += text(DAYS[tm.wday].slice(0, 3));
        break;
      case 'A':
        out += text(DAYS[tm.wday]);
        break;
      case 'b':
      case 'h':
        out += text(MONTHS[tm.mon].slice(0, 3));
        break;
      case 'B':
        out += text(MONTHS[tm.mon]);
        break;
      case 'c':
        out += sub('%a %b %e %H:%M:%S %Y');
        break;
      case 'C':
        out += num(Math.floor(tm.year / 100), 1);
        break;
      case 'd':
        out += num(tm.mday, 2);
        break;
      case 'D':
        out += sub('%m/%d/%y');
        break;
      case 'e':
        out += num(tm.mday, 2, ' ');
        break;
      case 'F':
        out += sub('%Y-%m-%d');
        break;
      case 'g':
        out += num(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
        break;
      case 'y':
        out += num(((tm.year % 100) + 100) % 100, 2);
        break;
      case 'G':
        out += num(isoWeek(tm)[0], 1);
        break;
      case 'H':
        out += num(tm.hour, 2);
        break;
      case 'I':
        out += num(hour12, 2);
        break;
      case 'j':
        out += num(tm.yday + 1, 3);
        break;
      case 'k':
        out += num(tm.hour, 2, ' ');
        break;
      case 'l':
        out += num(hour12, 2, ' ');
        break;
      case 'm':
        out += num(tm.mon + 1, 2);
        break;
      case 'M':
        out += num(tm.min, 2);
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'p':
        out += text(tm.hour < 12 ? 'AM' : 'PM', true);
        break;
      case 'P':
        out += text(tm.hour < 12 ? 'am' : 'pm');
        break;
      case 'r':
        out += sub('%I:%M:%S %p');
        break;
      case 'R':
        out += sub('%H:%M');
        break;
      case 's':
        out += num(localSeconds(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.isdst), 1);
        break;
      case 'S':
        out += num(tm.sec, 2);
        break;
      case 'T':
        out += sub('%H:%M:%S');
        break;
      case 'u':
        out += num(tm.wday === 0 ? 7 : tm.wday, 1);
        break;
      case 'U':
        out += num(Math.floor((tm.yday + 7 - tm.wday) / 7), 2);
        break;
      case 'V':
        out += num(isoWeek(tm)[1], 2);
        break;
      case 'w':
        out += num(tm.wday, 1);
        break;
      case 'W':
        out += num(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2);
        break;
      case 'x':
        out += sub('%m/%d/%y');
        break;
      case 'X':
        out += sub('%H:%M:%S');
        break;
      case 'Y':
        out += num(tm.year, 1);
        break;
      case 'z': {
        if (tm.isdst < 0) break;
        const off = tm.gmtoff ?? 0;
        const a = Math.floor(Math.abs(off) / 60);
        const v = Math.floor(a / 60) * 100 + (a % 60);
        const s = pad(String(v), width > 1 ? width - 1 : 4, flag === '_' ? ' ' : '0');
        out += (off < 0 ? '-' : '+') + s;
        break;
      }
      case 'Z': {
        const z = tm.zone ?? (tm.isdst < 0 ? '' : zoneInfo().tzname[tm.isdst > 0 ? 1 : 0]);
        out += text(z, true);
        break;
      }
      default:
        // glibc copies an unknown conversion through (padded to the width)
        out += text(fmt.slice(start, i + 1));
    }
  }
  return out;
}

/** asctime's fixed layout: 'Sun Jan  1 00:00:00 1970'. */
export function asctime(tm: Tm): string {
  const two = (v: number) => pad(String(v), 2, '0');
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon].slice(0, 3)} ${pad(String(tm.mday), 2, ' ')} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year}`;
}

void isLeap;
