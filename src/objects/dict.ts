// dict: insertion-ordered hash map with Python key semantics.
//
// Storage is one JS Map from a *normalized key* to the value, so that order
// is Map's insertion order and string keys (attribute dicts, globals, kwargs)
// cost one native Map lookup. Normalization makes equal keys identical:
//   str -> itself; int -> number/bigint; True/False -> 1/0; integral float ->
//   the int; other float -> its JS number (never integral, so never an int);
//   objects hashed by identity -> the object itself;
//   anything else (tuples, frozensets, user __hash__/__eq__) -> a HashToken
//   found through a bucket table keyed by hash() and compared with ==.
// When the normalized key is not the key object itself, the first key
// inserted is remembered in `ok` (Python keeps the first key: {1: a, True: b}
// is {1: b}).
//
// Instance dicts start *split* (CPython's shared-key dicts): the keys live
// in a Shape shared by every dict that got the same keys in the same order,
// the values in an array. An attribute site then caches (shape, index) and
// reads the value without hashing, and a tree of 80,000 nodes costs one
// array per node instead of a Map. Any other use of the dict (`m`) turns it
// into an ordinary Map-backed dict first, for good.

import { PyObject, T, None, type Py, serial } from './base';
import { PyFloat } from './float';
import { PyComplex } from './complexutil';
import { hash32, tupleHash32 } from './hash';
import { hashOf, richEqBool, keyKindOf } from './protocol';
import { KeyKind } from './type';

/** Stands in a Map for a key that needs hash()/== to be compared; tokens
 * with equal hash32 values are chained through `next`. */
export class HashToken {
  next: HashToken | null = null;
  /** The key's value, also kept here: a lookup by hash then needs no second
   * Map lookup (large dicts spend their time in cache misses). A token is
   * in the buckets exactly while it is a key of `m`. */
  v: Py | undefined = undefined;
  constructor(public key: Py, public hash: number) {}
}

/** Key equality for the hash-bucket path: structural for tuples of simple
 * values (no Python-level __eq__ call), == otherwise. */
function keyEq(a: Py, b: Py): boolean {
  if (a === b) return true;
  const ta = typeof a, tb = typeof b;
  if (ta !== 'object' && tb !== 'object') {
    if (ta === 'string' || tb === 'string') return false;
    return (ta === 'boolean' ? (a ? 1 : 0) : a) == (tb === 'boolean' ? (b ? 1 : 0) : b);
  }
  if (ta === 'object' && tb === 'object') {
    const ca = a.cls, cb = b.cls;
    if (ca === T.tuple && cb === T.tuple) {
      const x = a.items, y = b.items;
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!keyEq(x[i], y[i])) return false;
      return true;
    }
    if (ca === T.float && cb === T.float) return a.v === b.v;
  }
  return richEqBool(a, b);
}

/** The normalized key of a primitive-like key, or undefined when the key
 * needs the hash-bucket path. */
function fastKey(k: Py): Py {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat && k.cls === T.float) {
    const v = k.v;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
    if (v !== v) return k; // each NaN object is its own key
    return v;
  }
  if (k === None) return k;
  // complex(x, 0) == x: keyed like the float x
  if (k instanceof PyComplex && k.cls === T.complex && k.im === 0) {
    const v = k.re;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
    if (v !== v) return k;
    return v;
  }
  const nk = (k as PyObject).cls.numKey;
  if (nk !== null) {
    const v = nk(k);
    if (v !== undefined) return fastKey(v);
  }
  switch (keyKindOf(k)) {
    case KeyKind.Identity:
      return k;
    case KeyKind.Str:
    case KeyKind.Int:
      return k.v;
  }
  return undefined;
}

/** The keys of split dicts, in insertion order; a key's index is its value's
 * place in PyDict.vals. Shapes form one global tree of transitions (a key
 * appended), so an attribute site's cached index holds for any class. */
export class Shape {
  next: Map<string, Shape> | null = null;
  constructor(
    public keys: string[],
    public idx: Map<string, number>,
  ) {}

  /** The shape with name appended; null when the dict should stop being
   * split (many keys, or a program inventing attribute names). */
  add(name: string): Shape | null {
    let s = this.next === null ? undefined : this.next.get(name);
    if (s !== undefined) return s;
    if (this.keys.length >= 40 || shapeCount >= 20000 || (this.next !== null && this.next.size >= 64)) return null;
    const idx = new Map(this.idx);
    idx.set(name, this.keys.length);
    s = new Shape([...this.keys, name], idx);
    (this.next ??= new Map()).set(name, s);
    shapeCount++;
    return s;
  }
}

let shapeCount = 0;
const ROOT_SHAPE = new Shape([], new Map());

export class PyDict extends PyObject {
  /** The Map of a combined dict; null while split. Use `m` outside this
   * file. */
  _m: Map<Py, Py> | null;
  /** A split dict's keys and values (null once combined); vals may have
   * room past the shape's keys. */
  shape: Shape | null = null;
  vals: Py[] | null = null;
  /** normalized key -> original key, where they differ */
  ok: Map<Py, Py> | null = null;
  /** hash32 -> first token of its chain, for keys compared by hash()/== */
  hb: Map<number, HashToken> | null = null;
  /** Bumped by every change of a key's value or presence: a global-name
   * cache entry (R.glc) stays valid while its dicts keep their versions.
   * Code that changes `m` directly bumps it too. */
  ver = 0;

  constructor(cls?: any, split = false) {
    super(cls ?? T.dict);
    if (split) {
      this._m = null;
      this.shape = ROOT_SHAPE;
      // room for a few attributes (a push would reserve 17); generic from
      // the start, or a first large int would make it a double array (see
      // Frame)
      const vals = new Array(4);
      vals[0] = undefined;
      this.vals = vals;
    } else this._m = new Map();
  }

  /** The Map of keys to values (a split dict becomes combined here). */
  get m(): Map<Py, Py> {
    const m = this._m;
    return m !== null ? m : this.combine();
  }
  set m(m: Map<Py, Py>) {
    this._m = m;
    this.shape = null;
    this.vals = null;
  }

  private combine(): Map<Py, Py> {
    const m = new Map<Py, Py>();
    const keys = this.shape!.keys, vals = this.vals!;
    for (let i = 0; i < keys.length; i++) m.set(keys[i], vals[i]);
    this._m = m;
    this.shape = null;
    this.vals = null;
    return m;
  }

  get size(): number {
    const m = this._m;
    return m !== null ? m.size : this.shape!.keys.length;
  }

  /** Normalized key of k; with `insert`, creates a token for a new key. */
  nk(k: Py, insert: boolean): Py {
    // exact tuples first: they always take the hash path, and fastKey's
    // tests for the other kinds cost a tuple-keyed lookup about a tenth
    if (typeof k === 'object' && k.cls === T.tuple) return this.token(k, tupleHash32(k.items), insert);
    const f = fastKey(k);
    if (f !== undefined) {
      if (this.hb !== null && !this.m.has(f)) {
        const tok = this.tokenEqual(k);
        if (tok !== undefined) return tok;
      }
      return f;
    }
    return this.token(k, hash32(k), insert);
  }

  /** The token of key k (hash32 h), made when absent and `insert`. */
  private token(k: Py, h: number, insert: boolean): HashToken | undefined {
    const first = this.hb === null ? undefined : this.hb.get(h);
    for (let tok: HashToken | null | undefined = first; tok; tok = tok.next) if (keyEq(tok.key, k)) return tok;
    if (!insert) return undefined;
    const tok = new HashToken(k, h);
    if (first) {
      tok.next = first.next;
      first.next = tok;
    } else (this.hb ??= new Map()).set(h, tok);
    return tok;
  }

  /** The token of a key compared by hash()/== that equals k (a str, int or
   * float that was not found under its own normalized key): an object
   * whose __eq__ and __hash__ make it equal to that value. */
  private tokenEqual(k: Py): HashToken | undefined {
    const h = hash32(k);
    for (let tok: HashToken | null | undefined = this.hb!.get(h); tok; tok = tok.next) if (keyEq(tok.key, k)) return tok;
    return undefined;
  }

  /** Recomputes the hash buckets (after a heap moved to another process,
   * where identity-based hashes differ). */
  rehash(): void {
    if (!this.hb) return;
    const tokens: HashToken[] = [];
    for (const head of this.hb.values()) for (let t: HashToken | null = head; t; t = t.next) tokens.push(t);
    this.hb = new Map();
    for (const tok of tokens) {
      tok.hash = hash32(tok.key);
      const first = this.hb.get(tok.hash);
      if (first) {
        tok.next = first.next;
        first.next = tok;
      } else {
        tok.next = null;
        this.hb.set(tok.hash, tok);
      }
    }
  }

  // str and int keys are their own normalized keys (Map's SameValueZero
  // already makes 0 and -0 one key; Python ints are never NaN)
  get(k: Py): Py | undefined {
    if (this.shape !== null && typeof k === 'string') return this.getS(k);
    if (typeof k === 'string' || typeof k === 'number') {
      const v = this.m.get(k);
      if (v !== undefined || this.hb === null) return v;
      const tok = this.tokenEqual(k);
      return tok === undefined ? undefined : tok.v;
    }
    const n = this.nk(k, false);
    if (n === undefined) return undefined;
    return n instanceof HashToken ? n.v : this.m.get(n);
  }

  has(k: Py): boolean {
    if (this.shape !== null && typeof k === 'string') return this.shape.idx.has(k);
    if (typeof k === 'string' || typeof k === 'number') return this.m.has(k) || (this.hb !== null && this.tokenEqual(k) !== undefined);
    const n = this.nk(k, false);
    return n !== undefined && (n instanceof HashToken || this.m.has(n));
  }

  set(k: Py, v: Py): void {
    if (this.shape !== null && typeof k === 'string') {
      this.setS(k, v);
      return;
    }
    if ((typeof k === 'string' || typeof k === 'number') && this.hb === null) {
      if (this.order !== null && !this.m.has(k)) this.noteInsert(k);
      this.m.set(k, v);
      this.ver++;
      return;
    }
    const n = this.nk(k, true);
    if (n !== k && !(n instanceof HashToken) && !this.m.has(n)) {
      (this.ok ??= new Map()).set(n, k);
    }
    if (this.order !== null && !this.m.has(n)) this.noteInsert(n);
    this.m.set(n, v);
    if (n instanceof HashToken) n.v = v;
    this.ver++;
  }

  /** Normalized keys in insertion order (may hold stale entries), kept
   * only once popitem() was used, so that it is O(1) amortized: a JS Map
   * cannot give its last entry without walking all of them. */
  private order: Py[] | null = null;
  /** m.size as tracked through set()/pop(); differs when the Map was
   * changed directly (then `order` is rebuilt). */
  private orderSize = 0;

  private noteInsert(n: Py): void {
    this.order!.push(n);
    this.orderSize++;
  }

  /** Removes k; returns the value, or undefined when absent. */
  pop(k: Py): Py | undefined {
    const n = (typeof k === 'string' || typeof k === 'number') && this.hb === null ? k : this.nk(k, false);
    if (n === undefined) return undefined;
    const v = this.m.get(n);
    if (v === undefined) return undefined;
    this.m.delete(n);
    this.ver++;
    this.forget(n);
    if (this.order !== null) this.orderSize--;
    return v;
  }

  private forget(n: Py): void {
    if (n instanceof HashToken) {
      const hb = this.hb!;
      const first = hb.get(n.hash)!;
      if (first === n) {
        if (n.next) hb.set(n.hash, n.next);
        else hb.delete(n.hash);
      } else {
        let t = first;
        while (t.next !== n) t = t.next!;
        t.next = n.next;
      }
      n.next = null;
    } else if (this.ok) {
      this.ok.delete(n);
    }
  }

  clear(): void {
    this.m.clear();
    this.ver++;
    this.ok = null;
    this.hb = null;
    this.order = null;
  }

  /** The key object stored for normalized key n. */
  orig(n: Py): Py {
    if (n instanceof HashToken) return n.key;
    if (this.ok) {
      const o = this.ok.get(n);
      if (o !== undefined) return o;
    }
    return n;
  }

  /** The keys as an array (list(d), sorted(d) ...). */
  keyArray(): Py[] {
    const a = Array.from(this.m.keys());
    if (this.ok !== null || this.hb !== null) for (let i = 0; i < a.length; i++) a[i] = this.orig(a[i]);
    return a;
  }

  *keys(): IterableIterator<Py> {
    for (const n of this.m.keys()) yield this.orig(n);
  }

  *entries(): IterableIterator<[Py, Py]> {
    for (const [n, v] of this.m) yield [this.orig(n), v];
  }

  values(): IterableIterator<Py> {
    return this.m.values();
  }

  /** Removes and returns the last [key, value], or undefined when empty. */
  popLast(): [Py, Py] | undefined {
    if (!this.m.size) return undefined;
    if (this.order === null || this.orderSize !== this.m.size) {
      this.order = [...this.m.keys()];
      this.orderSize = this.m.size;
    }
    const order = this.order;
    let last: Py;
    for (;;) {
      last = order.pop();
      // stale entries: deleted keys, or keys re-inserted later (whose newer
      // entry was popped already)
      if (this.m.has(last)) break;
    }
    const v = this.m.get(last);
    const k = this.orig(last);
    this.m.delete(last);
    this.ver++;
    this.forget(last);
    this.orderSize--;
    return [k, v];
  }


  /** A shallow copy with the same normalization state. */
  copyInto(d: PyDict): PyDict {
    d.ver++;
    if (this.shape !== null) {
      d._m = null;
      d.shape = this.shape;
      d.vals = this.vals!.slice(0, this.shape.keys.length);
      return d;
    }
    d.ok = this.ok && new Map(this.ok);
    if (!this.hb) {
      d.m = new Map(this.m);
      return d;
    }
    // tokens carry chain links, so the copy gets its own
    d.m = new Map();
    d.hb = null;
    for (const [n, v] of this.m) {
      if (n instanceof HashToken) {
        const tok = d.nk(n.key, true) as HashToken;
        tok.v = v;
        d.m.set(tok, v);
      } else d.m.set(n, v);
    }
    return d;
  }

  /** Fast string-keyed access (attribute dicts, globals). */
  getS(s: string): Py | undefined {
    const sh = this.shape;
    if (sh === null) return this._m!.get(s);
    const i = sh.idx.get(s);
    return i === undefined ? undefined : this.vals![i];
  }
  setS(s: string, v: Py): void {
    const sh = this.shape;
    if (sh === null) this._m!.set(s, v);
    else {
      const i = sh.idx.get(s);
      if (i !== undefined) this.vals![i] = v;
      else {
        const n = sh.add(s);
        if (n === null) this.combine().set(s, v);
        else {
          this.vals![sh.keys.length] = v;
          this.shape = n;
        }
      }
    }
    this.ver++;
  }
}

/** A new, empty instance __dict__ (split, see Shape). */
export function instanceDict(): PyDict {
  return new PyDict(undefined, true);
}

/** A new dict from JS [string, value] pairs. */
export function dictFromObject(o: Record<string, Py>): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(o)) d.m.set(k, o[k]);
  return d;
}

serial(PyDict, HashToken, Shape);
