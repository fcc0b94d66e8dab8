// time: clocks and calendar time (https://docs.python.org/3.11/library/time.html),
// sleep parks only the calling thread (src/vm/blocking.ts). Clocks come from the host's
// high-resolution timers; broken-down times are computed here (time_calendar.ts)
// so that any time_t CPython accepts works; strftime/strptime follow glibc
// and _strptime in the C locale (time_format.ts, time_strptime.ts).

import { T, None, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyTuple, tuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyNamespace } from '../src/objects/namespace';
import { PyDict } from '../src/objects/dict';
import type { PyType } from '../src/objects/type';
import { getsets, staticMethods, attrs, methods } from '../src/objects/typesetup';
import { builtinType } from '../src/objects/type';
import { repr } from '../src/objects/protocol';
import { TypeError, ValueError, OverflowError, AttributeError } from '../src/objects/raise';
import { intValue, norm } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { strValue } from '../src/objects/strutil';
import { typeName } from '../src/objects/typeof';
import { iterToArray } from '../src/objects/iter';
import { osErrorCode } from '../src/builtins/oserror';
import { cfuncs, Style, kwfunc } from './math_cfunc';
import { callSync } from '../src/vm/call';
import { sleep } from '../src/vm/blocking';
import { current } from '../src/vm/thread';
import { type Tm, utcTm, localTm, localSeconds, zoneInfo, resetZone } from './time_calendar';
import { strftime, asctime } from './time_format';
import { strptime } from './time_strptime';

// ---- clocks -----------------------------------------------------------------------

/** Nanoseconds since the epoch. */
function timeNs(): bigint {
  // performance.timeOrigin + now() has sub-millisecond resolution
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e3)) * 1000n;
}

function monotonicNs(): bigint {
  return process.hrtime.bigint();
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

const nsToFloat = (ns: bigint) => new PyFloat(Number(ns) / 1e9);

const CLOCKS: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

const CLOCK_IDS = { CLOCK_REALTIME: 0, CLOCK_MONOTONIC: 1, CLOCK_PROCESS_CPUTIME_ID: 2, CLOCK_THREAD_CPUTIME_ID: 3, CLOCK_MONOTONIC_RAW: 4, CLOCK_BOOTTIME: 7, CLOCK_TAI: 11 };

function clockNs(id: Py): bigint {
  const v = index(id);
  switch (Number(v)) {
    case 0:
      return timeNs();
    case 1:
    case 4:
    case 7:
      return monotonicNs();
    case 2:
    case 3:
      return cpuNs();
    case 11:
      return timeNs() + 37000000000n;
  }
  throw osErrorCode('EINVAL');
}

// ---- seconds arguments ----------------------------------------------------------------

/** A time_t from an int or float (floored), or now for None. */
function secondsArg(x: Py): number {
  if (x === undefined || x === None) return Math.floor(Number(timeNs() / 1000000000n));
  if (x instanceof PyFloat) {
    const v = x.v;
    if (v !== v) throw ValueError('Invalid value NaN (not a number)');
    const f = Math.floor(v);
    if (!(f >= -9223372036854775808 && f < 9223372036854775808)) throw OverflowError('timestamp out of range for platform time_t');
    return f;
  }
  const iv = intValue(x) ?? index(x);
  if (typeof iv === 'bigint' && (iv < -(1n << 63n) || iv >= 1n << 63n)) throw OverflowError('timestamp out of range for platform time_t');
  return Number(iv);
}

/** time.sleep's argument: a float, or anything with __index__ (as _PyTime_FromObject). */
function sleepSeconds(x: Py): number {
  if (x instanceof PyFloat) {
    if (Math.abs(x.v) >= 9223372036.854775) throw OverflowError('timestamp out of range for platform time_t');
    return x.v;
  }
  const iv = intValue(x) ?? index(x);
  // _PyTime_t counts nanoseconds in 64 bits
  if (Math.abs(Number(iv)) > 9223372036) {
    throw OverflowError('timestamp too large to convert to C _PyTime_t');
  }
  return Number(iv);
}

/** Broken-down time, failing as glibc does when the year overflows an int. */
function checkedTm(tm: Tm): Tm {
  if (!(tm.year - 1900 <= 2147483647 && tm.year - 1900 >= -2147483648)) {
    throw callSync(T.OSError, [75, 'Value too large for defined data type']);
  }
  return tm;
}

// ---- struct_time ----------------------------------------------------------------------

let structTime: PyType;

function makeStructTime(tm: Tm): PyTuple {
  const t = new PyTuple([tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst], structTime);
  (t as any).extra = { tm_zone: tm.zone ?? None, tm_gmtoff: tm.gmtoff ?? None };
  return t;
}

/** gettmarg: a struct_time or 9-tuple as a C struct tm. */
function tmArg(x: Py, fname: string): Tm {
  if (!(x instanceof PyTuple)) throw TypeError('Tuple or struct_time argument required');
  const items = x.items;
  if (items.length !== 9) throw TypeError(`${fname}(): illegal time tuple argument`);
  const v = items.map((it) => {
    if (it instanceof PyFloat) throw TypeError("'float' object cannot be interpreted as an integer");
    const n = index(it);
    if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw OverflowError('Python int too large to convert to C int');
    return n;
  });
  const tm: Tm = {
    year: v[0], mon: v[1] - 1, mday: v[2], hour: v[3], min: v[4], sec: v[5],
    wday: (v[6] + 1) % 7, yday: v[7] - 1, isdst: v[8], zone: null, gmtoff: 0,
  };
  if (x.cls === structTime) {
    const extra = (x as any).extra;
    if (extra) {
      const z = strValue(extra.tm_zone);
      if (z !== null) tm.zone = z;
      const off = intValue(extra.tm_gmtoff);
      if (off !== null) tm.gmtoff = Number(off);
    }
  }
  return tm;
}

/** checktm: the ranges strftime and asctime accept (0 means the lowest). */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw ValueError('month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw ValueError('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw ValueError('hour out of range');
  if (tm.min < 0 || tm.min > 59) throw ValueError('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw ValueError('seconds out of range');
  if (tm.wday < 0) throw ValueError('day of week out of range');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw ValueError('day of year out of range');
}

function setupStructTime(): PyType {
  const fields = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];
  const t = builtinType('struct_time', T.tuple, undefined, { module: 'time' });
  t.hasDict = false;
  methods(t, {
    __repr__: ['self, /', (o: PyTuple) => `time.struct_time(${fields.slice(0, 9).map((f, i) => `${f}=${repr(o.items[i])}`).join(', ')})`],
    __reduce__: ['self, /', (o: PyTuple) => {
      const extra = (o as any).extra ?? {};
      const dd = new PyDict();
      dd.setS('tm_zone', extra.tm_zone ?? None);
      dd.setS('tm_gmtoff', extra.tm_gmtoff ?? None);
      return new PyTuple([t, new PyTuple([new PyTuple(o.items), dd])]);
    }],
  });
  attrs(t, { n_fields: 11, n_sequence_fields: 9 });
  t.tpName = 'time.struct_time';
  // fields are read-only members, as in CPython
  const ro: Record<string, [(o: Py) => Py, (o: Py, v: Py) => void]> = {};
  fields.forEach((f, i) => {
    ro[f] = [(o: PyTuple) => (i < 9 ? o.items[i] : (o as any).extra?.[f] ?? None), () => {
      throw AttributeError('readonly attribute');
    }];
  });
  getsets(t, ro);
  staticMethods(t, {
    __new__: ['cls, sequence, dict=None', (cls: PyType, seq: Py, dict: Py) => {
      const items = iterToArray(seq);
      if (dict instanceof PyDict) {
        if (items.length === 9) items.push(dict.getS('tm_zone') ?? None, dict.getS('tm_gmtoff') ?? None);
      }
      const n = items.length;
      if (n < 9) throw TypeError(`time.struct_time() takes an at least 9-sequence (${n}-sequence given)`);
      if (n > 11) throw TypeError(`time.struct_time() takes an at most 11-sequence (${n}-sequence given)`);
      const r = new PyTuple(items.slice(0, 9), cls);
      (r as any).extra = { tm_zone: n > 9 ? items[9] : None, tm_gmtoff: n > 10 ? items[10] : None };
      return r;
    }],
  });
  attrs(t, { n_unnamed_fields: 0, __doc__: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.' });
  return t;
}

// ---- module -------------------------------------------------------------------------------

function strftimeFn(fmt: Py, t: Py): Py {
  const f = strValue(fmt);
  if (f === null) throw TypeError(`strftime() argument 1 must be str, not ${typeName(fmt)}`);
  const tm = t === undefined ? localTm(secondsArg(None)) : tmArg(t, 'strftime');
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
  checkTm(tm);
  return strftime(f, tm);
}

function strptimeFn(data: Py, fmt: Py): Py {
  const s = strValue(data);
  if (s === null) throw TypeError(`strptime() argument 0 must be str, not ${pyTypeRepr(data)}`);
  const f = fmt === undefined ? '%a %b %d %H:%M:%S %Y' : strValue(fmt);
  if (f === null) throw TypeError(`strptime() argument 1 must be str, not ${pyTypeRepr(fmt)}`);
  const r = strptime(s, f);
  const t = new PyTuple(r.fields, structTime);
  (t as any).extra = { tm_zone: r.zone ?? None, tm_gmtoff: r.gmtoff ?? None };
  return t;
}

function pyTypeRepr(x: Py): string {
  return `<class '${typeName(x)}'>`;
}

/** Creates the time module. */
export function init(): PyModule {
  const m = new PyModule('time');
  const d = m.dict;
  d.setS('__doc__', 'This module provides various functions to manipulate time values.');
  structTime = setupStructTime();
  d.setS('struct_time', structTime);
  const O = Style.O, N = Style.NoArgs;
  const fns = cfuncs('time', {
    time: [0, 0, N, () => nsToFloat(timeNs())],
    time_ns: [0, 0, N, () => norm(timeNs())],
    monotonic: [0, 0, N, () => nsToFloat(monotonicNs())],
    monotonic_ns: [0, 0, N, () => norm(monotonicNs())],
    perf_counter: [0, 0, N, () => nsToFloat(monotonicNs())],
    perf_counter_ns: [0, 0, N, () => norm(monotonicNs())],
    process_time: [0, 0, N, () => nsToFloat(cpuNs())],
    process_time_ns: [0, 0, N, () => norm(cpuNs())],
    thread_time: [0, 0, N, () => nsToFloat(cpuNs())],
    thread_time_ns: [0, 0, N, () => norm(cpuNs())],
    clock_gettime: [1, 1, O, (id: Py) => nsToFloat(clockNs(id))],
    clock_gettime_ns: [1, 1, O, (id: Py) => norm(clockNs(id))],
    clock_getres: [1, 1, O, (id: Py) => {
      clockNs(id);
      return new PyFloat(1e-9);
    }],
    get_clock_info: [1, 1, O, (name: Py) => {
      const info = CLOCKS[strValue(name) ?? ''];
      if (!info) throw ValueError('unknown clock');
      return PyNamespace.of({ implementation: info[0], monotonic: info[1], adjustable: info[2], resolution: new PyFloat(1e-9) });
    }],
    gmtime: [0, 1, Style.Fast, (s: Py) => makeStructTime(checkedTm(utcTm(secondsArg(s))))],
    localtime: [0, 1, Style.Fast, (s: Py) => makeStructTime(checkedTm(localTm(secondsArg(s))))],
    mktime: [1, 1, O, (t: Py) => {
      const tm = tmArg(t, 'mktime');
      const secs = localSeconds(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.isdst);
      if (!isFinite(secs) || Math.abs(secs) > 8e18) throw OverflowError('mktime argument out of range');
      return new PyFloat(secs);
    }],
    asctime: [0, 1, Style.Fast, (t: Py) => {
      const tm = t === undefined ? localTm(secondsArg(None)) : tmArg(t, 'asctime');
      checkTm(tm);
      return asctime(tm);
    }],
    ctime: [0, 1, Style.Fast, (s: Py) => asctime(checkedTm(localTm(secondsArg(s))))],
    strftime: [1, 2, Style.Fast, strftimeFn],
    strptime: [1, 2, Style.Fast, strptimeFn],
    sleep: [1, 1, O, (secs: Py) => sleep(current, sleepSeconds(secs))],
    tzset: [0, 0, N, () => {
      resetZone();
      setZoneAttrs(d);
      return None;
    }],
  });
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  for (const [k, v] of Object.entries(CLOCK_IDS)) d.setS(k, v);
  d.setS('_STRUCT_TM_ITEMS', 11);
  setZoneAttrs(d);
  void kwfunc;
  void T;
  return m;
}

function setZoneAttrs(d: PyModule['dict']): void {
  const z = zoneInfo();
  d.setS('timezone', z.timezone);
  d.setS('altzone', z.altzone);
  d.setS('daylight', z.daylight);
  d.setS('tzname', tuple([z.tzname[0], z.tzname[1]]));
}
