// _json: the fast JSON scanner and encoder under the `json` package
// (CPython's Modules/_json.c). https://docs.python.org/3.11/library/json.html
//
// Hooks (object_hook, parse_float, default, ...) are Python callables run
// through a nested VM loop (callSync): they cannot suspend the thread, which
// JSON hooks have no reason to do. Nesting is limited by the interpreter's
// recursion limit with CPython's RecursionError messages.

import { PyObject, T, None, serial, type Py } from '../src/objects/base';
import { PyType, builtinType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyList } from '../src/objects/list';
import { PyDict } from '../src/objects/dict';
import { PyFloat } from '../src/objects/float';
import { methods, staticMethods, getsets } from '../src/objects/typesetup';
import { TypeError, ValueError, RecursionError, StopIteration } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { intValue, norm } from '../src/objects/intutil';
import { strValue, isFlat } from '../src/objects/strutil';
import { intLimits, indexNum } from '../src/objects/int';
import { truthy } from '../src/objects/protocol';
import { getattr } from '../src/objects/attrs';
import { makeModule } from '../src/vm/nativemod';
import { callSync } from '../src/vm/call';
import { current } from '../src/vm/thread';
import { importSync } from '../src/vm/imports';
import type { Interpreter } from '../src/vm/interp';
import type { PyModule } from '../src/objects/module';
import { EncoderObj, IterEncoder, encodeAscii, encodeUnicode, encodeCall, setFastEncoders, fastKind } from './_json_encoder';

// ---------------------------------------------------------------------------
// positions: JSON documents are indexed by code point in Python; the
// scanner works on UTF-16 units and converts where the two differ

function cpIndex(s: string, u: number, flat: boolean): number {
  if (flat) return u;
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function unitIndex(s: string, cp: number, flat: boolean): number {
  if (flat) return cp;
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
  }
  return i;
}

let decodeErrorCls: Py = null;

/** json.decoder.JSONDecodeError(msg, doc, pos), ready to throw. */
function decodeError(msg: string, doc: Py, s: string, u: number, flat: boolean): Py {
  if (decodeErrorCls === null) decodeErrorCls = getattr(importSync(current, 'json.decoder'), 'JSONDecodeError');
  return callSync(decodeErrorCls, [msg, doc, cpIndex(s, u, flat)]);
}

// ---------------------------------------------------------------------------
// decoding

const enum C {
  TAB = 9,
  LF = 10,
  CR = 13,
  SPACE = 32,
  QUOTE = 34,
  COMMA = 44,
  MINUS = 45,
  DOT = 46,
  ZERO = 48,
  NINE = 57,
  COLON = 58,
  E = 69,
  LBRACKET = 91,
  BACKSLASH = 92,
  RBRACKET = 93,
  e = 101,
  LBRACE = 123,
  RBRACE = 125,
}

const isWs = (c: number): boolean => c === C.SPACE || c === C.TAB || c === C.LF || c === C.CR;
const isDigit = (c: number): boolean => c >= C.ZERO && c <= C.NINE;

class StopAt {
  constructor(public u: number) {}
}

/** State of one scan: the document and the scanner's settings. */
class Scan {
  flat: boolean;
  depth = 0;
  limit: number;
  memo = new Map<string, string>();
  constructor(public sc: ScannerObj, public s: string, public doc: Py) {
    this.flat = isFlat(s);
    const t = current;
    this.limit = t.interp.recursionLimit - t.depth;
  }

  err(msg: string, u: number): Py {
    return decodeError(msg, this.doc, this.s, u, this.flat);
  }

  /** One JSON value at u; returns it and sets this.end. */
  value(u: number): Py {
    const s = this.s;
    if (u >= s.length) throw new StopAt(u);
    const c = s.charCodeAt(u);
    switch (c) {
      case C.QUOTE:
        return this.string(u + 1);
      case C.LBRACE:
        return this.nested(u, true);
      case C.LBRACKET:
        return this.nested(u, false);
      case 110: // n
        if (s.startsWith('null', u)) {
          this.end = u + 4;
          return None;
        }
        break;
      case 116: // t
        if (s.startsWith('true', u)) {
          this.end = u + 4;
          return true;
        }
        break;
      case 102: // f
        if (s.startsWith('false', u)) {
          this.end = u + 5;
          return false;
        }
        break;
      case 78: // N
        if (s.startsWith('NaN', u)) return this.constant('NaN', u);
        break;
      case 73: // I
        if (s.startsWith('Infinity', u)) return this.constant('Infinity', u);
        break;
      case C.MINUS:
        if (s.startsWith('-Infinity', u)) return this.constant('-Infinity', u);
        break;
    }
    return this.number(u);
  }

  end = 0;

  constant(name: string, u: number): Py {
    const v = callSync(this.sc.parseConstant, [name]);
    this.end = u + name.length;
    return v;
  }

  number(start: number): Py {
    const s = this.s;
    const n = s.length;
    let u = start;
    if (s.charCodeAt(u) === C.MINUS) {
      u++;
      if (u >= n) throw new StopAt(start);
    }
    const c0 = s.charCodeAt(u);
    if (c0 >= 49 && c0 <= C.NINE) {
      u++;
      while (u < n && isDigit(s.charCodeAt(u))) u++;
    } else if (c0 === C.ZERO) u++;
    else throw new StopAt(start);
    let isFloat = false;
    if (u < n - 1 && s.charCodeAt(u) === C.DOT && isDigit(s.charCodeAt(u + 1))) {
      isFloat = true;
      u += 2;
      while (u < n && isDigit(s.charCodeAt(u))) u++;
    }
    if (u < n - 1 && (s.charCodeAt(u) === C.e || s.charCodeAt(u) === C.E)) {
      const eStart = u;
      u++;
      if (u < n - 1 && (s.charCodeAt(u) === C.MINUS || s.charCodeAt(u) === 43)) u++;
      while (u < n && isDigit(s.charCodeAt(u))) u++;
      if (isDigit(s.charCodeAt(u - 1))) isFloat = true;
      else u = eStart;
    }
    const text = s.slice(start, u);
    this.end = u;
    const sc = this.sc;
    if (isFloat) {
      if (sc.parseFloat !== T.float) return callSync(sc.parseFloat, [text]);
      return new PyFloat(Number(text));
    }
    if (sc.parseInt !== T.int) return callSync(sc.parseInt, [text]);
    return parseJsonInt(text);
  }

  /** A string whose opening quote is at u - 1. */
  string(u: number): string {
    const r = scanString(this.s, u, this.sc.strict, this.doc, this.flat);
    this.end = scanEnd;
    return r;
  }

  skipWs(u: number): number {
    const s = this.s;
    while (u < s.length && isWs(s.charCodeAt(u))) u++;
    return u;
  }

  nested(u: number, obj: boolean): Py {
    if (++this.depth > this.limit) {
      throw RecursionError(`maximum recursion depth exceeded while decoding a JSON ${obj ? 'object' : 'array'} from a unicode string`);
    }
    const r = obj ? this.object(u + 1) : this.array(u + 1);
    this.depth--;
    return r;
  }

  object(u: number): Py {
    const s = this.s;
    const n = s.length;
    const sc = this.sc;
    const pairs: Py[] | null = sc.pairsHook !== None ? [] : null;
    const d = pairs === null ? new PyDict() : null;
    u = this.skipWs(u);
    if (u >= n || s.charCodeAt(u) !== C.RBRACE) {
      for (;;) {
        if (u >= n || s.charCodeAt(u) !== C.QUOTE) throw this.err('Expecting property name enclosed in double quotes', u);
        let key = scanString(s, u + 1, sc.strict, this.doc, this.flat);
        const m = this.memo.get(key);
        if (m !== undefined) key = m;
        else this.memo.set(key, key);
        u = this.skipWs(scanEnd);
        if (u >= n || s.charCodeAt(u) !== C.COLON) throw this.err("Expecting ':' delimiter", u);
        u = this.skipWs(u + 1);
        const v = this.value(u);
        if (pairs !== null) pairs.push(new PyTuple([key, v]));
        else d!.set(key, v);
        u = this.skipWs(this.end);
        if (u < n && s.charCodeAt(u) === C.RBRACE) break;
        if (u >= n || s.charCodeAt(u) !== C.COMMA) throw this.err("Expecting ',' delimiter", u);
        u = this.skipWs(u + 1);
      }
    }
    this.end = u + 1;
    if (pairs !== null) return callSync(sc.pairsHook, [new PyList(pairs)]);
    if (sc.objectHook !== None) return callSync(sc.objectHook, [d]);
    return d;
  }

  array(u: number): Py {
    const s = this.s;
    const n = s.length;
    const items: Py[] = [];
    u = this.skipWs(u);
    if (u >= n || s.charCodeAt(u) !== C.RBRACKET) {
      for (;;) {
        items.push(this.value(u));
        u = this.skipWs(this.end);
        if (u < n && s.charCodeAt(u) === C.RBRACKET) break;
        if (u >= n || s.charCodeAt(u) !== C.COMMA) throw this.err("Expecting ',' delimiter", u);
        u = this.skipWs(u + 1);
      }
    }
    this.end = u + 1;
    return new PyList(items);
  }
}

/** A JSON integer literal as a Python int (3.11's digit limit applies). */
function parseJsonInt(text: string): Py {
  const digits = text.length - (text.charCodeAt(0) === C.MINUS ? 1 : 0);
  if (digits <= 15) return Number(text) + 0;
  const lim = intLimits.maxStrDigits;
  if (lim && digits > lim) {
    throw ValueError(`Exceeds the limit (${lim} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return norm(BigInt(text));
}

const ESCAPED: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };

let scanEnd = 0;

function hex4(s: string, u: number): number {
  let v = 0;
  for (let i = u; i < u + 4; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = (v << 4) | d;
  }
  return v;
}

/** The string starting after the quote at u - 1; the index after its
 * closing quote goes to scanEnd. */
function scanString(s: string, u: number, strict: boolean, doc: Py, flat: boolean): string {
  const begin = u - 1;
  const n = s.length;
  let out = '';
  for (;;) {
    let next = u;
    let c = 0;
    for (; next < n; next++) {
      c = s.charCodeAt(next);
      if (c === C.QUOTE || c === C.BACKSLASH) break;
      if (c <= 0x1f && strict) throw decodeError('Invalid control character at', doc, s, next, flat);
    }
    if (next >= n) throw decodeError('Unterminated string starting at', doc, s, begin, flat);
    if (next !== u) out += s.slice(u, next);
    next++;
    if (c === C.QUOTE) {
      u = next;
      break;
    }
    if (next === n) throw decodeError('Unterminated string starting at', doc, s, begin, flat);
    c = s.charCodeAt(next);
    if (c !== 117) {
      u = next + 1;
      const e = ESCAPED[c];
      if (e === undefined) throw decodeError('Invalid \\escape', doc, s, u - 2, flat);
      out += e;
      continue;
    }
    next++;
    u = next + 4;
    if (u >= n) throw decodeError('Invalid \\uXXXX escape', doc, s, next - 1, flat);
    let v = hex4(s, next);
    if (v < 0) throw decodeError('Invalid \\uXXXX escape', doc, s, u - 5, flat);
    if (v >= 0xd800 && v <= 0xdbff && u + 6 < n && s.charCodeAt(u) === C.BACKSLASH && s.charCodeAt(u + 1) === 117) {
      const v2 = hex4(s, u + 2);
      if (v2 < 0) throw decodeError('Invalid \\uXXXX escape', doc, s, u + 1, flat);
      if (v2 >= 0xdc00 && v2 <= 0xdfff) {
        out += String.fromCharCode(v, v2);
        u += 6;
        continue;
      }
    }
    out += String.fromCharCode(v);
  }
  scanEnd = u;
  return out;
}

// ---------------------------------------------------------------------------
// the scanner object (json.scanner.make_scanner)

class ScannerObj extends PyObject {
  strict = true;
  objectHook: Py = None;
  pairsHook: Py = None;
  parseFloat: Py = None;
  parseInt: Py = None;
  parseConstant: Py = None;
}

serial(ScannerObj);

function scanOnce(sc: ScannerObj, string: Py, idx: Py): Py {
  const s = strValue(string);
  if (s === null) throw TypeError(`first argument must be a string, not ${typeName(string)}`);
  const i = indexNum(idx);
  if (i < 0) throw ValueError('idx cannot be negative');
  const scan = new Scan(sc, s, string);
  const u = unitIndex(s, i, scan.flat);
  try {
    const v = scan.value(u);
    return new PyTuple([v, cpIndex(s, scan.end, scan.flat)]);
  } catch (e) {
    if (e instanceof StopAt) throw StopIteration(cpIndex(s, e.u, scan.flat));
    throw e;
  }
}

// ---------------------------------------------------------------------------
/** The _json module. */
export function init(_interp: Interpreter): PyModule {
  const scannerT: PyType = builtinType('Scanner', T.object, undefined, { module: '_json', final: true });
  scannerT.tpName = '_json.Scanner';
  staticMethods(scannerT, {
    __new__: ['cls, context', (_cls: Py, ctx: Py) => {
      const sc = new ScannerObj(scannerT);
      sc.strict = truthy(getattr(ctx, 'strict'));
      sc.objectHook = getattr(ctx, 'object_hook');
      sc.pairsHook = getattr(ctx, 'object_pairs_hook');
      sc.parseFloat = getattr(ctx, 'parse_float');
      sc.parseInt = getattr(ctx, 'parse_int');
      sc.parseConstant = getattr(ctx, 'parse_constant');
      return sc;
    }],
  });
  methods(scannerT, {
    __call__: ['self, /, string, idx', (self: ScannerObj, s: Py, idx: Py) => {
      try {
        return scanOnce(self, s, idx);
      } catch (err) {
        if (err instanceof RangeError) throw RecursionError('maximum recursion depth exceeded while decoding a JSON document');
        throw err;
      }
    }],
  });
  getsets(scannerT, {
    strict: [(s: ScannerObj) => s.strict],
    object_hook: [(s: ScannerObj) => s.objectHook],
    object_pairs_hook: [(s: ScannerObj) => s.pairsHook],
    parse_float: [(s: ScannerObj) => s.parseFloat],
    parse_int: [(s: ScannerObj) => s.parseInt],
    parse_constant: [(s: ScannerObj) => s.parseConstant],
  });

  const encoderT: PyType = builtinType('Encoder', T.object, undefined, { module: '_json', final: true });
  encoderT.tpName = '_json.Encoder';
  staticMethods(encoderT, {
    __new__: ['cls, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan', (
      _cls: Py, markers: Py, dflt: Py, encoder: Py, indent: Py, keySep: Py, itemSep: Py, sortKeys: Py, skipKeys: Py, allowNan: Py,
    ) => {
      const e = new EncoderObj(encoderT);
      if (markers !== None && !(markers instanceof PyDict)) throw TypeError(`make_encoder() argument 1 must be dict or None, not ${typeName(markers)}`);
      e.markersObj = markers;
      e.markers = markers === None ? null : new Set();
      e.dflt = dflt;
      e.encoder = encoder;
      e.fast = fastKind(encoder);
      e.indentObj = indent;
      if (indent !== None) {
        const si = strValue(indent);
        if (si !== null) e.indent = si;
        else {
          const n = intValue(indent);
          if (n === null) throw TypeError(`can't multiply sequence by non-int of type '${typeName(indent)}'`);
          e.indent = ' '.repeat(Math.max(0, Number(n)));
        }
      }
      const ks = strValue(keySep), is = strValue(itemSep);
      if (ks === null) throw TypeError(`make_encoder() argument 5 must be str, not ${typeName(keySep)}`);
      if (is === null) throw TypeError(`make_encoder() argument 6 must be str, not ${typeName(itemSep)}`);
      e.keySep = ks;
      e.itemSep = is;
      e.sortKeys = truthy(sortKeys);
      e.skipKeys = truthy(skipKeys);
      e.allowNan = truthy(allowNan);
      return e;
    }],
  });
  methods(encoderT, {
    __call__: ['self, /, obj, _current_indent_level', (self: EncoderObj, o: Py, level: Py) => encodeCall(self, o, level)],
  });
  getsets(encoderT, {
    markers: [(e: EncoderObj) => e.markersObj],
    default: [(e: EncoderObj) => e.dflt],
    encoder: [(e: EncoderObj) => e.encoder],
    indent: [(e: EncoderObj) => e.indentObj],
    key_separator: [(e: EncoderObj) => e.keySep],
    item_separator: [(e: EncoderObj) => e.itemSep],
    sort_keys: [(e: EncoderObj) => e.sortKeys],
    skipkeys: [(e: EncoderObj) => e.skipKeys],
  });

  const m = makeModule(
    '_json',
    {
      scanstring: ['string, end, strict=True, /', (string: Py, end: Py, strict: Py) => {
        const s = strValue(string);
        if (s === null) throw TypeError(`first argument must be a string, not ${typeName(string)}`);
        const flat = isFlat(s);
        const e = indexNum(end);
        if (e < 0 || e > strLenOf(s, flat)) throw ValueError('end is out of bounds');
        const u = unitIndex(s, e, flat);
        const r = scanString(s, u, truthy(strict), string, flat);
        return new PyTuple([r, cpIndex(s, scanEnd, flat)]);
      }],
      encode_basestring_ascii: ['s, /', (s: Py) => {
        const v = strValue(s);
        if (v === null) throw TypeError(`first argument must be a string, not ${typeName(s)}`);
        return encodeAscii(v);
      }],
      encode_basestring: ['s, /', (s: Py) => {
        const v = strValue(s);
        if (v === null) throw TypeError(`first argument must be a string, not ${typeName(s)}`);
        return encodeUnicode(v);
      }],
      // JSONEncoder.iterencode(o): a lazy iterator of chunks
      _iterencode: ['encoder, floatstr, o, level, /', (enc: Py, floatstr: Py, o: Py, level: Py) => {
        if (!(enc instanceof EncoderObj)) throw TypeError('_iterencode() needs an Encoder');
        if (enc.markers !== null) enc.markers.clear();
        return new IterEncoder(enc, floatstr, o, indexNum(level));
      }],
      // index just past the JSON whitespace at idx (JSONDecoder.decode)
      _skip_ws: ['s, idx, /', (s: Py, idx: Py) => {
        const v = strValue(s);
        if (v === null) {
          // worded as CPython's whitespace regex match words it
          const kind = typeName(s);
          if (kind === 'bytes' || kind === 'bytearray' || kind === 'memoryview') throw TypeError('cannot use a string pattern on a bytes-like object');
          throw TypeError(`expected string or bytes-like object, got '${kind}'`);
        }
        const flat = isFlat(v);
        let u = unitIndex(v, indexNum(idx), flat);
        while (u < v.length && isWs(v.charCodeAt(u))) u++;
        return cpIndex(v, u, flat);
      }],
    },
    { make_scanner: scannerT, make_encoder: encoderT },
  );
  setFastEncoders(m.dict.getS('encode_basestring_ascii'), m.dict.getS('encode_basestring'));
  return m;
}

function strLenOf(s: string, flat: boolean): number {
  return flat ? s.length : cpIndex(s, s.length, false);
}
