// _struct: packing values as C structs
// (https://docs.python.org/3.11/library/struct.html). A format compiles to
// a list of fields with offsets (cached per format string); packing checks
// ranges with the exact messages CPython's per-byte-order tables give (on a
// little-endian host, '<' and '=' reuse the native range checks where the
// sizes agree, '>' and '!' have their own). The host is x86-64 Linux: long
// and size_t are 8 bytes, native order is little-endian.

import { T, None, MISSING, STOP, PyObject, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyTuple } from '../src/objects/tuple';
import { PyBytes, PyByteArray, bytesValue } from '../src/objects/bytesutil';
import { PyFloat } from '../src/objects/float';
import { builtinType, type PyType } from '../src/objects/type';
import { methods, getsets } from '../src/objects/typesetup';
import { TypeError, OverflowError, exc } from '../src/objects/raise';
import { intValue, norm } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { toFloat } from '../src/objects/floatmethods';
import { strValue } from '../src/objects/strutil';
import { truthy } from '../src/objects/protocol';
import { typeOf, typeName } from '../src/objects/typeof';
import { needBuffer } from '../src/objects/bytesops';
import { PyMemoryView } from '../src/objects/memoryview';
import { cfuncs, Style, setNew, kwfunc } from './math_cfunc';
import { MachineIter, iterMethods } from './itertools_vm';
import { packHalf, unpackHalf } from './_struct_half';
import { serial } from '../src/objects/base';

/** struct.error, set at module creation. */
let StructError: PyType;
const err = (msg: string) => exc(StructError, msg);

const enum Mode {
  Native,
  /** '<' and '=' (little-endian standard sizes). */
  Little,
  /** '>' and '!'. */
  Big,
}

/** One field: `count` items of `code` (one bytes item for s/p) at `offset`. */
interface Field {
  code: string;
  count: number;
  offset: number;
  size: number;
}

export class Compiled {
  fields: Field[] = [];
  size = 0;
  /** Number of values pack() takes. */
  nargs = 0;
  mode: Mode = Mode.Native;
  little = true;
  constructor(public format: string) {}
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** Parses a format string (CPython's prepare_s). */
export function compile(format: string): Compiled {
  const c = new Compiled(format);
  let i = 0;
  const first = format[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    i = 1;
    c.mode = first === '@' ? Mode.Native : first === '>' || first === '!' ? Mode.Big : Mode.Little;
    c.little = c.mode !== Mode.Big;
  }
  const sizes = c.mode === Mode.Native ? NATIVE_SIZES : STD_SIZES;
  let size = 0, nargs = 0;
  const LIMIT = Number.MAX_SAFE_INTEGER;
  while (i < format.length) {
    let ch = format[i++];
    if (isSpace(ch)) continue;
    let num = 1;
    if (ch >= '0' && ch <= '9') {
      num = ch.charCodeAt(0) - 48;
      for (;;) {
        if (i >= format.length) throw err('repeat count given without format specifier');
        ch = format[i++];
        if (!(ch >= '0' && ch <= '9')) break;
        num = num * 10 + (ch.charCodeAt(0) - 48);
        if (num > LIMIT) throw err('total struct size too long');
      }
    }
    const isz = sizes[ch];
    if (isz === undefined) throw err('bad char in struct format');
    if (c.mode === Mode.Native && isz > 1 && ch !== 's' && ch !== 'p') size = Math.ceil(size / isz) * isz;
    if (ch === 's' || ch === 'p') {
      c.fields.push({ code: ch, count: num, offset: size, size: num });
      size += num;
      nargs++;
    } else if (ch === 'x') {
      size += num;
    } else {
      if (num) c.fields.push({ code: ch, count: num, offset: size, size: isz });
      size += num * isz;
      nargs += num;
    }
    if (size > LIMIT) throw err('total struct size too long');
  }
  c.size = size;
  c.nargs = nargs;
  return c;
}

// ---- integers -------------------------------------------------------------------

const TWO64 = 1n << 64n;
const LONG_MIN = -(1n << 63n), LONG_MAX = (1n << 63n) - 1n;

function intArg(v: Py): bigint | number {
  const iv = intValue(v);
  if (iv !== null) return iv;
  if (typeof v === 'object' && typeOf(v).lookup('__index__') !== MISSING) return index(v);
  throw err('required argument is not an integer');
}

/** The checked value of v for integer code `code` in `mode`. */
function intFor(code: string, mode: Mode, v: Py): number | bigint {
  const x = intArg(v);
  const big = typeof x === 'bigint';
  // get_long / get_ulong: must fit a C long / unsigned long
  const signedOk = !big || (x >= LONG_MIN && x <= LONG_MAX);
  const unsignedOk = x >= 0 && (!big || x < TWO64);
  const outOfRange = () => err('argument out of range');
  const range = (lo: bigint | number, hi: bigint | number, name: string) => {
    if (x < lo || x > hi) throw err(`${name} format requires ${lo} <= number <= ${hi}`);
  };
  switch (code) {
    case 'b':
      if (!signedOk) throw outOfRange();
      range(-128, 127, 'byte');
      return x;
    case 'B':
      if (!signedOk) throw outOfRange();
      range(0, 255, 'ubyte');
      return x;
    case 'h':
      if (!signedOk) throw outOfRange();
      range(-32768, 32767, mode === Mode.Big ? "'h'" : 'short');
      return x;
    case 'H':
      if (mode === Mode.Big) {
        if (!unsignedOk) throw outOfRange();
        range(0, 65535, "'H'");
      } else {
        if (!signedOk) throw outOfRange();
        range(0, 65535, 'ushort');
      }
      return x;
    case 'i':
      if (!signedOk) throw outOfRange();
      range(-2147483648, 2147483647, "'i'");
      return x;
    case 'I':
      if (!unsignedOk) throw outOfRange();
      range(0, 4294967295, "'I'");
      return x;
    case 'l':
      if (!signedOk) throw outOfRange();
      if (mode !== Mode.Native) range(-2147483648, 2147483647, "'l'");
      return x;
    case 'L':
      if (!unsignedOk) throw outOfRange();
      if (mode !== Mode.Native) range(0, 4294967295, "'L'");
      return x;
    case 'q':
    case 'n':
      if (mode === Mode.Big) {
        if (!signedOk) throw err('int too large to convert');
      } else if (!signedOk) throw outOfRange();
      return x;
    case 'Q':
    case 'N':
      if (mode === Mode.Big) {
        if (!unsignedOk) throw err('int too large to convert');
      } else if (!unsignedOk) throw outOfRange();
      return x;
    case 'P':
      if (x < LONG_MIN || x >= TWO64) throw err('int too large to convert');
      return x;
  }
  return x;
}

function writeInt(buf: Uint8Array, off: number, size: number, little: boolean, x: number | bigint): void {
  if (typeof x === 'number' && size <= 4) {
    let v = x;
    for (let k = 0; k < size; k++) {
      buf[little ? off + k : off + size - 1 - k] = v & 0xff;
      v = Math.floor(v / 256);
    }
    return;
  }
  let b = BigInt(x);
  if (b < 0n) b += 1n << BigInt(size * 8);
  for (let k = 0; k < size; k++) {
    buf[little ? off + k : off + size - 1 - k] = Number(b & 0xffn);
    b >>= 8n;
  }
}

function readInt(buf: Uint8Array, off: number, size: number, little: boolean, signed: boolean): number | bigint {
  if (size <= 4) {
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = v * 256 + buf[little ? off + k : off + size - 1 - k];
    if (signed && v >= 2 ** (size * 8 - 1)) v -= 2 ** (size * 8);
    return v;
  }
  let b = 0n;
  for (let k = size - 1; k >= 0; k--) b = (b << 8n) | BigInt(buf[little ? off + k : off + size - 1 - k]);
  if (signed && b >= 1n << BigInt(size * 8 - 1)) b -= 1n << BigInt(size * 8);
  return norm(b);
}

// ---- pack / unpack ---------------------------------------------------------------

const scratch = new DataView(new ArrayBuffer(8));

function floatArg(v: Py): number {
  if (v instanceof PyFloat) return v.v;
  try {
    return toFloat(v);
  } catch (e: any) {
    if (e?.cls === T.TypeError) throw err('required argument is not a float');
    throw e;
  }
}

function packItem(c: Compiled, code: string, size: number, buf: Uint8Array, off: number, v: Py): void {
  const little = c.little;
  switch (code) {
    case 'c': {
      if (!(v instanceof PyBytes) || v.v.length !== 1) throw err('char format requires a bytes object of length 1');
      buf[off] = v.v[0];
      return;
    }
    case '?':
      buf[off] = truthy(v) ? 1 : 0;
      return;
    case 'e':
      writeInt(buf, off, 2, little, packHalf(floatArg(v)));
      return;
    case 'f': {
      const x = floatArg(v);
      const y = Math.fround(x);
      if (c.mode !== Mode.Native && !isFinite(y) && isFinite(x)) throw OverflowError('float too large to pack with f format');
      scratch.setFloat32(0, y, little);
      for (let k = 0; k < 4; k++) buf[off + k] = scratch.getUint8(k);
      return;
    }
    case 'd':
      scratch.setFloat64(0, floatArg(v), little);
      for (let k = 0; k < 8; k++) buf[off + k] = scratch.getUint8(k);
      return;
  }
  writeInt(buf, off, size, little, intFor(code, c.mode, v));
}

function unpackItem(c: Compiled, code: string, size: number, buf: Uint8Array, off: number): Py {
  const little = c.little;
  switch (code) {
    case 'c':
      return new PyBytes(buf.slice(off, off + 1));
    case '?':
      return buf[off] !== 0;
    case 'e':
      return new PyFloat(unpackHalf(Number(readInt(buf, off, 2, little, false))));
    case 'f':
    case 'd':
      for (let k = 0; k < size; k++) scratch.setUint8(k, buf[off + k]);
      return new PyFloat(size === 4 ? scratch.getFloat32(0, little) : scratch.getFloat64(0, little));
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n':
      return readInt(buf, off, size, little, true);
  }
  return readInt(buf, off, size, little, false);
}

/** Packs args into buf at off (buf already zeroed where padding goes). */
function packInto(c: Compiled, buf: Uint8Array, off: number, args: Py[], what: string): void {
  if (args.length !== c.nargs) throw err(`${what} expected ${c.nargs} items for packing (got ${args.length})`);
  let a = 0;
  for (const f of c.fields) {
    const o = off + f.offset;
    if (f.code === 's' || f.code === 'p') {
      const v = args[a++];
      const b = bytesValue(v);
      if (b === null) throw err(`argument for '${f.code}' must be a bytes object`);
      if (f.code === 's') {
        const n = Math.min(b.length, f.count);
        buf.set(b.subarray(0, n), o);
        buf.fill(0, o + n, o + f.count);
      } else if (f.count > 0) {
        const n = Math.min(b.length, f.count - 1, 255);
        buf[o] = n;
        buf.set(b.subarray(0, Math.min(b.length, f.count - 1)), o + 1);
        buf.fill(0, o + 1 + Math.min(b.length, f.count - 1), o + f.count);
      }
      continue;
    }
    for (let k = 0; k < f.count; k++) packItem(c, f.code, f.size, buf, o + k * f.size, args[a++]);
  }
}

function unpackAt(c: Compiled, buf: Uint8Array, off: number): PyTuple {
  const out: Py[] = [];
  for (const f of c.fields) {
    const o = off + f.offset;
    if (f.code === 's') out.push(new PyBytes(buf.slice(o, o + f.count)));
    else if (f.code === 'p') {
      let n = f.count ? buf[o] : 0;
      if (n >= f.count) n = f.count - 1;
      out.push(new PyBytes(buf.slice(o + 1, o + 1 + Math.max(n, 0))));
    } else for (let k = 0; k < f.count; k++) out.push(unpackItem(c, f.code, f.size, buf, o + k * f.size));
  }
  return new PyTuple(out);
}

// ---- buffers ------------------------------------------------------------------------

/** The live bytes of a writable buffer (bytearray, or a memoryview of one). */
function writableBuffer(x: Py): Uint8Array {
  if (x instanceof PyByteArray) return x.view;
  if (x instanceof PyMemoryView && !x.readonly_ && x.step === 1 && x.obj instanceof PyByteArray) {
    return x.buf().subarray(x.start, x.start + x.length);
  }
  throw TypeError(`argument must be read-write bytes-like object, not ${typeName(x)}`);
}

function offsetArg(off: Py, bufLen: number): number {
  let o = Number(index(off));
  if (o < 0) {
    if (o + bufLen < 0) throw err(`offset ${o} out of range for ${bufLen}-byte buffer`);
    o += bufLen;
  }
  return o;
}

export function pack(c: Compiled, args: Py[]): PyBytes {
  const buf = new Uint8Array(c.size);
  packInto(c, buf, 0, args, 'pack');
  return new PyBytes(buf);
}

export function packIntoBuffer(c: Compiled, buffer: Py, offset: Py, args: Py[]): Py {
  if (args.length !== c.nargs) throw err(`pack_into expected ${c.nargs} items for packing (got ${args.length})`);
  const buf = writableBuffer(buffer);
  let o = Number(index(offset));
  if (o < 0) {
    if (o + c.size > 0) throw err(`no space to pack ${c.size} bytes at offset ${o}`);
    if (o + buf.length < 0) throw err(`offset ${o} out of range for ${buf.length}-byte buffer`);
    o += buf.length;
  }
  if (buf.length - o < c.size) {
    throw err(`pack_into requires a buffer of at least ${c.size + o} bytes for packing ${c.size} bytes at offset ${o} (actual buffer size is ${buf.length})`);
  }
  // as CPython: the region is zeroed, then written item by item
  buf.fill(0, o, o + c.size);
  packInto(c, buf, o, args, 'pack_into');
  return None;
}

export function unpack(c: Compiled, buffer: Py): PyTuple {
  const buf = needBuffer(buffer);
  if (buf.length !== c.size) throw err(`unpack requires a buffer of ${c.size} bytes`);
  return unpackAt(c, buf, 0);
}

export function unpackFrom(c: Compiled, buffer: Py, offset: Py): PyTuple {
  const buf = needBuffer(buffer);
  const o = offsetArg(offset, buf.length);
  if (buf.length - o < c.size) {
    throw err(`unpack_from requires a buffer of at least ${c.size + o} bytes for unpacking ${c.size} bytes at offset ${o} (actual buffer size is ${buf.length})`);
  }
  return unpackAt(c, buf, o);
}

class UnpackIter extends MachineIter {
  pos = 0;
  constructor(public c: Compiled, public buf: Uint8Array, cls: PyType) {
    super(cls);
  }
  resume(): Py {
    if (this.pos + this.c.size > this.buf.length) return STOP;
    const r = unpackAt(this.c, this.buf, this.pos);
    this.pos += this.c.size;
    return r;
  }
}

// ---- module ---------------------------------------------------------------------------

export class StructObj extends PyObject {
  c: Compiled | null = null;
  fmtObj: Py = None;
  constructor(cls: PyType) {
    super(cls);
  }
  get compiled(): Compiled {
    if (!this.c) throw err('uninitialized Struct');
    return this.c;
  }
}

function formatText(fmt: Py, what: string): string {
  const s = strValue(fmt);
  if (s !== null) {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 127) {
        throw exc(T.UnicodeEncodeError, 'ascii', s, i, i + 1, 'ordinal not in range(128)');
      }
    }
    return s;
  }
  const b = bytesValue(fmt);
  if (b instanceof Uint8Array && fmt instanceof PyBytes) return String.fromCharCode(...b);
  throw TypeError(`${what} argument 1 must be a str or bytes object, not ${typeName(fmt)}`);
}

const cache = new Map<string, Compiled>();

function getCompiled(fmt: Py): Compiled {
  if (fmt instanceof StructObj) return fmt.compiled;
  const text = formatText(fmt, 'Struct()');
  let c = cache.get(text);
  if (!c) {
    c = compile(text);
    if (cache.size >= 100) cache.clear();
    cache.set(text, c);
  }
  return c;
}

/** Creates the _struct module. */
export function init(): PyModule {
  const m = new PyModule('_struct');
  const d = m.dict;
  d.setS('__doc__', 'Functions to convert between Python values and C structs.');
  StructError = builtinType('error', T.Exception, undefined, { module: 'struct' });
  StructError.builtin = false;
  StructError.hasDict = true;
  StructError.tpName = 'struct.error';
  d.setS('error', StructError);

  const iterType = builtinType('unpack_iterator', T.object, () => {
    throw TypeError("cannot create '_struct.unpack_iterator' instances");
  }, { module: '_struct' });
  iterType.tpName = '_struct.unpack_iterator';
  iterMethods(iterType);
  methods(iterType, {
    __length_hint__: ['self, /', (it: UnpackIter) => Math.max(0, Math.floor((it.buf.length - it.pos) / it.c.size))],
  });
  const iterUnpack = (c: Compiled, buffer: Py) => {
    const buf = needBuffer(buffer);
    if (c.size === 0) throw err('cannot iteratively unpack with a struct of length 0');
    if (buf.length % c.size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${c.size} bytes`);
    return new UnpackIter(c, buf, iterType);
  };

  const st = builtinType('Struct', T.object, (cls) => new StructObj(cls), { module: '_struct' });
  st.tpName = '_struct.Struct';
  d.setS('Struct', st);
  setNew(st, 'cls, *args, **kwargs', (cls: PyType) => new StructObj(cls));
  methods(st, {
    __init__: ['self, format', (s: StructObj, fmt: Py) => {
      const text = formatText(fmt, 'Struct()');
      s.c = compile(text);
      s.fmtObj = text;
      return None;
    }],
    pack: ['self, /, *values', (s: StructObj, args: Py[]) => pack(s.compiled, args)],
    pack_into: ['self, buffer, offset, /, *values', (s: StructObj, buf: Py, off: Py, args: Py[]) => packIntoBuffer(s.compiled, buf, off, args)],
    unpack: ['self, buffer, /', (s: StructObj, b: Py) => unpack(s.compiled, b)],
    unpack_from: ['self, buffer, offset=0', (s: StructObj, b: Py, off: Py) => unpackFrom(s.compiled, b, off)],
    iter_unpack: ['self, buffer, /', (s: StructObj, b: Py) => iterUnpack(s.compiled, b)],
    __sizeof__: ['self, /', (s: StructObj) => 56 + s.compiled.fields.length * 24],
  });
  getsets(st, {
    format: [(s: StructObj) => s.fmtObj],
    size: [(s: StructObj) => s.compiled.size],
  });

  const F = Style.Fast;
  const fns = cfuncs('_struct', {
    unpack: [2, 2, F, (fmt: Py, b: Py) => unpack(getCompiled(fmt), b)],
    iter_unpack: [2, 2, F, (fmt: Py, b: Py) => iterUnpack(getCompiled(fmt), b)],
    calcsize: [1, 1, Style.O, (fmt: Py) => getCompiled(fmt).size],
    _clearcache: [0, 0, Style.NoArgs, () => {
      cache.clear();
      return None;
    }],
  });
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  d.setS('pack', kwfunc('_struct', 'pack', '*args', (args: Py[]) => {
    if (!args.length) throw TypeError('missing format argument');
    return pack(getCompiled(args[0]), args.slice(1));
  }));
  d.setS('pack_into', kwfunc('_struct', 'pack_into', '*args', (args: Py[]) => {
    if (!args.length) throw TypeError('missing format argument');
    const c = getCompiled(args[0]);
    if (args.length < 2) throw err('pack_into expected buffer argument');
    if (args.length < 3) throw err('pack_into expected offset argument');
    return packIntoBuffer(c, args[1], args[2], args.slice(3));
  }));
  d.setS('unpack_from', kwfunc('_struct', 'unpack_from', 'format, /, buffer, offset=0', (fmt: Py, b: Py, off: Py) => unpackFrom(getCompiled(fmt), b, off)));
  return m;
}

serial(StructObj, UnpackIter);
