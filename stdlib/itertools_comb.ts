// The itertools that remember: the combinatoric iterators (product,
// permutations, combinations, combinations_with_replacement), which read
// their inputs into pools up front as CPython does, groupby with its
// _grouper views, and tee with its shared buffer of linked chunks.

import { STOP, SUSPEND, MISSING, None, type Py } from '../src/objects/base';
import { PyTuple } from '../src/objects/tuple';
import { forNext } from '../src/objects/iter';
import { richEqBool } from '../src/objects/protocol';
import { call1 } from '../src/vm/call';
import type { Thread } from '../src/vm/thread';
import type { PyType } from '../src/objects/type';
import { MachineIter } from './itertools_vm';
import { serial } from '../src/objects/base';

// ---- combinatorics ------------------------------------------------------------------

export class ProductIter extends MachineIter {
  idx: number[] | null = null;
  stopped = false;
  constructor(public pools: Py[][], cls: PyType) {
    super(cls);
  }
  resume(): Py {
    if (this.stopped) return STOP;
    const pools = this.pools;
    let idx = this.idx;
    if (idx === null) {
      for (const p of pools) {
        if (!p.length) {
          this.stopped = true;
          return STOP;
        }
      }
      idx = this.idx = new Array(pools.length).fill(0);
    } else {
      // odometer: bump the rightmost index, carrying leftwards
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        if (++idx[i] < pools[i].length) break;
        idx[i] = 0;
      }
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
    }
    const out = new Array(pools.length);
    for (let i = 0; i < pools.length; i++) out[i] = pools[i][idx[i]];
    return new PyTuple(out);
  }
}

export class CombinationsIter extends MachineIter {
  idx: number[] | null = null;
  stopped: boolean;
  constructor(public pool: Py[], public r: number, public replace: boolean, cls: PyType) {
    super(cls);
    this.stopped = replace ? pool.length === 0 && r > 0 : r > pool.length;
  }
  resume(): Py {
    if (this.stopped) return STOP;
    const n = this.pool.length, r = this.r;
    let idx = this.idx;
    if (idx === null) {
      idx = this.idx = new Array(r);
      for (let i = 0; i < r; i++) idx[i] = this.replace ? 0 : i;
    } else if (this.replace) {
      let i = r - 1;
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    } else {
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    const out = new Array(r);
    for (let i = 0; i < r; i++) out[i] = this.pool[idx[i]];
    return new PyTuple(out);
  }
}

export class PermutationsIter extends MachineIter {
  idx: number[];
  cycles: number[];
  first = true;
  stopped: boolean;
  constructor(public pool: Py[], public r: number, cls: PyType) {
    super(cls);
    const n = pool.length;
    this.stopped = r > n;
    this.idx = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
  }
  resume(): Py {
    if (this.stopped) return STOP;
    const n = this.pool.length, r = this.r, idx = this.idx, cycles = this.cycles;
    if (this.first) this.first = false;
    else {
      if (n === 0) {
        this.stopped = true;
        return STOP;
      }
      let i = r - 1;
      for (; i >= 0; i--) {
        if (--cycles[i] === 0) {
          // rotate idx[i:] left by one
          const x = idx[i];
          for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
          idx[n - 1] = x;
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i];
          const x = idx[i];
          idx[i] = idx[j];
          idx[j] = x;
          break;
        }
      }
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
    }
    const out = new Array(r);
    for (let i = 0; i < r; i++) out[i] = this.pool[idx[i]];
    return new PyTuple(out);
  }
}

// ---- groupby ------------------------------------------------------------------------------

/** Identity first, as PyObject_RichCompareBool does (NaN keys group). */
function sameKey(a: Py, b: Py): boolean {
  return a === b || richEqBool(a, b);
}

export class GroupbyIter extends MachineIter {
  tgtkey: Py = MISSING;
  currkey: Py = MISSING;
  currvalue: Py = MISSING;
  currgrouper: GrouperIter | null = null;
  newvalue: Py = null;
  constructor(public it: Py, public keyfunc: Py, cls: PyType, public grouperType: PyType) {
    super(cls);
  }
  /** Fetches the next value and its key: true when done, false when ended
   * (STOP), SUSPEND when waiting; pc tracks which wait (base + 0/1). */
  step(t: Thread, v: Py, base: number): Py {
    if (this.pc === base) {
      v = forNext(t, this.it);
      if (v === SUSPEND) {
        this.pc = base + 1;
        return SUSPEND;
      }
      this.pc = base + 1;
    }
    if (this.pc === base + 1) {
      if (v === STOP) {
        this.pc = base;
        return false;
      }
      this.newvalue = v;
      if (this.keyfunc !== None) {
        this.pc = base + 2;
        v = call1(t, this.keyfunc, v);
        if (v === SUSPEND) return SUSPEND;
      }
    }
    // pc base+2: v is the key
    this.currvalue = this.newvalue;
    this.newvalue = null;
    this.currkey = v;
    this.pc = base;
    return true;
  }
  resume(t: Thread, v: Py): Py {
    if (this.pc === 0) this.currgrouper = null;
    for (;;) {
      if (this.pc === 0) {
        if (this.currkey !== MISSING) {
          if (this.tgtkey === MISSING || !sameKey(this.tgtkey, this.currkey)) break;
        }
      }
      const r = this.step(t, v, 0);
      if (r === SUSPEND) return SUSPEND;
      if (r === false) return STOP;
    }
    this.tgtkey = this.currkey;
    const g = new GrouperIter(this, this.tgtkey, this.grouperType);
    this.currgrouper = g;
    return new PyTuple([this.currkey, g]);
  }
}

export class GrouperIter extends MachineIter {
  constructor(public parent: GroupbyIter, public tgtkey: Py, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    const gbo = this.parent;
    if (this.pc === 0) {
      if (gbo.currgrouper !== this) return STOP;
      if (gbo.currvalue === MISSING) gbo.pc = 10;
      else this.pc = 20;
    }
    if (this.pc !== 20) {
      // the parent's step machine runs with its pc offset by 10
      const r = gbo.step(t, v, 10);
      if (r === SUSPEND) {
        this.pc = 1;
        return SUSPEND;
      }
      gbo.pc = 0;
      if (r === false) return STOP;
    }
    if (!sameKey(this.tgtkey, gbo.currkey)) return STOP;
    const r = gbo.currvalue;
    gbo.currvalue = MISSING;
    gbo.currkey = MISSING;
    return r;
  }
}

// ---- tee -------------------------------------------------------------------------------------

const LINK_CELLS = 57;

class TeeLink {
  items: Py[] = [];
  next: TeeLink | null = null;
}

/** What the copies of one tee share: the source and the newest chunk. */
export class TeeSource {
  tail = new TeeLink();
  constructor(public it: Py) {}
}

export class TeeIter extends MachineIter {
  constructor(public src: TeeSource, public link: TeeLink, public idx: number, cls: PyType) {
    super(cls);
  }
  resume(t: Thread, v: Py): Py {
    for (;;) {
      if (this.pc === 0) {
        const link = this.link;
        if (this.idx < link.items.length) return link.items[this.idx++];
        if (this.idx === LINK_CELLS && link.next !== null) {
          this.link = link.next;
          this.idx = 0;
          continue;
        }
        v = forNext(t, this.src.it);
        if (v === SUSPEND) {
          this.pc = 1;
          return SUSPEND;
        }
      }
      this.pc = 0;
      if (v === STOP) return STOP;
      const src = this.src;
      if (src.tail.items.length === LINK_CELLS) {
        const l = new TeeLink();
        src.tail.next = l;
        src.tail = l;
      }
      src.tail.items.push(v);
    }
  }
  copy(): TeeIter {
    return new TeeIter(this.src, this.link, this.idx, this.cls);
  }
}

serial(CombinationsIter, GroupbyIter, GrouperIter, PermutationsIter, ProductIter, TeeIter);
