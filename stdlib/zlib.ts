// zlib: compression compatible with gzip and zlib
// (https://docs.python.org/3.11/library/zlib.html). The codec is this
// project's own rewrite of zlib 1.2.13 (zlib_deflate.ts, zlib_trees.ts,
// zlib_inflate.ts); this file is CPython's zlibmodule.c layer over it: the
// same calls into deflate()/inflate() with the same output buffer sizes, so
// the bytes returned per call, unconsumed_tail, unused_data and the error
// messages ("Error -3 while decompressing data: incorrect header check")
// come out as CPython's.

import { T, PyObject, serial, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyBytes } from '../src/objects/bytesutil';
import { builtinType, type PyType } from '../src/objects/type';
import { methods, getsets } from '../src/objects/typesetup';
import { TypeError, ValueError, OverflowError, exc } from '../src/objects/raise';
import { index } from '../src/objects/int';
import { bufferOf } from '../src/objects/bytesops';
import { typeName } from '../src/objects/typeof';
import { kwfunc } from './math_cfunc';
import { adler32, crc32 } from './zlib_check';
import {
  ZStream, ZDeflate, Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_BUF_ERROR,
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FINISH,
} from './zlib_deflate';
import { ZInflate } from './zlib_inflate';

const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16384;
const VERSION = '1.2.13';

/** zlib.error, set at module creation. */
let ZlibError: PyType;

/** CPython's zlib_error(): the return code, what was being done, and
 * zlib's message or a stand-in for codes that come without one. */
function zlibError(strm: ZStream, err: number, what: string) {
  let m = strm.msg;
  if (m === null) {
    if (err === Z_BUF_ERROR) m = 'incomplete or truncated stream';
    else if (err === Z_STREAM_ERROR) m = 'inconsistent stream state';
    else if (err === Z_DATA_ERROR) m = 'invalid input data';
  }
  return exc(ZlibError, m === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${m}`);
}

// ---- arguments -----------------------------------------------------------------------

/** A bytes-like argument. */
function data(x: Py): Uint8Array {
  const b = bufferOf(x);
  if (b) return b;
  throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
}

/** An int argument for a C int parameter. */
function cint(x: Py): number {
  const v = index(x);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) throw OverflowError(`Python int too large to convert to C int`);
  return v;
}

/** An int argument for a Py_ssize_t parameter. */
function ssize(x: Py): number {
  const v = index(x);
  if (typeof v === 'bigint') throw OverflowError(`Python int too large to convert to C ssize_t`);
  return v;
}

/** An int argument for an unsigned int parameter, taken modulo 2**32. */
function uintMask(x: Py): number {
  const v = index(x);
  return typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : Number(BigInt.asUintN(32, BigInt(v)));
}

// ---- CPython's output buffer ------------------------------------------------------------

/** The growth schedule of CPython's _BlocksOutputBuffer. */
const KB = 1024, MB = 1024 * KB;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

/** Output gathered in blocks, the current block being the stream's output
 * window (as CPython hands zlib one block at a time). */
class OutBuf {
  blocks: Uint8Array[] = [];
  allocated = 0;
  constructor(public strm: ZStream, public maxLength: number, first?: number) {
    let size = first ?? BLOCK_SIZES[0];
    if (first === undefined && maxLength >= 0 && size > maxLength) size = maxLength;
    this.add(size);
  }
  private add(size: number): void {
    const b = new Uint8Array(size);
    this.blocks.push(b);
    this.allocated += size;
    this.strm.output = b;
    this.strm.nextOut = 0;
    this.strm.availOut = size;
  }
  grow(): void {
    let size = BLOCK_SIZES[Math.min(this.blocks.length, BLOCK_SIZES.length - 1)];
    if (this.maxLength >= 0) size = Math.min(size, this.maxLength - this.allocated);
    this.add(size);
  }
  /** Bytes written so far. */
  get size(): number {
    return this.allocated - this.strm.availOut;
  }
  finish(): PyBytes {
    const n = this.size;
    if (this.blocks.length === 1) return new PyBytes(this.blocks[0].slice(0, n));
    const out = new Uint8Array(n);
    let at = 0;
    for (const b of this.blocks) {
      const k = Math.min(b.length, n - at);
      out.set(b.subarray(0, k), at);
      at += k;
    }
    return new PyBytes(out);
  }
}

function setInput(strm: ZStream, buf: Uint8Array): void {
  strm.input = buf;
  strm.nextIn = 0;
  strm.availIn = buf.length;
}

// ---- one-shot functions ---------------------------------------------------------------

function compress(dataArg: Py, levelArg: Py, wbitsArg: Py): Py {
  const buf = data(dataArg);
  const level = cint(levelArg), wbits = cint(wbitsArg);
  const strm = new ZStream();
  const out = new OutBuf(strm, -1);
  const d = ZDeflate.create(strm, level, 8, wbits, DEF_MEM_LEVEL, 0);
  if (d === null) throw exc(ZlibError, 'Bad compression level');
  setInput(strm, buf);
  for (;;) {
    if (strm.availOut === 0) out.grow();
    const err = d.deflate(Z_FINISH);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, 'while compressing data');
    if (strm.availOut !== 0) break;
  }
  return out.finish();
}

function decompress(dataArg: Py, wbitsArg: Py, bufsizeArg: Py): Py {
  const buf = data(dataArg);
  const wbits = cint(wbitsArg);
  let bufsize = ssize(bufsizeArg);
  if (bufsize < 0) throw ValueError('bufsize must be non-negative');
  if (bufsize === 0) bufsize = 1;
  const strm = new ZStream();
  const out = new OutBuf(strm, -1, bufsize);
  const inf = ZInflate.create(strm, wbits);
  if (inf === null) throw zlibError(strm, Z_STREAM_ERROR, 'while preparing to decompress data');
  setInput(strm, buf);
  let err: number;
  do {
    if (strm.availOut === 0) out.grow();
    err = inf.inflate(Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) throw zlibError(strm, err, 'while decompressing data');
  } while (strm.availOut === 0);
  if (err !== Z_STREAM_END) throw zlibError(strm, err, 'while decompressing data');
  return out.finish();
}

// ---- Compress objects -----------------------------------------------------------------

class CompressObj extends PyObject {
  strm = new ZStream();
  d: ZDeflate | null = null;
  /** deflateEnd() was called (after flush(Z_FINISH)). */
  ended = false;
}

class DecompressObj extends PyObject {
  strm = new ZStream();
  inf: ZInflate | null = null;
  ended = false;
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  eof = false;
  zdict: Uint8Array | null = null;
}

serial(CompressObj, DecompressObj);

let CompressType: PyType;
let DecompressType: PyType;

function comp(x: Py): CompressObj {
  if (x instanceof CompressObj) return x;
  throw TypeError(`descriptor requires a 'zlib.Compress' object but received a '${typeName(x)}'`);
}

function decomp(x: Py): DecompressObj {
  if (x instanceof DecompressObj) return x;
  throw TypeError(`descriptor requires a 'zlib.Decompress' object but received a '${typeName(x)}'`);
}

/** deflate() on a stream that deflateEnd() released: zlib's state check fails. */
function deflateCall(c: CompressObj, flush: number): number {
  if (c.ended || c.d === null) return Z_STREAM_ERROR;
  return c.d.deflate(flush);
}

function compressobj(levelArg: Py, methodArg: Py, wbitsArg: Py, memLevelArg: Py, strategyArg: Py, zdictArg: Py): Py {
  const level = cint(levelArg), method = cint(methodArg), wbits = cint(wbitsArg);
  const memLevel = cint(memLevelArg), strategy = cint(strategyArg);
  const zdict = zdictArg === undefined ? null : data(zdictArg);
  const c = new CompressObj(CompressType);
  const d = ZDeflate.create(c.strm, level, method, wbits, memLevel, strategy);
  if (d === null) throw ValueError('Invalid initialization option');
  c.d = d;
  if (zdict !== null && d.setDictionary(zdict) !== Z_OK) throw ValueError('Invalid dictionary');
  return c;
}

function compCompress(self: Py, dataArg: Py): Py {
  const c = comp(self);
  const buf = data(dataArg);
  const strm = c.strm;
  const out = new OutBuf(strm, -1);
  setInput(strm, buf);
  do {
    if (strm.availOut === 0) out.grow();
    const err = deflateCall(c, Z_NO_FLUSH);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, 'while compressing data');
  } while (strm.availOut === 0);
  return out.finish();
}

function compFlush(self: Py, modeArg: Py): Py {
  const c = comp(self);
  const mode = modeArg === undefined ? Z_FINISH : cint(modeArg);
  if (mode === Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
  const strm = c.strm;
  setInput(strm, new Uint8Array(0));
  const out = new OutBuf(strm, -1);
  let err: number;
  do {
    if (strm.availOut === 0) out.grow();
    err = deflateCall(c, mode);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, 'while flushing');
  } while (strm.availOut === 0);
  if (err === Z_STREAM_END && mode === Z_FINISH) {
    c.ended = true;
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
    throw zlibError(strm, err, 'while flushing');
  }
  return out.finish();
}

function compCopy(self: Py): Py {
  const c = comp(self);
  if (c.ended || c.d === null) throw ValueError('Inconsistent stream state');
  const r = new CompressObj(CompressType);
  Object.assign(r.strm, c.strm);
  r.d = c.d.copy(r.strm);
  return r;
}

// ---- Decompress objects -----------------------------------------------------------------

function inflateCall(o: DecompressObj, flush: number): number {
  if (o.ended || o.inf === null) return Z_STREAM_ERROR;
  return o.inf.inflate(flush);
}

function setZdict(o: DecompressObj): void {
  const err = o.inf!.setDictionary(o.zdict!);
  if (err !== Z_OK) throw zlibError(o.strm, err, 'while setting zdict');
}

function decompressobj(wbitsArg: Py, zdictArg: Py): Py {
  const wbits = cint(wbitsArg);
  let zdict: Uint8Array | null = null;
  if (zdictArg !== undefined) {
    zdict = bufferOf(zdictArg);
    if (zdict === null) throw TypeError('zdict argument must support the buffer protocol');
  }
  const o = new DecompressObj(DecompressType);
  o.zdict = zdict;
  const inf = ZInflate.create(o.strm, wbits);
  if (inf === null) throw ValueError('Invalid initialization option');
  o.inf = inf;
  if (zdict !== null && wbits < 0) setZdict(o);
  return o;
}

/** save_unconsumed_input(): input left after the stream's end is unused
 * data; input left because of the output limit is the unconsumed tail. */
function saveUnconsumed(o: DecompressObj, err: number): void {
  const strm = o.strm;
  const rest = strm.input.subarray(strm.nextIn, strm.nextIn + strm.availIn);
  if (err === Z_STREAM_END && rest.length) {
    const u = new Uint8Array(o.unusedData.length + rest.length);
    u.set(o.unusedData);
    u.set(rest, o.unusedData.length);
    o.unusedData = u;
    strm.availIn = 0;
  }
  // measured to the end of the input, so after the stream's end a
  // non-empty tail becomes the leftover bytes again (as in CPython)
  if (strm.availIn > 0 || o.unconsumedTail.length) o.unconsumedTail = strm.input.slice(strm.nextIn);
}

function decompDecompress(self: Py, dataArg: Py, maxArg: Py): Py {
  const o = decomp(self);
  const buf = data(dataArg);
  const maxLength = maxArg === undefined ? 0 : ssize(maxArg);
  if (maxLength < 0) throw ValueError('max_length must be non-negative');
  const hardLimit = maxLength === 0 ? Number.MAX_SAFE_INTEGER : maxLength;
  const strm = o.strm;
  setInput(strm, buf);
  const out = new OutBuf(strm, hardLimit);
  let err = Z_OK;
  save: do {
    do {
      if (strm.availOut === 0) {
        if (out.size === hardLimit) break save;
        out.grow();
      }
      err = inflateCall(o, Z_SYNC_FLUSH);
      if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
        if (err === Z_NEED_DICT && o.zdict !== null) setZdict(o);
        else break save;
      }
    } while (strm.availOut === 0 || err === Z_NEED_DICT);
  } while (false);
  saveUnconsumed(o, err);
  if (err === Z_STREAM_END) o.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) throw zlibError(strm, err, 'while decompressing data');
  return out.finish();
}

function decompFlush(self: Py, lengthArg: Py): Py {
  const o = decomp(self);
  const length = lengthArg === undefined ? DEF_BUF_SIZE : ssize(lengthArg);
  if (length <= 0) throw ValueError('length must be greater than zero');
  const strm = o.strm;
  setInput(strm, o.unconsumedTail);
  const out = new OutBuf(strm, -1, length);
  let err = Z_OK;
  save: do {
    if (strm.availOut === 0) out.grow();
    err = inflateCall(o, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_NEED_DICT && o.zdict !== null) setZdict(o);
      else break save;
    }
  } while (strm.availOut === 0 || err === Z_NEED_DICT);
  saveUnconsumed(o, err);
  if (err === Z_STREAM_END) {
    o.eof = true;
    o.ended = true;
  }
  return out.finish();
}

function decompCopy(self: Py): Py {
  const o = decomp(self);
  if (o.ended || o.inf === null) throw ValueError('Inconsistent stream state');
  const r = new DecompressObj(DecompressType);
  Object.assign(r.strm, o.strm);
  r.inf = o.inf.copy(r.strm);
  r.unusedData = o.unusedData;
  r.unconsumedTail = o.unconsumedTail;
  r.eof = o.eof;
  r.zdict = o.zdict;
  return r;
}

/** Creates the zlib module. */
export function init(): PyModule {
  const m = new PyModule('zlib');
  const d = m.dict;
  d.setS('__doc__', 'The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n');
  d.setS('__version__', '1.0');
  ZlibError = builtinType('error', T.Exception, undefined, { module: 'zlib' });
  ZlibError.builtin = false;
  ZlibError.hasDict = true;
  ZlibError.tpName = 'zlib.error';
  d.setS('error', ZlibError);

  const consts: Record<string, number | string> = {
    MAX_WBITS, DEFLATED: 8, DEF_MEM_LEVEL, DEF_BUF_SIZE,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
    ZLIB_VERSION: VERSION, ZLIB_RUNTIME_VERSION: VERSION,
  };
  for (const [k, v] of Object.entries(consts)) d.setS(k, v);

  const noNew = (name: string) => () => {
    throw TypeError(`cannot create 'zlib.${name}' instances`);
  };
  CompressType = builtinType('Compress', T.object, noNew('Compress'), { module: 'zlib' });
  CompressType.tpName = 'zlib.Compress';
  methods(CompressType, {
    compress: ['self, data, /', compCompress],
    flush: ['self, mode=?, /', compFlush],
    copy: ['self, /', compCopy],
    __copy__: ['self, /', compCopy],
    __deepcopy__: ['self, memo, /', compCopy],
  });
  DecompressType = builtinType('Decompress', T.object, noNew('Decompress'), { module: 'zlib' });
  DecompressType.tpName = 'zlib.Decompress';
  methods(DecompressType, {
    decompress: ['self, data, /, max_length=?', decompDecompress],
    flush: ['self, length=?, /', decompFlush],
    copy: ['self, /', decompCopy],
    __copy__: ['self, /', decompCopy],
    __deepcopy__: ['self, memo, /', decompCopy],
  });
  getsets(DecompressType, {
    unused_data: [(o: Py) => new PyBytes(decomp(o).unusedData.slice())],
    unconsumed_tail: [(o: Py) => new PyBytes(decomp(o).unconsumedTail.slice())],
    eof: [(o: Py) => decomp(o).eof],
  });

  d.setS('adler32', kwfunc('zlib', 'adler32', 'data, value=1, /', (b: Py, v: Py) => adler32(uintMask(v), data(b))));
  d.setS('crc32', kwfunc('zlib', 'crc32', 'data, value=0, /', (b: Py, v: Py) => crc32(uintMask(v), data(b))));
  d.setS('compress', kwfunc('zlib', 'compress', 'data, /, level=-1, wbits=15', compress));
  d.setS('decompress', kwfunc('zlib', 'decompress', 'data, /, wbits=15, bufsize=16384', decompress));
  d.setS('compressobj', kwfunc('zlib', 'compressobj', 'level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=?', compressobj));
  d.setS('decompressobj', kwfunc('zlib', 'decompressobj', 'wbits=15, zdict=?', decompressobj));
  return m;
}
