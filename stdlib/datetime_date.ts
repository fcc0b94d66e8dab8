// datetime.date (https://docs.python.org/3.11/library/datetime.html#date-objects).
// Alternate constructors and arithmetic build instances of a Python
// subclass by calling it, as CPython does; replace() allocates the subclass
// directly without running its __new__ (also as CPython does).

import { T, None, NotImplemented, MISSING, type Py } from '../src/objects/base';
import { PyType, builtinType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyBytes, bytesValue } from '../src/objects/bytesutil';
import { TypeError, ValueError, OverflowError } from '../src/objects/raise';
import { strValue } from '../src/objects/strutil';
import { typeName } from '../src/objects/typeof';
import { tupleHash } from '../src/objects/hash';
import { getattr } from '../src/objects/attrs';
import { str as pyStr, repr as pyRepr } from '../src/objects/protocol';
import { callSync } from '../src/vm/call';
import { current } from '../src/vm/thread';
import { importSync } from '../src/vm/imports';
import { methods, classMethods, getsets, attrs } from '../src/objects/typesetup';
import { RawFunc } from './math_cfunc';
import {
  DT, PyDate, PyDateTime, PyDelta, MAX_ORDINAL, checkDate, cint, ymdToOrd, ordToYmd, weekdayOf, isoCalendar, isoToOrd, tpName, parseArgs, type Conv,
} from './datetime_core';
import { newTarget } from './datetime_delta';
import { ctimeOf, tmOf, tmFromTuple, dateIso, fmtArg, wrapStrftime } from './datetime_fmt';
import { parseDateIso } from './datetime_iso';
import { nowParts, timestampParts, localFields } from './datetime_local';

/** A date of class cls: direct for date itself, else cls(y, m, d). */
export function dateOf(cls: PyType, y: number, m: number, d: number): Py {
  if (cls === DT.date) {
    checkDate(y, m, d);
    return new PyDate(cls, y, m, d);
  }
  return callSync(cls, [y, m, d]);
}

/** The date of an ordinal reached by arithmetic. */
export function checkOrd(ord: number): void {
  if (ord < 1 || ord > MAX_ORDINAL) throw OverflowError('date value out of range');
}

export function dateOrd(x: PyDate): number {
  return ymdToOrd(x.y, x.m, x.d);
}

function A(o: Py, name: string): PyDate {
  if (!(o instanceof PyDate)) throw TypeError(`descriptor '${name}' requires a 'datetime.date' object but received a '${typeName(o)}'`);
  return o;
}

/** The time module's struct_time for a 9-tuple (CPython calls time.struct_time). */
export function structTime(items: Py[]): Py {
  const st = getattr(importSync(current, 'time'), 'struct_time');
  return callSync(st, [new PyTuple(items)]);
}

/** [y, m, d, yday, wday...] of a timetuple: the 9 items. */
export function timetupleItems(y: number, m: number, d: number, h: number, mi: number, s: number, isdst: number): Py[] {
  const ord = ymdToOrd(y, m, d);
  return [y, m, d, h, mi, s, weekdayOf(ord), ord - ymdToOrd(y, 1, 1) + 1, isdst];
}

/** The struct tm strftime formats: the object's own timetuple() when a
 * subclass overrides it (CPython calls the method). */
export function tmFor(o: PyDate, base: Py, tm: () => ReturnType<typeof tmOf>): ReturnType<typeof tmOf> {
  const f = o.cls.lookup('timetuple');
  if (f === base || f === MISSING) return tm();
  return tmFromTuple(callSync(getattr(o, 'timetuple'), []));
}

/** date.__format__ / time.__format__: str(self) for '', else self.strftime(fmt). */
export function formatMethod(o: Py, spec: Py): Py {
  const f = strValue(spec);
  if (f === null) throw TypeError(`__format__() argument 1 must be str, not ${typeName(spec)}`);
  if (f === '') return pyStr(o);
  return callSync(getattr(o, 'strftime'), [f]);
}

/** The bytes of a pickled value, when a constructor got exactly that. */
export function pickleState(args: Py[], kwnames: string[] | null, size: number, ok: (b: Uint8Array) => boolean): Uint8Array | null {
  if (kwnames !== null || args.length < 2 || args.length > 3) return null;
  const x = args[1];
  let b = bytesValue(x);
  if (b === null || !(x instanceof PyBytes)) {
    const s = strValue(x);
    if (s === null || s.length !== size) return null;
    b = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) return null;
      b[i] = c;
    }
  }
  return b.length === size && ok(b) ? b : null;
}

const ymdConv: Conv[] = [cint, cint, cint];

function dateReduce(o: Py): Py {
  const x = A(o, '__reduce__');
  return new PyTuple([x.cls, new PyTuple([new PyBytes(Uint8Array.of(x.y >> 8, x.y & 255, x.m, x.d))])]);
}

/** Creates the date type. */
export function setupDate(): PyType {
  const t = builtinType('date', T.object, (cls) => new PyDate(cls, 1, 1, 1), { module: 'datetime' });
  t.tpName = 'datetime.date';
  DT.date = t;
  const nf = new RawFunc('__new__', 'date.__new__', t, (args: Py[], kwnames: string[] | null) => {
    const cls = newTarget(t, args[0]);
    const st = pickleState(args, kwnames, 4, (b) => (b[2] & 0x7f) >= 1 && (b[2] & 0x7f) <= 12);
    if (st !== null && args.length === 2) return new PyDate(cls, st[0] * 256 + st[1], st[2], st[3]);
    const [y, m, d] = parseArgs(null, ['year', 'month', 'day'], 3, 3, args, kwnames, 1, ymdConv);
    checkDate(y, m, d);
    return new PyDate(cls, y, m, d);
  });
  nf.staticmethod = true;
  t.dict.setS('__new__', nf);

  const ownTimetuple = { f: null as Py };
  classMethods(t, {
    today: ['cls, /', (cls: PyType) => {
      const [s, us] = nowParts();
      if (cls === t) {
        const [y, m, d] = localFields(s);
        return new PyDate(t, y, m, d);
      }
      return callSync(getattr(cls, 'fromtimestamp'), [new PyFloat(s + us / 1e6)]);
    }],
    fromtimestamp: ['cls, timestamp, /', (cls: PyType, ts: Py) => {
      const [y, m, d] = localFields(timestampParts(ts, true)[0]);
      return dateOf(cls, y, m, d);
    }],
    fromordinal: ['@parsetuple cls, ordinal, /', (cls: PyType, n: Py) => {
      const ord = cint(n);
      if (ord < 1) throw ValueError('ordinal must be >= 1');
      const [y, m, d] = ordToYmd(ord);
      return dateOf(cls, y, m, d);
    }],
    fromisoformat: ['cls, date_string, /', (cls: PyType, s: Py) => {
      const [y, m, d] = parseDateIso(s);
      return dateOf(cls, y, m, d);
    }],
    fromisocalendar: ['cls, year, week, day', (cls: PyType, y: Py, w: Py, d: Py) => {
      const ord = isoToOrd(cint(y), cint(w), cint(d));
      const [yy, mm, dd] = ordToYmd(ord);
      return dateOf(cls, yy, mm, dd);
    }],
  });
  const rconv: Conv[] = ymdConv;
  methods(t, {
    toordinal: ['self, /', (o: Py) => dateOrd(A(o, 'toordinal'))],
    weekday: ['self, /', (o: Py) => weekdayOf(dateOrd(A(o, 'weekday')))],
    isoweekday: ['self, /', (o: Py) => weekdayOf(dateOrd(A(o, 'isoweekday'))) + 1],
    isocalendar: ['self, /', (o: Py) => {
      const x = A(o, 'isocalendar');
      return new PyTuple(isoCalendar(dateOrd(x), x.y), DT.isoCalendarDate);
    }],
    isoformat: ['self, /', (o: Py) => {
      const x = A(o, 'isoformat');
      return dateIso(x.y, x.m, x.d);
    }],
    __str__: ['self, /', (o: Py) => {
      const x = A(o, '__str__');
      if (x.cls === t) return dateIso(x.y, x.m, x.d);
      return callSync(getattr(x, 'isoformat'), []);
    }],
    __repr__: ['self, /', (o: Py) => {
      const x = A(o, '__repr__');
      return `${tpName(x.cls)}(${x.y}, ${x.m}, ${x.d})`;
    }],
    ctime: ['self, /', (o: Py) => {
      const x = A(o, 'ctime');
      return ctimeOf(x.y, x.m, x.d, 0, 0, 0);
    }],
    timetuple: ['self, /', (o: Py) => {
      const x = A(o, 'timetuple');
      return structTime(timetupleItems(x.y, x.m, x.d, 0, 0, 0, -1));
    }],
    strftime: ['self, format', (o: Py, f: Py) => {
      const x = A(o, 'strftime');
      const fmt = fmtArg(f, 'strftime()');
      return wrapStrftime(fmt, tmFor(x, ownTimetuple.f, () => tmOf(x.y, x.m, x.d, 0, 0, 0, -1)), 0, None, None);
    }],
    __format__: ['self, format_spec, /', formatMethod],
    __hash__: ['self, /', (o: Py) => {
      const x = A(o, '__hash__');
      return tupleHash([x.y, x.m, x.d]);
    }],
    __reduce__: ['self, /', dateReduce],
    __eq__: ['self, value, /', (a: Py, b: Py) => (b instanceof PyDate ? dateCmp(A(a, '__eq__'), b) === 0 : NotImplemented)],
    __ne__: ['self, value, /', (a: Py, b: Py) => (b instanceof PyDate ? dateCmp(A(a, '__ne__'), b) !== 0 : NotImplemented)],
    __lt__: ['self, value, /', (a: Py, b: Py) => (b instanceof PyDate ? dateCmp(A(a, '__lt__'), b) < 0 : NotImplemented)],
    __le__: ['self, value, /', (a: Py, b: Py) => (b instanceof PyDate ? dateCmp(A(a, '__le__'), b) <= 0 : NotImplemented)],
    __gt__: ['self, value, /', (a: Py, b: Py) => (b instanceof PyDate ? dateCmp(A(a, '__gt__'), b) > 0 : NotImplemented)],
    __ge__: ['self, value, /', (a: Py, b: Py) => (b instanceof PyDate ? dateCmp(A(a, '__ge__'), b) >= 0 : NotImplemented)],
    __add__: ['self, value, /', (a: Py, b: Py) => dateAdd(a, b, 1)],
    __radd__: ['self, value, /', (a: Py, b: Py) => dateAdd(a, b, 1)],
    __sub__: ['self, value, /', dateSub],
  });
  // replace(year, month, day): PyArg_ParseTupleAndKeywords wording
  t.dict.setS('replace', new RawFunc('replace', 'date.replace', t, (args: Py[], kwnames: string[] | null) => {
    const x = A(args[0], 'replace');
    const [y, m, d] = parseArgs('replace', ['year', 'month', 'day'], 0, 3, args, kwnames, 1, rconv);
    const ny = y ?? x.y, nm = m ?? x.m, nd = d ?? x.d;
    checkDate(ny, nm, nd);
    return new PyDate(x.cls, ny, nm, nd);
  }));
  ownTimetuple.f = t.dict.getS('timetuple');
  getsets(t, {
    year: [(o: Py) => A(o, 'year').y],
    month: [(o: Py) => A(o, 'month').m],
    day: [(o: Py) => A(o, 'day').d],
  });
  attrs(t, {
    min: new PyDate(t, 1, 1, 1),
    max: new PyDate(t, 9999, 12, 31),
    resolution: new PyDelta(DT.timedelta, 1, 0, 0),
    __doc__: 'date(year, month, day) --> date object',
  });
  setupIsoCalendarDate();
  void pyRepr;
  return t;
}

function dateCmp(a: PyDate, b: PyDate): number {
  if (a.y !== b.y) return a.y < b.y ? -1 : 1;
  if (a.m !== b.m) return a.m < b.m ? -1 : 1;
  if (a.d !== b.d) return a.d < b.d ? -1 : 1;
  return 0;
}

/** date + timedelta (sign 1) or date - timedelta (sign -1): only the days count. */
function dateAdd(a: Py, b: Py, sign: number): Py {
  if (a instanceof PyDateTime || !(a instanceof PyDate) || !(b instanceof PyDelta)) return NotImplemented;
  const ord = dateOrd(a) + sign * b.d;
  checkOrd(ord);
  const [y, m, d] = ordToYmd(ord);
  return dateOf(a.cls, y, m, d);
}

function dateSub(a: Py, b: Py): Py {
  if (a instanceof PyDateTime || !(a instanceof PyDate)) return NotImplemented;
  if (b instanceof PyDelta) return dateAdd(a, b, -1);
  if (b instanceof PyDate && !(b instanceof PyDateTime)) return new PyDelta(DT.timedelta, dateOrd(a) - dateOrd(b), 0, 0);
  return NotImplemented;
}

/** datetime.IsoCalendarDate: the named tuple isocalendar() returns. */
function setupIsoCalendarDate(): void {
  const t = builtinType('IsoCalendarDate', T.tuple, undefined, { module: 'datetime' });
  t.tpName = 'datetime.IsoCalendarDate';
  t.hasDict = false;
  DT.isoCalendarDate = t;
  const I = (o: Py) => o as PyTuple;
  methods(t, {
    __repr__: ['self, /', (o: Py) => {
      const v = I(o).items;
      return `${tpName(I(o).cls)}(year=${v[0]}, week=${v[1]}, weekday=${v[2]})`;
    }],
    __reduce__: ['self, /', (o: Py) => new PyTuple([T.tuple, new PyTuple([new PyTuple(I(o).items.slice())])])],
  });
  getsets(t, {
    year: [(o: Py) => I(o).items[0]],
    week: [(o: Py) => I(o).items[1]],
    weekday: [(o: Py) => I(o).items[2]],
  });
}
