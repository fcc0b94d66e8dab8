// _io's abstract bases (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
// the default behaviour Python subclasses of io.IOBase inherit, written
// against the object's own methods as CPython's Modules/_io/iobase.c does.
// https://docs.python.org/3.11/library/io.html#class-hierarchy

import { T, None, MISSING, STOP, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyList } from '../src/objects/list';
import { PyDict } from '../src/objects/dict';
import { PyBytes, PyByteArray, bytesValue } from '../src/objects/bytesutil';
import { PyMemoryView } from '../src/objects/memoryview';
import { methods, getsets, newType } from '../src/objects/typesetup';
import { TypeError, ValueError, exc, StopIteration } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { truthy, len } from '../src/objects/protocol';
import { getattr, getattrOpt, setattr } from '../src/objects/attrs';
import { getIter, nextSync } from '../src/objects/iter';
import { indexNum } from '../src/objects/int';
import { callSync } from '../src/vm/call';

/** io.UnsupportedOperation(msg) */
export function unsupported(msg: string) {
  return exc(T.UnsupportedOperation, msg);
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
export function bytesLike(x: Py): Uint8Array | null {
  const b = bytesValue(x);
  if (b) return b;
  if (x instanceof PyMemoryView) return x.bytes();
  return null;
}

/** n from a size argument: None or negative -> -1. */
export function sizeArg(n: Py): number {
  if (n === None || n === undefined) return -1;
  const v = indexNum(n);
  return v < 0 ? -1 : v;
}

function call(o: Py, name: string, ...args: Py[]): Py {
  return callSync(getattr(o, name), args);
}

const CLOSED = '__IOBase_closed';

function isClosed(o: Py): boolean {
  return truthy(getattr(o, 'closed'));
}

/** Raises ValueError on a closed stream (IOBase._checkClosed). */
export function checkClosed(o: Py): void {
  if (isClosed(o)) throw ValueError('I/O operation on closed file.');
}

/** Creates the four abstract base types. */
export function makeBases(): PyType[] {
  const mod = { module: '_io' };
  const io = newType('_IOBase', T.object, undefined, mod);
  io.hasDict = true;
  methods(io, {
    seek: ['self, *args', () => { throw unsupported('seek'); }],
    tell: ['self, /', (s: Py) => call(s, 'seek', 0, 1)],
    truncate: ['self, *args', () => { throw unsupported('truncate'); }],
    flush: ['self, /', (s: Py) => { checkClosed(s); return None; }],
    close: ['self, /', (s: Py) => {
      if (isClosed(s)) return None;
      try {
        call(s, 'flush');
      } finally {
        setattr(s, CLOSED, true);
      }
      return None;
    }],
    seekable: ['self, /', () => false],
    readable: ['self, /', () => false],
    writable: ['self, /', () => false],
    _checkClosed: ['self, msg=None, /', (s: Py) => { checkClosed(s); return None; }],
    _checkSeekable: ['self, msg=None, /', (s: Py) => {
      if (!truthy(call(s, 'seekable'))) throw unsupported('File or stream is not seekable.');
      return None;
    }],
    _checkReadable: ['self, msg=None, /', (s: Py) => {
      if (!truthy(call(s, 'readable'))) throw unsupported('File or stream is not readable.');
      return None;
    }],
    _checkWritable: ['self, msg=None, /', (s: Py) => {
      if (!truthy(call(s, 'writable'))) throw unsupported('File or stream is not writable.');
      return None;
    }],
    fileno: ['self, /', () => { throw unsupported('fileno'); }],
    isatty: ['self, /', (s: Py) => { checkClosed(s); return false; }],
    __enter__: ['self, /', (s: Py) => { checkClosed(s); return s; }],
    __exit__: ['self, *args', (s: Py) => { call(s, 'close'); return None; }],
    __iter__: ['self, /', (s: Py) => { checkClosed(s); return s; }],
    __next__: ['self, /', (s: Py) => {
      const line = call(s, 'readline');
      if (!truthy(line)) throw StopIteration();
      return line;
    }],
    readline: ['self, size=-1, /', (s: Py, n: Py) => genericReadline(s, sizeArg(n))],
    readlines: ['self, hint=-1, /', (s: Py, h: Py) => {
      const hint = sizeArg(h);
      const out: Py[] = [];
      let total = 0;
      const it = getIter(s);
      for (;;) {
        const line = nextSync(it);
        if (line === STOP) break;
        out.push(line);
        total += len(line);
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(out);
    }],
    writelines: ['self, lines, /', (s: Py, lines: Py) => {
      checkClosed(s);
      const it = getIter(lines);
      for (;;) {
        const line = nextSync(it);
        if (line === STOP) return None;
        call(s, 'write', line);
      }
    }],
    __del__: ['self, /', (s: Py) => {
      try {
        call(s, 'close');
      } catch {
        // errors in a finalizer are ignored, as CPython does for __del__
      }
      return None;
    }],
  });
  getsets(io, {
    closed: [(s: Py) => {
      const v = s.dict?.getS(CLOSED);
      return v === undefined ? false : v;
    }],
    __dict__: [(s: Py) => (s.dict ??= new PyDict())],
  });

  const raw = newType('_RawIOBase', io, undefined, mod);
  methods(raw, {
    read: ['self, size=-1, /', (s: Py, n: Py) => {
      const size = sizeArg(n);
      if (size < 0) return call(s, 'readall');
      const b = new PyByteArray(new Uint8Array(size));
      const got = call(s, 'readinto', b);
      if (got === None) return None;
      const k = indexNum(got);
      if (k < 0 || k > size) throw ValueError(`readinto returned ${k} outside buffer size ${size}`);
      return new PyBytes(b.v.slice(0, k));
    }],
    readall: ['self, /', (s: Py) => {
      const parts: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const data = call(s, 'read', 8192);
        if (data === None) {
          if (!parts.length) return None;
          break;
        }
        const b = bytesLike(data);
        if (!b) throw TypeError('read() should return bytes');
        if (!b.length) break;
        parts.push(Uint8Array.from(b));
        total += b.length;
      }
      return new PyBytes(concat(parts, total));
    }],
    readinto: ['self, buffer, /', () => { throw exc(T.NotImplementedError); }],
    write: ['self, b, /', () => { throw exc(T.NotImplementedError); }],
  });

  const buffered = newType('_BufferedIOBase', io, undefined, mod);
  methods(buffered, {
    read: ['self, size=-1, /', () => { throw unsupported('read'); }],
    read1: ['self, size=-1, /', () => { throw unsupported('read1'); }],
    write: ['self, b, /', () => { throw unsupported('write'); }],
    detach: ['self, /', () => { throw unsupported('detach'); }],
    readinto: ['self, buffer, /', (s: Py, b: Py) => readIntoVia(s, b, 'read')],
    readinto1: ['self, buffer, /', (s: Py, b: Py) => readIntoVia(s, b, 'read1')],
  });

  const text = newType('_TextIOBase', io, undefined, mod);
  methods(text, {
    read: ['self, size=-1, /', () => { throw unsupported('read'); }],
    readline: ['self, size=-1, /', () => { throw unsupported('readline'); }],
    write: ['self, s, /', () => { throw unsupported('write'); }],
    detach: ['self, /', () => { throw unsupported('detach'); }],
  });
  getsets(text, {
    encoding: [() => None],
    newlines: [() => None],
    errors: [() => None],
  });
  return [io, raw, buffered, text];
}

export function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** Writes bytes into a writable buffer object (bytearray, memoryview). */
export function fillBuffer(target: Py, data: Uint8Array): number {
  if (target instanceof PyByteArray) {
    const n = Math.min(data.length, target.n);
    target.v.set(data.subarray(0, n));
    return n;
  }
  if (target instanceof PyMemoryView) {
    if (target.readonly_) throw TypeError('readinto() argument must be read-write bytes-like object, not memoryview');
    const b = target.buf();
    const n = Math.min(data.length, target.length);
    for (let i = 0; i < n; i++) b[target.start + i * target.step] = data[i];
    return n;
  }
  throw TypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
}

/** Number of bytes a writable buffer can take. */
export function bufferSize(target: Py): number {
  if (target instanceof PyByteArray) return target.n;
  if (target instanceof PyMemoryView) return target.length;
  throw TypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
}

function readIntoVia(s: Py, target: Py, how: string): Py {
  const n = bufferSize(target);
  const data = call(s, how, n);
  const b = bytesLike(data);
  if (!b) throw TypeError(`${how}() should return bytes`);
  return fillBuffer(target, b);
}

/** IOBase.readline: byte-by-byte (or via peek) until b'\n'. */
function genericReadline(s: Py, limit: number): Py {
  const peek = getattrOpt(s, 'peek');
  const parts: Uint8Array[] = [];
  let total = 0;
  let text = false;
  let str = '';
  while (limit < 0 || total < limit) {
    let want = 1;
    if (peek !== MISSING) {
      const ahead = bytesLike(callSync(peek, [1]));
      if (ahead && ahead.length) {
        const nl = ahead.indexOf(10);
        want = nl >= 0 ? nl + 1 : ahead.length;
        if (limit >= 0) want = Math.min(want, limit - total);
      }
    }
    const chunk = call(s, 'read', want);
    const sv = strValue(chunk);
    if (sv !== null) {
      // a text stream built on IOBase directly
      text = true;
      if (!sv) break;
      str += sv;
      total += sv.length;
      if (sv.endsWith('\n')) break;
      continue;
    }
    const b = bytesLike(chunk);
    if (!b) throw exc(T.OSError, `read() should have returned a bytes object, not '${typeName(chunk)}'`);
    if (!b.length) break;
    parts.push(Uint8Array.from(b));
    total += b.length;
    if (b[b.length - 1] === 10) break;
  }
  return text ? str : new PyBytes(concat(parts, total));
}
