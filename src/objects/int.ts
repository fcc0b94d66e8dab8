// int: arbitrary-precision integers (number below 2**53, bigint beyond).
// https://docs.python.org/3.11/library/stdtypes.html#numeric-types-int-float-complex

import { T, None, NotImplemented, MISSING, type Py } from './base';
import { PyType } from './type';
import { PyFloat } from './float';
import { PyInt, intValue, norm, intHash } from './intutil';
import { PyTuple } from './tuple';
import { PyBytes, bytesValue } from './bytesutil';
import { strValue, PyStr, strRepr } from './strutil';
import { methods, staticMethods, classMethods, getsets, type MethodTable } from './typesetup';
import { numBinop, Op, intPow } from './ops';
import { TypeError, ValueError, OverflowError, ZeroDivisionError, IndexError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial } from './attrs';
import { formatInt } from './format';
import { Cmp, repr, str as pyStr } from './protocol';
import { callSync } from '../vm/call';
import { iterToArray } from './iter';

/** The int value of x for methods of int (self is an int or subclass). */
export function asInt(x: Py): number | bigint {
  const v = intValue(x);
  if (v === null) throw TypeError(`descriptor requires a 'int' object but received a '${typeName(x)}'`);
  return v;
}

/** Digits allowed in str(int)/int(str) (sys.set_int_max_str_digits). */
export const intLimits = { maxStrDigits: 4300 };

/** str(int) with CPython 3.11's digit limit. */
export function intToStr(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const digits = s.length - (s[0] === '-' ? 1 : 0);
  if (intLimits.maxStrDigits && digits > intLimits.maxStrDigits) {
    throw ValueError(`Exceeds the limit (${intLimits.maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** int(s, base) for a str/bytes literal; null when s is not valid. */
export function parseIntLiteral(text: string, base: number): number | bigint | null {
  if (base === 10) {
    const v = plainDecimal(text);
    if (v !== null) return v;
  }
  let s = text.trim();
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (base === 0 || base === 16 || base === 8 || base === 2) {
    const m = /^0([xXoObB])_?/.exec(s);
    if (m) {
      const b = 'xX'.includes(m[1]) ? 16 : 'oO'.includes(m[1]) ? 8 : 2;
      if (base !== 0 && base !== b) return null;
      base = b;
      s = s.slice(m[0].length);
    } else if (base === 0) {
      if (/^0+(_?0)*$/.test(s)) return 0;
      if (s[0] === '0') return null;
      base = 10;
    }
  }
  if (!s || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  s = s.replace(/_/g, '');
  const digitRe = (DIGIT_RE[base] ??= base <= 10 ? new RegExp(`^[0-${base - 1}]+$`) : new RegExp(`^[0-9a-${String.fromCharCode(86 + base)}]+$`, 'i'));
  if (!digitRe.test(s)) {
    // non-ASCII decimal digits (e.g. Arabic-Indic) count as digits
    if (base === 10 && /^\p{Nd}+$/u.test(s)) s = s.replace(/\p{Nd}/gu, (c) => String(unicodeDigit(c)));
    else return null;
  }
  if (base === 10 && intLimits.maxStrDigits && s.length > intLimits.maxStrDigits) {
    throw ValueError(`Exceeds the limit (${intLimits.maxStrDigits} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: number | bigint;
  if (s.length <= 10 || (base === 10 && s.length < 16)) v = parseInt(s, base);
  else if (base === 10) v = norm(BigInt(s));
  else if (base === 16) v = norm(BigInt('0x' + s));
  else if (base === 8) v = norm(BigInt('0o' + s));
  else if (base === 2) v = norm(BigInt('0b' + s));
  else {
    let b = 0n;
    const B = BigInt(base);
    for (const ch of s.toLowerCase()) b = b * B + BigInt(parseInt(ch, 36));
    v = norm(b);
  }
  if (neg) v = typeof v === 'number' ? (v === 0 ? 0 : -v) : norm(-v);
  return v;
}

const DIGIT_RE: RegExp[] = [];

/** The value of an optionally signed run of 1 to 15 ASCII digits (exact as a
 * double), else null: int('123') and friends skip the general parser. */
function plainDecimal(s: string): number | null {
  const n = s.length;
  let i = 0;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) i = 1;
  if (n === i || n - i > 15) return null;
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) return null;
  }
  const v = parseInt(s, 10);
  return v === 0 ? 0 : v;
}

function unicodeDigit(c: string): number {
  const cp = c.codePointAt(0)!;
  // decimal digit blocks are runs of ten starting at a code point ending in 0 or 6
  for (let z = cp; z > cp - 10; z--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1))) return cp - z;
  }
  return cp % 10;
}

/** int(x) for one argument. */
export function toInt(x: Py): number | bigint {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string': {
      const v = parseIntLiteral(x, 10);
      if (v === null) throw ValueError(`invalid literal for int() with base 10: ${reprStr(x)}`);
      return v;
    }
  }
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (x instanceof PyInt) return x.v;
  if (x instanceof PyStr) return toInt(x.v);
  const b = bytesValue(x);
  if (b) {
    const v = parseIntLiteral(Buffer.from(b).toString('latin1'), 10);
    if (v === null) throw ValueError(`invalid literal for int() with base 10: ${repr(x)}`);
    return v;
  }
  const tp = typeOf(x);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    if (tp.lookup(name) !== MISSING) {
      const r = callSpecial(x, name);
      const v = intValue(r);
      if (v === null) {
        if (name === '__trunc__') return toInt(r);
        throw TypeError(`${name} returned non-int (type ${typeName(r)})`);
      }
      return v;
    }
  }
  throw TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${tp.name}'`);
}

function reprStr(s: string): string {
  return strRepr(s);
}

export function floatToInt(f: number): number | bigint {
  if (f !== f) throw ValueError('cannot convert float NaN to integer');
  if (!isFinite(f)) throw OverflowError('cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** operator.index(x): the int value of an object with __index__. */
export function index(x: Py): number | bigint {
  const v = intValue(x);
  if (v !== null) return v;
  if (typeOf(x).lookup('__index__') !== MISSING) {
    const r = callSpecial(x, '__index__');
    const rv = intValue(r);
    if (rv === null) throw TypeError(`__index__ returned non-int (type ${typeName(r)})`);
    return rv;
  }
  throw TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** An index as a JS number (for sizes/positions). */
export function indexNum(x: Py): number {
  if (typeof x === 'number') return x;
  const v = index(x);
  if (typeof v === 'bigint') throw IndexError(`cannot fit '${typeName(x)}' into an index-sized integer`);
  return v;
}

/** A Py_ssize_t argument (widths, counts, positions) as a JS number. */
export function sizeArg(x: Py): number {
  if (typeof x === 'number') return x;
  const v = index(x);
  if (typeof v === 'bigint') throw OverflowError('Python int too large to convert to C ssize_t');
  return v;
}

function bitLength(v: number | bigint): number {
  if (typeof v === 'number') {
    v = Math.abs(v);
    return v === 0 ? 0 : v < 2 ** 31 ? 32 - Math.clz32(v) : BigInt(v).toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

function toBytes(v: number | bigint, length: number, byteorder: string, signed: boolean): PyBytes {
  let b = BigInt(v);
  if (b < 0n && !signed) throw OverflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = 1n << (bits - 1n);
    if (b >= lim || b < -lim) throw OverflowError('int too big to convert');
    if (b < 0n) b += 1n << bits;
  } else if (length * 8 < 1024 && b >= 1n << bits) throw OverflowError('int too big to convert');
  else if (b.toString(2).length > length * 8 && b !== 0n) throw OverflowError('int too big to convert');
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(b & 0xffn);
    b >>= 8n;
  }
  if (byteorder === 'little') out.reverse();
  else if (byteorder !== 'big') throw ValueError("byteorder must be either 'little' or 'big'");
  return new PyBytes(out);
}

function fromBytes(data: Uint8Array, byteorder: string, signed: boolean): number | bigint {
  const bytes = Array.from(data);
  if (byteorder === 'little') bytes.reverse();
  else if (byteorder !== 'big') throw ValueError("byteorder must be either 'little' or 'big'");
  let b = 0n;
  for (const x of bytes) b = (b << 8n) | BigInt(x);
  if (signed && bytes.length && bytes[0] & 0x80) b -= 1n << BigInt(bytes.length * 8);
  return norm(b);
}

const OPS: [string, Op][] = [
  ['add', Op.Add], ['sub', Op.Sub], ['mul', Op.Mul], ['truediv', Op.TrueDiv], ['floordiv', Op.FloorDiv],
  ['mod', Op.Mod], ['divmod', Op.DivMod], ['lshift', Op.LShift], ['rshift', Op.RShift], ['and', Op.And],
  ['or', Op.Or], ['xor', Op.Xor],
];

/** Binary dunders for a numeric type: forward and reflected. */
export function numberDunders(isMine: (x: Py) => boolean, accepts: (x: Py) => boolean, ops: [string, Op][]): MethodTable {
  const table: MethodTable = {};
  for (const [name, op] of ops) {
    table[`__${name}__`] = ['self, value, /', (a: Py, b: Py) => (isMine(a) && accepts(b) ? numBinop(op, a, b) : NotImplemented)];
    table[`__r${name}__`] = ['self, value, /', (a: Py, b: Py) => (isMine(a) && accepts(b) ? numBinop(op, b, a) : NotImplemented)];
  }
  return table;
}

const isInt = (x: Py) => intValue(x) !== null;

function cmp(a: Py, b: Py, op: Cmp): Py {
  // int's comparisons only know ints (floats answer the reflected call)
  const y = intValue(b);
  if (y === null) return NotImplemented;
  return compareNum(asInt(a), y, op);
}

function compareNum(x: number | bigint, y: number | bigint, op: Cmp): boolean {
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

function roundInt(v: number | bigint, nd: Py): number | bigint {
  if (nd === undefined) return v;
  const n = Number(index(nd));
  if (n >= 0) return v;
  const p = 10n ** BigInt(-n);
  const b = BigInt(v);
  let q = b / p;
  let r = b % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = r * 2n;
  if (twice > p || (twice === p && q % 2n !== 0n)) q += 1n;
  return norm(q * p);
}

export function newInt(cls: PyType, x: Py, base: Py): Py {
  let v: number | bigint;
  if (base === undefined) v = x === undefined ? 0 : toInt(x);
  else {
    const b = Number(index(base));
    if (b !== 0 && (b < 2 || b > 36)) throw ValueError('int() base must be >= 2 and <= 36, or 0');
    const s = strValue(x) ?? (bytesValue(x) ? Buffer.from(bytesValue(x)!).toString('latin1') : null);
    if (s === null) throw TypeError("int() can't convert non-string with explicit base");
    const p = parseIntLiteral(s, b);
    if (p === null) throw ValueError(`invalid literal for int() with base ${b}: ${repr(x)}`);
    v = p;
  }
  if (cls === T.int) return v;
  return new PyInt(v, cls);
}

export function setupInt(): void {
  const t = T.int;
  staticMethods(t, {
    __new__: ['cls, x=?, /, base=?', (cls: PyType, x: Py, base: Py) => newInt(cls, x, base)],
  });
  t.vnew = (a) => (a.length <= 2 ? newInt(T.int, a[0], a[1]) : undefined);
  methods(t, {
    ...numberDunders(isInt, isInt, OPS),
    __pow__: [
      'self, value, mod=None, /',
      (a: Py, b: Py, m: Py) => {
        if (!isInt(b)) return NotImplemented;
        if (m === None) return intPow(asInt(a), asInt(b));
        if (!isInt(m)) return NotImplemented;
        return powMod(asInt(a), asInt(b), asInt(m));
      },
    ],
    __rpow__: ['self, value, mod=None, /', (a: Py, b: Py, m: Py) => (isInt(b) ? (m === None ? intPow(asInt(b), asInt(a)) : powMod(asInt(b), asInt(a), asInt(m))) : NotImplemented)],
    __neg__: ['self, /', (a: Py) => { const v = asInt(a); return typeof v === 'number' ? (v === 0 ? 0 : -v) : norm(-v); }],
    __pos__: ['self, /', (a: Py) => asInt(a)],
    __abs__: ['self, /', (a: Py) => { const v = asInt(a); return typeof v === 'number' ? Math.abs(v) : norm(v < 0n ? -v : v); }],
    __invert__: ['self, /', (a: Py) => { const v = asInt(a); return typeof v === 'number' ? -v - 1 : norm(-v - 1n); }],
    __bool__: ['self, /', (a: Py) => { const v = asInt(a); return v !== 0 && v !== 0n; }],
    __int__: ['self, /', (a: Py) => asInt(a)],
    __index__: ['self, /', (a: Py) => asInt(a)],
    __float__: ['self, /', (a: Py) => new PyFloat(intToFloat(asInt(a)))],
    __trunc__: ['self, /', (a: Py) => asInt(a)],
    __floor__: ['self, /', (a: Py) => asInt(a)],
    __ceil__: ['self, /', (a: Py) => asInt(a)],
    __round__: ['self, ndigits=?, /', (a: Py, nd: Py) => roundInt(asInt(a), nd)],
    __hash__: ['self, /', (a: Py) => intHash(asInt(a))],
    __repr__: ['self, /', (a: Py) => intToStr(asInt(a))],
    __format__: ['self, format_spec, /', (a: Py, spec: Py) => {
      const sp = strValue(spec) ?? '';
      // an empty spec means str(self), which a subclass may override
      return sp === '' && typeof a === 'object' ? pyStr(a) : formatInt(asInt(a), sp, a);
    }],
    __eq__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.EQ)],
    __ne__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.NE)],
    __lt__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.LT)],
    __le__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.LE)],
    __gt__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.GT)],
    __ge__: ['self, value, /', (a: Py, b: Py) => cmp(a, b, Cmp.GE)],
    __getnewargs__: ['self, /', (a: Py) => new PyTuple([asInt(a)])],
    __sizeof__: ['self, /', (a: Py) => 24 + 4 * Math.max(0, Math.ceil(bitLength(asInt(a)) / 30) - 1)],
    bit_length: ['self, /', (a: Py) => bitLength(asInt(a))],
    bit_count: ['self, /', (a: Py) => { const v = asInt(a); return [...(v < 0 ? -BigInt(v) : BigInt(v)).toString(2)].filter((c) => c === '1').length; }],
    conjugate: ['self, /', (a: Py) => asInt(a)],
    as_integer_ratio: ['self, /', (a: Py) => new PyTuple([asInt(a), 1])],
    to_bytes: [
      'self, /, length=1, byteorder="big", *, signed=False',
      (a: Py, length: Py, bo: Py, signed: Py) => {
        const n = Number(index(length));
        if (n < 0) throw ValueError('length argument must be non-negative');
        return toBytes(asInt(a), n, strValue(bo) ?? '', !!signed);
      },
    ],
  });
  classMethods(t, {
    from_bytes: [
      'cls, /, bytes, byteorder="big", *, signed=False',
      (cls: PyType, data: Py, bo: Py, signed: Py) => {
        let b = bytesValue(data);
        if (!b) b = Uint8Array.from(iterToArray(data).map((x) => Number(index(x))));
        const v = fromBytes(b, strValue(bo) ?? '', !!signed);
        return cls === T.int ? v : callSync(cls, [v]);
      },
    ],
  });
  getsets(t, {
    real: [(a) => asInt(a)],
    imag: [() => 0],
    numerator: [(a) => asInt(a)],
    denominator: [() => 1],
  });
  t.dict.setS('__doc__', "int([x]) -> integer\nint(x, base=10) -> integer\n");
}

export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!isFinite(f)) throw OverflowError('int too large to convert to float');
  return f;
}

/** pow(a, b, m) for ints. */
export function powMod(a: number | bigint, b: number | bigint, m: number | bigint): number | bigint {
  let M = BigInt(m);
  if (M === 0n) throw ValueError('pow() 3rd argument cannot be 0');
  let A = BigInt(a), B = BigInt(b);
  const neg = M < 0n;
  if (neg) M = -M;
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  A %= M;
  if (A < 0n) A += M;
  // left to right over the exponent's bits: shifting B itself would make
  // a new BigInt per bit. (Doubles for small moduli measured slower than
  // V8's one-digit BigInts.)
  const bits = B.toString(2);
  let r = 1n % M;
  for (let i = 0; i < bits.length; i++) {
    r = (r * r) % M;
    if (bits.charCodeAt(i) === 49) r = (r * A) % M;
  }
  if (neg && r !== 0n) r -= M;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw ValueError('base is not invertible for the given modulus');
  return ((x % m) + m) % m;
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return [oldR, oldS];
}

void ZeroDivisionError;
