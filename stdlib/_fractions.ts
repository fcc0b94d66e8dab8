// _fractions: the Fraction type of the fractions module
// (https://docs.python.org/3.11/library/fractions.html), native because
// Fraction arithmetic runs in loops: a Python-level class costs several
// interpreted calls per operation. The numerator and denominator are Python
// ints (JS numbers or bigints) in lowest terms with a positive denominator.
// fractions.py re-exports the type (and registers it with numbers.Rational
// when that module exists). Mixed arithmetic follows CPython 3.11: an int
// operand is a Fraction, a float or complex one turns the Fraction into
// float/complex first; results of Fraction arithmetic are always exact
// Fractions (never a subclass).

import { T, None, NotImplemented, PyObject, serial, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyComplex } from '../src/objects/complexutil';
import { intValue } from '../src/objects/intutil';
import { intToStr } from '../src/objects/int';
import { builtinType, PyType } from '../src/objects/type';
import { getsets, attrs } from '../src/objects/typesetup';
import { PyBuiltin, PKind, paramDefault } from '../src/objects/builtinfunc';
import { PyProperty } from '../src/objects/descriptors';
import { TypeError, ValueError, ZeroDivisionError, OverflowError } from '../src/objects/raise';
import { typeOf, typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { repr, truthy, Cmp } from '../src/objects/protocol';
import { binop, Op } from '../src/objects/ops';
import { getattr } from '../src/objects/attrs';
import { callSync } from '../src/vm/call';
import * as I from './_fractions_int';
import { parseFraction } from './_fractions_parse';

type Int = I.Int;

export class FractionObj extends PyObject {
  constructor(cls: PyType, public n: Int, public d: Int) {
    super(cls);
  }
}

serial(FractionObj);

/** The int or float equal to f, if one is (Fraction(4, 2) is 2, Fraction(1,
 * 8) is 0.125): dicts key such fractions as that number. */
function numberEqual(f: FractionObj): Py {
  const n = f.n, d = f.d;
  if (d === 1 || d === 1n) return n;
  // exactly a float when d is a power of two and the value fits a double
  if (typeof d !== 'number' || typeof n !== 'number' || !Number.isInteger(Math.log2(d))) return undefined;
  if (Math.abs(n) > 9007199254740991) return undefined;
  return new PyFloat(n / d);
}

/** The Fraction type (set by init). */
let FT: PyType;

/** A Fraction of the base type from a numerator and denominator already in
 * lowest terms. */
const mk = (n: Int, d: Int): FractionObj => new FractionObj(FT, n, d);

function zeroDen(n: Int) {
  return ZeroDivisionError(`Fraction(${intToStr(n)}, 0)`);
}

/** n/d brought to lowest terms with a positive denominator. */
function reduce(n: Int, d: Int): [Int, Int] {
  if (I.isZero(d)) throw zeroDen(n);
  let g = I.gcd(n, d);
  if (d < 0) g = I.neg(g);
  if (g === 1) return [n, d];
  return [I.exactDiv(n, g), I.exactDiv(d, g)];
}

function reduced(n: Int, d: Int): FractionObj {
  const [a, b] = reduce(n, d);
  return mk(a, b);
}

function self(x: Py): FractionObj {
  if (x instanceof FractionObj) return x;
  throw TypeError(`descriptor requires a 'Fraction' object but received a '${typeName(x)}'`);
}

const toDouble = (f: FractionObj): number => I.ratioToDouble(f.n, f.d);

/** A type whose MRO holds a class named Decimal (decimal.Decimal, looked for
 * by name so that this module need not import decimal). */
function isDecimal(x: Py): boolean {
  return typeof x === 'object' && x !== null && typeOf(x).mro.some((t) => t.name === 'Decimal');
}

function ratioOf(x: Py): [Int, Int] {
  const r = callSync(getattr(x, 'as_integer_ratio'), []);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw TypeError('as_integer_ratio() must return a 2-tuple');
  const n = intValue(r.items[0]), d = intValue(r.items[1]);
  if (n === null || d === null) throw TypeError('as_integer_ratio() must return a pair of ints');
  return [n, d];
}

function floatRatio(v: number): [Int, Int] {
  if (v !== v) throw ValueError('cannot convert NaN to integer ratio');
  if (!isFinite(v)) throw OverflowError('cannot convert Infinity to integer ratio');
  return I.doubleRatio(v);
}

/** The (numerator, denominator) of an int or Fraction, else null. */
function rational(x: Py): [Int, Int] | null {
  if (x instanceof FractionObj) return [x.n, x.d];
  const v = intValue(x);
  return v === null ? null : [v, 1];
}

// ---- construction ---------------------------------------------------------------

/** Fraction.__new__(cls, numerator=0, denominator=None, *, _normalize=True) */
function newFraction(cls: PyType, num: Py, den: Py, normalize: Py): Py {
  if (!(cls instanceof PyType) || !cls.isSubtype(FT)) throw TypeError('super(type, obj): obj must be an instance or subtype of type');
  let n: Int, d: Int;
  if (den === None) {
    if (typeof num === 'number' || typeof num === 'bigint') return new FractionObj(cls, num, 1);
    const r = rational(num);
    if (r !== null) [n, d] = r;
    else if (num instanceof PyFloat) [n, d] = floatRatio(num.v);
    else if (isDecimal(num)) [n, d] = ratioOf(num);
    else {
      const s = strValue(num);
      if (s === null) throw TypeError('argument should be a string or a Rational instance');
      [n, d] = parseFraction(s);
    }
  } else {
    const a = rational(num), b = rational(den);
    if (a === null || b === null) throw TypeError('both arguments should be Rational instances');
    if (a[1] === 1 && b[1] === 1) [n, d] = [a[0], b[0]];
    else [n, d] = [I.mul(a[0], b[1]), I.mul(a[1], b[0])];
  }
  if (I.isZero(d)) throw zeroDen(n);
  if (truthy(normalize)) [n, d] = reduce(n, d);
  return new FractionObj(cls, n, d);
}

// ---- arithmetic kernels on (an, ad) and (bn, bd) ----------------------------------

type Kernel = (an: Int, ad: Int, bn: Int, bd: Int) => Py;

// Knuth's addition (TAOCP 4.5.1): the gcds keep the intermediate products
// small and the result comes out in lowest terms.
function addSub(an: Int, ad: Int, bn: Int, bd: Int, plus: boolean): FractionObj {
  const op = plus ? I.add : I.sub;
  if (ad === 1 && bd === 1) return mk(op(an, bn), 1);
  const g = I.gcd(ad, bd);
  if (g === 1) return mk(op(I.mul(an, bd), I.mul(ad, bn)), I.mul(ad, bd));
  const s = I.exactDiv(ad, g);
  const t = op(I.mul(an, I.exactDiv(bd, g)), I.mul(bn, s));
  const g2 = I.gcd(t, g);
  if (g2 === 1) return mk(t, I.mul(s, bd));
  return mk(I.exactDiv(t, g2), I.mul(s, I.exactDiv(bd, g2)));
}

const kAdd: Kernel = (an, ad, bn, bd) => addSub(an, ad, bn, bd, true);
const kSub: Kernel = (an, ad, bn, bd) => addSub(an, ad, bn, bd, false);

const kMul: Kernel = (an, ad, bn, bd) => {
  const g1 = I.gcd(an, bd);
  if (g1 !== 1 && !I.isZero(g1)) {
    an = I.exactDiv(an, g1);
    bd = I.exactDiv(bd, g1);
  }
  const g2 = I.gcd(bn, ad);
  if (g2 !== 1 && !I.isZero(g2)) {
    bn = I.exactDiv(bn, g2);
    ad = I.exactDiv(ad, g2);
  }
  return mk(I.mul(an, bn), I.mul(ad, bd));
};

const kDiv: Kernel = (an, ad, bn, bd) => {
  // the multiplication by the inverse; a zero divisor is reported with the
  // numerator the reductions leave (Fraction(1, 0) for 2/3 / 0, as CPython)
  const g1 = I.gcd(an, bn);
  if (g1 !== 1 && !I.isZero(g1)) {
    an = I.exactDiv(an, g1);
    bn = I.exactDiv(bn, g1);
  }
  const g2 = I.gcd(bd, ad);
  if (g2 !== 1 && !I.isZero(g2)) {
    ad = I.exactDiv(ad, g2);
    bd = I.exactDiv(bd, g2);
  }
  let n = I.mul(an, bd), d = I.mul(bn, ad);
  if (d < 0) {
    n = I.neg(n);
    d = I.neg(d);
  }
  if (I.isZero(d)) throw zeroDen(n);
  return mk(n, d);
};

const kFloorDiv: Kernel = (an, ad, bn, bd) => I.floorDiv(I.mul(an, bd), I.mul(ad, bn));

const kMod: Kernel = (an, ad, bn, bd) => reduced(I.mod(I.mul(an, bd), I.mul(bn, ad)), I.mul(ad, bd));

const kDivMod: Kernel = (an, ad, bn, bd) => {
  const x = I.mul(an, bd), y = I.mul(ad, bn);
  const q = I.floorDiv(x, y);
  const r = I.mod(x, y, 'integer division or modulo by zero');
  return new PyTuple([q, reduced(r, I.mul(ad, bd))]);
};

/** a ** b for a Fraction a and an int b. */
function powInt(an: Int, ad: Int, p: Int): FractionObj {
  if (p >= 0) return mk(I.pow(an, p), I.pow(ad, p));
  const q = I.neg(p);
  if (an >= 0) {
    const d = I.pow(an, q);
    if (I.isZero(d)) throw zeroDen(I.pow(ad, q));
    return mk(I.pow(ad, q), d);
  }
  return mk(I.pow(I.neg(ad), q), I.pow(I.neg(an), q));
}

const kPow: Kernel = (an, ad, bn, bd) => {
  if (bd === 1) return powInt(an, ad, bn);
  return binop(Op.Pow, new PyFloat(I.ratioToDouble(an, ad)), new PyFloat(I.ratioToDouble(bn, bd)));
};

/** The forward method (self op other). */
function forward(op: Op, k: Kernel) {
  return (a: Py, b: Py): Py => {
    const x = self(a);
    if (b instanceof FractionObj) return k(x.n, x.d, b.n, b.d);
    const v = intValue(b);
    if (v !== null) return k(x.n, x.d, v, 1);
    if (b instanceof PyFloat) return binop(op, new PyFloat(toDouble(x)), b);
    if (b instanceof PyComplex) return binop(op, new PyComplex(toDouble(x), 0), b);
    return NotImplemented;
  };
}

/** The reflected method (other op self). */
function reverse(op: Op, k: Kernel) {
  return (b: Py, a: Py): Py => {
    const y = self(b);
    if (a instanceof FractionObj) return k(a.n, a.d, y.n, y.d);
    const v = intValue(a);
    if (v !== null) return k(v, 1, y.n, y.d);
    if (a instanceof PyFloat) return binop(op, new PyFloat(a.v), new PyFloat(toDouble(y)));
    if (a instanceof PyComplex) return binop(op, new PyComplex(a.re, a.im), new PyComplex(toDouble(y), 0));
    return NotImplemented;
  };
}

function fracPow(a: Py, b: Py): Py {
  const x = self(a);
  const r = rational(b);
  if (r !== null) return kPow(x.n, x.d, r[0], r[1]);
  if (b instanceof PyFloat || b instanceof PyComplex) return binop(Op.Pow, new PyFloat(toDouble(x)), b);
  return NotImplemented;
}

function fracRpow(b: Py, a: Py): Py {
  const y = self(b);
  if (y.d === 1 && y.n >= 0) return binop(Op.Pow, a, y.n);
  const r = rational(a);
  if (r !== null) return kPow(r[0], r[1], y.n, y.d);
  if (y.d === 1) return binop(Op.Pow, a, y.n);
  return binop(Op.Pow, a, new PyFloat(toDouble(y)));
}

// ---- comparisons ------------------------------------------------------------------

function ordered(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT:
      return c < 0;
    case Cmp.LE:
      return c <= 0;
    case Cmp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Fraction <op> other for the four orderings. */
function richcmp(op: Cmp) {
  return (a: Py, b: Py): Py => {
    const x = self(a);
    let bn: Int, bd: Int;
    const r = rational(b);
    if (r !== null) [bn, bd] = r;
    else if (b instanceof PyFloat) {
      const v = b.v;
      // a Fraction is finite: it compares with inf and nan as 0.0 does
      if (v !== v) return false;
      if (!isFinite(v)) return ordered(v > 0 ? -1 : 1, op);
      [bn, bd] = I.doubleRatio(v);
    } else return NotImplemented;
    if (x.d === 1 && bd === 1) return ordered(I.cmp(x.n, bn), op);
    return ordered(I.cmp(I.mul(x.n, bd), I.mul(x.d, bn)), op);
  };
}

function fracEq(a: Py, b: Py): Py {
  const x = self(a);
  const r = rational(b);
  if (r !== null) return I.eq(x.n, r[0]) && I.eq(x.d, r[1]);
  let v: number;
  if (b instanceof PyComplex && b.im === 0) v = b.re;
  else if (b instanceof PyFloat) v = b.v;
  else return NotImplemented;
  if (!isFinite(v)) return false;
  const [fn, fd] = I.doubleRatio(v);
  return I.eq(x.n, fn) && I.eq(x.d, fd);
}

// ---- rounding -----------------------------------------------------------------

/** The nearest int, ties to even. */
function roundHalfEven(n: Int, d: Int): Int {
  const q = I.floorDiv(n, d);
  const r2 = I.mul(I.mod(n, d), 2);
  const c = I.cmp(r2, d);
  if (c < 0) return q;
  if (c > 0) return I.add(q, 1);
  return I.isZero(I.mod(q, 2)) ? q : I.add(q, 1);
}

function fracRound(a: Py, nd: Py): Py {
  const x = self(a);
  if (nd === None) return roundHalfEven(x.n, x.d);
  const k = intValue(nd);
  if (k === null) {
    if (nd instanceof PyFloat) throw TypeError('both arguments should be Rational instances');
    throw TypeError(`bad operand type for abs(): '${typeName(nd)}'`);
  }
  const shift = I.pow(10, I.abs(k));
  // round(x * 10**k) / 10**k, or round(x / 10**-k) * 10**-k
  if (k > 0) return reduced(roundHalfEven(I.mul(x.n, shift), x.d), shift);
  return mk(I.mul(roundHalfEven(x.n, I.mul(x.d, shift)), shift), 1);
}

function trunc(x: FractionObj): Int {
  return x.n < 0 ? I.neg(I.floorDiv(I.neg(x.n), x.d)) : I.floorDiv(x.n, x.d);
}

/** The closest fraction with a denominator at most maxDen (continued
 * fraction convergents, then the best semiconvergent). */
function limitDenominator(a: Py, maxArg: Py): Py {
  const x = self(a);
  const m = intValue(maxArg);
  if (m === null) {
    if (maxArg instanceof PyFloat) {
      if (maxArg.v < 1) throw ValueError('max_denominator should be at least 1');
      if (x.d <= maxArg.v) return mk(x.n, x.d);
      throw TypeError('both arguments should be Rational instances');
    }
    throw TypeError(`'<' not supported between instances of '${typeName(maxArg)}' and 'int'`);
  }
  if (m < 1) throw ValueError('max_denominator should be at least 1');
  if (x.d <= m) return mk(x.n, x.d);
  let p0: Int = 0, q0: Int = 1, p1: Int = 1, q1: Int = 0;
  let n = x.n, d = x.d;
  for (;;) {
    const t = I.floorDiv(n, d);
    const q2 = I.add(q0, I.mul(t, q1));
    if (q2 > m) break;
    [p0, q0, p1, q1] = [p1, q1, I.add(p0, I.mul(t, p1)), q2];
    [n, d] = [d, I.sub(n, I.mul(t, d))];
  }
  const k = I.floorDiv(I.sub(m, q0), q1);
  const bn = I.add(p0, I.mul(k, p1)), bd = I.add(q0, I.mul(k, q1));
  // the convergent p1/q1 wins ties: compare |p1/q1 - x| with |bn/bd - x|
  const e1 = I.abs(I.sub(I.mul(p1, x.d), I.mul(x.n, q1)));
  const e2 = I.abs(I.sub(I.mul(bn, x.d), I.mul(x.n, bd)));
  if (I.cmp(I.mul(e1, bd), I.mul(e2, q1)) <= 0) return mk(p1, q1);
  return mk(bn, bd);
}

// ---- alternative constructors ------------------------------------------------------

function fromFloat(cls: PyType, f: Py): Py {
  if (intValue(f) !== null) return callSync(cls, [f]);
  if (!(f instanceof PyFloat)) {
    throw TypeError(`${cls.name}.from_float() only takes floats, not ${repr(f)} (${typeName(f)})`);
  }
  const [n, d] = floatRatio(f.v);
  return callSync(cls, [n, d]);
}

function fromDecimal(cls: PyType, dec: Py): Py {
  if (intValue(dec) !== null) return callSync(cls, [intValue(dec)]);
  if (!isDecimal(dec)) {
    throw TypeError(`${cls.name}.from_decimal() only takes Decimals, not ${repr(dec)} (${typeName(dec)})`);
  }
  const [n, d] = ratioOf(dec);
  return callSync(cls, [n, d]);
}

// ---- Python-style binding ------------------------------------------------------------

/** A builtin whose argument errors are worded as for the Python functions
 * CPython's fractions module defines ("Fraction.limit_denominator() takes
 * from 1 to 2 positional arguments but 3 were given"). */
class PyStyle extends PyBuiltin {
  override call(args: Py[], kwnames: string[] | null): Py {
    const sig = this.sig;
    if (kwnames === null) {
      const n = args.length, params = sig.params;
      if (n === params.length && sig.simple) return this.impl.apply(null, args);
      if (n >= sig.nreq && n <= sig.npos) {
        // positional call: the rest take their defaults
        const out = args.slice();
        for (let j = n; j < params.length; j++) out.push(paramDefault(sig, j));
        return this.impl.apply(null, out);
      }
    }
    return this.impl.apply(null, this.bind(args, kwnames));
  }

  bind(args: Py[], kwnames: string[] | null): Py[] {
    const sig = this.sig, params = sig.params, q = this.qualname;
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos > sig.npos) {
      const n = sig.npos, opt = sig.nreq < n;
      const takes = opt ? `from ${sig.nreq} to ${n}` : String(n);
      const given = `${npos} ${npos === 1 ? 'was' : 'were'} given`;
      throw TypeError(`${q}() takes ${takes} positional argument${opt || n !== 1 ? 's' : ''} but ${given}`);
    }
    const out: Py[] = args.slice(0, npos);
    out.length = params.length;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const j = params.findIndex((p) => p.name === name);
      if (j < 0) throw TypeError(`${q}() got an unexpected keyword argument '${name}'`);
      if (out[j] !== undefined) throw TypeError(`${q}() got multiple values for argument '${name}'`);
      out[j] = args[npos + k];
    }
    const missing: string[] = [];
    for (let j = 0; j < params.length; j++) {
      if (out[j] !== undefined) continue;
      if (params[j].def === undefined && params[j].kind !== PKind.KwOnly) missing.push(`'${params[j].name}'`);
      else out[j] = paramDefault(sig, j);
    }
    if (missing.length) {
      const m = missing.length;
      const list = m === 1 ? missing[0] : m === 2 ? missing.join(' and ') : `${missing.slice(0, -1).join(', ')}, and ${missing[m - 1]}`;
      throw TypeError(`${q}() missing ${m} required positional argument${m === 1 ? '' : 's'}: ${list}`);
    }
    return out;
  }
}
serial(PyStyle);

type Table = Record<string, [string, (...a: any[]) => any]>;

function define(t: PyType, table: Table, kind: 'method' | 'class' | 'static'): void {
  for (const name of Object.keys(table)) {
    const [sig, impl] = table[name];
    const b = new PyStyle(name, sig, impl, { qualname: `${t.name}.${name}`, owner: t });
    if (kind === 'class') b.classmethod = true;
    if (kind === 'static') b.staticmethod = true;
    t.dict.setS(name, b);
  }
  t.modified();
}

const DOC =
  'Rational numbers: a numerator and a positive denominator in lowest terms.\n\n' +
  "Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75) and\n" +
  'Fraction(Fraction(3, 4)) are the same number; the single-argument forms\n' +
  'accept any Rational (int, Fraction), a float or Decimal (converted exactly),\n' +
  "or a string such as '-1.5e3', '7/2' or ' 1_000 '.\n";

/** Creates the _fractions module. */
export function init(): PyModule {
  const m = new PyModule('_fractions');
  const t = builtinType('Fraction', T.object, (cls) => new FractionObj(cls, 0, 1), { module: 'fractions' });
  t.numKey = numberEqual;
  t.builtin = false;
  t.hasDict = false;
  FT = t;
  define(t, { __new__: ['cls, numerator=0, denominator=None, *, _normalize=True', newFraction] }, 'static');
  define(t, { from_float: ['cls, f', fromFloat], from_decimal: ['cls, dec', fromDecimal] }, 'class');
  const same = (x: FractionObj) => mk(x.n, x.d);
  define(t, {
    __add__: ['a, b', forward(Op.Add, kAdd)],
    __radd__: ['b, a', reverse(Op.Add, kAdd)],
    __sub__: ['a, b', forward(Op.Sub, kSub)],
    __rsub__: ['b, a', reverse(Op.Sub, kSub)],
    __mul__: ['a, b', forward(Op.Mul, kMul)],
    __rmul__: ['b, a', reverse(Op.Mul, kMul)],
    __truediv__: ['a, b', forward(Op.TrueDiv, kDiv)],
    __rtruediv__: ['b, a', reverse(Op.TrueDiv, kDiv)],
    __floordiv__: ['a, b', forward(Op.FloorDiv, kFloorDiv)],
    __rfloordiv__: ['b, a', reverse(Op.FloorDiv, kFloorDiv)],
    __mod__: ['a, b', forward(Op.Mod, kMod)],
    __rmod__: ['b, a', reverse(Op.Mod, kMod)],
    __divmod__: ['a, b', forward(Op.DivMod, kDivMod)],
    __rdivmod__: ['b, a', reverse(Op.DivMod, kDivMod)],
    __pow__: ['a, b', fracPow],
    __rpow__: ['b, a', fracRpow],
    __pos__: ['a', (a: Py) => same(self(a))],
    __neg__: ['a', (a: Py) => mk(I.neg(self(a).n), self(a).d)],
    __abs__: ['a', (a: Py) => mk(I.abs(self(a).n), self(a).d)],
    __bool__: ['a', (a: Py) => !I.isZero(self(a).n)],
    __int__: ['a', (a: Py) => trunc(self(a))],
    __trunc__: ['a', (a: Py) => trunc(self(a))],
    __floor__: ['a', (a: Py) => I.floorDiv(self(a).n, self(a).d)],
    __ceil__: ['a', (a: Py) => I.neg(I.floorDiv(I.neg(self(a).n), self(a).d))],
    __round__: ['self, ndigits=None', fracRound],
    __float__: ['a', (a: Py) => new PyFloat(toDouble(self(a)))],
    __complex__: ['a', (a: Py) => new PyComplex(toDouble(self(a)), 0)],
    __eq__: ['a, b', fracEq],
    __lt__: ['a, b', richcmp(Cmp.LT)],
    __le__: ['a, b', richcmp(Cmp.LE)],
    __gt__: ['a, b', richcmp(Cmp.GT)],
    __ge__: ['a, b', richcmp(Cmp.GE)],
    __hash__: ['self', (a: Py) => (self(a).d === 1 ? I.ratioHash(self(a).n, 1) : I.ratioHash(self(a).n, self(a).d))],
    __repr__: ['self', (a: Py) => `${typeName(a)}(${intToStr(self(a).n)}, ${intToStr(self(a).d)})`],
    __str__: ['self', (a: Py) => (self(a).d === 1 ? intToStr(self(a).n) : `${intToStr(self(a).n)}/${intToStr(self(a).d)}`)],
    __reduce__: ['self', (a: Py) => new PyTuple([typeOf(a), new PyTuple([self(a).n, self(a).d])])],
    __copy__: ['self', (a: Py) => (typeOf(a) === FT ? a : callSync(typeOf(a), [self(a).n, self(a).d]))],
    __deepcopy__: ['self, memo', (a: Py) => (typeOf(a) === FT ? a : callSync(typeOf(a), [self(a).n, self(a).d]))],
    as_integer_ratio: ['self', (a: Py) => new PyTuple([self(a).n, self(a).d])],
    limit_denominator: ['self, max_denominator=1000000', limitDenominator],
    conjugate: ['self', (a: Py) => same(self(a))],
  }, 'method');
  // properties, as in CPython (their messages are property's)
  const prop = (name: string, get: (a: Py) => Py) => {
    const p = new PyProperty();
    p.fget = new PyStyle(name, 'self', get, { qualname: `${t.name}.${name}`, owner: t });
    p.pname = name;
    t.dict.setS(name, p);
  };
  prop('numerator', (a: Py) => self(a).n);
  prop('denominator', (a: Py) => self(a).d);
  prop('real', (a: Py) => same(self(a)));
  prop('imag', () => 0);
  getsets(t, {
    _numerator: [(a: Py) => self(a).n, (a: Py, v: Py) => void (self(a).n = intValue(v) ?? v)],
    _denominator: [(a: Py) => self(a).d, (a: Py, v: Py) => void (self(a).d = intValue(v) ?? v)],
  });
  attrs(t, { __doc__: DOC, __slots__: new PyTuple(['_numerator', '_denominator']) });
  m.dict.setS('Fraction', t);
  return m;
}
