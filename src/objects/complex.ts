// complex: methods of the complex type.

import { T, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyComplex, complexOp } from './complexutil';
import { PyFloat, floatRepr } from './float';
import { PyTuple } from './tuple';
import { intValue } from './intutil';
import { strValue } from './strutil';
import { methods, staticMethods, getsets } from './typesetup';
import { toFloat } from './floatmethods';
import { Op } from './ops';
import { TypeError, ValueError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial } from './attrs';
import { formatFloat } from './format';

function parts(x: Py): [number, number] | null {
  if (x instanceof PyComplex) return [x.re, x.im];
  if (x instanceof PyFloat) return [x.v, 0];
  if (intValue(x) !== null) return [toFloat(x), 0];
  return null;
}

function fmtPart(v: number): string {
  const r = floatRepr(v);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  const imS = (im < 0 || Object.is(im, -0) ? '-' : '+') + fmtPart(Math.abs(im)) + 'j';
  if (re === 0 && !Object.is(re, -0)) return fmtPart(im) + 'j';
  return `(${fmtPart(re)}${imS})`;
}

function parseComplex(s: string): [number, number] | null {
  let t = s.trim().replace(/_/g, '');
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  const num = '(?:\\d+\\.?\\d*(?:e[+-]?\\d+)?|\\.\\d+(?:e[+-]?\\d+)?|inf(?:inity)?|nan)';
  let m = new RegExp(`^([+-]?${num})?([+-](?:${num})?)j$`, 'i').exec(t);
  if (m) {
    const im = m[2] === '+' ? 1 : m[2] === '-' ? -1 : Number(m[2].replace(/inf(inity)?/i, 'Infinity'));
    return [m[1] ? Number(m[1].replace(/inf(inity)?/i, 'Infinity')) : 0, im];
  }
  m = new RegExp(`^([+-]?${num})j$`, 'i').exec(t);
  if (m) return [0, Number(m[1].replace(/inf(inity)?/i, 'Infinity'))];
  m = new RegExp(`^([+-]?${num})$`, 'i').exec(t);
  if (m) return [Number(m[1].replace(/inf(inity)?/i, 'Infinity')), 0];
  return null;
}

export function setupComplex(): void {
  const t = T.complex;
  const isC = (x: Py) => parts(x) !== null;
  const bin = (op: Op, rev: boolean) => (a: Py, b: Py) => {
    const x = parts(a), y = parts(b);
    if (!x || !y) return NotImplemented;
    return rev ? complexOp(op, y[0], y[1], x[0], x[1]) : complexOp(op, x[0], x[1], y[0], y[1]);
  };
  staticMethods(t, {
    __new__: ['cls, real=?, imag=?', (cls: PyType, re: Py, im: Py) => {
      let r = 0, i = 0;
      if (re !== undefined) {
        const s = strValue(re);
        if (s !== null) {
          if (im !== undefined) throw TypeError("complex() can't take second arg if first is a string");
          const p = parseComplex(s);
          if (!p) throw ValueError('complex() arg is a malformed string');
          [r, i] = p;
        } else if (re instanceof PyComplex) [r, i] = [re.re, re.im];
        else if (typeOf(re).lookup('__complex__') !== MISSING) {
          const c = callSpecial(re, '__complex__');
          [r, i] = [c.re, c.im];
        } else {
          if (!isC(re) && typeOf(re).lookup('__float__') === MISSING && typeOf(re).lookup('__index__') === MISSING) {
            throw TypeError(`complex() first argument must be a string or a number, not '${typeName(re)}'`);
          }
          r = toFloat(re);
        }
      }
      if (im !== undefined) {
        if (strValue(im) !== null) throw TypeError("complex() second arg can't be a string");
        const p = parts(im);
        if (p) {
          r -= p[1];
          i += p[0];
        } else i += toFloat(im);
      }
      return new PyComplex(r, i, cls === T.complex ? undefined : cls);
    }],
  });
  const table: Record<string, [string, (...a: any[]) => any]> = {};
  for (const [n, op] of [['add', Op.Add], ['sub', Op.Sub], ['mul', Op.Mul], ['truediv', Op.TrueDiv], ['pow', Op.Pow]] as [string, Op][]) {
    table[`__${n}__`] = ['self, value, /', bin(op, false)];
    table[`__r${n}__`] = ['self, value, /', bin(op, true)];
  }
  methods(t, {
    ...table,
    __neg__: ['self, /', (a: PyComplex) => new PyComplex(-a.re, -a.im)],
    __pos__: ['self, /', (a: PyComplex) => new PyComplex(a.re, a.im)],
    __abs__: ['self, /', (a: PyComplex) => new PyFloat(Math.hypot(a.re, a.im))],
    __bool__: ['self, /', (a: PyComplex) => a.re !== 0 || a.im !== 0],
    __eq__: ['self, value, /', (a: PyComplex, b: Py) => { const y = parts(b); return y ? a.re === y[0] && a.im === y[1] : NotImplemented; }],
    __ne__: ['self, value, /', (a: PyComplex, b: Py) => { const y = parts(b); return y ? a.re !== y[0] || a.im !== y[1] : NotImplemented; }],
    __hash__: ['self, /', (a: PyComplex) => complexHash(a.re, a.im)],
    __repr__: ['self, /', (a: PyComplex) => complexRepr(a.re, a.im)],
    __format__: ['self, format_spec, /', (a: PyComplex, spec: Py) => {
      const s = strValue(spec) ?? '';
      if (!s) return complexRepr(a.re, a.im);
      return `${formatFloat(a.re, s)}${a.im >= 0 ? '+' : ''}${formatFloat(a.im, s)}j`;
    }],
    conjugate: ['self, /', (a: PyComplex) => new PyComplex(a.re, -a.im)],
    __getnewargs__: ['self, /', (a: PyComplex) => new PyTuple([new PyFloat(a.re), new PyFloat(a.im)])],
  });
  getsets(t, {
    real: [(a: PyComplex) => new PyFloat(a.re)],
    imag: [(a: PyComplex) => new PyFloat(a.im)],
  });
}

import { complexHash } from './hash';
