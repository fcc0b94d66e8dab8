// cmath: mathematical functions for complex numbers
// (https://docs.python.org/3.11/library/cmath.html), with CPython's formulas
// for finite arguments (the overflow-avoiding branches included) and its
// "math domain error" / "math range error". Infinite and NaN arguments
// follow C99 Annex G for exp, log and sqrt; the other functions reach them
// through those, which agrees with CPython's special-value tables in the
// common cases but not in every sign of zero.

import { T, MISSING, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyFloat } from '../src/objects/float';
import { PyTuple } from '../src/objects/tuple';
import { PyComplex } from '../src/objects/complexutil';
import { toFloat } from '../src/objects/floatmethods';
import { TypeError, ValueError, OverflowError } from '../src/objects/raise';
import { typeOf } from '../src/objects/typeof';
import { callSpecial } from '../src/objects/attrs';
import { cfuncs, Style, kwfunc } from './math_cfunc';
import * as cr from './math_cr';
import * as tr from './math_trig';
import * as lm from './math_libm';

type C = [number, number];

const LARGE = Number.MAX_VALUE / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const DBL_MIN = 2.2250738585072014e-308;
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;
const LN10 = Math.LN10;

/** errno after a computation: 0, EDOM or ERANGE. */
let errno = 0;
const EDOM = 1, ERANGE = 2;

function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0) || (y !== y && Object.is(y, -NaN));
  return neg ? -Math.abs(x) : Math.abs(x);
}

const fin = (x: number) => x - x === 0;

/** A complex argument (complex, __complex__, or a real number). */
function arg(x: Py): C {
  if (x instanceof PyComplex) return [x.re, x.im];
  if (typeof x === 'number') return [x, 0];
  if (x instanceof PyFloat) return [x.v, 0];
  if (typeof x === 'object' && typeOf(x).lookup('__complex__') !== MISSING) {
    const r = callSpecial(x, '__complex__');
    if (!(r instanceof PyComplex)) throw TypeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
    return [r.re, r.im];
  }
  return [toFloat(x), 0];
}

const cx = (z: C) => new PyComplex(z[0], z[1]);

function result(z: C): Py {
  if (errno === EDOM) throw ValueError('math domain error');
  if (errno === ERANGE) throw OverflowError('math range error');
  return cx(z);
}

const hypot = cr.hypot;

function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (!fin(y) || !fin(x) || y === 0 || x === 0) return Math.atan2(y, x);
  return tr.atan2(y, x);
}

// ---- the functions --------------------------------------------------------------------

function sqrt([re, im]: C): C {
  errno = 0;
  if (!fin(re) || !fin(im)) {
    if (im === Infinity || im === -Infinity) return [Infinity, im];
    if (re === -Infinity) return [im !== im ? NaN : 0, im !== im ? Infinity : copysign(Infinity, im)];
    if (re === Infinity) return [Infinity, im !== im ? NaN : copysign(0, im)];
    return [NaN, NaN];
  }
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up first
    ax = ax * 2 ** 53;
    s = Math.sqrt(ax + hypot(ax, ay * 2 ** 53)) * 2 ** -27;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function exp([re, im]: C): C {
  errno = 0;
  if (!fin(re) || !fin(im)) {
    let r: C;
    if ((re === Infinity || re === -Infinity) && fin(im) && im !== 0) {
      r = re > 0 ? [copysign(Infinity, tr.cos(im)), copysign(Infinity, tr.sin(im))] : [copysign(0, tr.cos(im)), copysign(0, tr.sin(im))];
    } else if (re === Infinity) r = [Infinity, fin(im) ? im : NaN];
    else if (re === -Infinity) r = [0, fin(im) ? im : 0];
    else if (re !== re) r = [NaN, im === 0 ? im : NaN];
    else r = [NaN, NaN];
    if ((im === Infinity || im === -Infinity) && (fin(re) || re === Infinity)) errno = EDOM;
    return r;
  }
  let r: C;
  if (re > LOG_LARGE) {
    const l = cr.exp(re - 1);
    r = [l * tr.cos(im) * Math.E, l * tr.sin(im) * Math.E];
  } else {
    const l = cr.exp(re);
    r = [l * tr.cos(im), l * tr.sin(im)];
  }
  if (!fin(r[0]) || !fin(r[1])) errno = ERANGE;
  return r;
}

function log([re, im]: C): C {
  errno = 0;
  if (!fin(re) || !fin(im)) {
    if (re !== re || im !== im) return [re === Infinity || re === -Infinity || im === Infinity || im === -Infinity ? Infinity : NaN, NaN];
    return [Infinity, Math.atan2(im, re)];
  }
  const ax = Math.abs(re), ay = Math.abs(im);
  let lr: number;
  if (ax > LARGE || ay > LARGE) lr = cr.log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) lr = cr.log(hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2;
    else {
      errno = EDOM;
      return [-Infinity, atan2(im, re)];
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      lr = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else lr = cr.log(h);
  }
  return [lr, atan2(im, re)];
}

function coshSinh([re, im]: C, sinh: boolean): C {
  errno = 0;
  let r: C;
  if (!fin(re) || !fin(im)) {
    // through exp: (e^z +- e^-z) / 2
    const a = exp([re, im]), b = exp([-re, -im]);
    errno = 0;
    r = sinh ? [(a[0] - b[0]) / 2, (a[1] - b[1]) / 2] : [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    if (r[0] !== r[0] && fin(re)) errno = EDOM;
    return r.map((v) => (v !== v ? NaN : v)) as C;
  }
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    r = sinh ? [tr.cos(im) * lm.sinh(x1) * Math.E, tr.sin(im) * lm.cosh(x1) * Math.E] : [tr.cos(im) * lm.cosh(x1) * Math.E, tr.sin(im) * lm.sinh(x1) * Math.E];
  } else {
    r = sinh ? [tr.cos(im) * lm.sinh(re), tr.sin(im) * lm.cosh(re)] : [tr.cos(im) * lm.cosh(re), tr.sin(im) * lm.sinh(re)];
  }
  if (!fin(r[0]) || !fin(r[1])) errno = ERANGE;
  return r;
}

function tanh([re, im]: C): C {
  errno = 0;
  if (!fin(re) || !fin(im)) {
    if (re === Infinity || re === -Infinity) return [copysign(1, re), fin(im) ? copysign(0, 2 * tr.sin(im) * tr.cos(im)) : 0];
    if (re === 0 && im !== im) return [re, NaN];
    if (fin(re) && (im === Infinity || im === -Infinity)) errno = EDOM;
    return [NaN, NaN];
  }
  if (Math.abs(re) > LOG_LARGE) return [copysign(1, re), 4 * tr.sin(im) * tr.cos(im) * cr.exp(-2 * Math.abs(re))];
  const tx = Math.tanh(re), ty = tr.tan(im), c = 1 / lm.cosh(re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * c) * c];
}

function asinh([re, im]: C): C {
  errno = 0;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE || !fin(re) || !fin(im)) {
    if (re !== re || im !== im) return [re === Infinity || re === -Infinity || im === Infinity || im === -Infinity ? copysign(Infinity, re) : NaN, im === 0 ? im : NaN];
    const l = cr.log(hypot(re / 2, im / 2)) + LN2 * 2;
    const rr = im >= 0 ? copysign(l, re) : -copysign(l, -re);
    return [rr, atan2(im, Math.abs(re))];
  }
  const s1 = sqrt([1 + im, -re]), s2 = sqrt([1 - im, re]);
  return [lm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), atan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
}

function acos([re, im]: C): C {
  errno = 0;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE || !fin(re) || !fin(im)) {
    if (re !== re || im !== im) return [NaN, re === Infinity || re === -Infinity || im === Infinity || im === -Infinity ? -Infinity : NaN];
    const rr = atan2(Math.abs(im), re);
    const l = cr.log(hypot(re / 2, im / 2)) + LN2 * 2;
    return [rr, re < 0 ? -copysign(l, im) : copysign(l, -im)];
  }
  const s1 = sqrt([1 - re, -im]), s2 = sqrt([1 + re, im]);
  return [2 * atan2(s1[0], s2[0]), lm.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function acosh([re, im]: C): C {
  errno = 0;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE || !fin(re) || !fin(im)) {
    if (re !== re || im !== im) return [re === Infinity || re === -Infinity || im === Infinity || im === -Infinity ? Infinity : NaN, NaN];
    return [cr.log(hypot(re / 2, im / 2)) + LN2 * 2, atan2(im, re)];
  }
  const s1 = sqrt([re - 1, im]), s2 = sqrt([re + 1, im]);
  return [lm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
}

function atanh(z: C): C {
  const [re, im] = z;
  if (re < 0 || (re === 0 && 1 / re < 0 && false)) {
    const r = atanh([-re, -im]);
    return [-r[0], -r[1]];
  }
  errno = 0;
  if (re !== re || im !== im) {
    if (im === Infinity || im === -Infinity) return [copysign(0, re), copysign(Math.PI / 2, im)];
    if (re === Infinity) return [0, NaN];
    return [re === 0 ? re : NaN, NaN];
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(re / 2, im / 2);
    return [re / 4 / h / h, -copysign(Math.PI / 2, -im)];
  }
  if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = EDOM;
      return [Infinity, im];
    }
    return [-cr.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, im)];
  }
  return [Math.log1p((4 * re) / ((1 - re) * (1 - re) + ay * ay)) / 4, -atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2];
}

/** f(iz) / i for the trigonometric functions from the hyperbolic ones. */
const viaI = (f: (z: C) => C) => ([re, im]: C): C => {
  const s = f([-im, re]);
  return [s[1], -s[0]];
};

/** Complex division as Python's complex.__truediv__ (errno EDOM on 0). */
function quot(a: C, b: C): C {
  const [ar, ai] = a, [br, bi] = b;
  const absr = Math.abs(br), absi = Math.abs(bi);
  if (absr >= absi) {
    if (absr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absi >= absr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

/** Creates the cmath module. */
export function init(): PyModule {
  const m = new PyModule('cmath');
  const d = m.dict;
  d.setS('__doc__', 'This module provides access to mathematical functions for complex\nnumbers.');
  const one = (f: (z: C) => C) => (x: Py) => {
    const r = f(arg(x));
    return result(r);
  };
  const O = Style.O;
  const fns = cfuncs('cmath', {
    sqrt: [1, 1, O, one(sqrt)],
    exp: [1, 1, O, one(exp)],
    log10: [1, 1, O, one((z) => {
      const r = log(z);
      return [r[0] / LN10, r[1] / LN10];
    })],
    cosh: [1, 1, O, one((z) => coshSinh(z, false))],
    sinh: [1, 1, O, one((z) => coshSinh(z, true))],
    tanh: [1, 1, O, one(tanh)],
    cos: [1, 1, O, one((z) => coshSinh([-z[1], z[0]], false))],
    sin: [1, 1, O, one(viaI((z) => coshSinh(z, true)))],
    tan: [1, 1, O, one(viaI(tanh))],
    asinh: [1, 1, O, one(asinh)],
    acosh: [1, 1, O, one(acosh)],
    atanh: [1, 1, O, one(atanh)],
    asin: [1, 1, O, one(viaI(asinh))],
    acos: [1, 1, O, one(acos)],
    atan: [1, 1, O, one(viaI(atanh))],
    phase: [1, 1, O, (x: Py) => {
      const [re, im] = arg(x);
      return new PyFloat(atan2(im, re));
    }],
    polar: [1, 1, O, (x: Py) => {
      const [re, im] = arg(x);
      const r = hypot(re, im);
      if (!fin(r) && fin(re) && fin(im)) throw OverflowError('math range error');
      return new PyTuple([new PyFloat(r), new PyFloat(atan2(im, re))]);
    }],
    rect: [2, 2, Style.Fast, (rx: Py, px: Py) => {
      const r = toFloat(rx), phi = toFloat(px);
      errno = 0;
      let z: C;
      if (!fin(r) || !fin(phi)) {
        if ((r === Infinity || r === -Infinity) && fin(phi) && phi !== 0) {
          z = r > 0 ? [copysign(Infinity, tr.cos(phi)), copysign(Infinity, tr.sin(phi))] : [-copysign(Infinity, tr.cos(phi)), -copysign(Infinity, tr.sin(phi))];
        } else if (r === 0 || (fin(r) && (phi === Infinity || phi === -Infinity))) {
          if (r !== 0) errno = EDOM;
          z = r === 0 ? [0, 0] : [NaN, NaN];
        } else z = [r === Infinity || r === -Infinity ? Infinity : NaN, phi === 0 ? phi : NaN];
      } else if (phi === 0) z = [r, r * phi];
      else z = [r * tr.cos(phi), r * tr.sin(phi)];
      return result(z);
    }],
    isfinite: [1, 1, O, (x: Py) => {
      const [re, im] = arg(x);
      return fin(re) && fin(im);
    }],
    isinf: [1, 1, O, (x: Py) => {
      const [re, im] = arg(x);
      return Math.abs(re) === Infinity || Math.abs(im) === Infinity;
    }],
    isnan: [1, 1, O, (x: Py) => {
      const [re, im] = arg(x);
      return re !== re || im !== im;
    }],
  });
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  d.setS('log', kwfunc('cmath', 'log', 'x, base=?, /', (x: Py, base: Py) => {
    let r = log(arg(x));
    if (errno) return result(r);
    if (base !== undefined) {
      const b = log(arg(base));
      if (errno) return result(b);
      r = quot(r, b);
    }
    return result(r);
  }));
  d.setS('isclose', kwfunc('cmath', 'isclose', 'a, b, *, rel_tol=?, abs_tol=?', (a: Py, b: Py, rt: Py, at: Py) => {
    const [ar, ai] = arg(a), [br, bi] = arg(b);
    const rel = rt === undefined ? 1e-9 : toFloat(rt), abs = at === undefined ? 0 : toFloat(at);
    if (rel < 0 || abs < 0) throw ValueError('tolerances must be non-negative');
    if (ar === br && ai === bi) return true;
    if (!fin(ar) || !fin(ai) || !fin(br) || !fin(bi)) return false;
    const diff = hypot(ar - br, ai - bi);
    return diff <= rel * hypot(br, bi) || diff <= rel * hypot(ar, ai) || diff <= abs;
  }));
  d.setS('pi', new PyFloat(Math.PI));
  d.setS('e', new PyFloat(Math.E));
  d.setS('tau', new PyFloat(2 * Math.PI));
  d.setS('inf', new PyFloat(Infinity));
  d.setS('infj', new PyComplex(0, Infinity));
  d.setS('nan', new PyFloat(NaN));
  d.setS('nanj', new PyComplex(0, NaN));
  void T;
  return m;
}
