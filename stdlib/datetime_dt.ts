// datetime.datetime (https://docs.python.org/3.11/library/datetime.html#datetime-objects),
// a date subclass with a time of day, tzinfo and fold; the arithmetic and
// zone logic is in datetime_dtops.ts.

import { None, NotImplemented, type Py } from '../src/objects/base';
import { PyType, builtinType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyBytes } from '../src/objects/bytesutil';
import { TypeError } from '../src/objects/raise';
import { strValue } from '../src/objects/strutil';
import { typeName } from '../src/objects/typeof';
import { getattr } from '../src/objects/attrs';
import { repr as pyRepr } from '../src/objects/protocol';
import { indexNum } from '../src/objects/int';
import { callSync } from '../src/vm/call';
import { methods, classMethods, getsets, attrs } from '../src/objects/typesetup';
import { RawFunc } from './math_cfunc';
import { strptime } from './time_strptime';
import {
  DT, PyDate, PyDateTime, PyTime, PyDelta, PyTzInfo, checkDate, checkTime, checkTzinfo, cint, tpName, parseArgs, mkDelta, type Conv,
} from './datetime_core';
import { newTarget } from './datetime_delta';
import { ctimeOf, tmOf, dateIso, timeIso, timespecArg, isoOffset, fmtArg, wrapStrftime } from './datetime_fmt';
import { parseDateTimeIso } from './datetime_iso';
import { utcoffsetOf, dstOf, tznameOf, newTimezone } from './datetime_tz';
import { pickleState, structTime, timetupleItems, tmFor } from './datetime_date';
import { nowParts, timestampParts, localFields, utcFields, localFold } from './datetime_local';
import {
  datetimeOf, dtAddDelta, dtSub, dtCmp, dtHash, dtTimestamp, dtAstimezone, dtOffset, shiftedFields,
} from './datetime_dtops';

const NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];
const CONV: Conv[] = [cint, cint, cint, cint, cint, cint, cint, null, cint];

function X(o: Py, name: string): PyDateTime {
  if (!(o instanceof PyDateTime)) throw TypeError(`descriptor '${name}' requires a 'datetime.datetime' object but received a '${typeName(o)}'`);
  return o;
}

/** datetime_from_timet_and_us: from UTC seconds t (local or UTC fields). */
function fromSeconds(cls: PyType, t: number, us: number, tz: Py, local: boolean): Py {
  const f = local ? localFields(t) : utcFields(t);
  const fold = local && tz === None ? localFold(t) : 0;
  // a leap second reads as :59
  return datetimeOf(cls, f[0], f[1], f[2], f[3], f[4], Math.min(59, f[5]), us, tz, fold);
}

/** fromtimestamp / now with a tz: UTC fields then tz.fromutc. */
function withTz(cls: PyType, t: number, us: number, tz: Py): Py {
  checkTzinfo(tz);
  if (tz === None) return fromSeconds(cls, t, us, None, true);
  const dt = fromSeconds(cls, t, us, tz, false);
  return callSync(getattr(tz, 'fromutc'), [dt]);
}

function dtRepr(x: PyDateTime): string {
  let out = `${tpName(x.cls)}(${x.y}, ${x.m}, ${x.d}, ${x.h}, ${x.mi}`;
  if (x.s || x.us) out += `, ${x.s}`;
  if (x.us) out += `, ${x.us}`;
  if (x.fold) out += ', fold=1';
  if (x.tz !== None) out += `, tzinfo=${pyRepr(x.tz)}`;
  return out + ')';
}

function isoformat(x: PyDateTime, sep: string, spec: string): string {
  return dateIso(x.y, x.m, x.d) + sep + timeIso(x.h, x.mi, x.s, x.us, spec) + isoOffset(x.tz, x);
}

function sepArg(x: Py): string {
  if (x === undefined) return 'T';
  const s = strValue(x);
  if (s === null) throw TypeError(`isoformat() argument 1 must be a unicode character, not ${typeName(x)}`);
  const n = s.length === 2 && s.codePointAt(0)! > 0xffff ? 1 : s.length;
  if (n !== 1) throw TypeError('isoformat() argument 1 must be a unicode character, not str');
  return s;
}

function dtState(x: PyDateTime, proto: number): PyTuple {
  const b = new PyBytes(Uint8Array.of(
    x.y >> 8, x.y & 255, x.m | (x.fold && proto > 3 ? 128 : 0), x.d, x.h, x.mi, x.s, x.us >> 16, (x.us >> 8) & 255, x.us & 255,
  ));
  return new PyTuple(x.tz === None ? [b] : [b, x.tz]);
}

function compare(test: (c: number) => boolean, op: string) {
  const isEq = op === '==' || op === '!=';
  return (a: Py, b: Py): Py => {
    const x = X(a, 'cmp');
    if (!(b instanceof PyDateTime)) {
      if (b instanceof PyDate) {
        if (isEq) return op === '!=';
        throw TypeError(`can't compare ${tpName(x.cls)} to ${tpName(b.cls)}`);
      }
      return NotImplemented;
    }
    const c = dtCmp(x, b, isEq);
    if (c !== null) return test(c);
    if (isEq) return op === '!=';
    throw TypeError("can't compare offset-naive and offset-aware datetimes");
  };
}

function sub(a: Py, b: Py): Py {
  if (!(a instanceof PyDateTime)) return NotImplemented;
  if (b instanceof PyDateTime) return dtSub(a, b);
  if (b instanceof PyDelta) return dtAddDelta(a, b, -1);
  return NotImplemented;
}

function add(a: Py, b: Py): Py {
  if (a instanceof PyDateTime && b instanceof PyDelta) return dtAddDelta(a, b, 1);
  return NotImplemented;
}

/** Creates the datetime type (after date, time and tzinfo). */
export function setupDateTime(): PyType {
  const t = builtinType('datetime', DT.date, (cls) => new PyDateTime(cls, 1, 1, 1, 0, 0, 0, 0, None, 0), { module: 'datetime' });
  t.tpName = 'datetime.datetime';
  DT.datetime = t;
  const nf = new RawFunc('__new__', 'datetime.__new__', t, (args: Py[], kwnames: string[] | null) => {
    const cls = newTarget(t, args[0]);
    const st = pickleState(args, kwnames, 10, (b) => (b[2] & 0x7f) >= 1 && (b[2] & 0x7f) <= 12);
    if (st !== null) {
      const tz = args.length > 2 ? args[2] : None;
      if (tz !== None && !(tz instanceof PyTzInfo)) throw TypeError('bad tzinfo state arg');
      return new PyDateTime(cls, st[0] * 256 + st[1], st[2] & 0x7f, st[3], st[4], st[5], st[6], (st[7] << 16) | (st[8] << 8) | st[9], tz, st[2] >> 7);
    }
    const v = parseArgs(null, NAMES, 3, 8, args, kwnames, 1, CONV);
    const x = new PyDateTime(cls, v[0], v[1], v[2], v[3] ?? 0, v[4] ?? 0, v[5] ?? 0, v[6] ?? 0, v[7] ?? None, v[8] ?? 0);
    checkDate(x.y, x.m, x.d);
    checkTime(x.h, x.mi, x.s, x.us, x.fold);
    checkTzinfo(x.tz);
    return x;
  });
  nf.staticmethod = true;
  t.dict.setS('__new__', nf);
  t.dict.setS('replace', new RawFunc('replace', 'datetime.replace', t, (args: Py[], kwnames: string[] | null) => {
    const x = X(args[0], 'replace');
    const v = parseArgs('replace', NAMES, 0, 8, args, kwnames, 1, CONV);
    const r = new PyDateTime(x.cls, v[0] ?? x.y, v[1] ?? x.m, v[2] ?? x.d, v[3] ?? x.h, v[4] ?? x.mi, v[5] ?? x.s, v[6] ?? x.us,
      v[7] === undefined ? x.tz : v[7], v[8] ?? x.fold);
    checkDate(r.y, r.m, r.d);
    checkTime(r.h, r.mi, r.s, r.us, r.fold);
    checkTzinfo(r.tz);
    return r;
  }));

  classMethods(t, {
    now: ['cls, tz=None', (cls: PyType, tz: Py) => {
      const [s, us] = nowParts();
      return withTz(cls, s, us, tz);
    }],
    utcnow: ['cls, /', (cls: PyType) => {
      const [s, us] = nowParts();
      return fromSeconds(cls, s, us, None, false);
    }],
    fromtimestamp: ['cls, timestamp, tz=None', (cls: PyType, ts: Py, tz: Py) => {
      checkTzinfo(tz);
      const [s, us] = timestampParts(ts, false);
      return withTz(cls, s, us, tz);
    }],
    utcfromtimestamp: ['cls, timestamp, /', (cls: PyType, ts: Py) => {
      const [s, us] = timestampParts(ts, false);
      return fromSeconds(cls, s, us, None, false);
    }],
    combine: ['cls, date, time, tzinfo=?', (cls: PyType, d: Py, tm: Py, tz: Py) => {
      if (!(d instanceof PyDate)) throw TypeError(`combine() argument 1 must be datetime.date, not ${typeName(d)}`);
      if (!(tm instanceof PyTime)) throw TypeError(`combine() argument 2 must be datetime.time, not ${typeName(tm)}`);
      return datetimeOf(cls, d.y, d.m, d.d, tm.h, tm.mi, tm.s, tm.us, tz === undefined ? tm.tz : tz, tm.fold);
    }],
    fromisoformat: ['cls, date_string, /', (cls: PyType, s: Py) => {
      const v = parseDateTimeIso(s);
      return datetimeOf(cls, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], 0);
    }],
    strptime: ['cls, date_string, format, /', (cls: PyType, s: Py, f: Py) => {
      const ss = strValue(s);
      if (ss === null) throw TypeError(`strptime() argument 1 must be str, not ${typeName(s)}`);
      const ff = strValue(f);
      if (ff === null) throw TypeError(`strptime() argument 2 must be str, not ${typeName(f)}`);
      const r = strptime(ss, ff);
      const v = r.fields;
      const args: Py[] = [v[0], v[1], v[2], v[3], v[4], v[5], r.fraction];
      if (r.gmtoff !== null) args.push(newTimezone(mkDelta(0, r.gmtoff, 0), r.zone ? r.zone : null));
      if (cls === t) return datetimeOf(cls, v[0], v[1], v[2], v[3], v[4], v[5], r.fraction, args.length > 7 ? args[7] : None, 0);
      return callSync(cls, args);
    }],
  });

  const own = { timetuple: null as Py };
  methods(t, {
    date: ['self, /', (o: Py) => {
      const x = X(o, 'date');
      return new PyDate(DT.date, x.y, x.m, x.d);
    }],
    time: ['self, /', (o: Py) => {
      const x = X(o, 'time');
      return new PyTime(DT.time, x.h, x.mi, x.s, x.us, None, x.fold);
    }],
    timetz: ['self, /', (o: Py) => {
      const x = X(o, 'timetz');
      return new PyTime(DT.time, x.h, x.mi, x.s, x.us, x.tz, x.fold);
    }],
    astimezone: ['self, tz=None', (o: Py, tz: Py) => dtAstimezone(X(o, 'astimezone'), tz)],
    utcoffset: ['self, /', (o: Py) => dtOffset(X(o, 'utcoffset')) ?? None],
    dst: ['self, /', (o: Py) => {
      const x = X(o, 'dst');
      return dstOf(x.tz, x) ?? None;
    }],
    tzname: ['self, /', (o: Py) => {
      const x = X(o, 'tzname');
      return tznameOf(x.tz, x);
    }],
    timetuple: ['self, /', (o: Py) => {
      const x = X(o, 'timetuple');
      return structTime(timetupleItems(x.y, x.m, x.d, x.h, x.mi, x.s, isdstOf(x)));
    }],
    utctimetuple: ['self, /', (o: Py) => {
      const x = X(o, 'utctimetuple');
      const off = dtOffset(x);
      const f = off === null ? [x.y, x.m, x.d, x.h, x.mi, x.s] : shiftedFields(x, off, -1);
      return structTime(timetupleItems(f[0], f[1], f[2], f[3], f[4], f[5], 0));
    }],
    timestamp: ['self, /', (o: Py) => dtTimestamp(X(o, 'timestamp'))],
    isoformat: ['self, sep=?, timespec=?', (o: Py, sep: Py, spec: Py) => isoformat(X(o, 'isoformat'), sepArg(sep), timespecArg(spec, 2))],
    __str__: ['self, /', (o: Py) => {
      const x = X(o, '__str__');
      if (x.cls === t) return isoformat(x, ' ', 'auto');
      return callSync(getattr(x, 'isoformat'), [' ']);
    }],
    __repr__: ['self, /', (o: Py) => dtRepr(X(o, '__repr__'))],
    ctime: ['self, /', (o: Py) => {
      const x = X(o, 'ctime');
      return ctimeOf(x.y, x.m, x.d, x.h, x.mi, x.s);
    }],
    strftime: ['self, format', (o: Py, f: Py) => {
      const x = X(o, 'strftime');
      const fmt = fmtArg(f, 'strftime()');
      const tm = tmFor(x, own.timetuple, () => tmOf(x.y, x.m, x.d, x.h, x.mi, x.s, isdstOf(x)));
      return wrapStrftime(fmt, tm, x.us, x.tz, x);
    }],
    __hash__: ['self, /', (o: Py) => dtHash(X(o, '__hash__'))],
    __eq__: ['self, value, /', compare((c) => c === 0, '==')],
    __ne__: ['self, value, /', compare((c) => c !== 0, '!=')],
    __lt__: ['self, value, /', compare((c) => c < 0, '<')],
    __le__: ['self, value, /', compare((c) => c <= 0, '<=')],
    __gt__: ['self, value, /', compare((c) => c > 0, '>')],
    __ge__: ['self, value, /', compare((c) => c >= 0, '>=')],
    __add__: ['self, value, /', add],
    __radd__: ['self, value, /', add],
    __sub__: ['self, value, /', sub],
    __rsub__: ['self, value, /', (a: Py, b: Py) => sub(b, a)],
    __reduce_ex__: ['self, protocol, /', (o: Py, p: Py) => {
      const x = X(o, '__reduce_ex__');
      return new PyTuple([x.cls, dtState(x, indexNum(p))]);
    }],
    __reduce__: ['self, /', (o: Py) => {
      const x = X(o, '__reduce__');
      return new PyTuple([x.cls, dtState(x, 2)]);
    }],
  });
  own.timetuple = t.dict.getS('timetuple');
  getsets(t, {
    hour: [(o: Py) => X(o, 'hour').h],
    minute: [(o: Py) => X(o, 'minute').mi],
    second: [(o: Py) => X(o, 'second').s],
    microsecond: [(o: Py) => X(o, 'microsecond').us],
    tzinfo: [(o: Py) => X(o, 'tzinfo').tz],
    fold: [(o: Py) => X(o, 'fold').fold],
  });
  attrs(t, {
    min: new PyDateTime(t, 1, 1, 1, 0, 0, 0, 0, None, 0),
    max: new PyDateTime(t, 9999, 12, 31, 23, 59, 59, 999999, None, 0),
    resolution: new PyDelta(DT.timedelta, 0, 0, 1),
    __doc__: 'datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n',
  });
  void PyFloat;
  return t;
}

/** timetuple's tm_isdst: -1 unknown, 1 when dst() is non-zero. */
function isdstOf(x: PyDateTime): number {
  const d = dstOf(x.tz, x);
  if (d === null) return -1;
  return d.d === 0 && d.s === 0 && d.us === 0 ? 0 : 1;
}
