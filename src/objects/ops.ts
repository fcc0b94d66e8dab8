// Operators: binary/unary arithmetic and comparisons, with fast paths for
// int (number/bigint), float and str, and the full dunder protocol
// (reflected operands, subclass priority, in-place forms) otherwise.
// Generated code calls these; V8 inlines the small fast paths.

import { T, MISSING, NotImplemented, type Py } from './base';
import { PyFloat } from './float';
import { PyInt, norm, intValue } from './intutil';
import { PyStr, strLt } from './strutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { TypeError, ZeroDivisionError, ValueError, OverflowError } from './raise';
import { typeOf } from './typeof';
import { callSpecial, callMethodDescr1 } from './attrs';
import { richCompare, Cmp, truthy } from './protocol';
import { complexOp, PyComplex } from './complexutil';
import { floatPowValue } from './fmath';
import { percentFormat } from './strformat';

const MAX = 9007199254740991;

// ---- the binary-operator table ---------------------------------------------

export const enum Op {
  Add,
  Sub,
  Mul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
  MatMul,
  DivMod,
}

const NAMES = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul', 'divmod'];
const SYMS = ['+', '-', '*', '/', '//', '%', '** or pow()', '<<', '>>', '&', '|', '^', '@', 'divmod()'];
const DUNDER = NAMES.map((n) => `__${n}__`);
const RDUNDER = NAMES.map((n) => `__r${n}__`);
const IDUNDER = NAMES.map((n) => `__i${n}__`);
export const OP_SYMBOLS = SYMS;

// ---- numeric kernels --------------------------------------------------------

/** 0: int (incl. bool), 1: float, 2: complex, -1: not a builtin number.
 * Subclass instances count as their base only if they don't override op. */
function numKind(x: Py): number {
  switch (typeof x) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return 0;
    case 'object':
      if (x instanceof PyFloat) return 1;
      if (x instanceof PyInt) return 0;
      if (x instanceof PyComplex) return 2;
  }
  return -1;
}

function toF(x: Py): number {
  if (x instanceof PyFloat) return x.v;
  const v = intValue(x)!;
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!isFinite(f)) throw OverflowError('int too large to convert to float');
  return f;
}

function toBig(x: number | bigint): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** a // b for ints (Python's floor division; ZeroDivisionError on 0). */
export function floorDivInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw ZeroDivisionError('integer division or modulo by zero');
    // a / b is correctly rounded, so floor() can be off by one: fix it up
    // from the remainder (q * b stays within the safe range)
    let q = Math.floor(a / b);
    const r = a - q * b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    else if (b > 0 ? r >= b : r <= b) q += 1;
    return q + 0;
  }
  const A = toBig(a), B = toBig(b);
  if (B === 0n) throw ZeroDivisionError('integer division or modulo by zero');
  let q = A / B;
  // BigInt / truncates; floor differs only for inexact quotients of
  // opposite signs, and q * B tells that for less than a second division
  if ((A < 0n) !== (B < 0n) && q * B !== A) q -= 1n;
  return norm(q);
}

/** divmod of two ints: one division for the quotient, the remainder from it. */
function divmodInt(a: number | bigint, b: number | bigint): PyTuple {
  if (typeof a === 'number' && typeof b === 'number') return new PyTuple([floorDivInt(a, b), modInt(a, b)]);
  const A = toBig(a), B = toBig(b);
  if (B === 0n) throw ZeroDivisionError('integer division or modulo by zero');
  let q = A / B;
  let r = A - q * B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) {
    q -= 1n;
    r += B;
  }
  return new PyTuple([norm(q), norm(r)]);
}

function modInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw ZeroDivisionError('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const A = toBig(a), B = toBig(b);
  if (B === 0n) throw ZeroDivisionError('integer modulo by zero');
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}

function floatMod(a: number, b: number): number {
  if (b === 0) throw ZeroDivisionError('float modulo');
  let r = a % b;
  if (r) {
    if ((b < 0) !== (r < 0)) r += b;
  } else r = b < 0 ? -0 : 0;
  return r;
}

function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw ZeroDivisionError('float floor division by zero');
  const m = a % b;
  let div = (a - m) / b;
  if (m && (b < 0) !== (m < 0)) div -= 1;
  if (div) {
    let f = Math.floor(div);
    if (div - f > 0.5) f += 1;
    return f;
  }
  const q = a / b;
  return q < 0 || Object.is(q, -0) ? -0 : 0;
}

export function intPow(a: number | bigint, b: number | bigint): Py {
  if ((typeof b === 'number' && b < 0) || (typeof b === 'bigint' && b < 0n)) {
    // int ** negative int is float ** float
    const fa = typeof a === 'number' ? a : Number(a);
    if (!isFinite(fa)) throw OverflowError('int too large to convert to float');
    return floatPow(fa, Number(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 52) return r + 0;
  }
  const A = toBig(a), B = toBig(b);
  if (A === 0n || A === 1n) return Number(A);
  if (A === -1n) return B % 2n === 0n ? 1 : -1;
  return norm(A ** B);
}

function intBinop(op: Op, a: number | bigint, b: number | bigint): Py {
  switch (op) {
    case Op.Add:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (r <= MAX && r >= -MAX) return r;
      }
      return norm(toBig(a) + toBig(b));
    case Op.Sub:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (r <= MAX && r >= -MAX) return r;
      }
      return norm(toBig(a) - toBig(b));
    case Op.Mul:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (r <= MAX && r >= -MAX) return r + 0;
      }
      return norm(toBig(a) * toBig(b));
    case Op.TrueDiv: {
      if (b === 0 || b === 0n) throw ZeroDivisionError('division by zero');
      if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b);
      return new PyFloat(bigTrueDiv(toBig(a), toBig(b)));
    }
    case Op.FloorDiv:
      return floorDivInt(a, b);
    case Op.Mod:
      return modInt(a, b);
    case Op.DivMod:
      return divmodInt(a, b);
    case Op.Pow:
      return intPow(a, b);
    case Op.LShift: {
      if (b < 0) throw ValueError('negative shift count');
      if (typeof a === 'number' && typeof b === 'number' && b < 53) {
        // scaling by a power of two is exact, so a result within the safe
        // range is the int
        const r = a * 2 ** b;
        if (r <= MAX && r >= -MAX) return r;
      }
      if (a === 0) return 0;
      if (toBig(b) > 1000000000n) throw OverflowError('too many digits in integer');
      return norm(toBig(a) << toBig(b));
    }
    case Op.RShift: {
      if (b < 0) throw ValueError('negative shift count');
      if (typeof a === 'number' && typeof b === 'number') {
        if (b >= 53) return a < 0 ? -1 : 0;
        return Math.floor(a / 2 ** b);
      }
      const B = toBig(b);
      if (B > 100000000n) return a < 0 ? -1 : 0;
      return norm(toBig(a) >> B);
    }
    case Op.And:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = andNum(a, b);
        if (r !== undefined) return r;
      }
      return norm(toBig(a) & toBig(b));
    case Op.Or:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = orXorNum(a, b, false);
        if (r !== undefined) return r;
      }
      return norm(toBig(a) | toBig(b));
    case Op.Xor:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = orXorNum(a, b, true);
        if (r !== undefined) return r;
      }
      return norm(toBig(a) ^ toBig(b));
  }
  return NotImplemented;
}

// Ints held as JS numbers are exact integers, and ToInt32 keeps exactly the
// low 32 bits of any of them (two's complement). So `&` with a non-negative
// int32 on either side needs only those bits (x & 1 for x beyond 2**31),
// and `|`/`^` with one rewrite the low 32 bits and keep the rest.

/** a & b for number ints, or undefined when it needs BigInts. */
function andNum(a: number, b: number): number | undefined {
  if ((a | 0) === a) return (b | 0) === b || a >= 0 ? a & b : undefined;
  return (b | 0) === b && b >= 0 ? a & b : undefined;
}

/** a | b or a ^ b for number ints, or undefined when it needs BigInts. */
function orXorNum(a: number, b: number, xor: boolean): number | undefined {
  if ((a | 0) === a && (b | 0) === b) return xor ? a ^ b : a | b;
  let big: number, m: number;
  if ((b | 0) === b && b >= 0) (big = a), (m = b);
  else if ((a | 0) === a && a >= 0) (big = b), (m = a);
  else return undefined;
  const lo = big >>> 0;
  const r = big - lo + ((xor ? lo ^ m : lo | m) >>> 0);
  return r <= MAX && r >= -MAX ? r : undefined;
}

/** a & b, a | b, a ^ b for generated code: int operands without the
 * numeric dispatch. */
export function bitand(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = andNum(a, b);
    if (r !== undefined) return r;
  }
  return binop(Op.And, a, b);
}
export function bitor(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = orXorNum(a, b, false);
    if (r !== undefined) return r;
  }
  return binop(Op.Or, a, b);
}
export function bitxor(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = orXorNum(a, b, true);
    if (r !== undefined) return r;
  }
  return binop(Op.Xor, a, b);
}

/** a / b for big ints, correctly rounded. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const fa = Number(a), fb = Number(b);
  if (fa <= MAX && fb <= MAX) return neg ? -(fa / fb) : fa / fb;
  // scale to keep 64+ significant bits in the quotient
  const shift = BigInt(Math.max(0, b.toString(2).length - a.toString(2).length + 64));
  const q = (a << shift) / b;
  const r = Number(q) / 2 ** Number(shift);
  if (!isFinite(r)) throw OverflowError('integer division result too large for a float');
  return neg ? -r : r;
}

function floatBinop(op: Op, x: number, y: number): Py {
  switch (op) {
    case Op.Add:
      return new PyFloat(x + y);
    case Op.Sub:
      return new PyFloat(x - y);
    case Op.Mul:
      return new PyFloat(x * y);
    case Op.TrueDiv:
      if (y === 0) throw ZeroDivisionError('float division by zero');
      return new PyFloat(x / y);
    case Op.FloorDiv:
      return new PyFloat(floatFloorDiv(x, y));
    case Op.Mod:
      return new PyFloat(floatMod(x, y));
    case Op.DivMod:
      if (y === 0) throw ZeroDivisionError('float divmod()');
      return new PyTuple([new PyFloat(floatFloorDiv(x, y)), new PyFloat(floatMod(x, y))]);
    case Op.Pow:
      return floatPow(x, y);
  }
  return NotImplemented;
}

export function floatPow(x: number, y: number): Py {
  // CPython's special cases and a correctly rounded pow (fmath.ts)
  const r = floatPowValue(x, y, ZeroDivisionError, OverflowError);
  if (r === null) return complexOp(Op.Pow, x, 0, y, 0);
  return new PyFloat(r);
}

/** The builtin numeric result of a <op> b, or NotImplemented. */
export function numBinop(op: Op, a: Py, b: Py): Py {
  const ka = numKind(a), kb = numKind(b);
  if (ka < 0 || kb < 0) return NotImplemented;
  if (ka === 0 && kb === 0) return intBinop(op, intValue(a)!, intValue(b)!);
  if (ka <= 1 && kb <= 1) return floatBinop(op, toF(a), toF(b));
  const [ar, ai] = ka === 2 ? [a.re, a.im] : [toF(a), 0];
  const [br, bi] = kb === 2 ? [b.re, b.im] : [toF(b), 0];
  return complexOp(op, ar, ai, br, bi);
}

// ---- generic dispatch ---------------------------------------------------------

/** True when type tp's method `name` is the builtin one of a numeric base,
 * so the native kernel can run instead of a call. */
function nativeNumeric(x: Py): boolean {
  const tp = typeOf(x);
  return tp === T.int || tp === T.float || tp === T.bool || tp === T.complex;
}

/** a <op> b with the full protocol. */
export function binop(op: Op, a: Py, b: Py): Py {
  if (typeof a === 'boolean' && typeof b === 'boolean' && op >= Op.And && op <= Op.Xor) {
    return op === Op.And ? a && b : op === Op.Or ? a || b : a !== b;
  }
  if (nativeNumeric(a) && nativeNumeric(b)) {
    const r = numBinop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binopDispatch(op, a, b);
  if (r !== NotImplemented) return r;
  throw binopError(op, a, b);
}

/** The builtin __add__/__mul__ of the sequence types: CPython implements
 * them as sq_concat/sq_repeat, which `+` and `*` try only after both
 * operands' numeric slots, so the right operand's __radd__/__rmul__ wins. */
let seqSlots: Set<Py> | null = null;
function isSeqSlot(f: Py): boolean {
  if (seqSlots === null) {
    seqSlots = new Set();
    for (const t of [T.str, T.list, T.tuple, T.bytes, T.bytearray]) {
      seqSlots.add(t.dict.getS('__add__')!);
      seqSlots.add(t.dict.getS('__mul__')!);
    }
  }
  return seqSlots.has(f);
}

function binopDispatch(op: Op, a: Py, b: Py): Py {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(DUNDER[op]);
  const fb = ta !== tb ? tb.lookup(RDUNDER[op]) : MISSING;
  if (fb !== MISSING && (op === Op.Add || op === Op.Mul) && fa !== MISSING && isSeqSlot(fa)) {
    const r = callSpecial(b, RDUNDER[op], a);
    if (r !== NotImplemented) return r;
    return callSpecial(a, DUNDER[op], b);
  }
  if (fb !== MISSING && tb.isSubtype(ta) && fb !== ta.lookup(RDUNDER[op])) {
    const r = callSpecial(b, RDUNDER[op], a);
    if (r !== NotImplemented) return r;
    if (fa !== MISSING) {
      const r2 = callSpecial(a, DUNDER[op], b);
      if (r2 !== NotImplemented) return r2;
    }
    return NotImplemented;
  }
  if (fa !== MISSING) {
    const r = callMethodDescr1(fa, a, b, ta);
    if (r !== NotImplemented) return r;
  }
  if (fb !== MISSING) {
    const r = callMethodDescr1(fb, b, a, tb);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function binopError(op: Op, a: Py, b: Py, inplace = false) {
  const ta = typeOf(a), tb = typeOf(b);
  if (op === Op.Add && (ta === T.str || ta.isSubtype(T.str)) && !tb.isSubtype(T.str)) {
    return TypeError(`can only concatenate str (not "${tb.name}") to str`);
  }
  if (op === Op.Add && (ta === T.list || ta === T.tuple) && ta !== tb) {
    return TypeError(`can only concatenate ${ta.name} (not "${tb.name}") to ${ta.name}`);
  }
  if (op === Op.Mul && isSequence(a) && !isIndexable(b)) return TypeError(`can't multiply sequence by non-int of type '${tb.tpName ?? tb.name}'`);
  if (op === Op.Mul && isSequence(b) && !isIndexable(a)) return TypeError(`can't multiply sequence by non-int of type '${ta.tpName ?? ta.name}'`);
  const sym = inplace ? (op === Op.Pow ? '**=' : `${SYMS[op]}=`) : SYMS[op];
  return TypeError(`unsupported operand type(s) for ${sym}: '${ta.tpName ?? ta.name}' and '${tb.tpName ?? tb.name}'`);
}

function isSequence(x: Py): boolean {
  const t = typeOf(x);
  return t.isSubtype(T.str) || t.isSubtype(T.list) || t.isSubtype(T.tuple) || t.isSubtype(T.bytes) || t.isSubtype(T.bytearray);
}
function isIndexable(x: Py): boolean {
  return typeOf(x).lookup('__index__') !== MISSING;
}

/** a <op>= b: tries __iop__ first, then the binary operator. */
export function inplace(op: Op, a: Py, b: Py): Py {
  // bool &= bool stays a bool, as in binop
  if (typeof a === 'boolean' && typeof b === 'boolean' && op >= Op.And && op <= Op.Xor) {
    return op === Op.And ? a && b : op === Op.Or ? a || b : a !== b;
  }
  if (typeof a === 'object' && !nativeNumeric(a)) {
    const ta = typeOf(a);
    if (ta.lookup(IDUNDER[op]) !== MISSING) {
      const r = callSpecial(a, IDUNDER[op], b);
      if (r !== NotImplemented) return r;
    }
  }
  if (nativeNumeric(a) && nativeNumeric(b)) {
    const r = numBinop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binopDispatch(op, a, b);
  if (r !== NotImplemented) return r;
  throw binopError(op, a, b, true);
}

// V8 joins strings into a cons string pointing at both parts, so a str
// grown by += is a chain of them, all live until something flattens it, and
// the GC copies the whole chain on every scavenge (45% of a loop of
// 2,000,000 appends). Flattening the result each time its length passes a
// power of two keeps chains short for O(1) amortized copying per character;
// comparing with the longer part makes prepending (s = c + s) flatten as
// rarely.
let flatSink = 0;
function strCat(a: string, b: string): string {
  const r = a + b;
  const n = r.length;
  if (n >= 1024 && Math.clz32(n) !== Math.clz32(a.length > b.length ? a.length : b.length)) flatSink = r.charCodeAt(0);
  return r;
}

// ---- fast entry points used by generated code ----------------------------------

// The entry points below are what generated code calls for + - * and their
// augmented forms. Each keeps only int+int and float+float inline and sends
// the rest to a second function: TurboFan inlines callees into a hot loop
// only up to a total bytecode budget, and when long ones used it up, the
// loop kept a real call for its iterator or its other operators.

export function add(a: Py, b: Py): Py {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a + b;
      if (r <= MAX && r >= -MAX) return r;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return new PyFloat(a.v + b.v);
  const r = addMixed(a, b);
  return r !== undefined ? r : addSlow(a, b);
}

export function iadd(a: Py, b: Py): Py {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a + b;
      if (r <= MAX && r >= -MAX) return r;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return new PyFloat(a.v + b.v);
  const r = addMixed(a, b);
  return r !== undefined ? r : iaddSlow(a, b);
}

export function sub(a: Py, b: Py): Py {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a - b;
      if (r <= MAX && r >= -MAX) return r;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return new PyFloat(a.v - b.v);
  const r = subMixed(a, b);
  return r !== undefined ? r : binop(Op.Sub, a, b);
}

export function isub(a: Py, b: Py): Py {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a - b;
      if (r <= MAX && r >= -MAX) return r;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return new PyFloat(a.v - b.v);
  const r = subMixed(a, b);
  return r !== undefined ? r : inplace(Op.Sub, a, b);
}

export function mul(a: Py, b: Py): Py {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a * b;
      if (r <= MAX && r >= -MAX) return r + 0;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return new PyFloat(a.v * b.v);
  const r = mulMixed(a, b);
  return r !== undefined ? r : binop(Op.Mul, a, b);
}

export function imul(a: Py, b: Py): Py {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a * b;
      if (r <= MAX && r >= -MAX) return r + 0;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return new PyFloat(a.v * b.v);
  const r = mulMixed(a, b);
  return r !== undefined ? r : inplace(Op.Mul, a, b);
}

/** int + float and float + int, str + str; else undefined. */
function addMixed(a: Py, b: Py): Py | undefined {
  if (typeof a === 'string') {
    if (typeof b === 'string') return strCat(a, b);
  } else if (typeof a === 'number') {
    if (b instanceof PyFloat && b.cls === T.float) return new PyFloat(a + b.v);
  } else if (a instanceof PyFloat && a.cls === T.float) {
    if (typeof b === 'number') return new PyFloat(a.v + b);
  }
  return undefined;
}

/** int - float and float - int; else undefined. */
function subMixed(a: Py, b: Py): Py | undefined {
  if (typeof a === 'number') {
    if (b instanceof PyFloat && b.cls === T.float) return new PyFloat(a - b.v);
  } else if (a instanceof PyFloat && a.cls === T.float) {
    if (typeof b === 'number') return new PyFloat(a.v - b);
  }
  return undefined;
}

/** int * float and float * int; else undefined. */
function mulMixed(a: Py, b: Py): Py | undefined {
  if (typeof a === 'number') {
    if (b instanceof PyFloat && b.cls === T.float) return new PyFloat(a * b.v);
  } else if (a instanceof PyFloat && a.cls === T.float) {
    if (typeof b === 'number') return new PyFloat(a.v * b);
  }
  return undefined;
}

function addSlow(a: Py, b: Py): Py {
  if (typeof a === 'object' && typeof b === 'object' && a.cls === b.cls) {
    if (a.cls === T.list) return new PyList(a.items.concat(b.items));
    if (a.cls === T.tuple) return new PyTuple(a.items.concat(b.items));
  }
  return binop(Op.Add, a, b);
}

function iaddSlow(a: Py, b: Py): Py {
  if (typeof a === 'object' && a.cls === T.list) {
    if (typeof b === 'object' && (b.cls === T.list || b.cls === T.tuple)) {
      const x = a.items, y = b.items;
      if (x === y) x.push(...y.slice());
      else for (let i = 0; i < y.length; i++) x.push(y[i]);
      return a;
    }
  }
  return inplace(Op.Add, a, b);
}

/** The double of an int (number) or exact-float operand, else undefined. */
function fnum(x: Py): number | undefined {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat && x.cls === T.float) return x.v;
  return undefined;
}

export function truediv(a: Py, b: Py): Py {
  const x = fnum(a), y = fnum(b);
  if (x !== undefined && y !== undefined && y !== 0) return new PyFloat(x / y);
  return binop(Op.TrueDiv, a, b);
}

export function itruediv(a: Py, b: Py): Py {
  const x = fnum(a), y = fnum(b);
  if (x !== undefined && y !== undefined && y !== 0) return new PyFloat(x / y);
  return inplace(Op.TrueDiv, a, b);
}

/** Python 2 `/`: floor division for two ints, true division otherwise. */
export function py2div(a: Py, b: Py): Py {
  if (numKind(a) === 0 && numKind(b) === 0) return binop(Op.FloorDiv, a, b);
  return binop(Op.TrueDiv, a, b);
}

/** Python 2 `/=`. */
export function py2idiv(a: Py, b: Py): Py {
  if (numKind(a) === 0 && numKind(b) === 0) return inplace(Op.FloorDiv, a, b);
  return inplace(Op.TrueDiv, a, b);
}

export function floordiv(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b > 0 && a >= 0) return Math.floor(a / b);
    // straight to the int case: a JS throw costs per frame it unwinds, and
    // `x // 0` in a try block is a common way to raise
    return floorDivInt(a, b);
  }
  return binop(Op.FloorDiv, a, b);
}

export function mod(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') return b > 0 && a >= 0 ? a % b : modInt(a, b);
  // str % x: str's own __mod__ decides unless x is a str subclass
  if (typeof a === 'string' && (typeof b !== 'object' || !b.cls.isSubtype(T.str))) return percentFormat(a, b);
  return binop(Op.Mod, a, b);
}

export function pow(a: Py, b: Py): Py {
  return binop(Op.Pow, a, b);
}

// ---- unary ----------------------------------------------------------------------

export function neg(a: Py): Py {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return norm(-a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof PyFloat && a.cls === T.float) return new PyFloat(-a.v);
  return unary(a, '__neg__', '-');
}

export function pos(a: Py): Py {
  if (typeof a === 'number' || typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (a instanceof PyFloat && a.cls === T.float) return a;
  return unary(a, '__pos__', '+');
}

export function invert(a: Py): Py {
  if (typeof a === 'number') return -a - 1;
  if (typeof a === 'bigint') return norm(-a - 1n);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unary(a, '__invert__', '~');
}

function unary(a: Py, name: string, sym: string): Py {
  const r = callSpecial(a, name);
  if (r === MISSING) throw TypeError(`bad operand type for unary ${sym}: '${typeOf(a).name}'`);
  return r;
}

export function not(a: Py): boolean {
  return !truthy(a);
}

// ---- comparisons -------------------------------------------------------------------

function numCmp(a: Py, b: Py): number | null {
  const ka = numKind(a), kb = numKind(b);
  if (ka < 0 || kb < 0 || ka === 2 || kb === 2) return null;
  if (!nativeNumeric(a) || !nativeNumeric(b)) return null;
  const x = ka === 0 ? intValue(a)! : a.v;
  const y = kb === 0 ? intValue(b)! : b.v;
  if (x !== x || y !== y) return NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function lt(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (a instanceof PyFloat && a.cls === T.float && b instanceof PyFloat && b.cls === T.float) return a.v < b.v;
  if (typeof a === 'string' && typeof b === 'string') return strLt(a, b);
  const c = numCmp(a, b);
  if (c !== null) return c < 0;
  return richCompare(a, b, Cmp.LT);
}
export function le(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (a instanceof PyFloat && a.cls === T.float && b instanceof PyFloat && b.cls === T.float) return a.v <= b.v;
  if (typeof a === 'string' && typeof b === 'string') return a === b || strLt(a, b);
  const c = numCmp(a, b);
  if (c !== null) return c <= 0;
  return richCompare(a, b, Cmp.LE);
}
export function gt(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (a instanceof PyFloat && a.cls === T.float && b instanceof PyFloat && b.cls === T.float) return a.v > b.v;
  if (typeof a === 'string' && typeof b === 'string') return strLt(b, a);
  const c = numCmp(a, b);
  if (c !== null) return c > 0;
  return richCompare(a, b, Cmp.GT);
}
export function ge(a: Py, b: Py): Py {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  if (a instanceof PyFloat && a.cls === T.float && b instanceof PyFloat && b.cls === T.float) return a.v >= b.v;
  if (typeof a === 'string' && typeof b === 'string') return a === b || strLt(b, a);
  const c = numCmp(a, b);
  if (c !== null) return c >= 0;
  return richCompare(a, b, Cmp.GE);
}
export function eq(a: Py, b: Py): Py {
  if (a === b && typeof a !== 'object') return true;
  const ta = typeof a, tb = typeof b;
  if (ta === tb && ta !== 'object') return a === b;
  const c = numCmp(a, b);
  if (c !== null) return c === 0;
  if ((ta === 'string') !== (tb === 'string') && (ta !== 'object' || tb !== 'object')) {
    if (ta !== 'object' && tb !== 'object') return false;
  }
  return richCompare(a, b, Cmp.EQ);
}
export function ne(a: Py, b: Py): Py {
  if (a === b && typeof a !== 'object') return false;
  const ta = typeof a, tb = typeof b;
  if (ta === tb && ta !== 'object') return a !== b;
  const c = numCmp(a, b);
  if (c !== null) return c !== 0;
  return richCompare(a, b, Cmp.NE);
}

void PyStr;
