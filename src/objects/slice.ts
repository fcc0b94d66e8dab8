// slice: methods of slice objects.

import { T, None, NotImplemented, type Py } from './base';
import { PyType } from './type';
import { PySlice, sliceIndices } from './sliceutil';
import { PyTuple } from './tuple';
import { methods, staticMethods, getsets, attrs } from './typesetup';
import { TypeError, ValueError } from './raise';
import { repr, richCompare, Cmp } from './protocol';
import { indexNum } from './int';

export function setupSlice(): void {
  const t = T.slice;
  staticMethods(t, {
    __new__: ['cls, *args', (_cls: PyType, args: Py[]) => {
      if (args.length === 0) throw TypeError('slice expected at least 1 argument, got 0');
      if (args.length > 3) throw TypeError(`slice expected at most 3 arguments, got ${args.length}`);
      if (args.length === 1) return new PySlice(None, args[0], None);
      return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
    }],
  });
  const tup = (s: PySlice) => [s.start, s.stop, s.step];
  const cmp = (op: Cmp) => (a: PySlice, b: Py) => (b instanceof PySlice ? richCompare(new PyTuple(tup(a)), new PyTuple(tup(b)), op) : NotImplemented);
  methods(t, {
    __repr__: ['self, /', (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`],
    indices: ['self, length, /', (s: PySlice, n: Py) => {
      const len = indexNum(n);
      if (len < 0) throw ValueError('length should not be negative');
      const [a, b, c] = sliceIndices(s, len);
      return new PyTuple([a, b, c]);
    }],
    __eq__: ['self, value, /', cmp(Cmp.EQ)],
    __ne__: ['self, value, /', cmp(Cmp.NE)],
    __lt__: ['self, value, /', cmp(Cmp.LT)],
    __le__: ['self, value, /', cmp(Cmp.LE)],
    __gt__: ['self, value, /', cmp(Cmp.GT)],
    __ge__: ['self, value, /', cmp(Cmp.GE)],
    __reduce__: ['self, /', (s: PySlice) => new PyTuple([T.slice, new PyTuple(tup(s))])],
  });
  getsets(t, {
    start: [(s: PySlice) => s.start],
    stop: [(s: PySlice) => s.stop],
    step: [(s: PySlice) => s.step],
  });
  attrs(t, { __hash__: None });
}
