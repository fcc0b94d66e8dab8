// _io: in-memory streams (StringIO, BytesIO) natively, the abstract bases
// (_io_base.ts), and the file types of src/builtins/file.ts; wrappers over
// arbitrary Python streams live in _io_wrap.ts.
// https://docs.python.org/3.11/library/io.html

import { PyObject, T, None, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PyList } from '../src/objects/list';
import { PyTuple } from '../src/objects/tuple';
import { PyModule } from '../src/objects/module';
import { PyBytes, PyByteArray } from '../src/objects/bytesutil';
import { PyMemoryView } from '../src/objects/memoryview';
import { methods, staticMethods, getsets, newType } from '../src/objects/typesetup';
import { makeModule } from '../src/vm/nativemod';
import { TypeError, ValueError, exc, StopIteration, BufferError } from '../src/objects/raise';
import { typeName, typeOf } from '../src/objects/typeof';
import { strValue, isFlat } from '../src/objects/strutil';
import { repr } from '../src/objects/protocol';
import { callSpecial } from '../src/objects/attrs';
import { getIter, nextSync, NativeIter } from '../src/objects/iter';
import { STOP } from '../src/objects/base';
import { indexNum } from '../src/objects/int';
import { setupFileTypes } from '../src/builtins/file';
import { makeBases, unsupported, bytesLike, sizeArg, fillBuffer, bufferSize } from './_io_base';
import { makeWrappers } from './_io_wrap';
import type { Interpreter } from '../src/vm/interp';
import { serial } from '../src/objects/base';

// ---- StringIO -------------------------------------------------------------------

/** Text kept as a JS string; positions are UTF-16 offsets internally and
 * code points at the Python surface (only differs once an astral char is in). */
export class PyStringIO extends NativeIter {
  s = '';
  pos = 0;
  closed = false;
  astral = false;
  /** newline argument: undefined = None */
  newline: string | undefined = '\n';
  translate = false;
  universal = false;
  writenl: string | null = null;
  seen = 0;
  ok = false;
  /** for-loops call this directly (NativeIter); subclasses keep their own
   * __next__ through the Python-level protocol */
  next(): Py {
    if (this.cls !== T.StringIO) return subclassNext(this);
    const o = open_(this);
    const line = sioReadline(o, -1);
    return line ? line : STOP;
  }
}

function subclassNext(o: Py): Py {
  try {
    return callSpecial(o, '__next__');
  } catch (e: any) {
    if (e?.cls?.isSubtype?.(T.StopIteration)) return STOP;
    throw e;
  }
}

const enum NL {
  LF = 1,
  CR = 2,
  CRLF = 4,
}

function SIO(x: Py): PyStringIO {
  if (x instanceof PyStringIO) {
    if (!x.ok) throw ValueError('I/O operation on uninitialized object');
    return x;
  }
  throw TypeError(`descriptor requires a '_io.StringIO' object but received a '${typeName(x)}'`);
}

function open_(x: Py): PyStringIO {
  const s = SIO(x);
  if (s.closed) throw ValueError('I/O operation on closed file');
  return s;
}

/** Unit offset after advancing n code points from unit offset i. */
function advance(s: string, i: number, n: number): number {
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
    n--;
  }
  return i + n;
}

function cpLen(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c < 0xe000 && i > a && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00)) n++;
  }
  return n;
}

function sioWrite(o: PyStringIO, text: string): void {
  if (o.universal) {
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) {
            o.seen |= NL.CRLF;
            i++;
          } else o.seen |= NL.CR;
        } else if (c === 10) o.seen |= NL.LF;
      }
      if (o.translate) text = text.replace(/\r\n?/g, '\n');
    } else if (text.includes('\n')) o.seen |= NL.LF;
  }
  if (o.writenl !== null) text = text.split('\n').join(o.writenl);
  if (!text) return;
  if (!o.astral && !isFlat(text)) o.astral = true;
  const s = o.s;
  if (o.pos === s.length) {
    o.s = s + text;
    o.pos = o.s.length;
    return;
  }
  if (o.pos > s.length) {
    o.s = s + '\0'.repeat(o.pos - s.length) + text;
    o.pos = o.s.length;
    return;
  }
  const end = o.astral ? advance(s, o.pos, cpLen(text, 0, text.length)) : o.pos + text.length;
  o.s = s.slice(0, o.pos) + text + s.slice(Math.min(end, s.length));
  o.pos += text.length;
}

/** Where the line starting at unit offset i ends (exclusive). */
function lineEnd(o: PyStringIO, i: number): number {
  const s = o.s;
  if (o.universal && !o.translate) {
    // newline='': \r, \n and \r\n all end lines
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 10) return j + 1;
      if (c === 13) return s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
    return s.length;
  }
  const nl = o.newline === undefined || o.newline === '' ? '\n' : o.newline;
  const k = s.indexOf(nl, i);
  return k < 0 ? s.length : k + nl.length;
}

function sioReadline(o: PyStringIO, limit: number): string {
  const s = o.s;
  if (o.pos >= s.length) return '';
  let end = lineEnd(o, o.pos);
  if (limit >= 0) {
    const lim = o.astral ? advance(s, o.pos, limit) : o.pos + limit;
    if (lim < end) end = lim;
  }
  const r = s.slice(o.pos, end);
  o.pos = end;
  return r;
}

function sioTell(o: PyStringIO): number {
  return o.astral ? cpLen(o.s, 0, Math.min(o.pos, o.s.length)) + Math.max(0, o.pos - o.s.length) : o.pos;
}

function sioInit(o: PyStringIO, value: Py, newline: Py): void {
  let nl: string | undefined;
  if (newline === None) nl = undefined;
  else {
    const v = strValue(newline);
    if (v === null) throw TypeError(`newline must be str or None, not ${typeName(newline)}`);
    if (!['', '\n', '\r', '\r\n'].includes(v)) throw ValueError(`illegal newline value: ${repr(newline)}`);
    nl = v;
  }
  let init = '';
  if (value !== None) {
    const v = strValue(value);
    if (v === null) throw TypeError(`initial_value must be str or None, not ${typeName(value)}`);
    init = v;
  }
  o.newline = nl;
  o.universal = nl === undefined || nl === '';
  o.translate = nl === undefined;
  o.writenl = nl !== undefined && nl.length && nl !== '\n' ? nl : null;
  o.s = '';
  o.pos = 0;
  o.seen = 0;
  o.closed = false;
  o.astral = false;
  o.ok = true;
  if (init) {
    sioWrite(o, init);
    o.pos = 0;
  }
}

function newlinesValue(seen: number): Py {
  const names: string[] = [];
  if (seen & NL.CR) names.push('\r');
  if (seen & NL.LF) names.push('\n');
  if (seen & NL.CRLF) names.push('\r\n');
  if (!names.length) return None;
  return names.length === 1 ? names[0] : new PyTuple(names);
}

function makeStringIO(textBase: PyType): PyType {
  const t = newType('StringIO', textBase, (cls) => new PyStringIO(cls), { module: '_io' });
  t.tpName = '_io.StringIO';
  t.hasDict = true;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyStringIO(cls)] });
  methods(t, {
    __init__: ['self, initial_value=\'\', newline=\'\\n\'', (self: Py, v: Py, nl: Py) => {
      if (!(self instanceof PyStringIO)) throw TypeError('StringIO.__init__ requires a StringIO');
      sioInit(self, v, nl);
      return None;
    }],
    getvalue: ['self, /', (self: Py) => open_(self).s],
    read: ['self, size=-1, /', (self: Py, n: Py) => {
      const o = open_(self);
      const size = sizeArg(n);
      const s = o.s;
      if (o.pos >= s.length) return '';
      const end = size < 0 ? s.length : o.astral ? advance(s, o.pos, size) : o.pos + size;
      const r = s.slice(o.pos, end);
      o.pos = Math.min(end, s.length);
      return r;
    }],
    readline: ['self, size=-1, /', (self: Py, n: Py) => sioReadline(open_(self), sizeArg(n))],
    readlines: ['self, hint=-1, /', (self: Py, h: Py) => {
      const o = open_(self);
      const hint = sizeArg(h);
      const out: string[] = [];
      let total = 0;
      for (;;) {
        const line = sioReadline(o, -1);
        if (!line) break;
        out.push(line);
        total += line.length;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(out);
    }],
    write: ['self, s, /', (self: Py, x: Py) => {
      const o = open_(self);
      const v = strValue(x);
      if (v === null) throw TypeError(`string argument expected, got '${typeName(x)}'`);
      sioWrite(o, v);
      return o.astral ? cpLen(v, 0, v.length) : v.length;
    }],
    seek: ['self, pos, whence=0, /', (self: Py, p: Py, w: Py) => {
      const o = open_(self);
      const pos = indexNum(p), whence = indexNum(w);
      if (whence < 0 || whence > 2) throw ValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (whence === 0 && pos < 0) throw ValueError(`Negative seek position ${pos}`);
      if (whence === 1 && pos !== 0) throw exc(T.OSError, "Can't do nonzero cur-relative seeks");
      if (whence === 2 && pos !== 0) throw exc(T.OSError, "Can't do nonzero end-relative seeks");
      if (whence === 1) return sioTell(o);
      if (whence === 2) {
        o.pos = o.s.length;
        return sioTell(o);
      }
      o.pos = o.astral ? advance(o.s, 0, pos) : pos;
      return pos;
    }],
    tell: ['self, /', (self: Py) => sioTell(open_(self))],
    truncate: ['self, pos=None, /', (self: Py, p: Py) => {
      const o = open_(self);
      const size = p === None ? sioTell(o) : indexNum(p);
      if (size < 0) throw ValueError(`Negative size value ${size}`);
      const cut = o.astral ? advance(o.s, 0, size) : size;
      if (cut < o.s.length) o.s = o.s.slice(0, cut);
      return size;
    }],
    readable: ['self, /', (self: Py) => { open_(self); return true; }],
    writable: ['self, /', (self: Py) => { open_(self); return true; }],
    seekable: ['self, /', (self: Py) => { open_(self); return true; }],
    close: ['self, /', (self: Py) => {
      const o = SIO(self);
      o.closed = true;
      o.s = '';
      return None;
    }],
    detach: ['self, /', () => { throw unsupported('detach'); }],
    __next__: ['self, /', (self: Py) => {
      const o = open_(self);
      const line = typeOf(o) === T.StringIO ? sioReadline(o, -1) : strValue(callMethod(o, 'readline'));
      if (line === null) throw exc(T.OSError, 'readline() should have returned a str object');
      if (!line) throw StopIteration();
      return line;
    }],
    __getstate__: ['self, /', (self: Py) => {
      const o = open_(self);
      return new PyTuple([o.s, o.newline === undefined ? None : o.newline, sioTell(o), o.dict ? o.dict.copyInto(new PyDict()) : None]);
    }],
    __setstate__: ['self, state, /', (self: Py, st: Py) => {
      if (!(self instanceof PyStringIO)) throw TypeError('__setstate__ requires a StringIO');
      const o = self;
      if (!(st instanceof PyTuple) || st.items.length < 4) throw TypeError(`${typeName(o)}.__setstate__ argument should be 4-tuple`);
      const [v, nl, pos, d] = st.items;
      sioInit(o, None, nl);
      o.s = strValue(v) ?? '';
      o.astral = !isFlat(o.s);
      o.pos = o.astral ? advance(o.s, 0, indexNum(pos)) : indexNum(pos);
      if (d instanceof PyDict) for (const [k, x] of d.entries()) (o.dict ??= new PyDict()).set(k, x);
      return None;
    }],
  });
  getsets(t, {
    closed: [(self: Py) => SIO(self).closed],
    line_buffering: [(self: Py) => { open_(self); return false; }],
    newlines: [(self: Py) => {
      const o = open_(self);
      return o.universal ? newlinesValue(o.seen) : None;
    }],
    __dict__: [(o: Py) => (o.dict ??= new PyDict())],
  });
  return t;
}

function callMethod(o: Py, name: string): Py {
  return callSpecial(o, name);
}

// ---- BytesIO --------------------------------------------------------------------

export class PyBytesIO extends NativeIter {
  /** Storage is a bytearray so getbuffer()'s memoryview shares it. */
  b = new PyByteArray(new Uint8Array(0), 0);
  pos = 0;
  closed = false;
  views: WeakRef<PyMemoryView>[] = [];
  next(): Py {
    if (this.cls !== T.BytesIO) return subclassNext(this);
    const line = bioReadline(bopen(this), -1);
    return line.length ? new PyBytes(line) : STOP;
  }
}

function BIO(x: Py): PyBytesIO {
  if (x instanceof PyBytesIO) return x;
  throw TypeError(`descriptor requires a '_io.BytesIO' object but received a '${typeName(x)}'`);
}

function bopen(x: Py): PyBytesIO {
  const o = BIO(x);
  if (o.closed) throw ValueError('I/O operation on closed file.');
  return o;
}

function exported(o: PyBytesIO): boolean {
  o.views = o.views.filter((r) => {
    const v = r.deref();
    return v !== undefined && !v.released;
  });
  return o.views.length > 0;
}

function checkExports(o: PyBytesIO): void {
  if (exported(o)) throw BufferError('Existing exports of data: object cannot be re-sized');
}

function bioWrite(o: PyBytesIO, data: Uint8Array): number {
  const n = data.length;
  if (!n) return 0;
  const b = o.b;
  const end = o.pos + n;
  if (end > b.v.length) {
    let cap = Math.max(16, b.v.length * 2);
    while (cap < end) cap *= 2;
    const v = new Uint8Array(cap);
    v.set(b.v.subarray(0, b.n));
    b.v = v;
  }
  if (o.pos > b.n) b.v.fill(0, b.n, o.pos);
  b.v.set(data, o.pos);
  o.pos = end;
  if (end > b.n) b.n = end;
  return n;
}

function bioRead(o: PyBytesIO, size: number): Uint8Array {
  const b = o.b;
  if (o.pos >= b.n) return new Uint8Array(0);
  const end = size < 0 ? b.n : Math.min(b.n, o.pos + size);
  const r = b.v.slice(o.pos, end);
  o.pos = end;
  return r;
}

function bioReadline(o: PyBytesIO, limit: number): Uint8Array {
  const b = o.b;
  if (o.pos >= b.n) return new Uint8Array(0);
  const nl = b.v.subarray(0, b.n).indexOf(10, o.pos);
  let end = nl < 0 ? b.n : nl + 1;
  if (limit >= 0 && o.pos + limit < end) end = o.pos + limit;
  const r = b.v.slice(o.pos, end);
  o.pos = end;
  return r;
}

function makeBytesIO(bufBase: PyType): PyType {
  const t = newType('BytesIO', bufBase, (cls) => new PyBytesIO(cls), { module: '_io' });
  t.tpName = '_io.BytesIO';
  t.hasDict = true;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyBytesIO(cls)] });
  methods(t, {
    __init__: ['self, initial_bytes=None', (self: Py, init: Py) => {
      const o = BIO(self);
      checkExports(o);
      o.b = new PyByteArray(new Uint8Array(0), 0);
      o.pos = 0;
      if (init !== None) {
        const d = bytesLike(init);
        if (!d) throw TypeError(`a bytes-like object is required, not '${typeName(init)}'`);
        bioWrite(o, d);
        o.pos = 0;
      }
      return None;
    }],
    getvalue: ['self, /', (self: Py) => {
      const o = bopen(self);
      return new PyBytes(o.b.v.slice(0, o.b.n));
    }],
    getbuffer: ['self, /', (self: Py) => {
      const o = bopen(self);
      const v = new PyMemoryView(o.b, 0, o.b.n, 1, false);
      o.views.push(new WeakRef(v));
      return v;
    }],
    read: ['self, size=-1, /', (self: Py, n: Py) => new PyBytes(bioRead(bopen(self), sizeArg(n)))],
    read1: ['self, size=-1, /', (self: Py, n: Py) => new PyBytes(bioRead(bopen(self), sizeArg(n)))],
    readline: ['self, size=-1, /', (self: Py, n: Py) => new PyBytes(bioReadline(bopen(self), sizeArg(n)))],
    readlines: ['self, size=None, /', (self: Py, h: Py) => {
      const o = bopen(self);
      const hint = sizeArg(h);
      const out: Py[] = [];
      let total = 0;
      for (;;) {
        const line = bioReadline(o, -1);
        if (!line.length) break;
        out.push(new PyBytes(line));
        total += line.length;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(out);
    }],
    readinto: ['self, buffer, /', (self: Py, target: Py) => {
      const o = bopen(self);
      return fillBuffer(target, bioRead(o, bufferSize(target)));
    }],
    write: ['self, b, /', (self: Py, x: Py) => {
      const o = bopen(self);
      checkExports(o);
      const d = bytesLike(x);
      if (!d) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
      return bioWrite(o, Uint8Array.from(d));
    }],
    writelines: ['self, lines, /', (self: Py, lines: Py) => {
      const o = bopen(self);
      checkExports(o);
      const it = getIter(lines);
      for (;;) {
        const x = nextSync(it);
        if (x === STOP) return None;
        const d = bytesLike(x);
        if (!d) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
        bioWrite(o, Uint8Array.from(d));
      }
    }],
    seek: ['self, pos, whence=0, /', (self: Py, p: Py, w: Py) => {
      const o = bopen(self);
      let pos = indexNum(p);
      const whence = indexNum(w);
      if (whence === 0) {
        if (pos < 0) throw ValueError(`negative seek value ${pos}`);
      } else if (whence === 1) pos += o.pos;
      else if (whence === 2) pos += o.b.n;
      else throw ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      o.pos = Math.max(0, pos);
      return o.pos;
    }],
    tell: ['self, /', (self: Py) => bopen(self).pos],
    truncate: ['self, size=None, /', (self: Py, p: Py) => {
      const o = bopen(self);
      checkExports(o);
      const size = p === None ? o.pos : indexNum(p);
      if (size < 0) throw ValueError(`negative size value ${size}`);
      if (size < o.b.n) o.b.n = size;
      return size;
    }],
    readable: ['self, /', (self: Py) => { bopen(self); return true; }],
    writable: ['self, /', (self: Py) => { bopen(self); return true; }],
    seekable: ['self, /', (self: Py) => { bopen(self); return true; }],
    flush: ['self, /', (self: Py) => { bopen(self); return None; }],
    isatty: ['self, /', (self: Py) => { bopen(self); return false; }],
    close: ['self, /', (self: Py) => {
      const o = BIO(self);
      checkExports(o);
      o.closed = true;
      return None;
    }],
    __iter__: ['self, /', (self: Py) => { bopen(self); return self; }],
    __next__: ['self, /', (self: Py) => {
      const line = bioReadline(bopen(self), -1);
      if (!line.length) throw StopIteration();
      return new PyBytes(line);
    }],
    __getstate__: ['self, /', (self: Py) => {
      const o = bopen(self);
      return new PyTuple([new PyBytes(o.b.v.slice(0, o.b.n)), o.pos, o.dict ? o.dict.copyInto(new PyDict()) : None]);
    }],
    __setstate__: ['self, state, /', (self: Py, st: Py) => {
      const o = BIO(self);
      if (!(st instanceof PyTuple) || st.items.length < 3) throw TypeError(`${typeName(o)}.__setstate__ argument should be 3-tuple`);
      checkExports(o);
      o.b = new PyByteArray(new Uint8Array(0), 0);
      o.pos = 0;
      bioWrite(o, bytesLike(st.items[0]) ?? new Uint8Array(0));
      o.pos = indexNum(st.items[1]);
      const d = st.items[2];
      if (d instanceof PyDict) for (const [k, x] of d.entries()) (o.dict ??= new PyDict()).set(k, x);
      return None;
    }],
    __sizeof__: ['self, /', (self: Py) => 112 + BIO(self).b.v.length],
  });
  getsets(t, {
    closed: [(self: Py) => BIO(self).closed],
    __dict__: [(o: Py) => (o.dict ??= new PyDict())],
  });
  return t;
}

/** The _io module. */
export function init(interp: Interpreter): PyModule {
  setupFileTypes();
  if (!T._IOBase) {
    const [io, raw, buffered, text] = makeBases();
    makeStringIO(text);
    makeBytesIO(buffered);
    makeWrappers(interp, io, raw, buffered, text);
    void io;
  }
  const open = interp.builtinsDict.getS('open');
  T.UnsupportedOperation.dict.setS('__module__', 'io');
  return makeModule('_io', {}, {
    _IOBase: T._IOBase,
    _RawIOBase: T._RawIOBase,
    _BufferedIOBase: T._BufferedIOBase,
    _TextIOBase: T._TextIOBase,
    StringIO: T.StringIO,
    BytesIO: T.BytesIO,
    TextIOWrapper: T.TextIOWrapper,
    BufferedReader: T.BufferedReader,
    BufferedWriter: T.BufferedWriter,
    BufferedRandom: T.BufferedRandom,
    BufferedRWPair: T.BufferedRWPair,
    FileIO: T.FileIO,
    IncrementalNewlineDecoder: T.IncrementalNewlineDecoder,
    UnsupportedOperation: T.UnsupportedOperation,
    open,
    DEFAULT_BUFFER_SIZE: 8192,
  });
}

serial(PyBytesIO, PyStringIO);
