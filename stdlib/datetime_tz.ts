// datetime.tzinfo and datetime.timezone
// (https://docs.python.org/3.11/library/datetime.html#tzinfo-objects), and
// the calls native code makes to a tzinfo: Python subclasses implement
// utcoffset/dst/tzname, which run here through callSync (a nested VM loop,
// so a tzinfo method cannot block or suspend); their results are checked
// as CPython checks them. timezone, a fixed offset, is answered directly.

import { T, None, NotImplemented, type Py } from '../src/objects/base';
import { PyType, builtinType } from '../src/objects/type';
import { PyTuple, tuple } from '../src/objects/tuple';
import { TypeError, ValueError, NotImplementedError } from '../src/objects/raise';
import { strValue, strRepr } from '../src/objects/strutil';
import { typeName } from '../src/objects/typeof';
import { getattr, getattrOpt } from '../src/objects/attrs';
import { MISSING } from '../src/objects/base';
import { callSync } from '../src/vm/call';
import { methods, attrs } from '../src/objects/typesetup';
import { RawFunc } from './math_cfunc';
import {
  DT, PyDelta, PyDateTime, PyTzInfo, PyTimezone, mkDelta, deltaCmp, deltaZero, divmod, pad, pad2, parseArgs,
} from './datetime_core';
import { deltaRepr, deltaHash, deltaNeg, deltaSub, newTarget } from './datetime_delta';
import { dtAddDelta } from './datetime_dtops';

// ---- calling a tzinfo -----------------------------------------------------------------

/** Whether an offset lies strictly between -24h and 24h. */
function inDay(x: PyDelta): boolean {
  return x.d === 0 || (x.d === -1 && (x.s !== 0 || x.us !== 0));
}

const RANGE = 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)';

function checkOffset(r: Py, name: string): PyDelta | null {
  if (r === None) return null;
  if (!(r instanceof PyDelta)) throw TypeError(`tzinfo.${name}() must return None or timedelta, not '${typeName(r)}'`);
  if (!inDay(r)) throw ValueError(RANGE + '.');
  return r;
}

/** tz.utcoffset(arg), checked; null for None. */
export function utcoffsetOf(tz: Py, arg: Py): PyDelta | null {
  if (tz === None) return null;
  if (tz instanceof PyTimezone) return tz.off;
  return checkOffset(callSync(getattr(tz, 'utcoffset'), [arg]), 'utcoffset');
}

/** tz.dst(arg), checked; null for None. */
export function dstOf(tz: Py, arg: Py): PyDelta | null {
  if (tz === None) return null;
  if (tz instanceof PyTimezone) return null;
  return checkOffset(callSync(getattr(tz, 'dst'), [arg]), 'dst');
}

/** tz.tzname(arg): a str (or str subclass instance) or None. */
export function tznameOf(tz: Py, arg: Py): Py {
  if (tz === None) return None;
  if (tz instanceof PyTimezone) return timezoneName(tz);
  const r = callSync(getattr(tz, 'tzname'), [arg]);
  if (r !== None && strValue(r) === null) throw TypeError(`tzinfo.tzname() must return None or a string, not '${typeName(r)}'`);
  return r;
}

/** '+HH:MM[:SS[.ffffff]]' (sep ':') or '+HHMM[SS[.ffffff]]' (sep ''). */
export function formatOffset(off: PyDelta, sep: string): string {
  let sign = '+';
  let x = off;
  if (off.d < 0) {
    sign = '-';
    x = deltaNeg(off);
  }
  const [h, r] = divmod(x.s, 3600);
  const [m, s] = divmod(r, 60);
  let out = sign + pad2(h) + sep + pad2(m);
  if (s || x.us) {
    out += sep + pad2(s);
    if (x.us) out += '.' + pad(x.us, 6);
  }
  return out;
}

// ---- timezone -----------------------------------------------------------------------------

function timezoneName(tz: PyTimezone): string {
  if (tz.name !== null) return tz.name;
  if (deltaZero(tz.off)) return 'UTC';
  return 'UTC' + formatOffset(tz.off, ':');
}

/** A timezone with a checked offset (the utc singleton for a zero offset without a name). */
export function newTimezone(off: PyDelta, name: string | null): PyTimezone {
  if (name === null && deltaZero(off)) return DT.utc;
  if (!inDay(off)) throw ValueError(`${RANGE}, not ${deltaRepr(off)}.`);
  return new PyTimezone(DT.timezone, off, name);
}

/** The dt argument of timezone's methods: a datetime or None. */
function dtArg(dt: Py, name: string): void {
  if (dt !== None && !(dt instanceof PyDateTime)) {
    throw TypeError(`${name}(dt) argument must be a datetime instance or None, not ${typeName(dt)}`);
  }
}

function Z(o: Py): PyTimezone {
  if (!(o instanceof PyTimezone)) throw TypeError(`descriptor requires a 'datetime.timezone' object but received a '${typeName(o)}'`);
  return o;
}

function fromutcCheck(tz: Py, dt: Py): PyDateTime {
  if (!(dt instanceof PyDateTime)) throw TypeError('fromutc: argument must be a datetime');
  if (dt.tz !== tz) throw ValueError('fromutc: dt.tzinfo is not self');
  return dt;
}

/** tzinfo.fromutc: the documented algorithm over utcoffset() and dst(). */
function tzinfoFromutc(tz: Py, dtIn: Py): Py {
  let dt = fromutcCheck(tz, dtIn);
  const off = utcoffsetOf(tz, dt);
  if (off === null) throw ValueError('fromutc: non-None utcoffset() result required');
  let dst = dstOf(tz, dt);
  if (dst === null) throw ValueError('fromutc: non-None dst() result required');
  // CPython adds the standard offset even when zero, the DST part only when not
  dt = dtAddDelta(dt, deltaSub(off, dst), 1);
  dst = dstOf(tz, dt);
  if (dst === null) throw ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert');
  return deltaZero(dst) ? dt : dtAddDelta(dt, dst, 1);
}

function tzinfoReduce(self: Py): Py {
  const gia = getattrOpt(self, '__getinitargs__');
  const args = gia === MISSING ? tuple([]) : callSync(gia, []);
  const gs = getattrOpt(self, '__getstate__');
  const state = gs === MISSING ? None : callSync(gs, []);
  return new PyTuple([self.cls, args, state]);
}

/** Creates tzinfo and timezone. */
export function setupTz(): void {
  const tzinfo = builtinType('tzinfo', T.object, (cls) => new PyTzInfo(cls), { module: 'datetime' });
  tzinfo.tpName = 'datetime.tzinfo';
  DT.tzinfo = tzinfo;
  // tzinfo() ignores its arguments (PyType_GenericNew)
  const tnew = new RawFunc('__new__', 'tzinfo.__new__', tzinfo, (args: Py[]) => new PyTzInfo(newTarget(tzinfo, args[0])));
  tnew.staticmethod = true;
  tzinfo.dict.setS('__new__', tnew);
  const notImpl = (what: string) => () => {
    throw NotImplementedError(`a tzinfo subclass must implement ${what}()`);
  };
  methods(tzinfo, {
    tzname: ['self, dt, /', notImpl('tzname')],
    utcoffset: ['self, dt, /', notImpl('utcoffset')],
    dst: ['self, dt, /', notImpl('dst')],
    fromutc: ['self, dt, /', tzinfoFromutc],
    __reduce__: ['self, /', tzinfoReduce],
  });
  attrs(tzinfo, { __doc__: 'Abstract base class for time zone info objects.' });

  const tz = builtinType('timezone', tzinfo, (cls) => new PyTimezone(cls, mkDelta(0, 0, 0), null), { module: 'datetime', final: true });
  tz.tpName = 'datetime.timezone';
  DT.timezone = tz;
  const conv = [
    (x: Py) => {
      if (!(x instanceof PyDelta)) throw TypeError(`timezone() argument 1 must be datetime.timedelta, not ${typeName(x)}`);
      return x;
    },
    (x: Py) => {
      const s = strValue(x);
      if (s === null) throw TypeError(`timezone() argument 2 must be str, not ${x === None ? 'None' : typeName(x)}`);
      return s;
    },
  ];
  const nf = new RawFunc('__new__', 'timezone.__new__', tz, (args: Py[], kwnames: string[] | null) => {
    newTarget(tz, args[0]);
    const [off, name] = parseArgs('timezone', ['offset', 'name'], 1, 2, args, kwnames, 1, conv);
    return newTimezone(off, name ?? null);
  });
  nf.staticmethod = true;
  tz.dict.setS('__new__', nf);
  methods(tz, {
    utcoffset: ['self, dt, /', (o: Py, dt: Py) => {
      dtArg(dt, 'utcoffset');
      return Z(o).off;
    }],
    dst: ['self, dt, /', (o: Py, dt: Py) => {
      Z(o);
      dtArg(dt, 'dst');
      return None;
    }],
    tzname: ['self, dt, /', (o: Py, dt: Py) => {
      dtArg(dt, 'tzname');
      return timezoneName(Z(o));
    }],
    fromutc: ['self, dt, /', (o: Py, dt: Py) => {
      const z = Z(o);
      const d = fromutcCheck(z, dt);
      return dtAddDelta(d, z.off, 1);
    }],
    __getinitargs__: ['self, /', (o: Py) => {
      const z = Z(o);
      return z.name === null ? new PyTuple([z.off]) : new PyTuple([z.off, z.name]);
    }],
    __eq__: ['self, value, /', (o: Py, x: Py) => (x instanceof PyTimezone ? deltaCmp(Z(o).off, x.off) === 0 : NotImplemented)],
    __hash__: ['self, /', (o: Py) => deltaHash(Z(o).off)],
    __repr__: ['self, /', (o: Py) => {
      const z = Z(o);
      if (z === DT.utc) return 'datetime.timezone.utc';
      return `datetime.timezone(${deltaRepr(z.off)}${z.name === null ? '' : ', ' + strRepr(z.name)})`;
    }],
    __str__: ['self, /', (o: Py) => timezoneName(Z(o))],
  });
  DT.utc = new PyTimezone(tz, mkDelta(0, 0, 0), null);
  attrs(tz, {
    utc: DT.utc,
    min: new PyTimezone(tz, mkDelta(-1, 60, 0), null),
    max: new PyTimezone(tz, mkDelta(0, 86340, 0), null),
    __doc__: 'Fixed offset from UTC implementation of tzinfo.',
  });
  void PyType;
}
