// The builtin iterator types (list_iterator, dict_keyiterator ...) and the
// lazy builtins enumerate, zip, map, filter and reversed. Their next() is
// VM-aware: when an inner iterator or a Python function suspends, a small
// continuation frame finishes the step when the value arrives, so a
// generator consumed through map() can still block and switch threads.

import { T, None, STOP, SUSPEND, MISSING, type Py, serial } from './base';
import { PyType } from './type';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { methods, staticMethods, getsets } from './typesetup';
import { NativeIter, ArrayIter, MapIter, StrIter, SeqIter, CallIter, getIter, forNext, returnSelf } from './iter';
import { RangeIter, FastRangeIter } from './range';
import { SetIter } from './set';
import { TypeError, ValueError, StopIteration } from './raise';
import { typeOf, typeName } from './typeof';
import { truthy, len, getitem, repr } from './protocol';
import { callSpecial } from './attrs';
import { indexNum, index } from './int';
import { NativeFrame, type Frame } from '../vm/frame';
import { MachineIter } from '../vm/machine';
import { current, type Thread } from '../vm/thread';
import { callV, call1 } from '../vm/call';
import { intValue } from './intutil';

/** Puts continuation `cont` directly below the frame just pushed on t. */
export function under(t: Thread, cont: Frame, base?: Frame | null): void {
  // With `base` (the top when the suspending operation started), cont goes
  // directly above it: a nested native iterator may already have put its
  // own continuation between base and the frame it pushed.
  if (base !== undefined && t.frame !== base) {
    let f = t.frame!;
    while (f.back !== base) f = f.back!;
    cont.back = base;
    f.back = cont;
    t.depth++;
    return;
  }
  const top = t.frame!;
  cont.back = top.back;
  top.back = cont;
  t.depth++;
}

/** A continuation running `then` on the value handed down (STOP passes
 * through unless `then` handles it); `then` may itself suspend once more. */
class Then extends NativeFrame {
  phase = 0;
  constructor(public then: (v: Py) => Py) {
    super(null);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (this.phase === 0) {
      this.phase = 1;
      const r = this.then(t.rv);
      return r;
    }
    return t.rv;
  }
}

/** next(it) followed by then(value), suspending if needed. */
export function nextThen(t: Thread, it: Py, then: (v: Py) => Py): Py {
  const base = t.frame;
  const r = forNext(t, it);
  if (r === SUSPEND) {
    under(t, new Then(then), base);
    return SUSPEND;
  }
  return then(r);
}

/** Raises StopIteration for STOP, when __next__ is called from Python. */
class StopToRaise extends NativeFrame {
  constructor() {
    super(null);
  }
  step(t: Thread): Py {
    if (t.exc) {
      const e = t.exc;
      t.exc = null;
      throw e;
    }
    if (t.rv === STOP) throw StopIteration();
    return t.rv;
  }
}

/** it.__next__() for a NativeIter, from Python. */
function nativeNext(it: NativeIter): Py {
  const base = current.frame;
  const r = it.next();
  if (r === STOP) throw StopIteration();
  if (r === SUSPEND) under(current, new StopToRaise(), base);
  return r;
}

export class EnumerateIter extends NativeIter {
  constructor(public it: Py, public i: number | bigint, cls: PyType) {
    super(cls);
  }
  next(): Py {
    return nextThen(current, this.it, (v) => {
      if (v === STOP) return STOP;
      const i = this.i;
      this.i = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : BigInt(i) + 1n;
      return new PyTuple([i, v]);
    });
  }
}

export class ZipIter extends NativeIter {
  done = false;
  constructor(public its: Py[], public strict: boolean, cls: PyType) {
    super(cls);
  }
  next(): Py {
    if (this.done || !this.its.length) return STOP;
    return this.collect(current, 0, []);
  }
  private collect(t: Thread, i: number, vals: Py[]): Py {
    while (i < this.its.length) {
      const k = i;
      const base = t.frame;
      const r = forNext(t, this.its[k]);
      if (r === SUSPEND) {
        under(t, new Then((v) => this.got(t, k, vals, v)), base);
        return SUSPEND;
      }
      const x = this.got(t, k, vals, r, true);
      if (x !== undefined) return x;
      i++;
    }
    return new PyTuple(vals);
  }
  /** Records value v of iterator k; returns the step's result when done. */
  private got(t: Thread, k: number, vals: Py[], v: Py, inline = false): Py {
    if (v === STOP) {
      this.done = true;
      if (this.strict) {
        if (k > 0) throw ValueError(`zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`);
        for (let j = 1; j < this.its.length; j++) {
          const r = forNext(t, this.its[j]);
          if (r !== STOP) throw ValueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
        }
      }
      return STOP;
    }
    vals.push(v);
    if (inline) return undefined;
    return this.collect(t, k + 1, vals);
  }
}

export class MapIterObj extends NativeIter {
  constructor(public fn: Py, public its: Py[], cls: PyType) {
    super(cls);
  }
  next(): Py {
    const t = current;
    if (this.its.length === 1) {
      return nextThen(t, this.its[0], (v) => (v === STOP ? STOP : call1(t, this.fn, v)));
    }
    const vals: Py[] = [];
    const step = (i: number): Py => {
      while (i < this.its.length) {
        const k = i;
        const base = t.frame;
        const r = forNext(t, this.its[k]);
        if (r === SUSPEND) {
          under(t, new Then((v) => (v === STOP ? STOP : (vals.push(v), step(k + 1)))), base);
          return SUSPEND;
        }
        if (r === STOP) return STOP;
        vals.push(r);
        i++;
      }
      return callV(t, this.fn, vals, null);
    };
    return step(0);
  }
}

/** filter(): a machine, so that a long run of rejected items from a
 * generator (or a Python predicate) never deepens the frame stack. */
export class FilterIter extends MachineIter {
  cur: Py = null;
  constructor(public fn: Py, public it: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      if (this.pc === 0) {
        // fetch the next item
        const r = forNext(t, this.it);
        if (r === SUSPEND) {
          this.pc = 1;
          return SUSPEND;
        }
        v = r;
        this.pc = 1;
      }
      if (this.pc === 1) {
        // test the item v
        if (v === STOP) return STOP;
        if (this.fn === None) {
          if (truthy(v)) return v;
          this.pc = 0;
          continue;
        }
        this.cur = v;
        const r = call1(t, this.fn, v);
        this.pc = 2;
        if (r === SUSPEND) return SUSPEND;
        v = r;
      }
      // v is the predicate's result
      const item = this.cur;
      this.cur = null;
      this.pc = 0;
      if (truthy(v)) return item;
    }
  }
}

export class ReversedIter extends NativeIter {
  constructor(public seq: Py, public i: number, cls: PyType) {
    super(cls);
  }
  next(): Py {
    if (this.i < 0) return STOP;
    try {
      return getitem(this.seq, this.i--);
    } catch (e: any) {
      if (e?.cls?.isSubtype(T.IndexError) || e?.cls?.isSubtype(T.StopIteration)) {
        this.i = -1;
        return STOP;
      }
      throw e;
    }
  }
}

function lengthHint(it: Py): number {
  if (it instanceof ArrayIter) return Math.max(0, it.items.length - it.i);
  if (it instanceof RangeIter) return Math.max(0, Number(it.r.n - it.i));
  if (it instanceof FastRangeIter) return Math.max(0, Math.ceil((it.stop - it.cur) / it.step));
  if (it instanceof StrIter) return Math.max(0, it.s.length - it.i);
  if (it instanceof MapIter) return it.size < 0 ? 0 : it.left;
  if (it instanceof SetIter) return it.s !== null && it.s.used === it.used ? it.left : 0;
  return 0;
}

export function setupIterators(): void {
  const base = [
    T.list_iterator, T.list_reverseiterator, T.tuple_iterator, T.str_iterator, T.str_ascii_iterator, T.dict_keyiterator, T.dict_valueiterator,
    T.dict_itemiterator, T.dict_reversekeyiterator, T.set_iterator, T.range_iterator, T.iterator, T.callable_iterator,
    T.bytes_iterator, T.bytearray_iterator, T.generic_iterator,
  ];
  // iterator is the shared protocol type; the others delegate to it
  for (const t of base) {
    methods(t, {
      __iter__: ['self, /', returnSelf],
      __next__: ['self, /', (it: Py) => nativeNext(it)],
      __length_hint__: ['self, /', (it: Py) => lengthHint(it)],
    });
  }
  for (const t of [T.list_iterator, T.tuple_iterator]) {
    methods(t, {
      // copy and pickle: iter(seq) advanced to the same position
      __reduce__: ['self, /', (it: ArrayIter) => {
        const iterFn = current.interp.builtinsDict.getS('iter')!;
        if (it.src === null || it.i >= it.items.length) return new PyTuple([iterFn, new PyTuple([new PyList([])])]);
        return new PyTuple([iterFn, new PyTuple([it.src]), it.i]);
      }],
      __setstate__: ['self, state, /', (it: ArrayIter, st: Py) => {
        const i = index(st);
        it.i = Math.max(0, Math.min(Number(i), it.items.length));
        return None;
      }],
    });
  }
  for (const t of [T.enumerate, T.zip, T.map, T.filter, T.reversed]) {
    methods(t, {
      __iter__: ['self, /', returnSelf],
      __next__: ['self, /', (it: Py) => nativeNext(it)],
    });
  }
  staticMethods(T.enumerate, {
    __new__: ['cls, iterable, start=0', (cls: PyType, it: Py, start: Py) => {
      const s = intValue(start);
      if (s === null) throw TypeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
      return new EnumerateIter(getIter(it), s, cls);
    }],
  });
  staticMethods(T.zip, {
    __new__: ['cls, *iterables, strict=False', (cls: PyType, its: Py[], strict: Py) => new ZipIter(its.map((x, i) => {
      try {
        return getIter(x);
      } catch (e: any) {
        void i;
        throw e;
      }
    }), truthy(strict), cls)],
  });
  staticMethods(T.map, {
    __new__: ['cls, func, *iterables', (cls: PyType, fn: Py, its: Py[]) => {
      if (!its.length) throw TypeError('map() must have at least two arguments.');
      return new MapIterObj(fn, its.map(getIter), cls);
    }],
  });
  staticMethods(T.filter, {
    __new__: ['cls, function, iterable, /', (cls: PyType, fn: Py, it: Py) => new FilterIter(fn, getIter(it), cls)],
  });
  staticMethods(T.reversed, {
    __new__: ['cls, sequence, /', (cls: PyType, seq: Py) => {
      const r = typeOf(seq).lookup('__reversed__');
      if (r === None) throw TypeError(`'${typeName(seq)}' object is not reversible`);
      if (r !== MISSING) return callSpecial(seq, '__reversed__');
      if (typeOf(seq).lookup('__getitem__') === MISSING || typeOf(seq).lookup('__len__') === MISSING || seq instanceof PyDict) {
        throw TypeError(`'${typeName(seq)}' object is not reversible`);
      }
      return new ReversedIter(seq, len(seq) - 1, cls);
    }],
  });
  T.reversed.vnew = (a) => {
    const seq = a[0];
    if (a.length !== 1 || !(seq instanceof PyTuple) || seq.cls !== T.tuple) return undefined;
    return new ReversedIter(seq, seq.items.length - 1, T.reversed);
  };
  methods(T.reversed, {
    __length_hint__: ['self, /', (it: ReversedIter) => it.i + 1],
  });
  void SeqIter;
  void CallIter;
  void indexNum;
  void repr;
}

serial(StopToRaise, Then, EnumerateIter, FilterIter, MapIterObj, ReversedIter, ZipIter);
