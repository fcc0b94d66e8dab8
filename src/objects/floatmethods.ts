// float: methods of the float type.
// https://docs.python.org/3.11/library/stdtypes.html#additional-methods-on-float

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyFloat, floatRepr } from './float';
import { PyTuple } from './tuple';
import { intValue, norm, HASH_MODULUS } from './intutil';
import { strValue, PyStr } from './strutil';
import { bytesValue } from './bytesutil';
import { methods, staticMethods, classMethods, getsets } from './typesetup';
import { numberDunders, floatToInt, index, intToFloat } from './int';
import { Op, numBinop, floatPow } from './ops';
import { TypeError, ValueError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial } from './attrs';
import { formatFloat, toFixed } from './format';
import { Cmp, repr, str as pyStr } from './protocol';
import { callSync } from '../vm/call';
import { floatHash } from './hash';

export function asFloat(x: Py): number {
  if (x instanceof PyFloat) return x.v;
  throw TypeError(`descriptor requires a 'float' object but received a '${typeName(x)}'`);
}

/** The float value of x for arithmetic: floats, ints, __float__, __index__. */
export function toFloat(x: Py): number {
  if (x instanceof PyFloat) return x.v;
  const iv = intValue(x);
  if (iv !== null) return intToFloat(iv);
  const tp = typeOf(x);
  if (tp.lookup('__float__') !== MISSING) {
    const r = callSpecial(x, '__float__');
    if (!(r instanceof PyFloat)) throw TypeError(`${tp.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  }
  if (tp.lookup('__index__') !== MISSING) return intToFloat(index(x));
  throw TypeError(`must be real number, not ${tp.name}`);
}

/** float(str) parsing with CPython's accepted forms. */
export function parseFloat_(text: string): number | null {
  const s = text.trim().toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?((\d(_?\d)*)?\.\d(_?\d)*|\d(_?\d)*\.?)(e[+-]?\d(_?\d)*)?$/.test(s)) return null;
  return Number(s.replace(/_/g, ''));
}

function newFloat(cls: PyType, x: Py): Py {
  let v: number;
  if (x === undefined) v = 0;
  else if (x instanceof PyFloat) v = x.v;
  else {
    const s = strValue(x) ?? (bytesValue(x) ? Buffer.from(bytesValue(x)!).toString('latin1') : null);
    if (s !== null) {
      const p = parseFloat_(s);
      if (p === null) throw ValueError(`could not convert string to float: ${repr(x)}`);
      v = p;
    } else {
      const tp = typeOf(x);
      if (intValue(x) === null && tp.lookup('__float__') === MISSING && tp.lookup('__index__') === MISSING) {
        throw TypeError(`float() argument must be a string or a real number, not '${tp.name}'`);
      }
      v = toFloat(x);
    }
  }
  if (cls === T.float) return new PyFloat(v);
  return new PyFloat(v, cls);
}

export { floatHash } from './hash';

/** round(x, n) with correct half-even rounding of the exact value. */
function roundFloat(x: number, nd: Py): Py {
  if (nd === None) {
    if (!isFinite(x)) return floatToInt(x);
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return floatToInt(r);
  }
  const n = Number(index(nd));
  if (!isFinite(x) || x === 0) return new PyFloat(x);
  if (n > 308) return new PyFloat(x);
  if (n < -308) return new PyFloat(0 * x);
  if (n >= 0) {
    const s = toFixed(Math.abs(x), n);
    const r = Number(s);
    return new PyFloat(x < 0 ? -r : r);
  }
  const p = 10 ** -n;
  const y = x / p;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
  const out = r * p;
  if (!isFinite(out)) throw OverflowError('rounded value too large to represent');
  return new PyFloat(out === 0 && x < 0 ? -0 : out);
}

function asRatio(v: number): PyTuple {
  if (v !== v) throw ValueError('cannot convert NaN to integer ratio');
  if (!isFinite(v)) throw OverflowError('cannot convert Infinity to integer ratio');
  let m = v, e = 0;
  while (m !== Math.floor(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m), den = 1n << BigInt(e);
  return new PyTuple([norm(num), norm(den)]);
}

function floatHex(v: number): string {
  if (v !== v) return 'nan';
  if (!isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  v = Math.abs(v);
  if (v === 0) return sign + '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  let exp = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  let lead = '1';
  if (exp === 0) {
    lead = '0';
    exp = -1022;
  } else exp -= 1023;
  return `${sign}0x${lead}.${mant}p${exp >= 0 ? '+' : ''}${exp}`;
}

function floatFromHex(s: string): number {
  const t = s.trim().toLowerCase();
  const sp = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (sp) return sp[2] === 'nan' ? NaN : sp[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (!m || (!m[2] && !m[3])) throw ValueError('invalid hexadecimal floating-point string');
  const int = m[2] || '0', frac = m[3] || '';
  let v = 0;
  for (const c of int) v = v * 16 + parseInt(c, 16);
  let scale = 1 / 16;
  for (const c of frac) {
    v += parseInt(c, 16) * scale;
    scale /= 16;
  }
  v *= 2 ** (m[4] ? parseInt(m[4], 10) : 0);
  if (!isFinite(v)) throw OverflowError('hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -v : v;
}

const isNum = (x: Py) => x instanceof PyFloat || intValue(x) !== null;
const isF = (x: Py) => x instanceof PyFloat;

function cmp(a: Py, b: Py, op: Cmp): Py {
  const x = asFloat(a);
  let y: number | bigint;
  if (b instanceof PyFloat) y = b.v;
  else {
    const iv = intValue(b);
    if (iv === null) return NotImplemented;
    y = iv;
  }
  if (x !== x) return op === Cmp.NE;
  switch (op) {
    case Cmp.LT:
      return x < y;
    case Cmp.LE:
      return x <= y;
    case Cmp.EQ:
      return x == y;
    case Cmp.NE:
      return x != y;
    case Cmp.GT:
      return x > y;
    case Cmp.GE:
      return x >= y;
  }
}

export function setupFloat(): void {
  const t = T.float;
  staticMethods(t, { __new__: ['cls, x=?, /', (cls: PyType, x: Py) => newFloat(cls, x)] });
  t.vnew = (a) => (a.length <= 1 ? newFloat(T.float, a[0]) : undefined);
  methods(t, {
    ...numberDunders(isF, isNum, [
      ['add', Op.Add], ['sub', Op.Sub], ['mul', Op.Mul], ['truediv', Op.TrueDiv],
      ['floordiv', Op.FloorDiv], ['mod', Op.Mod], ['divmod', Op.DivMod],
    ]),
    __pow__: ['self, value, mod=None, /', (a: Py, b: Py, m: Py) => {
      if (m !== None) throw TypeError('pow() 3rd argument not allowed unless all arguments are integers');
      return isNum(b) ? floatPow(asFloat(a), toFloat(b)) : NotImplemented;
    }],
    __rpow__: ['self, value, mod=None, /', (a: Py, b: Py, m: Py) => {
      if (m !== None) throw TypeError('pow() 3rd argument not allowed unless all arguments are integers');
      return isNum(b) ? floatPow(toFloat(b), asFloat(a)) : NotImplemented;
    }],
    __neg__: ['self, /', (a: Py) => new PyFloat(-asFloat(a))],
    __pos__: ['self, /', (a: Py) => new PyFloat(asFloat(a))],
    __abs__: ['self, /', (a: Py) => new PyFloat(Math.abs(asFloat(a)))],
    __bool__: ['self, /', (a: Py) => asFloat(a) !== 0],
    __int__: ['self, /', (a: Py) => floatToInt(asFloat(a))],
    __float__: ['self, /', (a: Py) => (a.cls === T.float ? a : new PyFloat(asFloat(a)))],
    __trunc__: ['self, /', (a: Py) => floatToInt(asFloat(a))],
    __floor__: ['self, /', (a: Py) => floatToInt(Math.floor(asFloat(a)))],
    __ceil__: ['self, /', (a: Py) => floatToInt(Math.ceil(asFloat(a)))],
    __round__: ['self, ndigits=None, /', (a: Py, nd: Py) => roundFloat(asFloat(a), nd)],
    __hash__: ['self, /', (a: Py) => floatHash(asFloat(a), a)],
    __repr__: ['self, /', (a: Py) => floatRepr(asFloat(a))],
    __format__: ['self, format_spec, /', (a: Py, spec: Py) => {
      const sp = strValue(spec) ?? '';
      return sp === '' && a.cls !== T.float ? pyStr(a) : formatFloat(asFloat(a), sp, a);
    }],
    __eq__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.EQ)],
    __ne__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.NE)],
    __lt__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.LT)],
    __le__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.LE)],
    __gt__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.GT)],
    __ge__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.GE)],
    __getnewargs__: ['self, /', (a: Py) => new PyTuple([new PyFloat(asFloat(a))])],
    is_integer: ['self, /', (a: Py) => Number.isInteger(asFloat(a))],
    as_integer_ratio: ['self, /', (a: Py) => asRatio(asFloat(a))],
    conjugate: ['self, /', (a: Py) => new PyFloat(asFloat(a))],
    hex: ['self, /', (a: Py) => floatHex(asFloat(a))],
  });
  classMethods(t, {
    fromhex: ['cls, string, /', (cls: PyType, s: Py) => {
      const f = new PyFloat(floatFromHex(strValue(s) ?? ''));
      return cls === T.float ? f : callSync(cls, [f]);
    }],
    __getformat__: ['cls, typestr, /', () => 'IEEE, little-endian'],
  });
  getsets(t, {
    real: [(a) => new PyFloat(asFloat(a))],
    imag: [() => new PyFloat(0)],
  });
  void numBinop;
  void PyStr;
}
