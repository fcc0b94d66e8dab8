// format(): the format-specification mini-language for str, int and float
// (https://docs.python.org/3.11/library/string.html#formatspec), with
// correctly rounded (round-half-even on the exact binary value) float output.

import { T, MISSING, type Py } from './base';
import { PyFloat, floatRepr } from './float';
import { intValue } from './intutil';
import { strValue, strLen } from './strutil';
import { ValueError, TypeError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial } from './attrs';
import { str as pyStr } from './protocol';

export interface Spec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/u;

export function parseSpec(spec: string, what: Py): Spec {
  // the fill may be any character, including one that looks like an align
  let m = SPEC_RE.exec(spec);
  if (!m) {
    if (/\.(?!\d)/.test(spec) && /^[^.]*\.[^\d]?$/.test(spec.replace(/[a-zA-Z%]$/, ''))) {
      throw ValueError('Format specifier missing precision');
    }
    throw ValueError(`Invalid format specifier '${spec}' for object of type '${typeName(what)}'`);
  }
  if (m[1] === undefined && m[2] === undefined && spec.length >= 2 && /[<>=^]/.test(spec[1])) m = SPEC_RE.exec(spec);
  return {
    fill: m![1] ?? ' ',
    align: m![2] ?? '',
    sign: m![3] ?? '',
    z: !!m![4],
    alt: !!m![5],
    zero: !!m![6],
    width: m![7] ? parseInt(m![7], 10) : -1,
    grouping: m![8] ?? '',
    precision: m![9] !== undefined ? parseInt(m![9], 10) : -1,
    type: m![10] ?? '',
  };
}

/** Pads s to the spec's width; `sign` is kept before '=' padding. */
function pad(s: string, sp: Spec, defaultAlign: string, sign = ''): string {
  let fill = sp.fill, align = sp.align || defaultAlign;
  if (sp.zero && !sp.align) {
    fill = '0';
    align = defaultAlign === '<' ? '<' : '=';
  }
  const len = strLen(sign + s);
  if (sp.width <= len) return sign + s;
  const n = sp.width - len;
  switch (align) {
    case '<':
      return sign + s + fill.repeat(n);
    case '^': {
      const left = n >> 1;
      return fill.repeat(left) + sign + s + fill.repeat(n - left);
    }
    case '=':
      return sign + fill.repeat(n) + s;
    default:
      return fill.repeat(n) + sign + s;
  }
}

/** Inserts a separator every `every` digits from the right of an integer part. */
function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits;
  let out = '';
  for (let i = digits.length; i > 0; i -= every) {
    const chunk = digits.slice(Math.max(0, i - every), i);
    out = out ? chunk + sep + out : chunk;
  }
  return out;
}

/** Grouping with '0' padding: CPython pads with zeros inside the groups. */
function groupPadded(digits: string, sp: Spec, every: number, reserve: number): string {
  if (!sp.grouping || !(sp.zero && !sp.align) || sp.width < 0) return group(digits, sp.grouping, every);
  let g = group(digits, sp.grouping, every);
  while (strLen(g) + reserve < sp.width) {
    digits = '0' + digits;
    g = group(digits, sp.grouping, every);
  }
  return g;
}

function signOf(neg: boolean, sp: Spec): string {
  if (neg) return '-';
  if (sp.sign === '+') return '+';
  if (sp.sign === ' ') return ' ';
  return '';
}

// ---- str -------------------------------------------------------------------------

export function formatStr(s: string, spec: string): string {
  if (!spec) return s;
  const sp = parseSpec(spec, s);
  if (sp.type && sp.type !== 's') throw ValueError(`Unknown format code '${sp.type}' for object of type 'str'`);
  if (sp.sign) throw ValueError('Sign not allowed in string format specifier');
  if (sp.alt) throw ValueError('Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') throw ValueError("'=' alignment not allowed in string format specifier");
  if (sp.grouping) throw ValueError(`Cannot specify '${sp.grouping}' with 's'.`);
  if (sp.precision >= 0) s = Array.from(s).slice(0, sp.precision).join('');
  return pad(s, sp, '<');
}

// ---- int ---------------------------------------------------------------------------

export function formatInt(v: number | bigint, spec: string, what: Py = v): string {
  if (!spec) return String(v);
  const sp = parseSpec(spec, what);
  const ty = sp.type;
  if ('eEfFgG%'.includes(ty) && ty) return formatFloat(Number(v), spec, what);
  if (sp.precision >= 0) throw ValueError('Precision not allowed in integer format specifier');
  if (ty && !'bcdoxXn'.includes(ty)) throw ValueError(`Unknown format code '${ty}' for object of type '${typeName(what)}'`);
  if (ty === 'c') {
    if (sp.sign) throw ValueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) throw OverflowError('%c arg not in range(0x110000)');
    return pad(String.fromCodePoint(n), sp, '>');
  }
  if (sp.grouping === ',' && ty && ty !== 'd') throw ValueError(`Cannot specify ',' with '${ty}'.`);
  if (sp.grouping && ty === 'n') throw ValueError(`Cannot specify '${sp.grouping}' with 'n'.`);
  const neg = v < 0;
  const a = neg ? -(v as any) : v;
  const base = ty === 'b' ? 2 : ty === 'o' ? 8 : ty === 'x' || ty === 'X' ? 16 : 10;
  let digits = a.toString(base);
  if (ty === 'X') digits = digits.toUpperCase();
  const prefix = sp.alt ? (base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? (ty === 'X' ? '0X' : '0x') : '') : '';
  const sign = signOf(neg, sp);
  digits = groupPadded(digits, sp, base === 10 ? 3 : 4, sign.length + prefix.length);
  return pad(digits, sp, '>', sign + prefix);
}

// ---- float --------------------------------------------------------------------------

/** The exact decimal expansion of a finite double x > 0: value = 0.DIGITS * 10**point. */
export function exactDecimal(x: number): { digits: string; point: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  let digits: string, point: number;
  if (e >= 0) {
    digits = (mant << BigInt(e)).toString();
    point = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e)).toString();
    point = digits.length + e;
  }
  const stripped = digits.replace(/0+$/, '');
  return { digits: stripped || '0', point };
}

/** Rounds 0.DIGITS*10**point to `keep` leading digits, half to even. */
function roundDigits(d: { digits: string; point: number }, keep: number): { digits: string; point: number } {
  const { digits, point } = d;
  if (keep >= digits.length) return { digits: digits + '0'.repeat(keep - digits.length), point };
  if (keep < 0) return { digits: '', point };
  const next = digits.charCodeAt(keep) - 48;
  const rest = digits.slice(keep + 1);
  let up = next > 5 || (next === 5 && /[1-9]/.test(rest));
  if (next === 5 && !/[1-9]/.test(rest)) {
    const prev = keep > 0 ? digits.charCodeAt(keep - 1) - 48 : 0;
    up = prev % 2 === 1;
  }
  let kept = digits.slice(0, keep);
  if (up) {
    const arr = kept.split('');
    let i = arr.length - 1;
    while (i >= 0 && arr[i] === '9') arr[i--] = '0';
    if (i < 0) {
      arr.unshift('1');
      return { digits: arr.join('').slice(0, Math.max(keep, 1)), point: point + 1 };
    }
    arr[i] = String.fromCharCode(arr[i].charCodeAt(0) + 1);
    kept = arr.join('');
  }
  return { digits: kept, point };
}

/** x >= 0 in fixed notation with prec fractional digits. */
export function toFixed(x: number, prec: number): string {
  if (x === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  const d = roundDigits(exactDecimal(x), exactDecimal(x).point + prec);
  let { digits } = d;
  const point = d.point;
  let intPart: string, frac: string;
  if (point <= 0) {
    intPart = '0';
    frac = ('0'.repeat(-point) + digits).padEnd(prec, '0').slice(0, prec);
  } else {
    digits = digits.padEnd(point + prec, '0');
    intPart = digits.slice(0, point) || '0';
    frac = digits.slice(point, point + prec);
  }
  return prec > 0 ? `${intPart}.${frac}` : intPart;
}

/** x >= 0 in scientific notation with prec digits after the point:
 * [mantissa digits, exponent]. */
function toExp(x: number, prec: number): [string, number] {
  if (x === 0) return ['0'.repeat(prec + 1), 0];
  const d = roundDigits(exactDecimal(x), prec + 1);
  return [d.digits.padEnd(prec + 1, '0'), d.point - 1];
}

function expStr(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

function fmtExp(x: number, prec: number, alt: boolean, upper: boolean): string {
  const [m, e] = toExp(x, prec);
  const mant = m.length > 1 || alt ? m[0] + '.' + m.slice(1) : m;
  return mant + (upper ? 'E' : 'e') + expStr(e);
}

/** %g-style: fixed or scientific by exponent; trailing zeros removed unless alt. */
function fmtGeneral(x: number, prec: number, alt: boolean, upper: boolean, noneType: boolean): string {
  if (prec === 0) prec = 1;
  let e: number;
  if (x === 0) e = 0;
  else e = toExp(x, prec - 1)[1];
  let s: string;
  if (e >= -4 && e < prec) {
    s = toFixed(x, prec - 1 - e);
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    if (noneType && !s.includes('.')) s += '.0';
  } else {
    const [m, ex] = toExp(x, prec - 1);
    let mant = m[0] + (m.length > 1 ? '.' + m.slice(1) : '');
    if (!alt) mant = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    else if (!mant.includes('.')) mant += '.';
    s = mant + (upper ? 'E' : 'e') + expStr(ex);
  }
  return s;
}

export function formatFloat(x: number, spec: string, what: Py = x): string {
  if (!spec) return floatRepr(x);
  const sp = parseSpec(spec, what);
  let ty = sp.type;
  if (ty && !'eEfFgGn%'.includes(ty)) throw ValueError(`Unknown format code '${ty}' for object of type '${typeName(what)}'`);
  if (ty === 'n') ty = 'g';
  let neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let body: string;
  const upper = ty === 'E' || ty === 'F' || ty === 'G';
  if (!isFinite(a)) {
    body = a !== a ? 'nan' : 'inf';
    if (a !== a) neg = false;
    if (upper) body = body.toUpperCase();
    if (ty === '%') body += '%';
  } else {
    const prec = sp.precision;
    switch (ty) {
      case 'e':
      case 'E':
        body = fmtExp(a, prec < 0 ? 6 : prec, sp.alt, upper);
        break;
      case 'f':
      case 'F':
        body = toFixed(a, prec < 0 ? 6 : prec);
        if (sp.alt && !body.includes('.')) body += '.';
        break;
      case '%':
        a *= 100;
        body = toFixed(a, prec < 0 ? 6 : prec) + '%';
        break;
      case 'g':
      case 'G':
        body = fmtGeneral(a, prec < 0 ? 6 : prec, sp.alt, upper, false);
        break;
      default:
        body = prec < 0 ? floatRepr(a) : fmtGeneral(a, prec, sp.alt, false, true);
    }
    if (sp.z && neg && /^[0.]*(e[+-]\d+)?%?$/i.test(body.replace(/[eE][+-]\d+$/, ''))) neg = false;
  }
  const sign = signOf(neg, sp);
  if (sp.grouping) {
    const m = /^(\d+)(.*)$/.exec(body);
    if (m) body = groupPadded(m[1], sp, 3, sign.length + m[2].length) + m[2];
  }
  return pad(body, sp, '>', sign);
}

/** format(v, spec) for any object. */
export function format(v: Py, spec: string): string {
  switch (typeof v) {
    case 'string':
      return formatStr(v, spec);
    case 'number':
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return spec ? formatInt(v ? 1 : 0, spec, v) : v ? 'True' : 'False';
  }
  if (v instanceof PyFloat && v.cls === T.float) return formatFloat(v.v, spec);
  const m = typeOf(v).lookup('__format__');
  if (m === MISSING) throw TypeError(`Type ${typeName(v)} doesn't define __format__`);
  const r = callSpecial(v, '__format__', spec);
  const s = strValue(r);
  if (s === null) throw TypeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}

/** object.__format__: only the empty spec is allowed. */
export function objectFormat(self: Py, spec: string): string {
  if (spec) throw TypeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return pyStr(self);
}

void intValue;
