// io.TextIOWrapper / BufferedReader / BufferedWriter / BufferedRandom /
// BufferedRWPair / FileIO built from Python over arbitrary stream objects
// (io.TextIOWrapper(io.BytesIO(...)), io.BufferedReader(raw)...).
//
// The file types of src/builtins/file.ts are the same Python classes (open()
// returns them, bound to a descriptor). Here they gain a constructor, and
// each of their methods dispatches: descriptor-backed PyFile instances keep
// file.ts's implementation, everything else (instances made here and Python
// subclasses) uses the generic one below, which talks to the wrapped object
// through its Python methods.

import { PyObject, T, None, MISSING, STOP, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyDict } from '../src/objects/dict';
import { PyList } from '../src/objects/list';
import { PyTuple } from '../src/objects/tuple';
import { PyBytes } from '../src/objects/bytesutil';
import { PyBuiltin } from '../src/objects/builtinfunc';
import { PyGetSet } from '../src/objects/descriptors';
import { methods, staticMethods, getsets, newType } from '../src/objects/typesetup';
import { TypeError, ValueError, exc, StopIteration } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { repr, truthy } from '../src/objects/protocol';
import { getattr, getattrOpt } from '../src/objects/attrs';
import { getIter, nextSync } from '../src/objects/iter';
import { indexNum } from '../src/objects/int';
import { encode, decode, normalizeEncoding } from '../src/objects/codecs';
import { callSync } from '../src/vm/call';
import { PyFile, openFile } from '../src/builtins/file';
import { unsupported, bytesLike, sizeArg, concat, fillBuffer, bufferSize } from './_io_base';
import { makeFileIO, makeNLDecoder } from './_io_file';
import type { Interpreter } from '../src/vm/interp';
import { serial } from '../src/objects/base';

function call(o: Py, name: string, ...args: Py[]): Py {
  return callSync(getattr(o, name), args);
}

function bytesOf(x: Py, what: string): Uint8Array {
  const b = bytesLike(x);
  if (!b) throw TypeError(`${what} should return bytes, not ${typeName(x)}`);
  return b;
}

const BUFSIZE = 8192;

// ---- TextIOWrapper ----------------------------------------------------------------

class TextWrap extends PyObject {
  buffer: Py = None;
  encoding = 'utf-8';
  errors = 'strict';
  newline: string | undefined = undefined;
  lineBuffering = false;
  writeThrough = false;
  rtext = '';
  eof = false;
  pendingCR = false;
  decoder: { decode(b: Uint8Array, o?: { stream?: boolean }): string } | null = null;
  seen = 0;
  detached = false;
  ok = false;
}

function TW(x: Py): TextWrap {
  if (!(x instanceof TextWrap)) throw TypeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeName(x)}'`);
  if (!x.ok) throw ValueError('I/O operation on uninitialized object');
  if (x.detached) throw ValueError('underlying buffer has been detached');
  return x;
}

function twOpen(x: Py): TextWrap {
  const t = TW(x);
  if (truthy(getattr(t.buffer, 'closed'))) throw ValueError('I/O operation on closed file.');
  return t;
}

function twDecode(t: TextWrap, b: Uint8Array, final: boolean): string {
  const enc = normalizeEncoding(t.encoding) ?? 'utf-8';
  let s: string;
  if (enc === 'utf-8' || enc === 'utf-8-sig') {
    t.decoder ??= new TextDecoder('utf-8', { fatal: t.errors === 'strict', ignoreBOM: enc !== 'utf-8-sig' });
    try {
      s = t.decoder.decode(b, { stream: !final });
    } catch {
      // let the codec raise CPython's UnicodeDecodeError for this chunk
      t.decoder = null;
      s = decode(b, enc, t.errors);
    }
  } else s = decode(b, enc, t.errors);
  if (t.newline === undefined || t.newline === '') {
    // universal newlines: note which kinds were seen; translate for None
    if (t.pendingCR) {
      s = '\r' + s;
      t.pendingCR = false;
    }
    if (!final && s.endsWith('\r')) {
      t.pendingCR = true;
      s = s.slice(0, -1);
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) {
          t.seen |= 4;
          i++;
        } else t.seen |= 2;
      } else if (c === 10) t.seen |= 1;
    }
    if (t.newline === undefined) s = s.replace(/\r\n?/g, '\n');
  }
  return s;
}

function twFill(t: TextWrap): boolean {
  if (t.eof) return false;
  const rd = getattrOpt(t.buffer, 'read1');
  const chunk = rd !== MISSING ? callSync(rd, [BUFSIZE]) : call(t.buffer, 'read', BUFSIZE);
  if (chunk === None) return false;
  const b = bytesOf(chunk, 'underlying read1()');
  if (!b.length) {
    t.eof = true;
    t.rtext += twDecode(t, new Uint8Array(0), true);
    return false;
  }
  t.rtext += twDecode(t, b, false);
  return true;
}

function twRead(t: TextWrap, n: number): string {
  twFlush(t);
  if (n < 0) {
    while (twFill(t));
    const r = t.rtext;
    t.rtext = '';
    return r;
  }
  while (t.rtext.length < n && twFill(t));
  const cps = Array.from(t.rtext.slice(0, n * 2)).slice(0, n).join('');
  t.rtext = t.rtext.slice(cps.length);
  return cps;
}

function twLineEnd(t: TextWrap, s: string): number {
  if (t.newline === '') {
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 10) return j + 1;
      if (c === 13) {
        if (j + 1 < s.length) return s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        return -1;
      }
    }
    return -1;
  }
  const nl = t.newline === undefined ? '\n' : t.newline;
  const k = s.indexOf(nl);
  return k < 0 ? -1 : k + nl.length;
}

function twReadline(t: TextWrap, limit: number): string {
  twFlush(t);
  for (;;) {
    const end = twLineEnd(t, t.rtext);
    if (end >= 0 || !twFill(t)) {
      let cut = end >= 0 ? end : t.rtext.length;
      if (limit >= 0 && limit < cut) cut = limit;
      const r = t.rtext.slice(0, cut);
      t.rtext = t.rtext.slice(cut);
      return r;
    }
    if (limit >= 0 && t.rtext.length >= limit) {
      const r = t.rtext.slice(0, limit);
      t.rtext = t.rtext.slice(limit);
      return r;
    }
  }
}

function twFlush(_t: TextWrap): void {
  // writes go straight to the buffer (see twWrite), nothing is pending here
}

function twWrite(t: TextWrap, s: string): number {
  let out = s;
  if (t.newline !== undefined && t.newline !== '' && t.newline !== '\n') out = s.split('\n').join(t.newline);
  if (t.rtext) {
    // discard read-ahead: the write happens at the logical position
    const back = encode(t.rtext, t.encoding, t.errors).length;
    t.rtext = '';
    call(t.buffer, 'seek', -back, 1);
  }
  call(t.buffer, 'write', new PyBytes(encode(out, t.encoding, t.errors)));
  if (t.lineBuffering && (s.includes('\n') || s.includes('\r'))) call(t.buffer, 'flush');
  return Array.from(s).length;
}

function twTell(t: TextWrap): number {
  const pos = indexNum(call(t.buffer, 'tell'));
  if (!t.rtext) return pos;
  return pos - encode(t.rtext, t.encoding, t.errors).length - (t.pendingCR ? 1 : 0);
}

function twReset(t: TextWrap): void {
  t.rtext = '';
  t.eof = false;
  t.pendingCR = false;
  t.decoder = null;
}

function textInit(t: TextWrap, buffer: Py, encoding: Py, errors: Py, newline: Py, lb: Py, wt: Py): void {
  let enc = encoding === None ? 'UTF-8' : strValue(encoding);
  if (enc === null) throw TypeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typeName(encoding)}`);
  if (enc === 'locale') enc = 'UTF-8';
  if (!normalizeEncoding(enc)) throw exc(T.LookupError, `unknown encoding: ${enc}`);
  let nl: string | undefined;
  if (newline !== None) {
    const v = strValue(newline);
    if (v === null) throw TypeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeName(newline)}`);
    if (!['', '\n', '\r', '\r\n'].includes(v)) throw ValueError(`illegal newline value: ${v}`);
    nl = v;
  }
  t.buffer = buffer;
  t.encoding = enc;
  t.errors = errors === None ? 'strict' : strValue(errors) ?? 'strict';
  t.newline = nl;
  t.lineBuffering = truthy(lb);
  t.writeThrough = truthy(wt);
  twReset(t);
  t.seen = 0;
  t.ok = true;
}

const textMethods: Record<string, [string, (...a: any[]) => any]> = {
  __init__: ['self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False', (self: Py, b: Py, e: Py, er: Py, nl: Py, lb: Py, wt: Py) => {
    if (!(self instanceof TextWrap)) return None;
    textInit(self, b, e, er, nl, lb, wt);
    return None;
  }],
  read: ['self, size=-1, /', (self: Py, n: Py) => twRead(twOpen(self), sizeArg(n))],
  readline: ['self, size=-1, /', (self: Py, n: Py) => twReadline(twOpen(self), sizeArg(n))],
  readlines: ['self, hint=-1, /', (self: Py, h: Py) => {
    const t = twOpen(self);
    const hint = sizeArg(h);
    const out: string[] = [];
    let total = 0;
    for (;;) {
      const line = twReadline(t, -1);
      if (!line) break;
      out.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  }],
  write: ['self, s, /', (self: Py, x: Py) => {
    const t = twOpen(self);
    const s = strValue(x);
    if (s === null) throw TypeError(`write() argument must be str, not ${typeName(x)}`);
    return twWrite(t, s);
  }],
  writelines: ['self, lines, /', (self: Py, lines: Py) => {
    const t = twOpen(self);
    const it = getIter(lines);
    for (;;) {
      const x = nextSync(it);
      if (x === STOP) return None;
      const s = strValue(x);
      if (s === null) throw TypeError(`write() argument must be str, not ${typeName(x)}`);
      twWrite(t, s);
    }
  }],
  flush: ['self, /', (self: Py) => { call(twOpen(self).buffer, 'flush'); return None; }],
  close: ['self, /', (self: Py) => {
    const t = TW(self);
    if (truthy(getattr(t.buffer, 'closed'))) return None;
    try {
      call(t.buffer, 'flush');
    } finally {
      call(t.buffer, 'close');
    }
    return None;
  }],
  detach: ['self, /', (self: Py) => {
    const t = TW(self);
    call(t.buffer, 'flush');
    t.detached = true;
    return t.buffer;
  }],
  seek: ['self, cookie, whence=0, /', (self: Py, c: Py, w: Py) => {
    const t = twOpen(self);
    const pos = indexNum(c), whence = indexNum(w);
    if (!truthy(call(t.buffer, 'seekable'))) throw unsupported('underlying stream is not seekable');
    if (whence === 1) {
      if (pos !== 0) throw unsupported("can't do nonzero cur-relative seeks");
      return twTell(t);
    }
    if (whence === 2) {
      if (pos !== 0) throw unsupported("can't do nonzero end-relative seeks");
      call(t.buffer, 'flush');
      twReset(t);
      return call(t.buffer, 'seek', 0, 2);
    }
    if (whence !== 0) throw ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0) throw ValueError(`negative seek position ${pos}`);
    call(t.buffer, 'flush');
    twReset(t);
    call(t.buffer, 'seek', pos);
    return pos;
  }],
  tell: ['self, /', (self: Py) => {
    const t = twOpen(self);
    if (!truthy(call(t.buffer, 'seekable'))) throw unsupported('underlying stream is not seekable');
    call(t.buffer, 'flush');
    return twTell(t);
  }],
  truncate: ['self, pos=None, /', (self: Py, p: Py) => {
    const t = twOpen(self);
    call(t.buffer, 'flush');
    const pos = p === None ? twTell(t) : p;
    return call(t.buffer, 'truncate', pos);
  }],
  readable: ['self, /', (self: Py) => call(TW(self).buffer, 'readable')],
  writable: ['self, /', (self: Py) => call(TW(self).buffer, 'writable')],
  seekable: ['self, /', (self: Py) => call(TW(self).buffer, 'seekable')],
  fileno: ['self, /', (self: Py) => call(TW(self).buffer, 'fileno')],
  isatty: ['self, /', (self: Py) => call(TW(self).buffer, 'isatty')],
  __iter__: ['self, /', (self: Py) => { twOpen(self); return self; }],
  __next__: ['self, /', (self: Py) => {
    const line = twReadline(twOpen(self), -1);
    if (!line) throw StopIteration();
    return line;
  }],
  __enter__: ['self, /', (self: Py) => { twOpen(self); return self; }],
  __exit__: ['self, *args', (self: Py) => { callSync(getattr(self, 'close'), []); return None; }],
  reconfigure: ['self, *, encoding=None, errors=None, newline=?, line_buffering=None, write_through=None', (self: Py, e: Py, er: Py, nl: Py, lb: Py, wt: Py) => {
    const t = TW(self);
    call(t.buffer, 'flush');
    if (e !== None) t.encoding = strValue(e) ?? t.encoding;
    if (er !== None) t.errors = strValue(er) ?? t.errors;
    if (nl !== undefined) t.newline = nl === None ? undefined : strValue(nl) ?? undefined;
    if (lb !== None) t.lineBuffering = truthy(lb);
    if (wt !== None) t.writeThrough = truthy(wt);
    return None;
  }],
  __repr__: ['self, /', (self: Py) => {
    const t = TW(self);
    let s = '<_io.TextIOWrapper';
    const name = getattrOpt(self, 'name');
    if (name !== MISSING) s += ` name=${repr(name)}`;
    const mode = getattrOpt(self, 'mode');
    if (mode !== MISSING) s += ` mode=${repr(mode)}`;
    return `${s} encoding=${repr(t.encoding)}>`;
  }],
};

const textGetsets: Record<string, (o: Py) => Py> = {
  closed: (o) => getattr(TW(o).buffer, 'closed'),
  name: (o) => getattr(TW(o).buffer, 'name'),
  encoding: (o) => TW(o).encoding,
  errors: (o) => TW(o).errors,
  newlines: (o) => {
    const seen = TW(o).seen;
    const names = [seen & 2 ? '\r' : '', seen & 1 ? '\n' : '', seen & 4 ? '\r\n' : ''].filter(Boolean);
    if (!names.length) return None;
    return names.length === 1 ? names[0] : new PyTuple(names);
  },
  line_buffering: (o) => TW(o).lineBuffering,
  write_through: (o) => TW(o).writeThrough,
  buffer: (o) => TW(o).buffer,
  _CHUNK_SIZE: () => BUFSIZE,
};

// ---- Buffered* ----------------------------------------------------------------

class BufWrap extends PyObject {
  raw: Py = None;
  /** For BufferedRWPair: the writer (raw is the reader). */
  writer: Py = null;
  size = BUFSIZE;
  rbuf: Uint8Array = new Uint8Array(0);
  wbuf: Uint8Array[] = [];
  wlen = 0;
  detached = false;
  ok = false;
}

function BW(x: Py): BufWrap {
  if (!(x instanceof BufWrap)) throw TypeError(`descriptor requires a buffered object but received a '${typeName(x)}'`);
  if (!x.ok) throw ValueError('I/O operation on uninitialized object');
  if (x.detached) throw ValueError('raw stream has been detached');
  return x;
}

function bwOpen(x: Py): BufWrap {
  const b = BW(x);
  if (truthy(getattr(b.raw, 'closed'))) throw ValueError(b.writer ? 'I/O operation on closed file.' : 'I/O operation on closed file.');
  return b;
}

function rawRead(b: BufWrap, n: number): Uint8Array | null {
  const r = call(b.raw, 'read', n);
  if (r === None) return null;
  return Uint8Array.from(bytesOf(r, 'raw read()'));
}

function bwFlush(b: BufWrap): void {
  if (!b.wlen) return;
  let data = concat(b.wbuf, b.wlen);
  b.wbuf = [];
  b.wlen = 0;
  const dest = b.writer ?? b.raw;
  while (data.length) {
    const n = call(dest, 'write', new PyBytes(data));
    const k = n === None ? 0 : indexNum(n);
    if (k <= 0 && n === None) {
      b.wbuf = [data];
      b.wlen = data.length;
      throw exc(T.BlockingIOError, 'write could not complete without blocking');
    }
    data = data.subarray(k);
  }
}

/** Reads and drops the read-ahead (before seeks and writes on random access). */
function bwRewind(b: BufWrap): void {
  if (b.rbuf.length && b.writer === null) call(b.raw, 'seek', -b.rbuf.length, 1);
  b.rbuf = new Uint8Array(0);
}

function bwRead(b: BufWrap, n: number): Py {
  bwFlush(b);
  if (n < 0) {
    const parts = [b.rbuf];
    let total = b.rbuf.length;
    b.rbuf = new Uint8Array(0);
    const ra = getattrOpt(b.raw, 'readall');
    if (ra !== MISSING) {
      const r = callSync(ra, []);
      if (r === None && !total) return None;
      if (r !== None) {
        const d = bytesOf(r, 'readall()');
        parts.push(d);
        total += d.length;
      }
    } else {
      for (;;) {
        const d = rawRead(b, b.size);
        if (d === null) {
          if (!total) return None;
          break;
        }
        if (!d.length) break;
        parts.push(d);
        total += d.length;
      }
    }
    return new PyBytes(concat(parts, total));
  }
  while (b.rbuf.length < n) {
    const d = rawRead(b, Math.max(b.size, n - b.rbuf.length));
    if (d === null) {
      if (!b.rbuf.length) return None;
      break;
    }
    if (!d.length) break;
    b.rbuf = concat([b.rbuf, d], b.rbuf.length + d.length);
  }
  const r = b.rbuf.slice(0, n);
  b.rbuf = b.rbuf.slice(r.length);
  return new PyBytes(r);
}

function bwPeekFill(b: BufWrap): void {
  if (b.rbuf.length) return;
  bwFlush(b);
  const d = rawRead(b, b.size);
  if (d) b.rbuf = d;
}

function bwReadline(b: BufWrap, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    bwPeekFill(b);
    if (!b.rbuf.length) break;
    const nl = b.rbuf.indexOf(10);
    let take = nl >= 0 ? nl + 1 : b.rbuf.length;
    if (limit >= 0) take = Math.min(take, limit - total);
    parts.push(b.rbuf.slice(0, take));
    b.rbuf = b.rbuf.slice(take);
    total += take;
    if ((nl >= 0 && take === nl + 1) || (limit >= 0 && total >= limit)) break;
  }
  return concat(parts, total);
}

function bufInit(b: BufWrap, raw: Py, size: Py, writer: Py = null): void {
  const n = indexNum(size);
  if (n <= 0) throw ValueError('buffer size must be strictly positive');
  b.raw = raw;
  b.writer = writer;
  b.size = n;
  b.rbuf = new Uint8Array(0);
  b.wbuf = [];
  b.wlen = 0;
  b.ok = true;
}

const bufMethods: Record<string, [string, (...a: any[]) => any]> = {
  read: ['self, size=-1, /', (self: Py, n: Py) => bwRead(bwOpen(self), sizeArg(n))],
  read1: ['self, size=-1, /', (self: Py, n: Py) => {
    const b = bwOpen(self);
    let k = sizeArg(n);
    if (k < 0) k = b.size;
    if (!b.rbuf.length) {
      bwFlush(b);
      const d = rawRead(b, Math.max(k, b.size));
      if (d) b.rbuf = d;
    }
    const r = b.rbuf.slice(0, k);
    b.rbuf = b.rbuf.slice(r.length);
    return new PyBytes(r);
  }],
  peek: ['self, size=0, /', (self: Py) => {
    const b = bwOpen(self);
    bwPeekFill(b);
    return new PyBytes(b.rbuf.slice());
  }],
  readline: ['self, size=-1, /', (self: Py, n: Py) => new PyBytes(bwReadline(bwOpen(self), sizeArg(n)))],
  readinto: ['self, buffer, /', (self: Py, target: Py) => {
    const r = bwRead(bwOpen(self), bufferSize(target));
    return r === None ? None : fillBuffer(target, (r as PyBytes).v);
  }],
  readinto1: ['self, buffer, /', (self: Py, target: Py) => {
    const r = callSync(getattr(self, 'read1'), [bufferSize(target)]);
    return fillBuffer(target, bytesOf(r, 'read1()'));
  }],
  write: ['self, b, /', (self: Py, x: Py) => {
    const b = bwOpen(self);
    const d = bytesLike(x);
    if (!d) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
    bwRewind(b);
    b.wbuf.push(Uint8Array.from(d));
    b.wlen += d.length;
    if (b.wlen >= b.size) bwFlush(b);
    return d.length;
  }],
  flush: ['self, /', (self: Py) => {
    const b = bwOpen(self);
    bwFlush(b);
    return None;
  }],
  close: ['self, /', (self: Py) => {
    const b = BW(self);
    if (truthy(getattr(b.raw, 'closed'))) return None;
    try {
      bwFlush(b);
    } finally {
      call(b.raw, 'close');
      if (b.writer) call(b.writer, 'close');
    }
    return None;
  }],
  detach: ['self, /', (self: Py) => {
    const b = BW(self);
    bwFlush(b);
    b.detached = true;
    return b.raw;
  }],
  seek: ['self, target, whence=0, /', (self: Py, p: Py, w: Py) => {
    const b = bwOpen(self);
    const whence = indexNum(w);
    if (whence < 0 || whence > 2) throw ValueError(`whence value ${whence} unsupported`);
    bwFlush(b);
    let pos = indexNum(p);
    if (whence === 1) pos -= b.rbuf.length;
    b.rbuf = new Uint8Array(0);
    return call(b.raw, 'seek', pos, whence);
  }],
  tell: ['self, /', (self: Py) => {
    const b = bwOpen(self);
    const pos = indexNum(call(b.raw, 'tell'));
    return Math.max(0, pos - b.rbuf.length + b.wlen);
  }],
  truncate: ['self, pos=None, /', (self: Py, p: Py) => {
    const b = bwOpen(self);
    bwFlush(b);
    bwRewind(b);
    return call(b.raw, 'truncate', p === None ? call(b.raw, 'tell') : p);
  }],
  readable: ['self, /', (self: Py) => call(BW(self).raw, 'readable')],
  writable: ['self, /', (self: Py) => {
    const b = BW(self);
    return call(b.writer ?? b.raw, 'writable');
  }],
  seekable: ['self, /', (self: Py) => (BW(self).writer ? false : call(BW(self).raw, 'seekable'))],
  fileno: ['self, /', (self: Py) => call(BW(self).raw, 'fileno')],
  isatty: ['self, /', (self: Py) => call(BW(self).raw, 'isatty')],
  __iter__: ['self, /', (self: Py) => { bwOpen(self); return self; }],
  __next__: ['self, /', (self: Py) => {
    const line = bwReadline(bwOpen(self), -1);
    if (!line.length) throw StopIteration();
    return new PyBytes(line);
  }],
  readlines: ['self, hint=-1, /', (self: Py, h: Py) => {
    const b = bwOpen(self);
    const hint = sizeArg(h);
    const out: Py[] = [];
    let total = 0;
    for (;;) {
      const line = bwReadline(b, -1);
      if (!line.length) break;
      out.push(new PyBytes(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  }],
  writelines: ['self, lines, /', (self: Py, lines: Py) => {
    const it = getIter(lines);
    const w = getattr(self, 'write');
    for (;;) {
      const x = nextSync(it);
      if (x === STOP) return None;
      callSync(w, [x]);
    }
  }],
  __enter__: ['self, /', (self: Py) => { bwOpen(self); return self; }],
  __exit__: ['self, *args', (self: Py) => { callSync(getattr(self, 'close'), []); return None; }],
  __repr__: ['self, /', (self: Py) => {
    const name = getattrOpt(self, 'name');
    const tn = `_io.${(self as PyObject).cls.name}`;
    return name === MISSING ? `<${tn}>` : `<${tn} name=${repr(name)}>`;
  }],
};

const bufGetsets: Record<string, (o: Py) => Py> = {
  closed: (o) => getattr(BW(o).raw, 'closed'),
  name: (o) => getattr(BW(o).raw, 'name'),
  mode: (o) => getattr(BW(o).raw, 'mode'),
  raw: (o) => BW(o).raw,
};

// ---- dispatch onto file.ts's types ------------------------------------------------

/** Makes every method/getset of `t` dispatch between file.ts's PyFile
 * implementation and the generic one. */
// What descriptor-backed files do for the methods file.ts does not define.
const fileFallback: Record<string, (f: PyFile, ...a: Py[]) => Py> = {
  read1: (f, n) => f.read(sizeArg(n)),
  peek: (f) => {
    f.check();
    if (!f.rbytes.length) (f as any).fill();
    return new PyBytes(f.rbytes.slice());
  },
  readinto: (f, target) => fillBuffer(target, (f.read(bufferSize(target)) as PyBytes).v),
  readinto1: (f, target) => fillBuffer(target, (f.read(bufferSize(target)) as PyBytes).v),
  detach: (f) => {
    f.flush();
    return f.binary ? f : getattr(f, 'buffer');
  },
};
const fileGetFallback: Record<string, (f: PyFile) => Py> = {
  write_through: () => false,
};

function graft(t: PyType, generic: Record<string, [string, (...a: any[]) => any]>, gs: Record<string, (o: Py) => Py>): void {
  for (const [name, [sig, impl]] of Object.entries(generic)) {
    const orig = t.dict.getS(name);
    const fileImpl = orig instanceof PyBuiltin ? orig.impl : fileFallback[name] ?? null;
    const both = fileImpl
      ? (self: Py, ...a: Py[]) => (self instanceof PyFile ? fileImpl(self, ...a) : impl(self, ...a))
      : impl;
    const b = new PyBuiltin(name, sig, both, { qualname: `${t.name}.${name}`, owner: t });
    t.dict.setS(name, b);
  }
  for (const [name, get] of Object.entries(gs)) {
    const orig = t.dict.getS(name);
    const fileGet = orig instanceof PyGetSet ? orig.get : fileGetFallback[name] ?? null;
    const setter = orig instanceof PyGetSet ? orig.set : null;
    t.dict.setS(name, new PyGetSet(name, t, (o) => (o instanceof PyFile && fileGet ? fileGet(o) : get(o)), setter));
  }
  t.modified();
}

/** Gives file.ts's types constructors and generic behaviour, and makes the
 * remaining wrapper types. */
export function makeWrappers(interp: Interpreter, io: PyType, raw: PyType, buffered: PyType, text: PyType): void {
  void interp;
  // file.ts made these as plain object subclasses; place them under the ABC
  // bases so that inherited generic methods (readlines, __del__...) exist
  for (const [t, base] of [[T.TextIOWrapper, text], [T.BufferedReader, buffered], [T.BufferedWriter, buffered], [T.BufferedRandom, buffered]] as const) {
    t.bases = [base];
    t.base = base;
    t.mro = [t, ...base.mro];
    base.addSubclass(t);
    t.tpName = `_io.${t.name}`;
    t.modified();
  }
  const tw = T.TextIOWrapper;
  staticMethods(tw, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new TextWrap(cls)] });
  tw.alloc = (cls) => new TextWrap(cls);
  graft(tw, textMethods, textGetsets);
  const rwpair = newType('BufferedRWPair', buffered, (cls) => new BufWrap(cls), { module: '_io' });
  rwpair.tpName = '_io.BufferedRWPair';
  for (const t of [T.BufferedReader, T.BufferedWriter, T.BufferedRandom, rwpair]) {
    staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new BufWrap(cls)] });
    t.alloc = (cls) => new BufWrap(cls);
    const init: Record<string, [string, (...a: any[]) => any]> = t === rwpair
      ? { __init__: ['self, reader, writer, buffer_size=8192, /', (self: Py, r: Py, w: Py, n: Py) => {
        if (self instanceof BufWrap) bufInit(self, r, n, w);
        return None;
      }] }
      : { __init__: ['self, raw, buffer_size=8192', (self: Py, r: Py, n: Py) => {
        if (self instanceof BufWrap) bufInit(self, r, n);
        return None;
      }] };
    graft(t, { ...bufMethods, ...init }, bufGetsets);
  }
  makeFileIO(raw);
  makeNLDecoder();
  void io;
  void PyDict;
}

serial(BufWrap, TextWrap);
