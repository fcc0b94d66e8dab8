// File objects over real descriptors: what open() returns and what
// sys.stdin/stdout/stderr are. Text mode decodes/encodes and translates
// newlines; binary mode passes bytes. Writes are buffered (line-buffered on
// terminals) and flushed at exit.
// https://docs.python.org/3.11/library/io.html

import { PyObject, T, None, STOP, MISSING, type Py, serial } from '../objects/base';
import { callSync } from '../vm/call';
import { PyType } from '../objects/type';
import { PyBytes, PyByteArray, bytesValue } from '../objects/bytesutil';
import { PyList } from '../objects/list';
import { methods, getsets, newType } from '../objects/typesetup';
import { TypeError, ValueError, exc } from '../objects/raise';
import { typeName, typeOf } from '../objects/typeof';
import { strValue, strLen } from '../objects/strutil';
import { repr as pyRepr, str as pyStr } from '../objects/protocol';
import { encode, decode, normalizeEncoding } from '../objects/codecs';
import { iterToArray, NativeIter } from '../objects/iter';
import { indexNum } from '../objects/int';
import * as fio from '../host/fileio';
import { osError } from './oserror';
import { fsHost } from './fsname';
import { PyDict } from '../objects/dict';
import { current } from '../vm/thread';
import { pushFrame, PollWait } from '../vm/blocking';

const CHUNK = 65536;

/** Every open file, to flush at exit. */
const openFiles = new Set<WeakRef<PyFile>>();

export class PyFile extends NativeIter {
  /** The binary layer made for `buffer` (a text file only), or null. */
  under: PyFile | null = null;
  closed = false;
  /** pending output (text: string, binary: bytes list) */
  wtext = '';
  wbytes: Uint8Array[] = [];
  wbytesLen = 0;
  /** undecoded input bytes and decoded-but-unread text */
  rbytes: Uint8Array = new Uint8Array(0);
  rtext = '';
  eof = false;
  /** file position for seekable files (positional I/O); -1 = stream */
  pos: number;
  decoder: { decode(b: Uint8Array, o?: { stream?: boolean }): string } | null = null;
  /** the start of a UTF-8 character that the last chunk read cut short */
  held: Uint8Array | null = null;
  pendingCR = false;
  softspace = false;
  /** What a read may have to wait for, found at the first read: 0 nothing
   * (a regular file), 1 a pipe, socket or device, 2 a terminal. */
  waits = -1;
  constructor(
    cls: PyType,
    public fd: number,
    public name: Py,
    public mode: string,
    public binary: boolean,
    public readable: boolean,
    public writable: boolean,
    public encoding: string,
    public errors: string,
    public newline: string | null,
    public lineBuffering: boolean,
    public closefd: boolean,
    public append: boolean,
    facts: fio.FdFacts | null = fio.fdFacts(fd),
  ) {
    super(cls);
    // regular files are read and written at a kept position (positional
    // I/O); anything else as a stream
    this.pos = facts !== null && facts.regular ? (append ? facts.size : 0) : -1;
    // only output can be pending at exit
    if (writable) openFiles.add(new WeakRef(this));
  }

  check(): void {
    if (this.closed) throw ValueError('I/O operation on closed file.');
  }

  // ---- writing ----
  write(x: Py): number {
    this.check();
    if (!this.writable) throw exc(T.UnsupportedOperation ?? T.OSError, 'not writable');
    if (this.binary) {
      const b = bytesValue(x) ?? ((x as any)?.cls === T.memoryview ? (x as any).bytes() : null);
      if (!b) throw TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
      this.wbytes.push(Uint8Array.from(b));
      this.wbytesLen += b.length;
      if (this.wbytesLen >= CHUNK) this.flush();
      return b.length;
    }
    const s = strValue(x);
    if (s === null) throw TypeError(`write() argument must be str, not ${typeName(x)}`);
    const out = this.newline !== null && this.newline !== '' && this.newline !== '\n' ? s.replace(/\n/g, this.newline) : s;
    this.wtext += out;
    if (this.wtext.length >= CHUNK || (this.lineBuffering && (s.includes('\n') || s.includes('\r')))) this.flush();
    return strLen(s);
  }

  flush(): void {
    if (this.closed) return;
    let data: Uint8Array | null = null;
    if (this.wtext) {
      data = encodeText(this.wtext, this.encoding, this.errors);
      this.wtext = '';
    } else if (this.wbytesLen) {
      data = new Uint8Array(this.wbytesLen);
      let off = 0;
      for (const b of this.wbytes) {
        data.set(b, off);
        off += b.length;
      }
      this.wbytes = [];
      this.wbytesLen = 0;
    }
    if (data && data.length) {
      this.writeOut(data);
    }
    // the binary layer under a text file (f.buffer) holds writes made
    // through it: they go out with the text file's flush, after its text
    const under = this.under;
    if (under !== null) {
      if (this.pos >= 0) under.pos = this.pos;
      PyFile.prototype.flush.call(under);
      if (this.pos >= 0) this.pos = under.pos;
    }
  }

  private writeOut(data: Uint8Array): void {
    try {
      if (this.pos >= 0 && !this.append) {
        fio.pwriteFd(this.fd, data, this.pos);
        this.pos += data.length;
      } else {
        fio.writeFd(this.fd, data);
        if (this.pos >= 0) this.pos += data.length;
      }
    } catch (e) {
      throw osError(e);
    }
  }

  // ---- reading ----
  /** See `waits`. */
  waitKind(): number {
    if (this.waits < 0) this.waits = this.pos >= 0 || fio.isRegularFd(this.fd) ? 0 : fio.isatty(this.fd) ? 2 : 1;
    return this.waits;
  }

  /** Reads a chunk into the buffers; false at end of file. Inside
   * tryOp() a read that would wait throws WOULD_BLOCK instead, having
   * changed nothing, so that the operation can be run again from the start
   * once there is input. */
  private fill(): boolean {
    if (this.eof) return false;
    // b may be a shared buffer, valid until the next read: decoding and the
    // binary concatenation below copy out of it
    let b: Uint8Array | null;
    try {
      if (parking && this.waitKind() !== 0) b = fio.tryReadFd(this.fd, CHUNK);
      else {
        b = fio.readScratch(this.fd, this.pos);
        if (this.pos >= 0) this.pos += b.length;
      }
    } catch (e) {
      throw osError(e);
    }
    if (b === null) throw WOULD_BLOCK;
    if (!b.length) {
      this.eof = true;
      if (!this.binary) this.rtext += this.decodeBytes(new Uint8Array(0), true);
      return false;
    }
    if (this.binary) {
      const r = new Uint8Array(this.rbytes.length + b.length);
      r.set(this.rbytes);
      r.set(b, this.rbytes.length);
      this.rbytes = r;
    } else this.rtext += this.decodeBytes(b, false);
    return true;
  }

  private decodeBytes(b: Uint8Array, final: boolean): string {
    const enc = encodingOf(this.encoding) ?? 'utf-8';
    let s: string;
    if (enc === 'utf-8') {
      // a character cut by the chunk's end waits in `held` for the rest;
      // the whole characters need no decoder of their own (making one per
      // file, ICU's converter, cost more than reading a small file)
      let data = b;
      if (this.held !== null) {
        data = new Uint8Array(this.held.length + b.length);
        data.set(this.held);
        data.set(b, this.held.length);
        this.held = null;
      }
      if (!final) {
        const cut = incompleteTail(data);
        if (cut < data.length) {
          // a copy (b may be a Buffer, whose slice() is a view)
          this.held = new Uint8Array(data.subarray(cut));
          data = data.subarray(0, cut);
        }
      }
      if (this.errors === 'strict') {
        try {
          s = data.length ? utf8Whole.decode(data) : '';
        } catch {
          s = decode(data, enc, this.errors);
        }
      } else s = decode(data, enc, this.errors);
    } else if (enc === 'utf-8-sig' && this.errors === 'strict') {
      this.decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
      try {
        s = this.decoder.decode(b, { stream: !final });
      } catch {
        s = decode(b, enc, this.errors);
      }
    } else s = decode(b, enc, this.errors);
    if (this.newline === null) {
      if (this.pendingCR) {
        s = '\r' + s;
        this.pendingCR = false;
      }
      if (!final && s.endsWith('\r')) {
        this.pendingCR = true;
        s = s.slice(0, -1);
      }
      if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
    }
    return s;
  }

  read(n: number): Py {
    this.check();
    if (!this.readable) throw exc(T.UnsupportedOperation ?? T.OSError, 'not readable');
    this.flush();
    if (this.binary) {
      if (n < 0) {
        while (this.fill());
        const r = this.rbytes;
        this.rbytes = new Uint8Array(0);
        return new PyBytes(r);
      }
      while (this.rbytes.length < n && this.fill());
      const r = this.rbytes.slice(0, n);
      this.rbytes = this.rbytes.slice(n);
      return new PyBytes(r);
    }
    if (n < 0) {
      while (this.fill());
      const r = this.rtext;
      this.rtext = '';
      return r;
    }
    while (this.rtext.length < n && this.fill());
    const arr = Array.from(this.rtext.slice(0, n * 2));
    const r = arr.slice(0, n).join('');
    this.rtext = this.rtext.slice(r.length);
    return r;
  }

  readline(limit = -1): Py {
    this.check();
    if (!this.readable) throw exc(T.UnsupportedOperation ?? T.OSError, 'not readable');
    this.flush();
    if (this.binary) {
      for (;;) {
        const i = this.rbytes.indexOf(10);
        if (i >= 0 || this.eof) {
          let end = i >= 0 ? i + 1 : this.rbytes.length;
          if (limit >= 0 && end > limit) end = limit;
          const r = this.rbytes.slice(0, end);
          this.rbytes = this.rbytes.slice(end);
          return new PyBytes(r);
        }
        if (limit >= 0 && this.rbytes.length >= limit) return this.read(limit);
        this.fill();
      }
    }
    for (;;) {
      const [i, n] = this.lineEnd();
      if (i >= 0 || this.eof) {
        let end = i >= 0 ? i + n : this.rtext.length;
        if (limit >= 0 && end > limit) end = limit;
        const r = this.rtext.slice(0, end);
        this.rtext = this.rtext.slice(end);
        return r;
      }
      if (limit >= 0 && this.rtext.length >= limit) return this.read(limit);
      this.fill();
    }
  }

  /** Where the first line of the read-ahead text ends: [index, length of
   * the line ending], index -1 when no complete line is there. With
   * newline='' any of \n, \r and \r\n ends a line (left untranslated); a
   * final \r waits for the next character unless at end of file. */
  private lineEnd(): [number, number] {
    const t = this.rtext;
    if (this.newline !== '') {
      const sep = this.newline ?? '\n';
      return [t.indexOf(sep), sep.length];
    }
    const i = t.search(/[\r\n]/);
    if (i < 0 || t.charCodeAt(i) === 10) return [i, 1];
    if (i + 1 < t.length) return [i, t.charCodeAt(i + 1) === 10 ? 2 : 1];
    return this.eof ? [i, 1] : [-1, 0];
  }

  next(): Py {
    return readOp(this, ReadKind.Next, -1);
  }

  /** The next line, or STOP at the end (never parks: see readOp). */
  nextNow(): Py {
    const line = this.readline();
    if (this.binary ? (line as PyBytes).v.length === 0 : line === '') return STOP;
    return line;
  }

  /** Reads up to the end of file. */
  fillAll(): void {
    this.check();
    while (this.fill());
  }

  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
      if (this.closefd && this.fd > 2) {
        try {
          fio.closeFd(this.fd);
        } catch (e) {
          throw osError(e);
        }
      }
    }
  }

  seek(off: number, whence: number): number {
    this.check();
    if (this.pos < 0) throw exc(T.UnsupportedOperation ?? T.OSError, 'underlying stream is not seekable');
    this.flush();
    const bufferedAhead = this.binary ? this.rbytes.length : Buffer.byteLength(this.rtext);
    const cur = this.pos - bufferedAhead;
    let p = whence === 0 ? off : whence === 1 ? cur + off : fio.fstatSize(this.fd) + off;
    if (p < 0) throw ValueError(`negative seek position ${off}`);
    this.pos = p;
    this.rbytes = new Uint8Array(0);
    this.rtext = '';
    this.eof = false;
    this.decoder = null;
    this.held = null;
    return p;
  }

  tell(): number {
    this.check();
    if (this.pos < 0) throw exc(T.UnsupportedOperation ?? T.OSError, 'underlying stream is not seekable');
    const pendingOut = this.wtext ? Buffer.byteLength(this.wtext) : this.wbytesLen;
    const bufferedAhead = this.binary ? this.rbytes.length : Buffer.byteLength(this.rtext);
    return this.pos - bufferedAhead + pendingOut;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Decodes a whole UTF-8 text (no stream state: never holds bytes over). */
const utf8Whole = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where a UTF-8 sequence that the end of b cuts short starts (its bytes
 * so far valid: the rest may come with the next chunk), else b.length. */
function incompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue;
    // the lead byte of the last sequence, k of whose bytes are here
    const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need <= k) return n;
    if (k >= 2) {
      // the second byte's narrower ranges (no overlongs, surrogates or
      // code points past U+10FFFF): an invalid start is decoded, and
      // reported, now
      const c1 = b[n - k + 1];
      if (c1 < (c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80) || c1 > (c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf)) return n;
    }
    return n - k;
  }
  return n;
}

const encodings = new Map<string, string | null>();

/** normalizeEncoding, remembered: a file asks at each read and each open. */
function encodingOf(name: string): string | null {
  let n = encodings.get(name);
  if (n === undefined) {
    n = normalizeEncoding(name);
    if (encodings.size < 64) encodings.set(name, n);
  }
  return n;
}

/** Text as the file's encoding: UTF-8 text without surrogates (what files
 * almost always carry) by Node directly, anything else by the codec. */
function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  if ((encoding === 'UTF-8' || encoding === 'utf-8' || encoding === 'utf8') && !SURROGATE.test(s)) return Buffer.from(s, 'utf8');
  return encode(s, encoding, errors);
}

/** Flushes every open file (at exit). */
export function flushAll(): void {
  for (const r of openFiles) {
    const f = r.deref();
    if (!f) {
      openFiles.delete(r);
      continue;
    }
    try {
      f.flush();
    } catch {
      // errors at exit are reported by the caller for stdout only
    }
  }
}

function F(x: Py): PyFile {
  if (x instanceof PyFile) return x;
  throw TypeError(`descriptor requires a file object but received a '${typeName(x)}'`);
}

export function setupFileTypes(): void {
  if (T.TextIOWrapper) return;
  const mod = { module: '_io' };
  T.UnsupportedOperation = (() => {
    const t = newType('UnsupportedOperation', T.OSError, T.OSError.alloc, mod);
    t.bases = [T.OSError, T.ValueError];
    t.mro = [t, T.OSError, T.ValueError, T.Exception, T.BaseException, T.object];
    T.ValueError.addSubclass(t);
    t.hasDict = true;
    return t;
  })();
  const text = newType('TextIOWrapper', T.object, undefined, mod);
  const breader = newType('BufferedReader', T.object, undefined, mod);
  const bwriter = newType('BufferedWriter', T.object, undefined, mod);
  const brandom = newType('BufferedRandom', T.object, undefined, mod);
  for (const t of [text, breader, bwriter, brandom]) {
    methods(t, {
      write: ['self, s, /', (f: Py, s: Py) => F(f).write(s)],
      writelines: ['self, lines, /', (f: Py, it: Py) => { for (const x of iterToArray(it)) F(f).write(x); return None; }],
      flush: ['self, /', (f: Py) => { F(f).check(); F(f).flush(); return None; }],
      read: ['self, size=-1, /', (f: Py, n: Py) => readOp(F(f), ReadKind.Read, n === None ? -1 : indexNum(n))],
      readline: ['self, size=-1, /', (f: Py, n: Py) => readOp(F(f), ReadKind.Line, n === None ? -1 : indexNum(n))],
      readlines: ['self, hint=-1, /', (f: Py) => readOp(F(f), ReadKind.Lines, -1)],
      close: ['self, /', (f: Py) => { F(f).close(); return None; }],
      fileno: ['self, /', (f: Py) => { F(f).check(); return F(f).fd; }],
      isatty: ['self, /', (f: Py) => { F(f).check(); return fio.isatty(F(f).fd); }],
      readable: ['self, /', (f: Py) => { F(f).check(); return F(f).readable; }],
      writable: ['self, /', (f: Py) => { F(f).check(); return F(f).writable; }],
      seekable: ['self, /', (f: Py) => { F(f).check(); return F(f).pos >= 0; }],
      seek: ['self, cookie, whence=0, /', (f: Py, off: Py, wh: Py) => F(f).seek(indexNum(off), indexNum(wh))],
      tell: ['self, /', (f: Py) => F(f).tell()],
      truncate: ['self, pos=None, /', (f: Py, p: Py) => {
        const file = F(f);
        file.flush();
        const n = p === None ? file.tell() : indexNum(p);
        try {
          fio.ftruncate(file.fd, n);
        } catch (e) {
          throw osError(e);
        }
        return n;
      }],
      __enter__: ['self, /', (f: Py) => { F(f).check(); return f; }],
      __exit__: ['self, *args', (f: Py) => { F(f).close(); return None; }],
      __iter__: ['self, /', (f: Py) => { F(f).check(); return f; }],
      __next__: ['self, /', (f: Py) => readOp(F(f), ReadKind.NextRaise, -1)],
      __del__: ['self, /', (f: Py) => { F(f).close(); return None; }],
      reconfigure: ['self, *, encoding=None, errors=None, newline=?, line_buffering=None, write_through=None', (f: Py, enc: Py, err: Py, nl: Py, lb: Py, wt: Py) => {
        const file = F(f);
        file.flush();
        if (enc !== None) file.encoding = strValue(enc)!;
        if (err !== None) file.errors = strValue(err)!;
        if (nl !== undefined) file.newline = nl === None ? null : strValue(nl);
        if (lb !== None) file.lineBuffering = !!lb;
        if (wt !== None && wt) file.lineBuffering = true;
        return None;
      }],
      __repr__: ['self, /', (f: Py) => {
        const file = F(f);
        const tn = `_io.${file.cls.name}`;
        if (file.binary) return `<${tn} name=${pyRepr(file.name)}>`;
        return `<${tn} name=${pyRepr(file.name)} mode=${pyRepr(file.mode)} encoding=${pyRepr(file.encoding)}>`;
      }],
    });
    getsets(t, {
      closed: [(f) => F(f).closed],
      name: [(f) => F(f).name],
      mode: [(f) => F(f).mode],
      encoding: [(f) => F(f).encoding],
      errors: [(f) => F(f).errors],
      newlines: [() => None],
      line_buffering: [(f) => F(f).lineBuffering],
      buffer: [(f) => bufferOf(F(f))],
      raw: [(f) => f],
      softspace: [(f) => F(f).softspace, (f, v) => { F(f).softspace = !!v; }],
      __dict__: [(f) => (F(f).dict ??= new PyDict())],
    });
    t.hasDict = true;
  }
}

const buffers = new WeakMap<PyFile, PyFile>();
/** The binary file under a text file (sharing its descriptor). */
function bufferOf(f: PyFile): PyFile {
  if (f.binary) return f;
  let b = buffers.get(f);
  if (!b) {
    const cls = f.readable && f.writable ? T.BufferedRandom : f.readable ? T.BufferedReader : T.BufferedWriter;
    b = new PyFile(cls, f.fd, f.name, f.mode.replace('t', '') + 'b', true, f.readable, f.writable, f.encoding, f.errors, null, false, false, f.append);
    b.pos = f.pos;
    buffers.set(f, b);
    f.under = b;
    // text written before a binary write goes out first; both layers
    // share one file position
    const write = b.write.bind(b);
    b.write = (x: Py) => {
      f.flush();
      return write(x);
    };
    b.flush = () => f.flush();
  }
  f.flush();
  return b;
}

/** The os.open flags of a valid open() mode (what an opener receives). */
export function openFlags(mode: string): number {
  const O = fio.O;
  const plus = mode.includes('+');
  const k = mode.includes('w') ? 'w' : mode.includes('x') ? 'x' : mode.includes('a') ? 'a' : 'r';
  let flags = k === 'r' ? (plus ? O.O_RDWR : O.O_RDONLY) : (plus ? O.O_RDWR : O.O_WRONLY) | O.O_CREAT;
  if (k === 'w') flags |= O.O_TRUNC;
  if (k === 'x') flags |= O.O_EXCL;
  if (k === 'a') flags |= O.O_APPEND;
  return flags | ((O as any).O_CLOEXEC ?? 0);
}

/** open(file, mode, ...) */
export function openFile(file: Py, mode: string, buffering: number, encoding: Py, errors: Py, newline: Py, closefd: boolean): PyFile {
  setupFileTypes();
  const m = new Set(mode);
  if (mode.length !== m.size || /[^rwxabt+U]/.test(mode)) throw ValueError(`invalid mode: '${mode}'`);
  const binary = m.has('b');
  if (binary && m.has('t')) throw ValueError("can't have text and binary mode at once");
  const kinds = ['r', 'w', 'x', 'a'].filter((c) => m.has(c));
  if (kinds.length > 1) throw ValueError('must have exactly one of create/read/write/append mode');
  if (kinds.length === 0) throw ValueError('Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encoding !== None) throw ValueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== None) throw ValueError("binary mode doesn't take an errors argument");
  if (binary && newline !== None) throw ValueError("binary mode doesn't take a newline argument");
  if (!binary && buffering === 0) throw ValueError("can't have unbuffered text I/O");
  const k = kinds[0];
  const plus = m.has('+');
  const readable = k === 'r' || plus;
  const writable = k !== 'r' || plus;
  let fd: number;
  let name: Py = file;
  const intFd = typeof file === 'number' ? file : null;
  if (intFd !== null) fd = intFd;
  else {
    const text = strValue(file);
    const path = text !== null ? fsHost(text) : bytesValue(file) ? Buffer.from(bytesValue(file)!) : null;
    if (path === null) {
      const fspath = typeOf(file).lookup('__fspath__');
      if (fspath !== MISSING) return openFile(callSync(fspath, [file]), mode, buffering, encoding, errors, newline, closefd);
      throw TypeError(`expected str, bytes or os.PathLike object, not ${typeName(file)}`);
    }
    if (!closefd) throw ValueError('Cannot use closefd=False with file name');
    try {
      fd = fio.openFd(path, openFlags(mode), 0o666);
    } catch (e) {
      throw osError(e, file);
    }
  }
  const facts = fio.fdFacts(fd);
  if (intFd === null && facts !== null && facts.dir) {
    fio.closeFd(fd);
    throw osError({ code: 'EISDIR' }, file);
  }
  // 'locale' (PEP 597) is the locale's encoding: UTF-8 here, as the default
  const enc = encoding === None || strValue(encoding) === 'locale' ? 'UTF-8' : strValue(encoding)!;
  if (!binary && !encodingOf(enc)) {
    if (intFd === null) fio.closeFd(fd);
    throw exc(T.LookupError, `unknown encoding: ${enc}`);
  }
  const nl = newline === None ? null : strValue(newline);
  if (nl !== null && !['', '\n', '\r', '\r\n'].includes(nl)) throw ValueError(`illegal newline value: ${pyStr(newline)}`);
  const cls = !binary ? T.TextIOWrapper : readable && writable ? T.BufferedRandom : readable ? T.BufferedReader : T.BufferedWriter;
  // only a character device can be a terminal
  const lineBuf = buffering === 1 || (buffering < 0 && facts !== null && facts.chr && fio.isatty(fd));
  const f = new PyFile(cls, fd, name, mode, binary, readable, writable, enc, errors === None ? 'strict' : strValue(errors)!, nl, lineBuf && !binary, closefd, k === 'a', facts);
  // a descriptor from os.open/os.fdopen continues where it was left
  if (intFd !== null && f.pos === 0) f.pos = fio.fdOffset(fd);
  return f;
}

/** A text stream over an inherited descriptor (sys.stdin/stdout/stderr). */
export function stdStream(fd: number, name: string, mode: 'r' | 'w', lineBuffered: boolean): PyFile {
  setupFileTypes();
  const f = new PyFile(T.TextIOWrapper, fd, name, mode, false, mode === 'r', mode === 'w', 'utf-8', fd === 2 ? 'backslashreplace' : 'strict', null, lineBuffered, false, false);
  f.pos = -1;
  return f;
}

// ---- reads that wait --------------------------------------------------------------
// A read from a terminal or a pipe that has nothing yet parks the calling
// Python thread (src/vm/blocking.ts), so other threads, timers and signal
// handlers (Ctrl-C's KeyboardInterrupt) go on meanwhile. The operation is
// tried with non-blocking reads and, when it would wait, tried again from
// the start on a timer that backs off, as os.read on a pipe is
// (PollWait in src/vm/blocking.ts). Polling rather than a blocking read on Node's
// thread pool: such a read cannot be called off, so one left behind by a
// KeyboardInterrupt would take the next bytes from under the REPL's line
// editor or from a child process that inherits stdin, and would keep
// process.exit from returning (libuv joins its pool's threads at exit).

export const enum ReadKind {
  Read,
  Line,
  /** next(): STOP at the end */
  Next,
  /** __next__: StopIteration at the end */
  NextRaise,
  Lines,
  /** input(): the line without its line end; EOFError at the end */
  Input,
}

const WOULD_BLOCK = { wouldBlock: true };
/** Set while tryOp runs: fill() must not wait. */
let parking = false;

function runOp(f: PyFile, op: ReadKind, a: number): Py {
  switch (op) {
    case ReadKind.Read:
      return f.read(a);
    case ReadKind.Line:
      return f.readline(a);
    case ReadKind.Next:
      return f.nextNow();
    case ReadKind.NextRaise: {
      const v = f.nextNow();
      if (v === STOP) throw exc(T.StopIteration);
      return v;
    }
    case ReadKind.Lines: {
      // everything is read first: lines taken out before a wait would be
      // lost when the operation runs again
      f.fillAll();
      const out: Py[] = [];
      for (;;) {
        const v = f.nextNow();
        if (v === STOP) return new PyList(out);
        out.push(v);
      }
    }
    case ReadKind.Input:
      return inputLine(f.readline());
  }
}

/** The result of input() from the line readline() gave. */
export function inputLine(line: Py): string {
  const s = strValue(line);
  if (s === null) throw TypeError('object.readline() returned non-string');
  if (s === '') throw exc(T.EOFError, 'EOF when reading a line');
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

/** The result of op, or undefined when it has to wait for input. */
function tryOp(f: PyFile, op: ReadKind, a: number): Py | undefined {
  parking = true;
  try {
    return runOp(f, op, a);
  } catch (e) {
    if (e === WOULD_BLOCK) return undefined;
    throw e;
  } finally {
    parking = false;
  }
}

/** Runs a read operation on f, parking the current thread while a terminal
 * or pipe has no input for it. */
export function readOp(f: PyFile, op: ReadKind, a: number): Py {
  const t = current;
  // a nested VM loop (a read from __eq__ or a sort key) cannot park
  if (t.nested > 0 || f.closed || !f.readable || f.waitKind() === 0) return runOp(f, op, a);
  // a terminal's end of file (Ctrl-D) ends one read, as in CPython
  if (f.eof && f.waits === 2 && !f.rtext.length && !f.rbytes.length) f.eof = false;
  const r = tryOp(f, op, a);
  return r !== undefined ? r : pushFrame(t, new ReadWait(f, op, a));
}

/** Parks a thread until its read operation can be answered. */
export class ReadWait extends PollWait {
  constructor(public file: PyFile, public op: ReadKind, public a: number) {
    super();
  }
  attempt(): Py | null {
    const r = tryOp(this.file, this.op, this.a);
    return r === undefined ? null : r;
  }
  attemptSync(): Py {
    return runOp(this.file, this.op, this.a);
  }
}

void PyByteArray;
void PyObject;

serial(PyFile, ReadWait);
