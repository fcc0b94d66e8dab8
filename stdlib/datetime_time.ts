// datetime.time (https://docs.python.org/3.11/library/datetime.html#time-objects):
// a time of day with an optional tzinfo, compared and hashed by its UTC
// equivalent when aware.

import { T, None, NotImplemented, type Py } from '../src/objects/base';
import { PyType, builtinType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyBytes } from '../src/objects/bytesutil';
import { TypeError, ValueError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { tupleHash } from '../src/objects/hash';
import { getattr } from '../src/objects/attrs';
import { repr as pyRepr } from '../src/objects/protocol';
import { indexNum } from '../src/objects/int';
import { callSync } from '../src/vm/call';
import { methods, classMethods, getsets, attrs } from '../src/objects/typesetup';
import { RawFunc } from './math_cfunc';
import {
  DT, PyTime, PyDelta, PyTzInfo, checkTime, checkTzinfo, cint, tpName, parseArgs, deltaCmp, mkDelta, type Conv,
} from './datetime_core';
import { newTarget, deltaSub, deltaHash } from './datetime_delta';
import { tmOf, timeIso, timespecArg, isoOffset, fmtArg, wrapStrftime } from './datetime_fmt';
import { parseTimeIso } from './datetime_iso';
import { utcoffsetOf, dstOf, tznameOf } from './datetime_tz';
import { formatMethod, pickleState } from './datetime_date';

const NAMES = ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];
const CONV: Conv[] = [cint, cint, cint, cint, null, cint];

/** A time of class cls: direct for time itself, else cls(h, m, s, us, tz). */
export function timeOf(cls: PyType, h: number, mi: number, s: number, us: number, tz: Py): Py {
  if (cls === DT.time) {
    checkTime(h, mi, s, us, 0);
    return new PyTime(cls, h, mi, s, us, tz, 0);
  }
  return callSync(cls, [h, mi, s, us, tz]);
}

function M(o: Py, name: string): PyTime {
  if (!(o instanceof PyTime)) throw TypeError(`descriptor '${name}' requires a 'datetime.time' object but received a '${typeName(o)}'`);
  return o;
}

/** The time's utcoffset, computed as for fold=0 when `fold0` (hashing). */
function offsetOf(x: PyTime, fold0: boolean): PyDelta | null {
  if (x.tz === None) return null;
  if (fold0 && x.fold) return utcoffsetOf(x.tz, None);
  return utcoffsetOf(x.tz, None);
}

function fieldCmp(a: PyTime, b: PyTime): number {
  if (a.h !== b.h) return a.h < b.h ? -1 : 1;
  if (a.mi !== b.mi) return a.mi < b.mi ? -1 : 1;
  if (a.s !== b.s) return a.s < b.s ? -1 : 1;
  if (a.us !== b.us) return a.us < b.us ? -1 : 1;
  return 0;
}

/** Compares two times: a number, or null when one is naive and the other aware. */
function timeCmp(a: PyTime, b: PyTime): number | null {
  if (a.tz === b.tz) return fieldCmp(a, b);
  const o1 = offsetOf(a, false), o2 = offsetOf(b, false);
  if (o1 === o2 || (o1 !== null && o2 !== null && deltaCmp(o1, o2) === 0)) return fieldCmp(a, b);
  if (o1 === null || o2 === null) return null;
  const s1 = a.h * 3600 + a.mi * 60 + a.s - o1.d * 86400 - o1.s;
  const s2 = b.h * 3600 + b.mi * 60 + b.s - o2.d * 86400 - o2.s;
  if (s1 !== s2) return s1 < s2 ? -1 : 1;
  const u = a.us - o1.us - (b.us - o2.us);
  return u < 0 ? -1 : u > 0 ? 1 : 0;
}

function compare(test: (c: number) => boolean, eq: number) {
  return (a: Py, b: Py): Py => {
    if (!(b instanceof PyTime)) return NotImplemented;
    const c = timeCmp(M(a, 'cmp'), b);
    if (c !== null) return test(c);
    if (eq === 1) return false;
    if (eq === -1) return true;
    throw TypeError("can't compare offset-naive and offset-aware times");
  };
}

function timeRepr(x: PyTime): string {
  let out = `${tpName(x.cls)}(${x.h}, ${x.mi}`;
  if (x.s || x.us) out += `, ${x.s}`;
  if (x.us) out += `, ${x.us}`;
  if (x.tz !== None) out += `, tzinfo=${pyRepr(x.tz)}`;
  if (x.fold) out += ', fold=1';
  return out + ')';
}

function timeState(x: PyTime, proto: number): PyTuple {
  const b = new PyBytes(Uint8Array.of(x.h | (x.fold && proto > 3 ? 128 : 0), x.mi, x.s, x.us >> 16, (x.us >> 8) & 255, x.us & 255));
  return new PyTuple(x.tz === None ? [b] : [b, x.tz]);
}

/** Creates the time type. */
export function setupTime(): PyType {
  const t = builtinType('time', T.object, (cls) => new PyTime(cls, 0, 0, 0, 0, None, 0), { module: 'datetime' });
  t.tpName = 'datetime.time';
  DT.time = t;
  const nf = new RawFunc('__new__', 'time.__new__', t, (args: Py[], kwnames: string[] | null) => {
    const cls = newTarget(t, args[0]);
    const st = pickleState(args, kwnames, 6, (b) => (b[0] & 0x7f) < 24);
    if (st !== null) {
      const tz = args.length > 2 ? args[2] : None;
      if (tz !== None && !(tz instanceof PyTzInfo)) throw TypeError('bad tzinfo state arg');
      return new PyTime(cls, st[0] & 0x7f, st[1], st[2], (st[3] << 16) | (st[4] << 8) | st[5], tz, st[0] >> 7);
    }
    const [h, mi, s, us, tz, fold] = parseArgs(null, NAMES, 0, 5, args, kwnames, 1, CONV);
    const x = new PyTime(cls, h ?? 0, mi ?? 0, s ?? 0, us ?? 0, tz ?? None, fold ?? 0);
    checkTime(x.h, x.mi, x.s, x.us, x.fold);
    checkTzinfo(x.tz);
    return x;
  });
  nf.staticmethod = true;
  t.dict.setS('__new__', nf);
  t.dict.setS('replace', new RawFunc('replace', 'time.replace', t, (args: Py[], kwnames: string[] | null) => {
    const x = M(args[0], 'replace');
    const [h, mi, s, us, tz, fold] = parseArgs('replace', NAMES, 0, 5, args, kwnames, 1, CONV);
    const r = new PyTime(x.cls, h ?? x.h, mi ?? x.mi, s ?? x.s, us ?? x.us, tz === undefined ? x.tz : tz, fold ?? x.fold);
    checkTime(r.h, r.mi, r.s, r.us, r.fold);
    checkTzinfo(r.tz);
    return r;
  }));
  classMethods(t, {
    fromisoformat: ['cls, time_string, /', (cls: PyType, s: Py) => {
      const [h, mi, sec, us, tz] = parseTimeIso(s);
      return timeOf(cls, h, mi, sec, us, tz);
    }],
  });
  methods(t, {
    isoformat: ['self, timespec=?', (o: Py, spec: Py) => {
      const x = M(o, 'isoformat');
      return timeIso(x.h, x.mi, x.s, x.us, timespecArg(spec, 1)) + isoOffset(x.tz, None);
    }],
    __str__: ['self, /', (o: Py) => {
      const x = M(o, '__str__');
      if (x.cls === t) return timeIso(x.h, x.mi, x.s, x.us, 'auto') + isoOffset(x.tz, None);
      return callSync(getattr(x, 'isoformat'), []);
    }],
    __repr__: ['self, /', (o: Py) => timeRepr(M(o, '__repr__'))],
    strftime: ['self, format', (o: Py, f: Py) => {
      const x = M(o, 'strftime');
      return wrapStrftime(fmtArg(f, 'strftime()'), tmOf(1900, 1, 1, x.h, x.mi, x.s, -1), x.us, x.tz, None);
    }],
    __format__: ['self, format_spec, /', formatMethod],
    utcoffset: ['self, /', (o: Py) => utcoffsetOf(M(o, 'utcoffset').tz, None) ?? None],
    dst: ['self, /', (o: Py) => dstOf(M(o, 'dst').tz, None) ?? None],
    tzname: ['self, /', (o: Py) => tznameOf(M(o, 'tzname').tz, None)],
    __hash__: ['self, /', (o: Py) => {
      const x = M(o, '__hash__');
      const off = offsetOf(x, true);
      if (off === null) return tupleHash([x.h, x.mi, x.s, x.us]);
      return deltaHash(deltaSub(mkDelta(0, x.h * 3600 + x.mi * 60 + x.s, x.us), off));
    }],
    __eq__: ['self, value, /', compare((c) => c === 0, 1)],
    __ne__: ['self, value, /', compare((c) => c !== 0, -1)],
    __lt__: ['self, value, /', compare((c) => c < 0, 0)],
    __le__: ['self, value, /', compare((c) => c <= 0, 0)],
    __gt__: ['self, value, /', compare((c) => c > 0, 0)],
    __ge__: ['self, value, /', compare((c) => c >= 0, 0)],
    __reduce_ex__: ['self, protocol, /', (o: Py, p: Py) => {
      const x = M(o, '__reduce_ex__');
      return new PyTuple([x.cls, timeState(x, indexNum(p))]);
    }],
    __reduce__: ['self, /', (o: Py) => {
      const x = M(o, '__reduce__');
      return new PyTuple([x.cls, timeState(x, 2)]);
    }],
  });
  getsets(t, {
    hour: [(o: Py) => M(o, 'hour').h],
    minute: [(o: Py) => M(o, 'minute').mi],
    second: [(o: Py) => M(o, 'second').s],
    microsecond: [(o: Py) => M(o, 'microsecond').us],
    tzinfo: [(o: Py) => M(o, 'tzinfo').tz],
    fold: [(o: Py) => M(o, 'fold').fold],
  });
  attrs(t, {
    min: new PyTime(t, 0, 0, 0, 0, None, 0),
    max: new PyTime(t, 23, 59, 59, 999999, None, 0),
    resolution: new PyDelta(DT.timedelta, 0, 0, 1),
    __doc__: 'time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n',
  });
  void ValueError;
  return t;
}
