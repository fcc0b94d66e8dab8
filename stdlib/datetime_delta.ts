// datetime.timedelta (https://docs.python.org/3.11/library/datetime.html#timedelta-objects):
// construction from any mix of int and float units, rounded half to even
// on the total as CPython rounds it, and the arithmetic on microsecond
// totals (numbers while exact, bigints beyond 2**53).

import { T, None, NotImplemented, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyInt, intValue, norm } from '../src/objects/intutil';
import { tupleHash } from '../src/objects/hash';
import { TypeError, ValueError, OverflowError, ZeroDivisionError, AttributeError } from '../src/objects/raise';
import { floatToInt } from '../src/objects/int';
import { truediv } from '../src/objects/ops';
import { typeName } from '../src/objects/typeof';
import { builtinType } from '../src/objects/type';
import { methods, getsets, attrs } from '../src/objects/typesetup';
import { RawFunc } from './math_cfunc';
import {
  DT, PyDelta, bigDivToFloat, mkDelta, deltaUs, usToDelta, deltaCmp, deltaZero, divmod, bigDivmod, bigDivRound, pad, pad2, tpName, parseArgs,
} from './datetime_core';

// The units in the order CPython accumulates them (it matters for which
// error comes first and for the float sum of the fractions).
const UNITS: [string, number, number, number][] = [
  // name, factor in microseconds, argument index, component (0 days, 1 seconds, 2 us) and its scale
  ['microseconds', 1, 2, 2],
  ['milliseconds', 1000, 3, 2],
  ['seconds', 1000000, 1, 1],
  ['minutes', 60000000, 4, 1],
  ['hours', 3600000000, 5, 1],
  ['days', 86400000000, 0, 0],
  ['weeks', 604800000000, 6, 0],
];
// each argument's multiple of its component, by argument index
const SCALE = [1, 1, 1, 1000, 60, 3600, 7];
const NAMES = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];

/** A unit argument: an int (as number or bigint) or a float. */
function unitValue(name: string, v: Py): number | bigint | PyFloat {
  if (v instanceof PyFloat) return v;
  const iv = intValue(v);
  if (iv === null) throw TypeError(`unsupported type for timedelta ${name} component: ${typeName(v)}`);
  return iv;
}

/** The whole microseconds to add for the float remainder `left`, rounded
 * half to even on the total whose integer part has parity `odd`. */
function roundLeftover(left: number, odd: boolean): number {
  const fl = Math.floor(left);
  const frac = left - fl;
  if (frac > 0.5) return fl + 1;
  if (frac < 0.5) return fl;
  // a tie: make the total even
  return ((fl & 1) === 1) === odd ? fl : fl + 1;
}

/** timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks). */
export function newDelta(cls: PyType, vals: Py[]): PyDelta {
  const v: (number | bigint | PyFloat)[] = [];
  let small = true;
  for (const [name, , i] of UNITS) {
    const x = vals[i];
    if (x === undefined) continue;
    const u = unitValue(name, x);
    v[i] = u;
    if (typeof u === 'bigint') small = false;
    else if (typeof u === 'number') {
      if (u >= 1e12 || u <= -1e12) small = false;
    } else if (!(u.v < 1e12 && u.v > -1e12)) {
      // inf and nan fail here, in CPython's order of the units
      floatToInt(u.v);
      small = false;
    }
  }
  let left = 0;
  if (small) {
    // exact per component: |values| < 1e12 keeps every sum below 2**53
    const comp = [0, 0, 0];
    for (const [, factor, i, c] of UNITS) {
      const u = v[i];
      if (u === undefined) continue;
      if (typeof u === 'number') comp[c] += u * SCALE[i];
      else if (typeof u === 'object') {
        const ip = Math.trunc(u.v);
        comp[c] += ip * SCALE[i];
        const f = u.v - ip;
        if (f !== 0) {
          const p = factor * f;
          const pi = Math.trunc(p);
          comp[2] += pi;
          left += p - pi;
        }
      }
    }
    if (left !== 0) comp[2] += roundLeftover(left, (comp[2] & 1) !== 0);
    return mkDelta(comp[0], comp[1], comp[2], cls);
  }
  let total = 0n;
  for (const [, factor, i] of UNITS) {
    const u = v[i];
    if (u === undefined) continue;
    if (typeof u !== 'object') total += BigInt(u) * BigInt(factor);
    else {
      const ip = floatToInt(u.v);
      total += BigInt(ip) * BigInt(factor);
      const f = u.v - Math.trunc(u.v);
      if (f !== 0) {
        const p = factor * f;
        const pi = Math.trunc(p);
        total += BigInt(pi);
        left += p - pi;
      }
    }
  }
  if (left !== 0) total += BigInt(roundLeftover(left, (total & 1n) !== 0n));
  return usToDelta(total, cls);
}

// ---- arithmetic ----------------------------------------------------------------------

/** The exact ratio of a finite double, as float.as_integer_ratio gives it. */
function floatRatio(x: number): [bigint, bigint] {
  if (x !== x) throw ValueError('cannot convert NaN to integer ratio');
  if (!isFinite(x)) throw OverflowError('cannot convert Infinity to integer ratio');
  let e = 0n;
  while (!Number.isInteger(x)) {
    x *= 2;
    e++;
  }
  return [BigInt(x), 1n << e];
}

const big = (t: number | bigint) => (typeof t === 'bigint' ? t : BigInt(t));

function mulInt(a: PyDelta, k: number | bigint): PyDelta {
  const t = deltaUs(a);
  if (typeof t === 'number' && typeof k === 'number') {
    const p = t * k;
    if (Number.isSafeInteger(p)) return usToDelta(p);
  }
  return usToDelta(big(t) * big(k));
}

function mulFloat(a: PyDelta, f: number): PyDelta {
  const [n, d] = floatRatio(f);
  return usToDelta(bigDivRound(big(deltaUs(a)) * n, d));
}

/** a / b of safe integers rounded half to even. */
function divRound(a: number, b: number): number {
  if (b < 0) {
    a = -a;
    b = -b;
  }
  const [q, r] = divmod(a, b);
  const twice = r * 2;
  return twice > b || (twice === b && (q & 1) === 1) ? q + 1 : q;
}

function divInt(a: PyDelta, k: number | bigint): PyDelta {
  if (k == 0) throw ZeroDivisionError('integer division or modulo by zero');
  const t = deltaUs(a);
  if (typeof t === 'number' && typeof k === 'number') return usToDelta(divRound(t, k));
  let bt = big(t), bk = big(k);
  if (bk < 0n) {
    bt = -bt;
    bk = -bk;
  }
  return usToDelta(bigDivRound(bt, bk));
}

function divFloat(a: PyDelta, f: number): PyDelta {
  let [n, d] = floatRatio(f);
  if (n === 0n) throw ZeroDivisionError('integer division or modulo by zero');
  let t = big(deltaUs(a)) * d;
  if (n < 0n) {
    n = -n;
    t = -t;
  }
  return usToDelta(bigDivRound(t, n));
}

/** [floor(a / b), a mod b] of two microsecond totals. */
function usDivmod(a: number | bigint, b: number | bigint): [number | bigint, number | bigint] {
  if (typeof a === 'number' && typeof b === 'number') return divmod(a, b);
  const [q, r] = bigDivmod(big(a), big(b));
  return [norm(q), norm(r)];
}

export function deltaAdd(a: PyDelta, b: PyDelta): PyDelta {
  return mkDelta(a.d + b.d, a.s + b.s, a.us + b.us);
}

export function deltaSub(a: PyDelta, b: PyDelta): PyDelta {
  return mkDelta(a.d - b.d, a.s - b.s, a.us - b.us);
}

export function deltaNeg(a: PyDelta): PyDelta {
  return mkDelta(-a.d, -a.s, -a.us);
}

function intArg(x: Py): number | bigint | null {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x;
  if (x instanceof PyInt) return x.v;
  return null;
}

function mul(a: Py, b: Py): Py {
  if (!(a instanceof PyDelta)) return NotImplemented;
  const k = intArg(b);
  if (k !== null) return mulInt(a, k);
  if (b instanceof PyFloat) return mulFloat(a, b.v);
  return NotImplemented;
}

function trueDiv(a: Py, b: Py): Py {
  if (!(a instanceof PyDelta)) return NotImplemented;
  if (b instanceof PyDelta) {
    if (deltaZero(b)) throw ZeroDivisionError('division by zero');
    const x = deltaUs(a), y = deltaUs(b);
    if (typeof x === 'number' && typeof y === 'number') return new PyFloat(x / y);
    return new PyFloat(bigDivToFloat(big(x), big(y)));
  }
  const k = intArg(b);
  if (k !== null) return divInt(a, k);
  if (b instanceof PyFloat) return divFloat(a, b.v);
  return NotImplemented;
}

function floorDiv(a: Py, b: Py): Py {
  if (!(a instanceof PyDelta)) return NotImplemented;
  if (b instanceof PyDelta) {
    if (deltaZero(b)) throw ZeroDivisionError('integer division or modulo by zero');
    return usDivmod(deltaUs(a), deltaUs(b))[0];
  }
  const k = intArg(b);
  if (k === null) return NotImplemented;
  if (k == 0) throw ZeroDivisionError('integer division or modulo by zero');
  return usToDelta(usDivmod(deltaUs(a), k)[0]);
}

function mod(a: Py, b: Py): Py {
  if (!(a instanceof PyDelta) || !(b instanceof PyDelta)) return NotImplemented;
  if (deltaZero(b)) throw ZeroDivisionError('integer modulo by zero');
  return usToDelta(usDivmod(deltaUs(a), deltaUs(b))[1]);
}

function divmodFn(a: Py, b: Py): Py {
  if (!(a instanceof PyDelta) || !(b instanceof PyDelta)) return NotImplemented;
  if (deltaZero(b)) throw ZeroDivisionError('integer division or modulo by zero');
  const [q, r] = usDivmod(deltaUs(a), deltaUs(b));
  return new PyTuple([q, usToDelta(r)]);
}

// ---- text --------------------------------------------------------------------------

export function deltaRepr(x: PyDelta): string {
  const parts: string[] = [];
  if (x.d) parts.push(`days=${x.d}`);
  if (x.s) parts.push(`seconds=${x.s}`);
  if (x.us) parts.push(`microseconds=${x.us}`);
  return `${tpName(x.cls)}(${parts.length ? parts.join(', ') : '0'})`;
}

export function deltaStr(x: PyDelta): string {
  const [h, r] = divmod(x.s, 3600);
  const [m, s] = divmod(r, 60);
  let out = x.d ? `${x.d} day${x.d === 1 || x.d === -1 ? '' : 's'}, ` : '';
  out += `${h}:${pad2(m)}:${pad2(s)}`;
  if (x.us) out += '.' + pad(x.us, 6);
  return out;
}

// ---- the type ------------------------------------------------------------------------

function D(o: Py, name: string): PyDelta {
  if (!(o instanceof PyDelta)) {
    throw TypeError(`descriptor '${name}' requires a 'datetime.timedelta' object but received a '${typeName(o)}'`);
  }
  return o;
}

/** Checks the class given to a __new__ (tp_new_wrapper's checks). */
export function newTarget(t: PyType, cls: Py): PyType {
  if (!(cls instanceof PyType)) throw TypeError(`${tpName(t)}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(t)) throw TypeError(`${tpName(t)}.__new__(${cls.name}): ${cls.name} is not a subtype of ${tpName(t)}`);
  return cls;
}

function cmp(op: (c: number) => boolean) {
  return (a: Py, b: Py) => (b instanceof PyDelta ? op(deltaCmp(D(a, 'cmp'), b)) : NotImplemented);
}

const hashes = new WeakMap<PyDelta, number | bigint>();

export function deltaHash(x: PyDelta): number | bigint {
  let h = hashes.get(x);
  if (h === undefined) hashes.set(x, (h = tupleHash([x.d, x.s, x.us])));
  return h;
}

const readonly = () => {
  throw AttributeError('readonly attribute');
};

/** Creates the timedelta type. */
export function setupDelta(): PyType {
  const t = builtinType('timedelta', T.object, (cls) => new PyDelta(cls, 0, 0, 0), { module: 'datetime' });
  t.tpName = 'datetime.timedelta';
  DT.timedelta = t;
  const nf = new RawFunc('__new__', 'timedelta.__new__', t, (args: Py[], kwnames: string[] | null) => {
    const cls = newTarget(t, args[0]);
    return newDelta(cls, parseArgs('__new__', NAMES, 0, 7, args, kwnames, 1, null));
  });
  nf.staticmethod = true;
  t.dict.setS('__new__', nf);
  methods(t, {
    __repr__: ['self, /', (a: Py) => deltaRepr(D(a, '__repr__'))],
    __str__: ['self, /', (a: Py) => deltaStr(D(a, '__str__'))],
    __hash__: ['self, /', (a: Py) => deltaHash(D(a, '__hash__'))],
    __bool__: ['self, /', (a: Py) => !deltaZero(D(a, '__bool__'))],
    __eq__: ['self, value, /', cmp((c) => c === 0)],
    __ne__: ['self, value, /', cmp((c) => c !== 0)],
    __lt__: ['self, value, /', cmp((c) => c < 0)],
    __le__: ['self, value, /', cmp((c) => c <= 0)],
    __gt__: ['self, value, /', cmp((c) => c > 0)],
    __ge__: ['self, value, /', cmp((c) => c >= 0)],
    __add__: ['self, value, /', (a: Py, b: Py) => (a instanceof PyDelta && b instanceof PyDelta ? deltaAdd(a, b) : NotImplemented)],
    __radd__: ['self, value, /', (a: Py, b: Py) => (a instanceof PyDelta && b instanceof PyDelta ? deltaAdd(b, a) : NotImplemented)],
    __sub__: ['self, value, /', (a: Py, b: Py) => (a instanceof PyDelta && b instanceof PyDelta ? deltaSub(a, b) : NotImplemented)],
    __rsub__: ['self, value, /', (a: Py, b: Py) => (a instanceof PyDelta && b instanceof PyDelta ? deltaSub(b, a) : NotImplemented)],
    __mul__: ['self, value, /', mul],
    __rmul__: ['self, value, /', mul],
    __truediv__: ['self, value, /', trueDiv],
    __rtruediv__: ['self, value, /', (a: Py, b: Py) => trueDiv(b, a)],
    __floordiv__: ['self, value, /', floorDiv],
    __rfloordiv__: ['self, value, /', (a: Py, b: Py) => floorDiv(b, a)],
    __mod__: ['self, value, /', mod],
    __rmod__: ['self, value, /', (a: Py, b: Py) => mod(b, a)],
    __divmod__: ['self, value, /', divmodFn],
    __rdivmod__: ['self, value, /', (a: Py, b: Py) => divmodFn(b, a)],
    __neg__: ['self, /', (a: Py) => deltaNeg(D(a, '__neg__'))],
    __pos__: ['self, /', (a: Py) => {
      const x = D(a, '__pos__');
      return new PyDelta(t, x.d, x.s, x.us);
    }],
    __abs__: ['self, /', (a: Py) => {
      const x = D(a, '__abs__');
      return x.d < 0 ? deltaNeg(x) : new PyDelta(t, x.d, x.s, x.us);
    }],
    total_seconds: ['self, /', (a: Py) => {
      const x = D(a, 'total_seconds');
      const us = deltaUs(x);
      return new PyFloat(typeof us === 'number' ? us / 1000000 : bigDivToFloat(us, 1000000n));
    }],
    __reduce__: ['self, /', (a: Py) => {
      const x = D(a, '__reduce__');
      return new PyTuple([x.cls, new PyTuple([x.d, x.s, x.us])]);
    }],
  });
  getsets(t, {
    days: [(o: Py) => D(o, 'days').d, readonly],
    seconds: [(o: Py) => D(o, 'seconds').s, readonly],
    microseconds: [(o: Py) => D(o, 'microseconds').us, readonly],
  });
  attrs(t, {
    min: new PyDelta(t, -999999999, 0, 0),
    max: new PyDelta(t, 999999999, 86399, 999999),
    resolution: new PyDelta(t, 0, 0, 1),
    __doc__: 'Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.',
  });
  void None;
  return t;
}
