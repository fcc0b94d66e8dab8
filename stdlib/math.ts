// math: mathematical functions (https://docs.python.org/3.11/library/math.html),
// with CPython's results and errors: a float result that is NaN from a
// non-NaN argument is "math domain error" (ValueError), an infinite one from
// a finite argument is "math range error" (OverflowError) where the function
// can overflow, else a domain error. Integer functions are in math_int.ts,
// the algorithms JavaScript's Math lacks in math_special.ts.

import { T, MISSING, STOP, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyFloat } from '../src/objects/float';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { intValue } from '../src/objects/intutil';
import { floatToInt } from '../src/objects/int';
import { toFloat } from '../src/objects/floatmethods';
import { TypeError, ValueError, OverflowError, ZeroDivisionError, exc } from '../src/objects/raise';
import { typeOf } from '../src/objects/typeof';
import { lookupSpecial, callSpecial } from '../src/objects/attrs';
import { iterToArray, getIter, nextSync } from '../src/objects/iter';
import { mul } from '../src/objects/ops';
import { cfuncs, CFunc, Style, kwfunc } from './math_cfunc';
import * as sp from './math_special';
import { factorial, comb, perm, isqrt, gcd, lcm } from './math_int';
import * as cr from './math_cr';
import * as lm from './math_libm';
import * as tr from './math_trig';

const domain = () => ValueError('math domain error');
const range = () => OverflowError('math range error');

/** The float value of an argument (PyFloat_AsDouble). */
function num(x: Py): number {
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'number') return x;
  return toFloat(x);
}

const F = (v: number) => new PyFloat(v);

/** A one-argument float function with math_1's error rules. */
function m1(f: (x: number) => number, canOverflow: boolean): (x: Py) => Py {
  return (a: Py) => {
    const x = num(a);
    const r = f(x);
    if (r !== r) {
      if (x === x) throw domain();
    } else if ((r === Infinity || r === -Infinity) && isFinite(x)) {
      throw canOverflow ? range() : domain();
    }
    return new PyFloat(r);
  };
}

/** A two-argument float function with math_2's error rules. */
function m2(f: (x: number, y: number) => number): (x: Py, y: Py) => Py {
  return (a: Py, b: Py) => {
    const x = num(a), y = num(b);
    const r = f(x, y);
    if (r !== r) {
      if (x === x && y === y) throw domain();
    } else if ((r === Infinity || r === -Infinity) && isFinite(x) && isFinite(y)) throw range();
    return new PyFloat(r);
  };
}

function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return sp.copysign(sp.signBit(x) ? 0.75 * Math.PI : 0.25 * Math.PI, y);
    return sp.copysign(0.5 * Math.PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) return sp.copysign(sp.signBit(x) ? Math.PI : 0, y);
  return tr.atan2(y, x);
}

function fmod(x: number, y: number): number {
  // fmod(x, inf) is x for finite x (JS agrees); fmod(inf, y) is a domain error
  if ((y === Infinity || y === -Infinity) && isFinite(x)) return x;
  return x % y;
}

function remainder(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    // a tie: pick the even multiple (m and c are exact here)
    else r = m - 2 * ((0.5 * (ax - m)) % ay);
    return sp.copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

function pow(a: Py, b: Py): Py {
  const x = num(a), y = num(b);
  let r: number;
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? sp.copysign(0, x) : 0;
    } else {
      const ax = Math.abs(x);
      if (ax === 1) r = 1;
      else if (y > 0 && ax > 1) r = y;
      else if (y < 0 && ax < 1) r = -y;
      else r = 0;
    }
    return F(r);
  }
  r = cr.pow(x, y);
  if (r !== r) throw domain();
  if (r === Infinity || r === -Infinity) throw x === 0 ? domain() : range();
  return F(r);
}

// ---- logarithms: ints too big for a float still have a log ------------------------

function frexpInt(v: bigint): [number, number] {
  // v > 0; the top 53 bits rounded half-even, as CPython's _PyLong_Frexp
  const n = v.toString(2).length;
  const sh = n - 53;
  let m = v >> BigInt(sh);
  const rem = v - (m << BigInt(sh));
  const half = 1n << BigInt(sh - 1);
  if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
  return [Number(m) / 2 ** 53, sh + 53];
}

function logHelper(a: Py, f: (x: number) => number): number {
  const iv = intValue(a);
  if (iv !== null) {
    if (iv <= 0) throw domain();
    const x = Number(iv);
    if (isFinite(x)) return f(x);
    const [m, e] = frexpInt(iv as bigint);
    return f(m) + f(2) * e;
  }
  const x = num(a);
  const r = mlog(x, f);
  if (r !== r) {
    if (x === x) throw domain();
  } else if ((r === Infinity || r === -Infinity) && isFinite(x)) throw domain();
  return r;
}

function mlog(x: number, f: (x: number) => number): number {
  if (isFinite(x)) {
    if (x > 0) return f(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x || x > 0) return x;
  return NaN;
}

function log(args: Py[]): Py {
  const n = logHelper(args[0], cr.log);
  if (args.length === 1) return F(n);
  const d = logHelper(args[1], cr.log);
  if (d === 0) throw ZeroDivisionError('float division by zero');
  return F(n / d);
}

// ---- rounding to ints ---------------------------------------------------------------

function roundVia(name: '__floor__' | '__ceil__', f: (x: number) => number): (x: Py) => Py {
  return (x: Py) => {
    if (x instanceof PyFloat && x.cls === T.float) return floatToInt(f(x.v));
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    if (lookupSpecial(x, name) !== MISSING) return callSpecial(x, name);
    return floatToInt(f(num(x)));
  };
}

function trunc(x: Py): Py {
  if (x instanceof PyFloat && x.cls === T.float) return floatToInt(x.v);
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (lookupSpecial(x, '__trunc__') === MISSING) throw TypeError(`type ${typeOf(x).name} doesn't define __trunc__ method`);
  return callSpecial(x, '__trunc__');
}

// ---- sequences of floats ----------------------------------------------------------------

function hypot(args: Py[]): Py {
  let max = 0, nan = false;
  const v = new Array(args.length);
  for (let i = 0; i < args.length; i++) {
    const x = Math.abs(num(args[i]));
    v[i] = x;
    if (x !== x) nan = true;
    else if (x > max) max = x;
  }
  return F(sp.vectorNorm(v, max, nan));
}

function asTupleItems(x: Py): Py[] {
  if (x instanceof PyTuple || x instanceof PyList) return x.items;
  return iterToArray(x);
}

function dist(p: Py, q: Py): Py {
  const ps = asTupleItems(p), qs = asTupleItems(q);
  if (ps.length !== qs.length) throw ValueError('both points must have the same number of dimensions');
  let max = 0, nan = false;
  const v = new Array(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const x = Math.abs(num(ps[i]) - num(qs[i]));
    v[i] = x;
    if (x !== x) nan = true;
    else if (x > max) max = x;
  }
  return F(sp.vectorNorm(v, max, nan));
}

function fsum(seq: Py): Py {
  const it = getIter(seq);
  function* values(): Generator<number> {
    for (;;) {
      const x = nextSync(it);
      if (x === STOP) return;
      yield num(x);
    }
  }
  const r = sp.fsum(values());
  if (typeof r === 'number') return F(r);
  throw exc(T[r[0]], r[1]);
}

function prod(iterable: Py, start: Py): Py {
  let acc = start === undefined ? 1 : start;
  const it = getIter(iterable);
  for (;;) {
    const x = nextSync(it);
    if (x === STOP) return acc;
    if (typeof acc === 'number' && typeof x === 'number') {
      const r = acc * x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = mul(acc, x);
  }
}

function isclose(a: Py, b: Py, relTol: Py, absTol: Py): Py {
  const x = num(a), y = num(b);
  const rt = relTol === undefined ? 1e-9 : num(relTol);
  const at = absTol === undefined ? 0 : num(absTol);
  if (rt < 0 || at < 0) throw ValueError('tolerances must be non-negative');
  if (x === y) return true;
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}

function ldexp(a: Py, e: Py): Py {
  const x = num(a);
  const iv = intValue(e);
  if (iv === null) throw TypeError('Expected an int as second argument to ldexp.');
  const ex = typeof iv === 'bigint' ? (iv > 0n ? 1e6 : -1e6) : iv;
  const r = sp.ldexp(x, ex);
  if (r === null) throw range();
  return F(r);
}

function withMathResult(f: (x: number) => sp.MathResult): (x: Py) => Py {
  return (a: Py) => {
    const r = f(num(a));
    if (r === 'domain') throw domain();
    if (r === 'range') throw range();
    return F(r);
  };
}

/** Creates the math module. */
export function init(): PyModule {
  const m = new PyModule('math');
  const d = m.dict;
  d.setS('__doc__', 'This module provides access to the mathematical functions\ndefined by the C standard.');
  const O = Style.O, FAST = Style.Fast;
  const fns = cfuncs('math', {
    acos: [1, 1, O, m1(tr.acos, false)],
    acosh: [1, 1, O, m1(lm.acosh, false)],
    asin: [1, 1, O, m1(tr.asin, false)],
    asinh: [1, 1, O, m1(lm.asinh, false)],
    atan: [1, 1, O, m1(tr.atan, false)],
    atanh: [1, 1, O, m1(lm.atanh, false)],
    cbrt: [1, 1, O, m1(lm.cbrt, false)],
    cos: [1, 1, O, m1(tr.cos, false)],
    cosh: [1, 1, O, m1(lm.cosh, true)],
    erf: [1, 1, O, m1(sp.erf, false)],
    erfc: [1, 1, O, m1(sp.erfc, false)],
    exp: [1, 1, O, m1(cr.exp, true)],
    exp2: [1, 1, O, m1((x) => (isFinite(x) ? cr.powPos(2, x) : x > 0 ? x : x === x ? 0 : x), true)],
    expm1: [1, 1, O, m1(Math.expm1, true)],
    fabs: [1, 1, O, m1(Math.abs, false)],
    log1p: [1, 1, O, m1(Math.log1p, false)],
    sin: [1, 1, O, m1(tr.sin, false)],
    sinh: [1, 1, O, m1(lm.sinh, true)],
    sqrt: [1, 1, O, m1(Math.sqrt, false)],
    tan: [1, 1, O, m1(tr.tan, false)],
    tanh: [1, 1, O, m1(Math.tanh, false)],
    gamma: [1, 1, O, withMathResult(sp.gamma)],
    lgamma: [1, 1, O, withMathResult(sp.lgamma)],
    degrees: [1, 1, O, (x: Py) => F(num(x) * (180 / Math.PI))],
    radians: [1, 1, O, (x: Py) => F(num(x) * (Math.PI / 180))],
    isfinite: [1, 1, O, (x: Py) => isFinite(num(x))],
    isinf: [1, 1, O, (x: Py) => {
      const v = num(x);
      return v === Infinity || v === -Infinity;
    }],
    isnan: [1, 1, O, (x: Py) => {
      const v = num(x);
      return v !== v;
    }],
    ceil: [1, 1, O, roundVia('__ceil__', Math.ceil)],
    floor: [1, 1, O, roundVia('__floor__', Math.floor)],
    trunc: [1, 1, O, trunc],
    frexp: [1, 1, O, (x: Py) => {
      const [mm, e] = sp.frexp(num(x));
      return new PyTuple([F(mm), e]);
    }],
    modf: [1, 1, O, (x: Py) => {
      const v = num(x);
      if (v === Infinity || v === -Infinity) return new PyTuple([F(sp.copysign(0, v)), F(v)]);
      const ip = Math.trunc(v);
      return new PyTuple([F(sp.copysign(v - ip, v)), F(ip)]);
    }],
    ulp: [1, 1, O, (x: Py) => F(sp.ulp(num(x)))],
    log2: [1, 1, O, (x: Py) => F(logHelper(x, cr.log2))],
    log10: [1, 1, O, (x: Py) => F(logHelper(x, lm.log10))],
    fsum: [1, 1, O, fsum],
    factorial: [1, 1, O, factorial],
    isqrt: [1, 1, O, isqrt],
    atan2: [2, 2, FAST, m2(atan2)],
    copysign: [2, 2, FAST, (x: Py, y: Py) => F(sp.copysign(num(x), num(y)))],
    fmod: [2, 2, FAST, m2(fmod)],
    remainder: [2, 2, FAST, m2(remainder)],
    pow: [2, 2, FAST, pow],
    ldexp: [2, 2, FAST, ldexp],
    nextafter: [2, 2, FAST, (x: Py, y: Py) => F(sp.nextafter(num(x), num(y)))],
    dist: [2, 2, FAST, dist],
    comb: [2, 2, FAST, comb],
    perm: [1, 2, FAST, perm],
    gcd: [0, Infinity, Style.Varargs, gcd],
    lcm: [0, Infinity, Style.Varargs, lcm],
    hypot: [0, Infinity, Style.Varargs, hypot],
  });
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  // log words its arity errors its own way
  const logFn = new CFunc('log', 'log', 1, 2, Style.Fast, (a: Py, b: Py) => log(b === undefined ? [a] : [a, b]), { module: 'math' });
  logFn.arityError = () => TypeError('math.log requires 1 to 2 arguments');
  d.setS('log', logFn);
  d.setS('prod', kwfunc('math', 'prod', 'iterable, /, *, start=?', prod));
  d.setS('isclose', kwfunc('math', 'isclose', 'a, b, *, rel_tol=?, abs_tol=?', isclose));
  d.setS('pi', F(Math.PI));
  d.setS('e', F(Math.E));
  d.setS('tau', F(2 * Math.PI));
  d.setS('inf', F(Infinity));
  d.setS('nan', F(NaN));
  return m;
}
