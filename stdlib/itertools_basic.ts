// The lazy one-pass iterators of itertools: count, cycle, repeat,
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
// islice, pairwise and zip_longest. Each is a machine (itertools_vm.ts):
// pulling from an inner iterator or calling a Python function may suspend,
// and the step continues where it stopped when the value arrives.

import { T, STOP, SUSPEND, None, MISSING, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { PyFloat } from '../src/objects/float';
import { PyComplex } from '../src/objects/complexutil';
import { getIter, forNext, iterToArray } from '../src/objects/iter';
import { TypeError, ValueError } from '../src/objects/raise';
import { typeOf } from '../src/objects/typeof';
import { truthy, repr } from '../src/objects/protocol';
import { add } from '../src/objects/ops';
import { intValue } from '../src/objects/intutil';
import { index } from '../src/objects/int';
import { call1, call2, callV } from '../src/vm/call';
import type { Thread } from '../src/vm/thread';
import type { PyType } from '../src/objects/type';
import { MachineIter, FRESH } from './itertools_vm';
import { serial } from '../src/objects/base';

// ---- count, cycle, repeat -------------------------------------------------------

/** PyNumber_Check: what count() accepts. */
function isNumber(x: Py): boolean {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return true;
  if (x instanceof PyFloat || x instanceof PyComplex) return true;
  const tp = typeOf(x);
  return tp.lookup('__index__') !== MISSING || tp.lookup('__int__') !== MISSING || tp.lookup('__float__') !== MISSING;
}

export class CountIter extends MachineIter {
  constructor(public cur: Py, public step: Py, cls: PyType) {
    super(cls);
  }
  resume(): Py {
    const c = this.cur, s = this.step;
    if (typeof c === 'number' && typeof s === 'number') {
      const n = c + s;
      if (Number.isSafeInteger(n)) {
        this.cur = n;
        return c;
      }
    }
    this.cur = add(c, s);
    return c;
  }
  reprText(): string {
    const iv = intValue(this.step);
    if (iv !== null && iv == 1) return `${typeOf(this).name}(${repr(this.cur)})`;
    return `${typeOf(this).name}(${repr(this.cur)}, ${repr(this.step)})`;
  }
}

export function newCount(cls: PyType, start: Py, step: Py): CountIter {
  if (!isNumber(start) || !isNumber(step)) throw TypeError('a number is required');
  return new CountIter(start, step, cls);
}

export class CycleIter extends MachineIter {
  saved: Py[] = [];
  i = 0;
  /** The source, until it is exhausted (then the saved items repeat). */
  it: Py;
  constructor(it: Py, cls: PyType) {
    super(cls);
    this.it = it;
  }
  resume(t: Thread, v: Py): Py {
    if (this.it !== null) {
      if (v === FRESH) {
        v = forNext(t, this.it);
        if (v === SUSPEND) return SUSPEND;
      }
      if (v !== STOP) {
        this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    const s = this.saved;
    if (!s.length) return STOP;
    if (this.i >= s.length) this.i = 0;
    return s[this.i++];
  }
}

export class RepeatIter extends MachineIter {
  /** Remaining count, or -1 for forever. */
  constructor(public obj: Py, public left: number, cls: PyType) {
    super(cls);
  }
  resume(): Py {
    if (this.left === 0) return STOP;
    if (this.left > 0) this.left--;
    return this.obj;
  }
}

// ---- accumulate -------------------------------------------------------------------

export class AccumulateIter extends MachineIter {
  total: Py = MISSING;
  constructor(public it: Py, public func: Py, public initial: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    switch (this.pc) {
      case 0:
        if (this.initial !== None) {
          this.total = this.initial;
          this.initial = None;
          return this.total;
        }
        v = forNext(t, this.it);
        if (v === SUSPEND) {
          this.pc = 1;
          return SUSPEND;
        }
      // falls through
      case 1:
        if (v === STOP) return STOP;
        if (this.total === MISSING) return (this.total = v);
        if (this.func === None) return (this.total = add(this.total, v));
        v = call2(t, this.func, this.total, v);
        if (v === SUSPEND) {
          this.pc = 2;
          return SUSPEND;
        }
      // falls through
      default:
        return (this.total = v);
    }
  }
}

// ---- chain ------------------------------------------------------------------------

export class ChainIter extends MachineIter {
  active: Py = null;
  constructor(public source: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      switch (this.pc) {
        case 0:
          if (this.active !== null) {
            this.pc = 2;
            continue;
          }
          if (this.source === null) return STOP;
          v = forNext(t, this.source);
          if (v === SUSPEND) {
            this.pc = 1;
            return SUSPEND;
          }
        // falls through
        case 1:
          if (v === STOP) {
            this.source = null;
            return STOP;
          }
          try {
            this.active = getIter(v);
          } catch (e) {
            this.source = null;
            throw e;
          }
        // falls through
        case 2:
          v = forNext(t, this.active);
          if (v === SUSPEND) {
            this.pc = 3;
            return SUSPEND;
          }
        // falls through
        default:
          if (v !== STOP) return v;
          this.active = null;
          this.pc = 0;
      }
    }
  }
}

// ---- predicates ---------------------------------------------------------------------

export const enum Pred {
  DropWhile,
  TakeWhile,
  FilterFalse,
}

/** dropwhile, takewhile and filterfalse: items tested by a predicate. */
export class PredIter extends MachineIter {
  item: Py = null;
  /** dropwhile: still dropping; takewhile: still taking. */
  active = true;
  constructor(public kind: Pred, public pred: Py, public it: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      switch (this.pc) {
        case 0:
          if (this.kind === Pred.TakeWhile && !this.active) return STOP;
          v = forNext(t, this.it);
          if (v === SUSPEND) {
            this.pc = 1;
            return SUSPEND;
          }
        // falls through
        case 1:
          if (v === STOP) return STOP;
          if (this.kind === Pred.DropWhile && !this.active) return v;
          this.item = v;
          if (this.kind === Pred.FilterFalse && this.pred === None) v = truthy(v);
          else {
            v = call1(t, this.pred, v);
            if (v === SUSPEND) {
              this.pc = 2;
              return SUSPEND;
            }
          }
        // falls through
        default: {
          const ok = truthy(v);
          const item = this.item;
          this.item = null;
          this.pc = 0;
          if (this.kind === Pred.DropWhile) {
            if (ok) continue;
            this.active = false;
            return item;
          }
          if (this.kind === Pred.TakeWhile) {
            if (ok) return item;
            this.active = false;
            return STOP;
          }
          if (!ok) return item;
        }
      }
    }
  }
}

export class CompressIter extends MachineIter {
  item: Py = null;
  constructor(public data: Py, public sel: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      switch (this.pc) {
        case 0:
          v = forNext(t, this.data);
          if (v === SUSPEND) {
            this.pc = 1;
            return SUSPEND;
          }
        // falls through
        case 1:
          if (v === STOP) return STOP;
          this.item = v;
          v = forNext(t, this.sel);
          if (v === SUSPEND) {
            this.pc = 2;
            return SUSPEND;
          }
        // falls through
        default:
          this.pc = 0;
          if (v === STOP) return STOP;
          if (truthy(v)) return this.item;
      }
    }
  }
}

export class StarmapIter extends MachineIter {
  constructor(public func: Py, public it: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    if (this.pc === 0) {
      v = forNext(t, this.it);
      if (v === SUSPEND) {
        this.pc = 1;
        return SUSPEND;
      }
    }
    if (this.pc <= 1) {
      if (v === STOP) return STOP;
      const args = v instanceof PyTuple && v.cls === T.tuple ? v.items : iterToArray(v);
      this.pc = 2;
      return callV(t, this.func, args, null);
    }
    return v;
  }
}

// ---- islice ----------------------------------------------------------------------------

export class IsliceIter extends MachineIter {
  cnt = 0;
  constructor(public it: Py, public nextIdx: number, public stop: number, public step: number, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      if (this.it === null) return STOP;
      if (this.pc === 1) {
        // a skipped item arrived
        if (v === STOP) return this.finish();
        this.cnt++;
        this.pc = 0;
      }
      if (this.pc === 0) {
        if (this.cnt < this.nextIdx) {
          v = forNext(t, this.it);
          if (v === SUSPEND) {
            this.pc = 1;
            return SUSPEND;
          }
          if (v === STOP) return this.finish();
          this.cnt++;
          continue;
        }
        if (this.stop !== -1 && this.cnt >= this.stop) return this.finish();
        v = forNext(t, this.it);
        if (v === SUSPEND) {
          this.pc = 2;
          return SUSPEND;
        }
      }
      // pc 2: the selected item
      if (v === STOP) return this.finish();
      this.cnt++;
      this.nextIdx += this.step;
      if (this.stop !== -1 && this.nextIdx > this.stop) this.nextIdx = this.stop;
      return v;
    }
  }
  private finish(): Py {
    this.it = null;
    return STOP;
  }
}

const MAXSIZE = Number.MAX_SAFE_INTEGER;

function sliceArg(x: Py, msg: string): number {
  if (x === None) return -1;
  let v: number | bigint;
  try {
    v = index(x);
  } catch {
    throw ValueError(msg);
  }
  if (v < 0 || v > MAXSIZE) throw ValueError(msg);
  return Number(v);
}

/** islice(iterable, stop) or islice(iterable, start, stop[, step]). */
export function newIslice(cls: PyType, args: Py[]): IsliceIter {
  const seq = args[0];
  const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0, stop: number, step = 1;
  if (args.length === 2) stop = sliceArg(args[1], STOP_MSG);
  else {
    const a1 = args[1];
    stop = sliceArg(args[2], STOP_MSG);
    if (a1 !== None) start = sliceArg(a1, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (args.length === 4 && args[3] !== None) {
      let s: number | bigint;
      try {
        s = index(args[3]);
      } catch {
        s = -1;
      }
      if (s < 1 || s > MAXSIZE) throw ValueError('Step for islice() must be a positive integer or None.');
      step = Number(s);
    }
  }
  return new IsliceIter(getIter(seq), start, stop, step, cls);
}

// ---- pairwise, zip_longest ---------------------------------------------------------------

export class PairwiseIter extends MachineIter {
  old: Py = MISSING;
  constructor(public it: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      if (this.it === null) return STOP;
      if (this.pc === 0) {
        v = forNext(t, this.it);
        if (v === SUSPEND) {
          this.pc = 1;
          return SUSPEND;
        }
      }
      this.pc = 0;
      if (v === STOP) {
        this.it = null;
        this.old = MISSING;
        return STOP;
      }
      if (this.old === MISSING) {
        this.old = v;
        continue;
      }
      const r = new PyTuple([this.old, v]);
      this.old = v;
      return r;
    }
  }
}

export class ZipLongestIter extends MachineIter {
  vals: Py[] = [];
  k = 0;
  active: number;
  constructor(public its: (Py | null)[], public fill: Py, cls: PyType) {
    super(cls);
    this.active = its.length;
  }
  resume(t: Thread, v: Py): Py {
    if (this.pc === 0) {
      if (!this.its.length || this.active === 0) return STOP;
      this.vals = [];
      this.k = 0;
    }
    const its = this.its;
    while (this.k < its.length) {
      const it = its[this.k];
      if (this.pc !== 2) {
        if (it === null) {
          this.vals.push(this.fill);
          this.k++;
          continue;
        }
        v = forNext(t, it);
        if (v === SUSPEND) {
          this.pc = 2;
          return SUSPEND;
        }
      }
      this.pc = 1;
      if (v === STOP) {
        its[this.k] = null;
        if (--this.active === 0) return STOP;
        v = this.fill;
      }
      this.vals.push(v);
      this.k++;
    }
    return new PyTuple(this.vals);
  }
}

serial(AccumulateIter, ChainIter, CompressIter, CountIter, CycleIter, IsliceIter, PairwiseIter, PredIter, RepeatIter, StarmapIter, ZipLongestIter);
