// The encoding half of _json: the one-shot encoder behind json.dumps (all
// options, including indent, as the C encoder of CPython plus its Python
// fallback would produce) and the lazy chunk iterator behind iterencode.

import { PyObject, T, None, STOP, serial, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyDict } from '../src/objects/dict';
import { PyFloat, floatRepr } from '../src/objects/float';
import { TypeError, ValueError, RecursionError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { intValue } from '../src/objects/intutil';
import { strValue } from '../src/objects/strutil';
import { intToStr, indexNum } from '../src/objects/int';
import { truthy } from '../src/objects/protocol';
import { callSpecial } from '../src/objects/attrs';
import { iterToArray, NativeIter } from '../src/objects/iter';
import { sortArray } from '../src/objects/listmethods';
import { strLess } from '../src/objects/str';
import { callSync } from '../src/vm/call';
import { current } from '../src/vm/thread';

/** The state of a make_encoder() object. */
export class EncoderObj extends PyObject {
  markers: Set<Py> | null = null;
  markersObj: Py = None;
  dflt: Py = None;
  encoder: Py = None;
  /** 1: encode_basestring_ascii, 2: encode_basestring, 0: call encoder */
  fast = 0;
  indent: string | null = null;
  indentObj: Py = None;
  keySep = ': ';
  itemSep = ', ';
  sortKeys = false;
  skipKeys = false;
  allowNan = true;
}


serial(EncoderObj);

// encoding

const HEX = '0123456789abcdef';
const ESC_SHORT: Record<number, string> = { 34: '\\"', 92: '\\\\', 10: '\\n', 13: '\\r', 9: '\\t', 8: '\\b', 12: '\\f' };

function uEscape(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** json.encoder.encode_basestring_ascii. */
export function encodeAscii(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 34 || c === 92) break;
  }
  if (i === n) return '"' + s + '"';
  let out = '"' + s.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 34 && c !== 92) continue;
    if (i > from) out += s.slice(from, i);
    out += ESC_SHORT[c] ?? uEscape(c);
    from = i + 1;
  }
  return out + s.slice(from) + '"';
}

/** json.encoder.encode_basestring (ensure_ascii=False). */
export function encodeUnicode(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 34 || c === 92) break;
  }
  if (i === n) return '"' + s + '"';
  let out = '"' + s.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 34 && c !== 92) continue;
    if (i > from) out += s.slice(from, i);
    out += ESC_SHORT[c] ?? uEscape(c);
    from = i + 1;
  }
  return out + s.slice(from) + '"';
}

function floatStr(e: EncoderObj, v: number): string {
  if (!isFinite(v)) {
    if (!e.allowNan) {
      // with an indent CPython encodes in Python, whose message names the value
      throw ValueError('Out of range float values are not JSON compliant' + (e.indent !== null ? ': ' + floatRepr(v) : ''));
    }
    return v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
  }
  return floatRepr(v);
}

class Encode {
  out = '';
  depth = 0;
  limit: number;
  constructor(public e: EncoderObj) {
    this.limit = current.interp.recursionLimit - current.depth;
  }

  str(s: string): string {
    const e = this.e;
    if (e.fast === 1) return encodeAscii(s);
    if (e.fast === 2) return encodeUnicode(s);
    const r = callSync(e.encoder, [s]);
    const v = strValue(r);
    if (v === null) throw TypeError(`encoder() must return a string, not ${typeName(r)}`);
    return v;
  }

  enter(): void {
    if (++this.depth > this.limit) throw RecursionError('maximum recursion depth exceeded while encoding a JSON object');
  }

  obj(o: Py, level: number): void {
    if (o === None) this.out += 'null';
    else if (o === true) this.out += 'true';
    else if (o === false) this.out += 'false';
    else if (typeof o === 'string') this.out += this.str(o);
    else if (typeof o === 'number' || typeof o === 'bigint') this.out += intToStr(o);
    else if (o instanceof PyFloat) this.out += floatStr(this.e, o.v);
    else if (o instanceof PyList || o instanceof PyTuple) {
      this.enter();
      this.list(o, o.items, level);
      this.depth--;
    } else if (o instanceof PyDict) {
      this.enter();
      this.dict(o, level);
      this.depth--;
    } else {
      const sv = strValue(o);
      if (sv !== null) {
        this.out += this.str(sv);
        return;
      }
      const iv = intValue(o);
      if (iv !== null) {
        this.out += intToStr(iv);
        return;
      }
      const markers = this.e.markers;
      if (markers !== null) {
        if (markers.has(o)) throw ValueError('Circular reference detected');
        markers.add(o);
      }
      const n = callSync(this.e.dflt, [o]);
      this.enter();
      this.obj(n, level);
      this.depth--;
      if (markers !== null) markers.delete(o);
    }
  }

  list(o: Py, items: Py[], level: number): void {
    if (!items.length) {
      this.out += '[]';
      return;
    }
    const markers = this.e.markers;
    if (markers !== null) {
      if (markers.has(o)) throw ValueError('Circular reference detected');
      markers.add(o);
    }
    const e = this.e;
    this.out += '[';
    let sep = e.itemSep;
    let nl = '';
    if (e.indent !== null) {
      level++;
      nl = '\n' + e.indent.repeat(level);
      sep += nl;
      this.out += nl;
    }
    for (let i = 0; i < items.length; i++) {
      if (i) this.out += sep;
      this.obj(items[i], level);
    }
    if (e.indent !== null) this.out += '\n' + e.indent.repeat(level - 1);
    this.out += ']';
    if (markers !== null) markers.delete(o);
  }

  key(k: Py): string | null {
    if (typeof k === 'string') return k;
    const sv = strValue(k);
    if (sv !== null) return sv;
    if (k instanceof PyFloat) return floatStr(this.e, k.v);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === None) return 'null';
    const iv = intValue(k);
    if (iv !== null) return intToStr(iv);
    if (this.e.skipKeys) return null;
    throw TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }

  dict(d: PyDict, level: number): void {
    if (d.size === 0) {
      this.out += '{}';
      return;
    }
    const e = this.e;
    const markers = e.markers;
    if (markers !== null) {
      if (markers.has(d)) throw ValueError('Circular reference detected');
      markers.add(d);
    }
    let pairs: [Py, Py][];
    if (d.cls === T.dict) {
      pairs = [];
      for (const [n, v] of d.m) pairs.push([d.orig(n), v]);
    } else {
      pairs = iterToArray(callSpecial(d, 'items')).map((t) => {
        const a = iterToArray(t);
        return [a[0], a[1]] as [Py, Py];
      });
    }
    if (e.sortKeys) {
      if (pairs.every((p) => typeof p[0] === 'string')) {
        // distinct str keys: Python's code point order decides alone
        pairs.sort((a, b) => (strLess(a[0], b[0]) ? -1 : 1));
      } else {
        const tuples = sortArray(pairs.map((p) => new PyTuple(p)), None, false);
        pairs = tuples.map((t: PyTuple) => [t.items[0], t.items[1]]);
      }
    }
    this.out += '{';
    let sep = e.itemSep;
    if (e.indent !== null) {
      level++;
      const nl = '\n' + e.indent.repeat(level);
      sep += nl;
      this.out += nl;
    }
    let first = true;
    for (const [k, v] of pairs) {
      const ks = this.key(k);
      if (ks === null) continue;
      if (!first) this.out += sep;
      first = false;
      this.out += this.str(ks) + e.keySep;
      this.obj(v, level);
    }
    if (e.indent !== null) this.out += '\n' + e.indent.repeat(level - 1);
    this.out += '}';
    if (markers !== null) markers.delete(d);
  }
}

/** JSONEncoder.iterencode's chunks, produced lazily as the generator of
 * json.encoder._make_iterencode yields them (same chunk boundaries, same
 * points where default() runs and errors surface). */
export class IterEncoder extends NativeIter {
  gen: Generator<string, void, void>;
  depth = 0;
  limit: number;
  constructor(public e: EncoderObj, public floatstr: Py, o: Py, level: number) {
    super(T.generic_iterator ?? T.iterator);
    this.limit = current.interp.recursionLimit - current.depth;
    this.gen = this.encode(o, level);
  }
  next(): Py {
    const r = this.gen.next();
    return r.done ? STOP : r.value;
  }

  private str(s: string): string {
    const e = this.e;
    if (e.fast === 1) return encodeAscii(s);
    if (e.fast === 2) return encodeUnicode(s);
    return strOf(callSync(e.encoder, [s]));
  }

  private float(v: Py): string {
    return strOf(callSync(this.floatstr, [v]));
  }

  /** The text of a scalar, or null for containers and other objects. */
  private scalar(v: Py): string | null {
    if (typeof v === 'string') return this.str(v);
    if (v === None) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number' || typeof v === 'bigint') return intToStr(v);
    if (v instanceof PyFloat) return this.float(v);
    const sv = strValue(v);
    if (sv !== null) return this.str(sv);
    const iv = intValue(v);
    if (iv !== null) return intToStr(iv);
    return null;
  }

  private enter(o: Py): void {
    const m = this.e.markers;
    if (m !== null) {
      if (m.has(o)) throw ValueError('Circular reference detected');
      m.add(o);
    }
  }

  private *nested(v: Py, level: number): Generator<string, void, void> {
    if (++this.depth > this.limit) throw RecursionError('maximum recursion depth exceeded while calling a Python object');
    if (v instanceof PyList || v instanceof PyTuple) yield* this.listChunks(v, level);
    else if (v instanceof PyDict) yield* this.dictChunks(v, level);
    else yield* this.encode(v, level);
    this.depth--;
  }

  private *listChunks(lst: PyList | PyTuple, level: number): Generator<string, void, void> {
    const exact = lst.cls === T.list || lst.cls === T.tuple;
    if (exact ? !lst.items.length : !truthy(lst)) {
      yield '[]';
      return;
    }
    const e = this.e;
    this.enter(lst);
    let prefix = '[';
    let sep = e.itemSep;
    if (e.indent !== null) {
      level++;
      const nl = '\n' + e.indent.repeat(level);
      sep += nl;
      prefix += nl;
    }
    const items = exact ? lst.items : iterToArray(lst);
    for (let i = 0; i < items.length; i++) {
      if (i) prefix = sep;
      const v = items[i];
      const text = this.scalar(v);
      if (text !== null) yield prefix + text;
      else {
        yield prefix;
        yield* this.nested(v, level);
      }
    }
    if (e.indent !== null) yield '\n' + e.indent.repeat(level - 1);
    yield ']';
    this.e.markers?.delete(lst);
  }

  private key(k: Py): string | null {
    if (typeof k === 'string') return k;
    const sv = strValue(k);
    if (sv !== null) return sv;
    if (k instanceof PyFloat) return this.float(k);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === None) return 'null';
    const iv = intValue(k);
    if (iv !== null) return intToStr(iv);
    if (this.e.skipKeys) return null;
    throw TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }

  private *dictChunks(d: PyDict, level: number): Generator<string, void, void> {
    if (d.size === 0) {
      yield '{}';
      return;
    }
    const e = this.e;
    this.enter(d);
    yield '{';
    let sep = e.itemSep;
    if (e.indent !== null) {
      level++;
      const nl = '\n' + e.indent.repeat(level);
      sep += nl;
      yield nl;
    }
    let items: Py[] = iterToArray(callSpecial(d, 'items'));
    if (e.sortKeys) items = sortArray(items, None, false);
    let first = true;
    for (const item of items) {
      const [k, v] = iterToArray(item);
      const ks = this.key(k);
      if (ks === null) continue;
      if (first) first = false;
      else yield sep;
      yield this.str(ks);
      yield e.keySep;
      const text = this.scalar(v);
      if (text !== null) yield text;
      else yield* this.nested(v, level);
    }
    if (e.indent !== null) yield '\n' + e.indent.repeat(level - 1);
    yield '}';
    this.e.markers?.delete(d);
  }

  private *encode(o: Py, level: number): Generator<string, void, void> {
    const text = this.scalar(o);
    if (text !== null) yield text;
    else if (o instanceof PyList || o instanceof PyTuple) yield* this.listChunks(o, level);
    else if (o instanceof PyDict) yield* this.dictChunks(o, level);
    else {
      this.enter(o);
      const n = callSync(this.e.dflt, [o]);
      yield* this.nested(n, level);
      this.e.markers?.delete(o);
    }
  }
}

function strOf(r: Py): string {
  const v = strValue(r);
  if (v === null) throw TypeError(`can only concatenate str (not "${typeName(r)}") to str`);
  return v;
}

let fastAscii: Py = null;
let fastUnicode: Py = null;

/** Registers the module's own string encoders (their fast path). */
export function setFastEncoders(ascii: Py, unicode: Py): void {
  fastAscii = ascii;
  fastUnicode = unicode;
}

/** 1 or 2 when encoder is encode_basestring_ascii / encode_basestring. */
export function fastKind(encoder: Py): number {
  return encoder === fastAscii ? 1 : encoder === fastUnicode ? 2 : 0;
}

/** Calling an Encoder: the whole document as a 1-tuple of one chunk. */
export function encodeCall(e: EncoderObj, o: Py, level: Py): Py {
  const enc = new Encode(e);
  const lv = indexNum(level);
  if (e.markers !== null) e.markers.clear();
  try {
    enc.obj(o, lv);
  } catch (err) {
    if (err instanceof RangeError) throw RecursionError('maximum recursion depth exceeded while encoding a JSON object');
    throw err;
  }
  return new PyTuple([enc.out]);
}

serial(IterEncoder);
