// The abstract object protocol used by native code: repr/str, hashing,
// equality and ordering, truth, len and item access, with fast paths for the
// builtin types and dunder dispatch (nested VM loop) for everything else.

import { T, MISSING, STOP, None, NotImplemented, type Py } from './base';
import { PyFloat, floatRepr } from './float';
import { PyStr, strValue, strRepr, strLen, strLt, isFlat } from './strutil';
import { getIter, nextSync } from './iter';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { PyType, KeyKind } from './type';
import { PyFunction } from './function';
import { TypeError, IndexError, KeyError, ValueError, OverflowError } from './raise';
import { typeOf, typeName } from './typeof';
import { callSpecial, callMethodDescr1, descrGet } from './attrs';
import { callSync } from '../vm/call';
import { PyInt, intHash } from './intutil';
import { intToStr } from './int';
import { setContains } from './set';
import { tupleHash, floatHash } from './hash';

// ---- repr / str ------------------------------------------------------------

/** repr(x) */
export function repr(x: Py): string {
  switch (typeof x) {
    case 'string':
      return strRepr(x);
    case 'number':
      return String(x);
    case 'bigint':
      return intToStr(x);
    case 'boolean':
      return x ? 'True' : 'False';
  }
  if (x.cls === T.float) return floatRepr(x.v);
  const r = callSpecial(x, '__repr__');
  const s = strValue(r);
  if (s === null) throw TypeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return s;
}

/** str(x) */
export function str(x: Py): string {
  switch (typeof x) {
    case 'string':
      return x;
    case 'number':
      return String(x);
    case 'bigint':
      return intToStr(x);
    case 'boolean':
      return x ? 'True' : 'False';
  }
  if (x.cls === T.float) return floatRepr(x.v);
  if (x.cls === T.str) return (x as PyStr).v;
  const r = callSpecial(x, '__str__');
  const s = strValue(r);
  if (s === null) throw TypeError(`__str__ returned non-string (type ${typeName(r)})`);
  return s;
}

/** Guards container reprs against cycles ([...], {...}). */
const reprActive = new Set<Py>();
export function reprEnter(o: Py): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}
export function reprLeave(o: Py): void {
  reprActive.delete(o);
}

// ---- hashing ---------------------------------------------------------------

/** FNV-1a over UTF-16 units: our str hash (CPython's is randomized per
 * process, so no program can depend on its values). */
export function strHash(s: string): number {
  // hash('') is 0 in CPython whatever the seed
  if (s.length === 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h |= 0;
  return h === -1 ? -2 : h;
}

/** hash(x) as a JS number (bigint hashes are folded into the safe range;
 * the exact Python value comes from hashExact). */
export function hashOf(x: Py): number {
  switch (typeof x) {
    case 'string':
      return strHash(x);
    case 'number':
      return x === -1 ? -2 : x;
    case 'boolean':
      return x ? 1 : 0;
    case 'bigint':
      return Number(BigInt(intHash(x)) % 9007199254740881n);
  }
  const h = hashExact(x);
  return typeof h === 'bigint' ? Number(h % 9007199254740881n) : h;
}

/** hash(x) exactly as Python reports it. */
export function hashExact(x: Py): number | bigint {
  switch (typeof x) {
    case 'string':
      return strHash(x);
    case 'number':
      return x === -1 ? -2 : x;
    case 'boolean':
      return x ? 1 : 0;
    case 'bigint':
      return intHash(x);
  }
  const tp: PyType = x.cls;
  // the builtin value types hash without a call
  if (tp === T.tuple) return tupleHash(x.items);
  if (tp === T.float) return floatHash(x.v, x);
  const h = tp.lookup('__hash__');
  if (h === None || h === MISSING) throw TypeError(`unhashable type: '${tp.tpName ?? tp.name}'`);
  const r = callSpecial(x, '__hash__');
  if (typeof r === 'number') return r === -1 ? -2 : r;
  // a __hash__ result that fits in 64 bits is kept as is (CPython's slot_tp_hash)
  if (typeof r === 'bigint') return r >= -0x8000000000000000n && r < 0x8000000000000000n ? r : intHash(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (r instanceof PyInt) return typeof r.v === 'number' ? r.v : intHash(r.v);
  throw TypeError('__hash__ method should return an integer');
}

/** How instances of x's class behave as dict keys (see dict.ts). */
export function keyKindOf(x: Py): KeyKind {
  const tp: PyType = x.cls;
  let k = tp.keyKind;
  if (k === KeyKind.Unknown) k = tp.keyKind = computeKeyKind(tp);
  return k;
}

export function keyIsIdentityHashed(x: Py): boolean {
  return keyKindOf(x) === KeyKind.Identity;
}

let objectHash: Py = null;
let objectEq: Py = null;
/** Set by object.ts: object's own __hash__ and __eq__. */
export function setObjectHashEq(h: Py, e: Py): void {
  objectHash = h;
  objectEq = e;
}

function computeKeyKind(tp: PyType): KeyKind {
  const h = tp.lookup('__hash__');
  if (h === None) return KeyKind.Custom;
  const eq = tp.lookup('__eq__');
  if (h === objectHash && eq === objectEq) return KeyKind.Identity;
  // str/int subclasses that keep str's/int's hash and == are keyed by value
  for (const [base, kind] of [[T.str, KeyKind.Str], [T.int, KeyKind.Int]] as [PyType, KeyKind][]) {
    if (tp.isSubtype(base) && h === base.lookup('__hash__') && eq === base.lookup('__eq__')) return kind;
  }
  return KeyKind.Custom;
}

// ---- comparison --------------------------------------------------------------

export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
const CMP_SYMS = ['<', '<=', '==', '!=', '>', '>='];

/** The rich comparison a <op> b, with reflected-operand rules. */
export function richCompare(a: Py, b: Py, op: Cmp): Py {
  const ta = typeOf(a), tb = typeOf(b);
  const swap = CMP_SWAP[op];
  let reflected = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const fr = cmpMethod(tb, swap);
    if (fr !== MISSING) {
      reflected = true;
      const r = callMethodDescr1(fr, b, a, tb);
      if (r !== NotImplemented) return r;
    }
  }
  const f1 = cmpMethod(ta, op);
  if (f1 !== MISSING) {
    const r1 = callMethodDescr1(f1, a, b, ta);
    if (r1 !== NotImplemented) return r1;
  }
  if (!reflected) {
    const f2 = cmpMethod(tb, swap);
    if (f2 !== MISSING) {
      const r2 = callMethodDescr1(f2, b, a, tb);
      if (r2 !== NotImplemented) return r2;
    }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw TypeError(`'${CMP_SYMS[op]}' not supported between instances of '${ta.tpName ?? ta.name}' and '${tb.tpName ?? tb.name}'`);
}

/** tp's comparison method for op, cached on the type. */
function cmpMethod(tp: PyType, op: Cmp): Py {
  let c = tp.cmpCache;
  if (c === null) c = tp.cmpCache = [undefined, undefined, undefined, undefined, undefined, undefined];
  let f = c[op];
  if (f === undefined) f = c[op] = tp.lookup(CMP_NAMES[op]);
  return f;
}

/** a == b as a JS boolean, fast for primitives. */
export function richEqBool(a: Py, b: Py): boolean {
  // identity implies equality in containers (a NaN is found in [nan])
  if (a === b) return true;
  const ta = typeof a, tb = typeof b;
  if (ta === 'string' && tb === 'string') return false;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return a == b;
  return truthy(richCompare(a, b, Cmp.EQ));
}

/** a < b as a JS boolean (sorting, min/max). */
export function lessThan(a: Py, b: Py): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strLt(a, b);
  return truthy(richCompare(a, b, Cmp.LT));
}

// ---- truth and size -----------------------------------------------------------

/** bool(x) as a JS boolean. */
export function truthy(x: Py): boolean {
  if (x === true) return true;
  if (x === false || x === None) return false;
  switch (typeof x) {
    case 'number':
      return x !== 0;
    case 'string':
      return x.length !== 0;
    case 'bigint':
      return x !== 0n;
  }
  return truthySlow(x);
}

function truthySlow(x: Py): boolean {
  const cls = x.cls;
  if (cls === T.list || cls === T.tuple) return x.items.length !== 0;
  if (cls === T.dict) return x.m.size !== 0;
  if (cls === T.float) return x.v !== 0;
  const nl = cls.nativeLen;
  if (nl !== null) return nl(x) !== 0;
  const b = callSpecial(x, '__bool__');
  if (b !== MISSING) {
    if (typeof b !== 'boolean') throw TypeError(`__bool__ should return bool, returned ${typeName(b)}`);
    return b;
  }
  const n = callSpecial(x, '__len__');
  if (n !== MISSING) return lenResult(n) !== 0;
  return true;
}

function lenResult(n: Py): number {
  if (typeof n === 'number') {
    if (n < 0) throw ValueError('__len__() should return >= 0');
    return n;
  }
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (n instanceof PyInt) return lenResult(n.v);
  if (typeof n === 'bigint') throw OverflowError("cannot fit 'int' into an index-sized integer");
  if (typeOf(n).lookup('__index__') !== MISSING) return lenResult(callSpecial(n, '__index__'));
  throw TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
}

/** len(x) */
export function len(x: Py): number {
  if (typeof x === 'string') return strLen(x);
  if (typeof x === 'object') {
    const cls = x.cls;
    if (cls === T.list || cls === T.tuple) return x.items.length;
    if (cls === T.dict) return x.m.size;
    const nl = cls.nativeLen;
    if (nl !== null) return nl(x);
    const n = callSpecial(x, '__len__');
    if (n !== MISSING) return lenResult(n);
  }
  throw TypeError(`object of type '${typeName(x)}' has no len()`);
}

// ---- items --------------------------------------------------------------------

/** o[k] */
export function getitem(o: Py, k: Py): Py {
  if (typeof o === 'object') {
    const cls = o.cls;
    if ((cls === T.list || cls === T.tuple) && typeof k === 'number') {
      const items = o.items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) return items[i];
      throw IndexError(`${cls === T.list ? 'list' : 'tuple'} index out of range`);
    }
    if (cls === T.dict) {
      const v = (o as PyDict).get(k);
      if (v !== undefined) return v;
      throw KeyError(k);
    }
  } else if (typeof o === 'string' && typeof k === 'number') {
    const n = o.length;
    if (k >= 0 && k < 8) {
      // w[0]: no surrogate among o[0..k] means JS index k is Python's
      let j = 0;
      for (; j <= k && j < n; j++) {
        const c = o.charCodeAt(j);
        if (c >= 0xd800 && c <= 0xdfff) break;
      }
      if (j > k) return o[k];
      if (j === n) throw IndexError('string index out of range');
    } else if (isFlat(o)) {
      const i = k < 0 ? k + n : k;
      if (i >= 0 && i < n) return o[i];
      throw IndexError('string index out of range');
    }
  }
  const r = callSpecial(o, '__getitem__', k);
  if (r !== MISSING) return r;
  if (o instanceof PyType) {
    const cg = getClassGetitem(o);
    if (cg !== MISSING) return callSync(descrGet(cg, undefined, o), [k]);
    if (o === T.type) return genericAlias(o, k);
    throw TypeError(`type '${o.name}' is not subscriptable`);
  }
  throw TypeError(`'${typeName(o)}' object is not subscriptable`);
}

function getClassGetitem(cls: PyType): Py {
  const cg = cls.lookup('__class_getitem__');
  if (cg === MISSING) return MISSING;
  return cg;
}

function genericAlias(o: Py, k: Py): Py {
  void k;
  return o;
}

/** o[k] = v */
export function setitem(o: Py, k: Py, v: Py): void {
  if (typeof o === 'object') {
    const cls = o.cls;
    if (cls === T.list && typeof k === 'number') {
      const items = o.items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) {
        items[i] = v;
        return;
      }
      throw IndexError('list assignment index out of range');
    }
    if (cls === T.dict) {
      (o as PyDict).set(k, v);
      return;
    }
  }
  if (callSpecial(o, '__setitem__', k, v) !== MISSING) return;
  throw TypeError(`'${typeName(o)}' object does not support item assignment`);
}

/** del o[k] */
export function delitem(o: Py, k: Py): void {
  if (typeof o === 'object' && o.cls === T.dict) {
    if ((o as PyDict).pop(k) === undefined) throw KeyError(k);
    return;
  }
  if (callSpecial(o, '__delitem__', k) !== MISSING) return;
  // CPython words it by path: an index key goes through PySequence_DelItem
  const seqPath = typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint' || typeOf(k).lookup('__index__') !== MISSING;
  throw TypeError(`'${typeName(o)}' object ${seqPath ? "doesn't" : 'does not'} support item deletion`);
}

/** x in o */
export function contains(o: Py, x: Py): boolean {
  if (typeof o === 'string' && typeof x === 'string') return o.includes(x);
  if (typeof o === 'object') {
    const cls = o.cls;
    if (cls === T.dict) return (o as PyDict).has(x);
    if (cls === T.set || cls === T.frozenset) return setContains(o, x);
    if (cls === T.list || cls === T.tuple) {
      const items = o.items;
      for (let i = 0; i < items.length; i++) if (richEqBool(items[i], x)) return true;
      return false;
    }
  }
  const r = callSpecial(o, '__contains__', x);
  if (r !== MISSING) return truthy(r);
  if (typeOf(o).lookup('__iter__') === MISSING && typeOf(o).lookup('__getitem__') === MISSING) {
    throw TypeError(`argument of type '${typeName(o)}' is not iterable`);
  }
  const it = getIter(o);
  for (;;) {
    const y = nextSync(it);
    if (y === STOP) return false;
    if (y === x || richEqBool(y, x)) return true;
  }
}

void PyList;
void PyTuple;
void PyFunction;
