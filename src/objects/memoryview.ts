// memoryview: a view of a bytes-like object's buffer (1-D, format 'B').

import { PyObject, T, None, NotImplemented, type Py, serial } from './base';
import { PyType } from './type';
import { PyBytes, PyByteArray, bytesValue } from './bytesutil';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PySlice, sliceIndices } from './sliceutil';
import { methods, staticMethods, getsets, attrs } from './typesetup';
import { TypeError, IndexError, ValueError } from './raise';
import { typeName } from './typeof';
import { indexNum } from './int';
import { objectId } from './identity';

export class PyMemoryView extends PyObject {
  released = false;
  constructor(public obj: Py, public start: number, public length: number, public step = 1, public readonly_ = false) {
    super(T.memoryview);
  }
  /** The underlying bytes (live for bytearray). */
  buf(): Uint8Array {
    if (this.released) throw ValueError('operation forbidden on released memoryview object');
    const b = bytesValue(this.obj);
    if (!b) throw TypeError('memoryview: underlying object is not a buffer');
    return b;
  }
  bytes(): Uint8Array {
    const b = this.buf();
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = b[this.start + i * this.step];
    return out;
  }
}

export function setupMemoryview(): void {
  const t = T.memoryview;
  staticMethods(t, {
    __new__: ['cls, object', (_c: PyType, o: Py) => {
      if (o instanceof PyMemoryView) return new PyMemoryView(o.obj, o.start, o.length, o.step, o.readonly_);
      const b = bytesValue(o);
      if (!b) throw TypeError(`memoryview: a bytes-like object is required, not '${typeName(o)}'`);
      return new PyMemoryView(o, 0, b.length, 1, o instanceof PyBytes);
    }],
  });
  methods(t, {
    __len__: ['self, /', (m: PyMemoryView) => { m.buf(); return m.length; }],
    __getitem__: ['self, key, /', (m: PyMemoryView, k: Py) => {
      if (k instanceof PySlice) {
        const [a, , s, n] = sliceIndices(k, m.length);
        return new PyMemoryView(m.obj, m.start + a * m.step, n, m.step * s, m.readonly_);
      }
      let i = indexNum(k);
      if (i < 0) i += m.length;
      if (i < 0 || i >= m.length) throw IndexError('index out of bounds on dimension 1');
      return m.buf()[m.start + i * m.step];
    }],
    __setitem__: ['self, key, value, /', (m: PyMemoryView, k: Py, v: Py) => {
      if (m.readonly_) throw TypeError('cannot modify read-only memory');
      const b = m.buf();
      if (k instanceof PySlice) {
        const [a, , s, n] = sliceIndices(k, m.length);
        const src = bytesValue(v instanceof PyMemoryView ? new PyBytes(v.bytes()) : v);
        if (!src || src.length !== n) throw ValueError('memoryview assignment: lvalue and rvalue have different structures');
        for (let j = 0; j < n; j++) b[m.start + (a + j * s) * m.step] = src[j];
        return None;
      }
      let i = indexNum(k);
      if (i < 0) i += m.length;
      if (i < 0 || i >= m.length) throw IndexError('index out of bounds on dimension 1');
      b[m.start + i * m.step] = indexNum(v);
      return None;
    }],
    tobytes: ['self, order=None', (m: PyMemoryView) => new PyBytes(m.bytes())],
    tolist: ['self, /', (m: PyMemoryView) => new PyList(Array.from(m.bytes()))],
    hex: ['self, sep=?, bytes_per_sep=?', (m: PyMemoryView) => Buffer.from(m.bytes()).toString('hex')],
    release: ['self, /', (m: PyMemoryView) => { m.released = true; return None; }],
    __enter__: ['self, /', (m: PyMemoryView) => m],
    __exit__: ['self, *args', (m: PyMemoryView) => { m.released = true; return None; }],
    __eq__: ['self, value, /', (m: PyMemoryView, o: Py) => {
      const b = o instanceof PyMemoryView ? o.bytes() : bytesValue(o);
      if (!b) return NotImplemented;
      const a = m.bytes();
      return a.length === b.length && a.every((x, i) => x === b[i]);
    }],
    __repr__: ['self, /', (m: PyMemoryView) => `<${m.released ? 'released ' : ''}memory at 0x${objectId(m).toString(16).padStart(12, '0')}>`],
    cast: ['self, format, shape=?', (m: PyMemoryView) => m],
  });
  getsets(t, {
    obj: [(m: PyMemoryView) => m.obj],
    nbytes: [(m: PyMemoryView) => m.length],
    readonly: [(m: PyMemoryView) => m.readonly_],
    itemsize: [() => 1],
    format: [() => 'B'],
    ndim: [() => 1],
    shape: [(m: PyMemoryView) => new PyTuple([m.length])],
    strides: [(m: PyMemoryView) => new PyTuple([m.step])],
    released: [(m: PyMemoryView) => m.released],
    contiguous: [(m: PyMemoryView) => m.step === 1],
  });
  attrs(t, { __hash__: None });
  void PyByteArray;
}

serial(PyMemoryView);
