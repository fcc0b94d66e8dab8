// complex: methods of the complex type.
// https://docs.python.org/3.11/library/functions.html#complex

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyComplex, complexOp } from './complexutil';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { intValue } from './intutil';
import { strValue } from './strutil';
import { methods, staticMethods, getsets } from './typesetup';
import { toFloat } from './floatmethods';
import { Op } from './ops';
import { TypeError, ValueError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial } from './attrs';
import { formatComplex } from './format';
import { doubleToString } from './dtoa';
import { complexHash } from './hash';
import { intToFloat } from './int';

/** The (re, im) of a complex, float or int operand, or null. */
function parts(x: Py): [number, number] | null {
  if (x instanceof PyComplex) return [x.re, x.im];
  if (x instanceof PyFloat) return [x.v, 0];
  const iv = intValue(x);
  if (iv !== null) return [intToFloat(iv), 0];
  return null;
}

function C(x: Py): PyComplex {
  if (x instanceof PyComplex) return x;
  throw TypeError(`descriptor requires a 'complex' object but received a '${typeName(x)}'`);
}

/** repr(complex): parts in repr style without '.0'; the real part is left
 * out when it is +0. */
export function complexRepr(re: number, im: number): string {
  const imS = doubleToString(im, 'r', 0);
  if (re === 0 && 1 / re > 0) return imS + 'j';
  const reS = doubleToString(re, 'r', 0);
  return `(${reS}${imS[0] === '-' ? '' : '+'}${imS}j)`;
}

/** complex(str): CPython's grammar (optional parens and whitespace,
 * underscores between digits, 'j' alone meaning 1j). */
function parseComplex(text: string): [number, number] {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const bad = () => ValueError('complex() arg is a malformed string');
  if (!s) throw bad();
  if (/__|_$|^_|[^0-9]_|_[^0-9]/.test(s)) throw ValueError(`could not convert string to complex: '${text}'`);
  s = s.replace(/_/g, '');
  const num = '(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf(?:inity)?|nan)';
  const toNum = (t: string) => {
    const u = t.toLowerCase();
    const neg = u[0] === '-';
    const body = u.replace(/^[+-]/, '');
    const v = body.startsWith('inf') ? Infinity : body === 'nan' ? NaN : Number(body);
    return neg ? -v : v;
  };
  let m = new RegExp(`^([+-]?${num})([+-]${num}?)[jJ]$`, 'i').exec(s);
  if (m) return [toNum(m[1]), m[2].length === 1 ? (m[2] === '-' ? -1 : 1) : toNum(m[2])];
  m = new RegExp(`^([+-]?${num}?)[jJ]$`, 'i').exec(s);
  if (m) return [0, m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : toNum(m[1])];
  m = new RegExp(`^([+-]?${num})$`, 'i').exec(s);
  if (m) return [toNum(m[1]), 0];
  throw bad();
}

/** A number argument as a complex (for __complex__) or real. */
function asComplexArg(x: Py, first: boolean): [number, number, boolean] {
  if (x instanceof PyComplex) return [x.re, x.im, true];
  const tp = typeOf(x);
  if (tp.lookup('__complex__') !== MISSING) {
    const c = callSpecial(x, '__complex__');
    if (!(c instanceof PyComplex)) throw TypeError(`__complex__ returned non-complex (type ${typeName(c)})`);
    return [c.re, c.im, true];
  }
  if (x instanceof PyFloat || intValue(x) !== null || tp.lookup('__float__') !== MISSING || tp.lookup('__index__') !== MISSING) {
    return [toFloat(x), 0, false];
  }
  throw TypeError(first ? `complex() first argument must be a string or a number, not '${typeName(x)}'` : `complex() second argument must be a number, not '${typeName(x)}'`);
}

function newComplex(cls: PyType, re: Py, im: Py): Py {
  let r = 0, i = 0;
  if (re !== undefined) {
    const s = strValue(re);
    if (s !== null) {
      if (im !== undefined) throw TypeError("complex() can't take second arg if first is a string");
      [r, i] = parseComplex(s);
      return new PyComplex(r, i, cls === T.complex ? undefined : cls);
    }
    if (cls === T.complex && im === undefined && re instanceof PyComplex && re.cls === T.complex) return re;
  }
  if (im !== undefined && strValue(im) !== null) throw TypeError("complex() second arg can't be a string");
  let crIsComplex = false, ciIsComplex = false;
  let cr: [number, number] = [0, 0], ci: [number, number] = [0, 0];
  if (re !== undefined) {
    const [a, b, isC] = asComplexArg(re, true);
    cr = [a, b];
    crIsComplex = isC;
  }
  if (im !== undefined) {
    const [a, b, isC] = asComplexArg(im, false);
    ci = [a, b];
    ciIsComplex = isC;
  }
  // real + imag * 1j, combining only the parts that exist (keeps -0.0)
  r = cr[0];
  i = ci[0];
  if (ciIsComplex) r -= ci[1];
  if (crIsComplex) i = im !== undefined ? i + cr[1] : cr[1];
  return new PyComplex(r, i, cls === T.complex ? undefined : cls);
}

/** complex == x, exact against ints of any size. */
function complexEq(a: PyComplex, b: Py): boolean | typeof NotImplemented {
  if (b instanceof PyComplex) return a.re === b.re && a.im === b.im;
  if (b instanceof PyFloat) return a.im === 0 && a.re === b.v;
  const iv = intValue(b);
  if (iv === null) return NotImplemented;
  return a.im === 0 && a.re == (iv as any);
}

export function setupComplex(): void {
  const t = T.complex;
  const bin = (op: Op, rev: boolean) => (a: Py, b: Py) => {
    const x = parts(a), y = parts(b);
    if (!x || !y) return NotImplemented;
    return rev ? complexOp(op, y[0], y[1], x[0], x[1]) : complexOp(op, x[0], x[1], y[0], y[1]);
  };
  staticMethods(t, { __new__: ['cls, real=?, imag=?', newComplex] });
  const table: Record<string, [string, (...a: any[]) => any]> = {};
  for (const [n, op] of [['add', Op.Add], ['sub', Op.Sub], ['mul', Op.Mul], ['truediv', Op.TrueDiv]] as [string, Op][]) {
    table[`__${n}__`] = ['self, value, /', bin(op, false)];
    table[`__r${n}__`] = ['self, value, /', bin(op, true)];
  }
  methods(t, {
    ...table,
    __pow__: ['self, value, mod=None, /', (a: Py, b: Py, m: Py) => {
      if (m !== None) throw ValueError('complex modulo');
      return bin(Op.Pow, false)(a, b);
    }],
    __rpow__: ['self, value, mod=None, /', (a: Py, b: Py) => bin(Op.Pow, true)(a, b)],
    __neg__: ['self, /', (a: Py) => new PyComplex(-C(a).re, -C(a).im)],
    __pos__: ['self, /', (a: Py) => new PyComplex(C(a).re, C(a).im)],
    __abs__: ['self, /', (a: Py) => {
      const { re, im } = C(a);
      const r = Math.hypot(re, im);
      if (!isFinite(r) && isFinite(re) && isFinite(im)) throw OverflowError('absolute value too large');
      return new PyFloat(r);
    }],
    __bool__: ['self, /', (a: Py) => C(a).re !== 0 || C(a).im !== 0],
    __eq__: ['self, value, /', (a: Py, b: Py) => complexEq(C(a), b)],
    __ne__: ['self, value, /', (a: Py, b: Py) => { const r = complexEq(C(a), b); return r === NotImplemented ? r : !r; }],
    __lt__: ['self, value, /', () => NotImplemented],
    __le__: ['self, value, /', () => NotImplemented],
    __gt__: ['self, value, /', () => NotImplemented],
    __ge__: ['self, value, /', () => NotImplemented],
    __hash__: ['self, /', (a: Py) => complexHash(C(a).re, C(a).im)],
    __repr__: ['self, /', (a: Py) => complexRepr(C(a).re, C(a).im)],
    __format__: ['self, format_spec, /', (a: Py, spec: Py) => {
      const s = strValue(spec);
      if (s === null) throw TypeError(`format() argument 2 must be str, not ${typeName(spec)}`);
      if (!s) return complexRepr(C(a).re, C(a).im);
      return formatComplex(C(a).re, C(a).im, s, typeName(a));
    }],
    __complex__: ['self, /', (a: Py) => (a.cls === T.complex ? a : new PyComplex(C(a).re, C(a).im))],
    conjugate: ['self, /', (a: Py) => new PyComplex(C(a).re, -C(a).im)],
    __getnewargs__: ['self, /', (a: Py) => new PyTuple([new PyFloat(C(a).re), new PyFloat(C(a).im)])],
  });
  getsets(t, {
    real: [(a: PyComplex) => new PyFloat(a.re)],
    imag: [(a: PyComplex) => new PyFloat(a.im)],
  });
}
