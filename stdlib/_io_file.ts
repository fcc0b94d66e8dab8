// io.FileIO (a raw, unbuffered file: a thin layer over the descriptor-backed
// files of src/builtins/file.ts) and io.IncrementalNewlineDecoder.
// https://docs.python.org/3.11/library/io.html#io.FileIO

import { PyObject, T, None, type Py } from '../src/objects/base';
import { PyType } from '../src/objects/type';
import { PyTuple } from '../src/objects/tuple';
import { PyBytes } from '../src/objects/bytesutil';
import { PyBuiltin } from '../src/objects/builtinfunc';
import { methods, staticMethods, getsets, newType } from '../src/objects/typesetup';
import { TypeError, ValueError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { strValue } from '../src/objects/strutil';
import { repr, truthy } from '../src/objects/protocol';
import { getattr } from '../src/objects/attrs';
import { indexNum } from '../src/objects/int';
import { callSync } from '../src/vm/call';
import { PyFile, openFile } from '../src/builtins/file';
import { fillBuffer, bufferSize } from './_io_base';
import { serial } from '../src/objects/base';

// ---- FileIO -------------------------------------------------------------------

class FileIOObj extends PyObject {
  f: PyFile | null = null;
  mode = 'rb';
  closefd = true;
}

function FIO(x: Py): PyFile {
  if (!(x instanceof FileIOObj) || !x.f) throw ValueError('I/O operation on uninitialized object');
  return x.f;
}

function fioOpen(x: Py): PyFile {
  const f = FIO(x);
  if (f.closed) throw ValueError('I/O operation on closed file');
  return f;
}

function fileMethod(name: string): (f: PyFile, ...a: Py[]) => Py {
  const cls = T.BufferedRandom;
  const b = cls.dict.getS(name) as PyBuiltin;
  return (f: PyFile, ...a: Py[]) => b.impl(f, ...a);
}

/** Creates io.FileIO under the raw base type. */
export function makeFileIO(raw: PyType): PyType {
  const t = newType('FileIO', raw, (cls) => new FileIOObj(cls), { module: '_io' });
  t.tpName = '_io.FileIO';
  t.hasDict = true;
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new FileIOObj(cls)] });
  const fm = (n: string) => fileMethod(n);
  methods(t, {
    __init__: ['self, file, mode=\'r\', closefd=True, opener=None', (self: Py, file: Py, mode: Py, closefd: Py, opener: Py) => {
      const o = self as FileIOObj;
      let m = strValue(mode) ?? 'r';
      if (/[^rwxab+]/.test(m) || new Set(m).size !== m.length) throw ValueError(`invalid mode: ${m}`);
      m = m.replace('b', '');
      let target = file;
      if (opener !== None) target = callSync(opener, [file, m.includes('+') ? 2 : m.includes('r') ? 0 : 1]);
      o.f = openFile(target, m + 'b', 0, None, None, None, truthy(closefd));
      o.f.name = file;
      o.closefd = truthy(closefd);
      o.mode = m.includes('+') ? (m.includes('r') ? 'rb+' : m.replace('+', '') + 'b+') : m.includes('r') ? 'rb' : m.includes('a') ? 'ab' : m.includes('x') ? 'xb' : 'wb';
      return None;
    }],
    read: ['self, size=-1, /', (self: Py, n: Py) => fm('read')(fioOpen(self), n)],
    readall: ['self, /', (self: Py) => fm('read')(fioOpen(self), -1)],
    readinto: ['self, buffer, /', (self: Py, target: Py) => {
      const r = fm('read')(fioOpen(self), bufferSize(target)) as PyBytes;
      return fillBuffer(target, r.v);
    }],
    write: ['self, b, /', (self: Py, x: Py) => {
      const f = fioOpen(self);
      const n = fm('write')(f, x);
      f.flush();
      return n;
    }],
    seek: ['self, pos, whence=0, /', (self: Py, p: Py, w: Py) => fm('seek')(fioOpen(self), p, w)],
    tell: ['self, /', (self: Py) => fm('tell')(fioOpen(self))],
    truncate: ['self, size=None, /', (self: Py, p: Py) => fm('truncate')(fioOpen(self), p)],
    fileno: ['self, /', (self: Py) => fioOpen(self).fd],
    isatty: ['self, /', (self: Py) => fm('isatty')(fioOpen(self))],
    readable: ['self, /', (self: Py) => fioOpen(self).readable],
    writable: ['self, /', (self: Py) => fioOpen(self).writable],
    seekable: ['self, /', (self: Py) => fioOpen(self).pos >= 0],
    close: ['self, /', (self: Py) => { if (self.f && !self.f.closed) self.f.close(); return None; }],
    flush: ['self, /', (self: Py) => { fioOpen(self); return None; }],
    __repr__: ['self, /', (self: Py) => {
      const o = self as FileIOObj;
      if (!o.f || o.f.closed) return '<_io.FileIO [closed]>';
      return `<_io.FileIO name=${repr(o.f.name)} mode=${repr(o.mode)} closefd=${o.closefd ? 'True' : 'False'}>`;
    }],
  });
  getsets(t, {
    closed: [(o: Py) => !o.f || o.f.closed],
    name: [(o: Py) => FIO(o).name],
    mode: [(o: Py) => o.mode],
    closefd: [(o: Py) => o.closefd],
  });
  return t;
}

// ---- IncrementalNewlineDecoder -------------------------------------------------

class NLDecoder extends PyObject {
  decoder: Py = None;
  translate = false;
  pendingCR = false;
  seen = 0;
}

/** Creates io.IncrementalNewlineDecoder. */
export function makeNLDecoder(): PyType {
  const t = newType('IncrementalNewlineDecoder', T.object, (cls) => new NLDecoder(cls), { module: '_io' });
  staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new NLDecoder(cls)] });
  methods(t, {
    __init__: ['self, decoder, translate, errors=\'strict\'', (self: NLDecoder, d: Py, tr: Py) => {
      self.decoder = d;
      self.translate = truthy(tr);
      self.pendingCR = false;
      self.seen = 0;
      return None;
    }],
    decode: ['self, input, final=False', (self: NLDecoder, input: Py, fin: Py) => {
      const final = truthy(fin);
      let s: string;
      if (self.decoder === None) {
        const v = strValue(input);
        if (v === null) throw TypeError(`decoder should return a string result, not '${typeName(input)}'`);
        s = v;
      } else {
        const r = callSync(getattr(self.decoder, 'decode'), [input, final]);
        const v = strValue(r);
        if (v === null) throw TypeError(`decoder should return a string result, not '${typeName(r)}'`);
        s = v;
      }
      if (self.pendingCR && (s || final)) {
        s = '\r' + s;
        self.pendingCR = false;
      }
      if (s.endsWith('\r') && !final) {
        s = s.slice(0, -1);
        self.pendingCR = true;
      }
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 13) {
          if (s.charCodeAt(i + 1) === 10) {
            self.seen |= 4;
            i++;
          } else self.seen |= 2;
        } else if (c === 10) self.seen |= 1;
      }
      if (self.translate) s = s.replace(/\r\n?/g, '\n');
      return s;
    }],
    getstate: ['self, /', (self: NLDecoder) => {
      let buf: Py = new PyBytes(new Uint8Array(0));
      let flag = 0;
      if (self.decoder !== None) {
        const st = callSync(getattr(self.decoder, 'getstate'), []);
        buf = (st as PyTuple).items[0];
        flag = indexNum((st as PyTuple).items[1]);
      }
      return new PyTuple([buf, flag * 2 + (self.pendingCR ? 1 : 0)]);
    }],
    setstate: ['self, state, /', (self: NLDecoder, st: Py) => {
      const [buf, flag] = (st as PyTuple).items;
      const f = indexNum(flag);
      self.pendingCR = (f & 1) === 1;
      if (self.decoder !== None) callSync(getattr(self.decoder, 'setstate'), [new PyTuple([buf, Math.floor(f / 2)])]);
      return None;
    }],
    reset: ['self, /', (self: NLDecoder) => {
      self.seen = 0;
      self.pendingCR = false;
      if (self.decoder !== None) callSync(getattr(self.decoder, 'reset'), []);
      return None;
    }],
  });
  getsets(t, {
    newlines: [(self: NLDecoder) => {
      const names = [self.seen & 2 ? '\r' : '', self.seen & 1 ? '\n' : '', self.seen & 4 ? '\r\n' : ''].filter(Boolean);
      if (!names.length) return None;
      return names.length === 1 ? names[0] : new PyTuple(names);
    }],
  });
  return t;
}

serial(FileIOObj, NLDecoder);
