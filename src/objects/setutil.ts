// set and frozenset values: CPython's open-addressing table (setobject.c's
// layout and probing), so that iteration order — which programs print —
// is the same as CPython's for keys with deterministic hashes (ints,
// floats, tuples of them, None, bools ...).
//
// Slot i holds keys[i] (undefined: never used; DUMMY: deleted) and its
// 64-bit hash as (hh[2i], hh[2i+1]) = (hi, lo). Probing: start at
// hash & mask, look at up to LINEAR_PROBES following slots while they stay
// inside the table, then jump to (i*5 + 1 + perturb) & mask with perturb
// (the unsigned hash) shifted right by 5 each round.

import { PyObject, T, MISSING, type Py, serial } from './base';
import { PyFloat } from './float';
import { H, hash64 } from './hash';
import { richEqBool } from './protocol';
import { RuntimeError } from './raise';

const MINSIZE = 8;
const LINEAR_PROBES = 9;

/** Marks a deleted slot (a well-known sentinel, so that serialized sets
 * keep their layout; never a Python value). */
export const DUMMY: Py = MISSING;

/** A hash store: a plain array of doubles (cheaper to allocate than a
 * typed array, and the int32 halves stay unboxed in double elements). */
function hashArray(n: number): number[] {
  return new Array(n).fill(-0);
}

/** Key equality inside the table (hashes already equal). */
function keyEq(a: Py, b: Py): boolean {
  const ta = typeof a, tb = typeof b;
  if (ta === 'string' || tb === 'string') return false; // equal strs are ===
  if (ta !== 'object' && tb !== 'object') {
    // int/bool mixes: equal hashes of small values mean equal values
    return (ta === 'boolean' ? (a ? 1 : 0) : a) == (tb === 'boolean' ? (b ? 1 : 0) : b);
  }
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === T.float && b.cls === T.float) return a.v === b.v;
  return richEqBool(a, b);
}

export class PySet extends PyObject {
  keys_: Py[];
  hh: number[];
  mask = MINSIZE - 1;
  /** active + dummy slots */
  fill = 0;
  /** active slots */
  used = 0;
  /** where pop() looks next */
  finger = 0;
  /** cached frozenset hash */
  hashCache: number | bigint | null = null;

  constructor(cls?: any) {
    super(cls ?? T.set);
    this.keys_ = new Array(MINSIZE);
    this.hh = hashArray(2 * MINSIZE);
  }

  get size(): number {
    return this.used;
  }

  /** Slot of key (hash in hi/lo), or -1. */
  find(key: Py, hi: number, lo: number): number {
    for (;;) {
      const keys = this.keys_, hh = this.hh;
      let mask = this.mask;
      let i = lo & mask;
      let phi = hi >>> 0, plo = lo >>> 0;
      restart: for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === undefined) return -1;
          if (hh[2 * j + 1] === lo && hh[2 * j] === hi && k !== DUMMY) {
            if (k === key) return j;
            if (keyEq(k, key)) {
              if (this.keys_ !== keys || keys[j] !== k) break restart;
              return j;
            }
            if (this.keys_ !== keys || keys[j] !== k) break restart;
            mask = this.mask;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
      // the table changed under a comparison: start over
    }
  }

  has(key: Py): boolean {
    if (this.used === 0) {
      hash64(key); // unhashable keys still raise
      return false;
    }
    hash64(key);
    return this.find(key, H.hi, H.lo) >= 0;
  }

  /** Adds key; the hash is in (hi, lo). */
  addEntry(key: Py, hi: number, lo: number): void {
    restart: for (;;) {
      const keys = this.keys_, hh = this.hh;
      let mask = this.mask;
      let i = lo & mask;
      let phi = hi >>> 0, plo = lo >>> 0;
      let free = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === undefined) {
            if (free >= 0) {
              this.used++;
              keys[free] = key;
              hh[2 * free] = hi;
              hh[2 * free + 1] = lo;
              return;
            }
            this.fill++;
            this.used++;
            keys[j] = key;
            hh[2 * j] = hi;
            hh[2 * j + 1] = lo;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (k === DUMMY) free = j;
          else if (hh[2 * j + 1] === lo && hh[2 * j] === hi) {
            if (k === key) return;
            const eq = keyEq(k, key);
            if (this.keys_ !== keys || keys[j] !== k) continue restart;
            if (eq) return;
            mask = this.mask;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  add(key: Py): void {
    hash64(key);
    this.addEntry(key, H.hi, H.lo);
  }

  /** Removes key (hash in hi/lo); true when it was present. */
  discardEntry(key: Py, hi: number, lo: number): boolean {
    const j = this.find(key, hi, lo);
    if (j < 0) return false;
    this.keys_[j] = DUMMY;
    this.hh[2 * j] = -1;
    this.hh[2 * j + 1] = -1;
    this.used--;
    this.hashCache = null;
    return true;
  }

  discard(key: Py): boolean {
    hash64(key);
    return this.discardEntry(key, H.hi, H.lo);
  }

  /** Puts a key known to be absent into a table without dummies. */
  private insertClean(keys: Py[], hh: number[], mask: number, key: Py, hi: number, lo: number): void {
    let i = lo & mask;
    let phi = hi >>> 0, plo = lo >>> 0;
    for (;;) {
      if (keys[i] === undefined) break;
      if (i + LINEAR_PROBES <= mask) {
        let j = i + 1;
        const end = i + LINEAR_PROBES;
        for (; j <= end; j++) if (keys[j] === undefined) break;
        if (j <= end) {
          i = j;
          break;
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
    keys[i] = key;
    hh[2 * i] = hi;
    hh[2 * i + 1] = lo;
  }

  /** Rebuilds the table with the smallest power-of-two size > minused. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys_, oldHh = this.hh, oldMask = this.mask;
    if (size === MINSIZE && oldMask === MINSIZE - 1 && this.fill === this.used) return;
    const keys = new Array(size);
    const hh = hashArray(2 * size);
    const mask = size - 1;
    for (let j = 0; j <= oldMask; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(keys, hh, mask, k, oldHh[2 * j], oldHh[2 * j + 1]);
    }
    this.keys_ = keys;
    this.hh = hh;
    this.mask = mask;
    this.fill = this.used;
  }

  /** Adds every key of another set (CPython's set_merge). */
  merge(o: PySet): void {
    if (o === this || o.used === 0) return;
    if ((this.fill + o.used) * 5 >= this.mask * 3) this.resize((this.used + o.used) * 2);
    const ok = o.keys_, oh = o.hh;
    if (this.fill === 0) {
      const keys = this.keys_, hh = this.hh;
      if (this.mask === o.mask && o.fill === o.used) {
        for (let j = 0; j <= o.mask; j++) {
          const k = ok[j];
          if (k !== undefined) {
            keys[j] = k;
            hh[2 * j] = oh[2 * j];
            hh[2 * j + 1] = oh[2 * j + 1];
          }
        }
      } else {
        for (let j = 0; j <= o.mask; j++) {
          const k = ok[j];
          if (k !== undefined && k !== DUMMY) this.insertClean(keys, hh, this.mask, k, oh[2 * j], oh[2 * j + 1]);
        }
      }
      this.fill = this.used = o.used;
      this.hashCache = null;
      return;
    }
    for (let j = 0; j <= o.mask; j++) {
      const k = ok[j];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, oh[2 * j], oh[2 * j + 1]);
    }
  }

  /** Empties the set (back to the minimum table). */
  clear(): void {
    this.keys_ = new Array(MINSIZE);
    this.hh = hashArray(2 * MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = this.used = 0;
    this.hashCache = null;
  }

  /** Exchanges the contents of two sets (set_swap_bodies). */
  swap(o: PySet): void {
    const k = this.keys_, h = this.hh, m = this.mask, f = this.fill, u = this.used;
    this.keys_ = o.keys_;
    this.hh = o.hh;
    this.mask = o.mask;
    this.fill = o.fill;
    this.used = o.used;
    o.keys_ = k;
    o.hh = h;
    o.mask = m;
    o.fill = f;
    o.used = u;
    this.hashCache = o.hashCache = null;
  }

  /** Removes and returns an arbitrary key (the next one after the finger). */
  pop(): Py {
    const keys = this.keys_, mask = this.mask;
    let j = this.finger & mask;
    while (keys[j] === undefined || keys[j] === DUMMY) {
      j++;
      if (j > mask) j = 0;
    }
    const k = keys[j];
    keys[j] = DUMMY;
    this.hh[2 * j] = -1;
    this.hh[2 * j + 1] = -1;
    this.used--;
    this.finger = j + 1;
    return k;
  }

  /** The keys in table order. */
  items(): Py[] {
    const out = new Array(this.used);
    const keys = this.keys_;
    let n = 0;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) out[n++] = k;
    }
    return out;
  }

  *keys(): IterableIterator<Py> {
    const keys = this.keys_;
    const used = this.used;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) {
        yield k;
        if (this.used !== used) throw RuntimeError('Set changed size during iteration');
      }
    }
  }

  /** Calls fn(key, hi, lo) for each active slot, in table order. */
  forEach(fn: (k: Py, hi: number, lo: number) => void): void {
    const keys = this.keys_, hh = this.hh;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) fn(k, hh[2 * j], hh[2 * j + 1]);
    }
  }
}

/** A new set of the given items. */
export function makeSet(items: Py[], cls?: any): PySet {
  const s = new PySet(cls);
  for (let i = 0; i < items.length; i++) s.add(items[i]);
  return s;
}

/** The frozenset CPython's compiler makes for a constant set display: built
 * from the constants, then rebuilt from its own iteration order (the
 * constant-merging pass). Its table order is what `for x in {3, 1, 2}` sees. */
export function constFrozenset(items: Py[]): PySet {
  const first = makeSet(items, T.frozenset);
  return makeSet(first.items(), T.frozenset);
}

/** A set display whose (3 or more) elements are all constants: CPython
 * compiles it to BUILD_SET 0 + SET_UPDATE(constant frozenset), which lays
 * out the table differently from adding the elements one by one. */
export function constSet(items: Py[]): PySet {
  const s = new PySet(T.set);
  s.merge(constFrozenset(items));
  return s;
}

/** set.add for comprehensions. */
export function setAdd(s: PySet, x: Py): void {
  s.add(x);
}

serial(PySet);
