// The iteration protocol. Builtin iterators are NativeIter subclasses whose
// next() returns a value, STOP when exhausted, or SUSPEND when it pushed
// frames (a generator, a Python __next__) whose result will be handed to the
// caller by the trampoline. for-loops use forNext (never nests); native code
// that must have the value now uses nextSync (nested VM loop if needed).

import { PyObject, T, STOP, SUSPEND, MISSING, None, type Py, serial } from './base';
import { PyBaseException } from './exceptions';
import { PyGenerator, genResume, genNextInline, GM } from './generator';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { TypeError, RuntimeError } from './raise';
import { typeOf, typeName } from './typeof';
import type { PyType } from './type';
import { callSpecial, descrGet } from './attrs';
import { NativeFrame } from '../vm/frame';
import { current, type Thread } from '../vm/thread';
import { callMethod0, callSync, callV } from '../vm/call';
import { runNested } from '../vm/run';
import { isFlat } from './strutil';
import { PyFunction } from './function';
import { PyBuiltin } from './builtinfunc';
import { getitem, richEqBool } from './protocol';

/** Base of builtin iterator objects. */
export abstract class NativeIter extends PyObject {
  /** Next value, STOP, or SUSPEND (see file comment). */
  abstract next(): Py;
}

export class ArrayIter extends NativeIter {
  i = 0;
  /** The list or tuple iterated, for __reduce__ (null for internal uses). */
  src: Py = null;
  constructor(public items: Py[], cls: any) {
    super(cls);
  }
  next(): Py {
    const a = this.items;
    if (this.i < a.length) return a[this.i++];
    this.items = EMPTY;
    return STOP;
  }
}
const EMPTY: Py[] = [];

/** The iterator of a list or tuple. */
export function seqIter(src: Py, items: Py[], cls: any): ArrayIter {
  const it = new ArrayIter(items, cls);
  it.src = src;
  return it;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export class StrIter extends NativeIter {
  i = 0;
  flat: boolean;
  constructor(public s: string) {
    // CPython names the iterator of an all-ASCII str str_ascii_iterator
    super(ASCII_ONLY.test(s) ? T.str_ascii_iterator : T.str_iterator);
    this.flat = isFlat(s);
  }
  next(): Py {
    const s = this.s, i = this.i;
    if (i >= s.length) return STOP;
    if (this.flat) {
      this.i = i + 1;
      return s[i];
    }
    const c = s.codePointAt(i)!;
    this.i = i + (c > 0xffff ? 2 : 1);
    return String.fromCodePoint(c);
  }
}

/** A fast iterator for small ranges: cur/stop/step as numbers. */
export class FastRangeIter extends NativeIter {
  constructor(public cur: number, public stop: number, public step: number) {
    super(T.range_iterator);
  }
  next(): Py {
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return STOP;
  }
}

/** MapIter.size of an exhausted iterator (it stays exhausted). */
const DONE = -2;

/** Iterates a Map-backed container, failing if its size changes. */
export class MapIter extends NativeIter {
  /** The live Map iterator; not serialized (a paused program's heap is
   * data), so a restored MapIter makes it again and skips `pos` entries. */
  jsIt: Iterator<Py> | undefined = undefined;
  pos = 0;
  size: number;
  /** Entries still to come: a dict whose keys were deleted and others
   * added (the size unchanged) is caught, as in CPython, instead of the
   * live iterator running on over the added keys for ever. */
  left: number;
  constructor(public d: PyDict | { m: Map<Py, Py>; orig?: (k: Py) => Py }, public kind: 0 | 1 | 2, cls: any, public what = 'dictionary') {
    super(cls);
    this.size = this.left = d.m.size;
  }
  next(): Py {
    if (this.size === DONE) return STOP;
    const d = this.d;
    const m = d.m;
    if (m.size !== this.size) {
      this.size = -1;
      throw RuntimeError(`${this.what} changed size during iteration`);
    }
    let it = this.jsIt;
    if (it === undefined) {
      it = this.jsIt = this.kind === 1 ? m.values() : this.kind === 0 ? m.keys() : m.entries();
      for (let i = 0; i < this.pos; i++) it.next();
    }
    const r = it.next();
    if (r.done) {
      this.size = DONE;
      this.jsIt = undefined;
      return STOP;
    }
    this.pos++;
    if (this.left === 0) {
      this.size = -1;
      throw RuntimeError(this.what === 'OrderedDict' ? 'OrderedDict mutated during iteration' : `${this.what} keys changed during iteration`);
    }
    this.left--;
    const v = r.value;
    if (this.kind === 1) return v;
    if (d instanceof PyDict) {
      if (this.kind === 0) return d.orig(v);
      // the entry array is new at every step, so it can be the tuple's own
      if (d.ok === null && d.hb === null) return new PyTuple(v);
      return new PyTuple([d.orig(v[0]), v[1]]);
    }
    if (this.kind === 0) return d.orig ? d.orig(v) : v;
    return new PyTuple([d.orig ? d.orig(v[0]) : v[0], v[1]]);
  }
}

/** iter(obj) for objects with only __getitem__ (the old sequence protocol). */
export class SeqIter extends NativeIter {
  i = 0;
  done = false;
  constructor(public seq: Py) {
    super(T.iterator);
  }
  next(): Py {
    if (this.done) return STOP;
    try {
      return getitem(this.seq, this.i++);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtype(T.IndexError) || e.cls.isSubtype(T.StopIteration))) {
        this.done = true;
        return STOP;
      }
      throw e;
    }
  }
}

/** iter(callable, sentinel) */
export class CallIter extends NativeIter {
  done = false;
  constructor(public fn: Py, public sentinel: Py) {
    super(T.callable_iterator);
  }
  next(): Py {
    if (this.done) return STOP;
    const v = callSync(this.fn, []);
    if (richEqBool(v, this.sentinel)) {
      this.done = true;
      return STOP;
    }
    return v;
  }
}

/** The __iter__ of the builtin iterator types: every one that returns
 * itself uses this function, which is how iter() knows to skip the call. */
export const returnSelf = (it: Py): Py => it;

/** The type's __iter__ is the iterators' `return self`. A builtin type's
 * answer never changes (its attributes cannot be set), so it is kept. */
function iterIsSelf(cls: PyType): boolean {
  if (cls.builtin && cls.iterSelf !== 0) return cls.iterSelf === 1;
  const m = cls.lookup('__iter__');
  const v = m instanceof PyBuiltin && m.impl === returnSelf;
  if (cls.builtin) cls.iterSelf = v ? 1 : 2;
  return v;
}

export function getIter(x: Py): Py {
  if (typeof x === 'string') return new StrIter(x);
  if (typeof x === 'object') {
    const cls = x.cls;
    if (cls === T.list) return seqIter(x, (x as PyList).items, T.list_iterator);
    if (cls === T.tuple) return seqIter(x, (x as PyTuple).items, T.tuple_iterator);
    if (cls === T.dict) return new MapIter(x as PyDict, 0, T.dict_keyiterator);
    if (x instanceof NativeIter && iterIsSelf(cls)) return x;
    if (x instanceof PyGenerator && cls === T.generator) return x;
  }
  const tp = typeOf(x);
  const m = tp.lookup('__iter__');
  if (m === None) throw TypeError(`'${tp.tpName ?? tp.name}' object is not iterable`);
  if (m === MISSING) {
    if (tp.lookup('__getitem__') !== MISSING) return new SeqIter(x);
    throw TypeError(`'${tp.tpName ?? tp.name}' object is not iterable`);
  }
  const it = callSpecial(x, '__iter__');
  const nt = typeOf(it);
  if (nt.lookup('__next__') === MISSING) throw TypeError(`iter() returned non-iterator of type '${nt.name}'`);
  return it;
}

/** Catches StopIteration raised by a Python __next__ and hands down STOP. */
class NextFrame extends NativeFrame {
  step(t: Thread): Py {
    const e = t.exc;
    if (e !== null) {
      t.exc = null;
      if (e.cls.isSubtype(T.StopIteration)) return STOP;
      throw e;
    }
    return t.rv;
  }
}

/** The next value of iterator `it` for a for-loop: value, STOP or SUSPEND.
 * Only lists, tuples and ranges are handled here: TurboFan inlines a
 * function into a loop only while the loop's inlined bytecode stays under a
 * budget, and a long forNext kept the loop's arithmetic from being inlined
 * (loops ran at 115 or 170 ms by which one won). */
export function forNext(t: Thread, it: Py): Py {
  if (it instanceof ArrayIter) {
    const a = it.items, i = it.i;
    if (i < a.length) {
      it.i = i + 1;
      return a[i];
    }
    it.items = EMPTY;
    return STOP;
  }
  if (it instanceof FastRangeIter) {
    const c = it.cur;
    if (it.step > 0 ? c < it.stop : c > it.stop) {
      it.cur = c + it.step;
      return c;
    }
    return STOP;
  }
  return forNextOther(t, it);
}

function forNextOther(t: Thread, it: Py): Py {
  // the common iterators inline: a single it.next() call site serving every
  // iterator class would be megamorphic
  if (it instanceof NativeIter) return it.next();
  if (it instanceof PyGenerator) return genNextInline(t, it);
  const tp = typeOf(it);
  const nx = tp.lookup('__next__');
  if (nx === MISSING) throw TypeError(`'${tp.name}' object is not an iterator`);
  if (nx instanceof PyFunction) {
    const cont = new NextFrame(t.frame);
    cont.back = t.frame;
    t.frame = cont;
    t.depth++;
    const r = callMethod0(t, it, '__next__');
    if (r === SUSPEND) return SUSPEND;
    // __next__ was not a frame after all (e.g. replaced in the instance)
    t.frame = cont.back;
    t.depth--;
    return r;
  }
  try {
    return callV(t, descrGet(nx, it, tp), [], null);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(T.StopIteration)) return STOP;
    throw e;
  }
}

/** The next value of `it` from native code: value or STOP. */
export function nextSync(it: Py): Py {
  const t = current;
  const base = t.frame;
  const r = forNext(t, it);
  if (r !== SUSPEND) return r;
  return runNested(t, base);
}

/** All values of iterable x, as a new JS array (callers may keep or change it). */
export function iterToArray(x: Py): Py[] {
  if (typeof x === 'object') {
    const cls = x.cls;
    if (cls === T.list || cls === T.tuple) return (x as PyList).items.slice();
    if (cls === T.dict) return (x as PyDict).keyArray();
    if (cls === T.dict_keys) return ((x as any).d as PyDict).keyArray();
    if (cls === T.dict_values) return Array.from(((x as any).d as PyDict).m.values());
  }
  const it = getIter(x);
  const out: Py[] = [];
  for (;;) {
    const v = nextSync(it);
    if (v === STOP) return out;
    out.push(v);
  }
}

/** Calls fn for each value of iterable x (stops early when fn returns true). */
export function iterate(x: Py, fn: (v: Py) => boolean | void): void {
  if (typeof x === 'object' && (x.cls === T.list || x.cls === T.tuple)) {
    const items = (x as PyList).items;
    for (let i = 0; i < items.length; i++) if (fn(items[i]) === true) return;
    return;
  }
  const it = getIter(x);
  for (;;) {
    const v = nextSync(it);
    if (v === STOP) return;
    if (fn(v) === true) return;
  }
}

/** The iterable-check error CPython raises for `for x in 5`. */
export function notIterable(x: Py) {
  return TypeError(`'${typeName(x)}' object is not iterable`);
}

serial(NextFrame, ArrayIter, CallIter, MapIter, SeqIter, StrIter, FastRangeIter);
