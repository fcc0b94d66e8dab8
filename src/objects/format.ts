// format(): the format-specification mini-language for str, int, float and
// complex (https://docs.python.org/3.11/library/string.html#formatspec),
// parsed and laid out as CPython's Python/formatter_unicode.c does, with
// the same error messages. Float digits come from dtoa.ts.

import { T, MISSING, type Py } from './base';
import { PyFloat, floatRepr } from './float';
import { strValue, strLen } from './strutil';
import { ValueError, TypeError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial } from './attrs';
import { str as pyStr } from './protocol';
import { doubleToString, exactDecimal, fracDigits } from './dtoa';
import { intToStr } from './int';

export { exactDecimal };

export interface Spec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  width: number;
  /** thousands separator: '', ',' or '_' */
  sep: string;
  precision: number;
  type: string;
}

const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';

function readInt(spec: string, pos: number): [number, number] {
  let v = 0, n = 0;
  while (pos + n < spec.length) {
    const c = spec.charCodeAt(pos + n);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    n++;
  }
  if (n > 18 || v > 2147483647) throw ValueError('Too many decimal digits in format string');
  return [v, n];
}

const charDesc = (c: string) => {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
};

// parsed specs by spec string, reused (programs format in loops with a few
// specs); each entry is for one pair of defaults. Keyed by the spec alone:
// a key joined with the defaults would be a new string to hash per call.
const specCache = new Map<string, [string, string, Spec][]>();

/** Parses a format spec (parse_internal_render_format_spec); the result
 * is shared and must not be modified. */
export function parseSpec(spec: string, tname: string, defaultType: string, defaultAlign: string): Spec {
  let entries = specCache.get(spec);
  if (entries !== undefined) {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e[0] === defaultType && e[1] === defaultAlign) return e[2];
    }
  }
  const sp = parseSpecUncached(spec, tname, defaultType, defaultAlign);
  if (entries === undefined) {
    if (specCache.size > 500) specCache.clear();
    specCache.set(spec, (entries = []));
  }
  entries.push([defaultType, defaultAlign, sp]);
  return sp;
}

function parseSpecUncached(spec: string, tname: string, defaultType: string, defaultAlign: string): Spec {
  const sp: Spec = { fill: ' ', align: defaultAlign, sign: '', z: false, alt: false, width: -1, sep: '', precision: -1, type: defaultType };
  const chars = Array.from(spec);
  let pos = 0;
  let fillGiven = false, alignGiven = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    sp.fill = chars[0];
    sp.align = chars[1];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (chars.length >= 1 && isAlign(chars[0])) {
    sp.align = chars[0];
    alignGiven = true;
    pos = 1;
  }
  const rest = chars.slice(pos).join('');
  let i = 0;
  const c = () => rest[i];
  if (c() === '+' || c() === '-' || c() === ' ') sp.sign = rest[i++];
  if (c() === 'z') {
    sp.z = true;
    i++;
  }
  if (c() === '#') {
    sp.alt = true;
    i++;
  }
  if (!fillGiven && c() === '0') {
    sp.fill = '0';
    if (!alignGiven && defaultAlign === '>') sp.align = '=';
    i++;
  }
  const [w, nw] = readInt(rest, i);
  if (nw) sp.width = w;
  i += nw;
  if (c() === ',') {
    sp.sep = ',';
    i++;
  }
  if (c() === '_') {
    if (sp.sep) throw ValueError("Cannot specify both ',' and '_'.");
    sp.sep = '_';
    i++;
  }
  if (c() === ',' && sp.sep === '_') throw ValueError("Cannot specify both ',' and '_'.");
  if (c() === '.') {
    i++;
    const [p, np] = readInt(rest, i);
    if (!np) throw ValueError('Format specifier missing precision');
    sp.precision = p;
    i += np;
  }
  const left = Array.from(rest.slice(i));
  if (left.length > 1) throw ValueError(`Invalid format specifier '${spec}' for object of type '${tname}'`);
  if (left.length === 1) sp.type = left[0];
  if (sp.sep) {
    const t = sp.type;
    if (!('defgEGF%'.includes(t) && t !== '') && t !== '') {
      if (!(sp.sep === '_' && 'boxX'.includes(t))) {
        throw ValueError(`Cannot specify '${sp.sep}' with '${charDesc(t)}'.`);
      }
    }
  }
  return sp;
}

function unknownType(type: string, tname: string): never {
  throw ValueError(`Unknown format code '${charDesc(type)}' for object of type '${tname}'`);
}

/** Inserts sep every `every` digits from the right; with minWidth, pads
 * the digits with zeros (inside the grouping) up to that width. */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  if (!sep) return minWidth > digits.length ? '0'.repeat(minWidth - digits.length) + digits : digits;
  const build = (d: string) => {
    let out = '';
    for (let i = d.length; i > 0; i -= every) {
      const chunk = d.slice(Math.max(0, i - every), i);
      out = out ? chunk + sep + out : chunk;
    }
    return out;
  };
  let g = build(digits);
  while (g.length < minWidth) {
    digits = '0' + digits;
    g = build(digits);
  }
  return g;
}

/** Lays out a number: sign and prefix, grouped integer digits, the rest
 * (fraction, exponent, '%'), then fill and alignment (calc_number_widths). */
function layout(sp: Spec, sign: string, prefix: string, digits: string, rest: string, every = 3): string {
  const lead = sign + prefix;
  const zeroFill = sp.fill === '0' && sp.align === '=';
  const minDigits = zeroFill ? sp.width - lead.length - rest.length : 0;
  const body = digits === '' ? '' : group(digits, sp.sep, every, minDigits);
  const len = lead.length + strLen(body) + strLen(rest);
  const n = sp.width - len;
  if (n <= 0) return lead + body + rest;
  const fill = sp.fill;
  switch (sp.align) {
    case '<':
      return lead + body + rest + fill.repeat(n);
    case '^': {
      const l = n >> 1;
      return fill.repeat(l) + lead + body + rest + fill.repeat(n - l);
    }
    case '=':
      return lead + fill.repeat(n) + body + rest;
    default:
      return fill.repeat(n) + lead + body + rest;
  }
}

function signChar(neg: boolean, sp: Spec): string {
  return neg ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : '';
}

/** Pads a non-numeric string (align default '<'). */
function padStr(s: string, sp: Spec): string {
  const n = sp.width - strLen(s);
  if (n <= 0) return s;
  switch (sp.align) {
    case '>':
      return sp.fill.repeat(n) + s;
    case '^': {
      const l = n >> 1;
      return sp.fill.repeat(l) + s + sp.fill.repeat(n - l);
    }
    default:
      return s + sp.fill.repeat(n);
  }
}

// ---- str -------------------------------------------------------------------------

/** format(str, spec). */
export function formatStr(s: string, spec: string, tname = 'str'): string {
  if (!spec) return s;
  const sp = parseSpec(spec, tname, 's', '<');
  if (sp.type !== 's') unknownType(sp.type, tname);
  if (sp.sign) throw ValueError(sp.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (sp.z) throw ValueError('Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) throw ValueError('Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') throw ValueError("'=' alignment not allowed in string format specifier");
  if (sp.precision >= 0 && strLen(s) > sp.precision) s = Array.from(s).slice(0, sp.precision).join('');
  return padStr(s, sp);
}

// ---- int ---------------------------------------------------------------------------

/** format(int, spec); tname names the type in messages. */
export function formatInt(v: number | bigint, spec: string, tname: Py = 'int'): string {
  if (!spec) return typeof v === 'number' ? String(v) : intToStr(v);
  const name = typeof tname === 'string' ? tname : typeName(tname);
  const sp = parseSpec(spec, name, 'd', '>');
  const ty = sp.type;
  switch (ty) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const f = Number(v);
      if (!isFinite(f)) throw OverflowError('int too large to convert to float');
      return formatFloatSpec(f, sp);
    }
    default:
      unknownType(ty, name);
  }
  if (sp.precision >= 0) throw ValueError('Precision not allowed in integer format specifier');
  if (sp.z) throw ValueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (ty === 'c') {
    if (sp.sign) throw ValueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) throw OverflowError('%c arg not in range(0x110000)');
    return layout(sp, '', '', '', String.fromCodePoint(Number(v)));
  }
  const neg = v < 0;
  const a = neg ? -(v as any) : v;
  const base = ty === 'b' ? 2 : ty === 'o' ? 8 : ty === 'x' || ty === 'X' ? 16 : 10;
  let digits = base === 10 && typeof a === 'bigint' ? intToStr(a) : a.toString(base);
  if (ty === 'X') digits = digits.toUpperCase();
  const prefix = sp.alt ? (base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? (ty === 'X' ? '0X' : '0x') : '') : '';
  return layout(sp, signChar(neg, sp), prefix, digits, '', base === 10 ? 3 : 4);
}

// ---- float --------------------------------------------------------------------------

/** Splits a formatted number into integer digits and the rest. */
function splitNumber(s: string): [string, string] {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return [s.slice(0, i), s.slice(i)];
}

function formatFloatSpec(x: number, sp: Spec): string {
  let ty = sp.type;
  let prec = sp.precision;
  let addDot0 = false;
  if (ty === '') {
    ty = 'r';
    addDot0 = true;
    if (prec >= 0) ty = 'g';
  } else if (ty === 'n') ty = 'g';
  let pct = false;
  if (ty === '%') {
    ty = 'f';
    x *= 100;
    pct = true;
  }
  if (prec < 0) prec = ty === 'r' ? 0 : 6;
  let s = doubleToString(x, ty, prec, sp.alt, addDot0, sp.z);
  if (pct) s += '%';
  const neg = s[0] === '-';
  if (neg) s = s.slice(1);
  const [digits, rest] = splitNumber(s);
  return layout(sp, signChar(neg, sp), '', digits, rest);
}

/** format(float, spec); tname names the type in messages. */
export function formatFloat(x: number, spec: string, tname: Py = 'float'): string {
  if (!spec) return floatRepr(x);
  const name = typeof tname === 'string' ? tname : typeName(tname);
  const sp = parseSpec(spec, name, '', '>');
  if (sp.type !== '' && !'eEfFgGn%'.includes(sp.type)) unknownType(sp.type, name);
  return formatFloatSpec(x, sp);
}

/** x >= 0 in fixed notation with prec fractional digits (correctly rounded). */
export function toFixed(x: number, prec: number): string {
  return doubleToString(x, 'f', prec);
}

void fracDigits;

// ---- complex ------------------------------------------------------------------------

/** format(complex, spec). */
export function formatComplex(re: number, im: number, spec: string, tname = 'complex'): string {
  const sp = parseSpec(spec, tname, '', '>');
  let ty = sp.type;
  if (ty !== '' && !'eEfFgGn'.includes(ty)) unknownType(ty, tname);
  if (sp.fill === '0') throw ValueError('Zero padding is not allowed in complex format specifier');
  if (sp.align === '=') throw ValueError("'=' alignment flag is not allowed in complex format specifier");
  let prec = sp.precision;
  let skipRe = false, parens = false;
  if (ty === '') {
    ty = 'r';
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
    if (prec >= 0) ty = 'g';
  } else if (ty === 'n') ty = 'g';
  if (prec < 0) prec = ty === 'r' ? 0 : 6;
  const part = (v: number, sign: string) => {
    let s = doubleToString(v, ty, prec, sp.alt, false, sp.z);
    const neg = s[0] === '-';
    if (neg) s = s.slice(1);
    const [digits, rest] = splitNumber(s);
    const g = digits ? group(digits, sp.sep, 3, 0) : '';
    return (neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + g + rest;
  };
  const reS = skipRe ? '' : part(re, sp.sign);
  const imS = part(im, skipRe ? sp.sign : '+');
  const body = (parens ? '(' : '') + reS + imS + 'j' + (parens ? ')' : '');
  return padStr(body, { ...sp, align: sp.align || '>' });
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
      return spec ? formatInt(v ? 1 : 0, spec, 'bool') : v ? 'True' : 'False';
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
