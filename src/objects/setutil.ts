// set and frozenset values: a hash table with dict's key semantics (see
// dict.ts), holding keys only.

import { PyObject, T, type Py } from './base';
import { PyDict } from './dict';

export class PySet extends PyObject {
  /** Keys map to true; dict.ts gives normalization and insertion order. */
  d: PyDict;
  constructor(cls?: any, d?: PyDict) {
    super(cls ?? T.set);
    this.d = d ?? new PyDict();
  }
  get size(): number {
    return this.d.m.size;
  }
  has(k: Py): boolean {
    return this.d.has(k);
  }
  add(k: Py): void {
    if (typeof k === 'string') this.d.m.set(k, true);
    else this.d.set(k, true);
  }
  discard(k: Py): boolean {
    return this.d.pop(k) !== undefined;
  }
  keys(): IterableIterator<Py> {
    return this.d.keys();
  }
}

/** A new set of the given items. */
export function makeSet(items: Py[], cls?: any): PySet {
  const s = new PySet(cls);
  for (const x of items) s.add(x);
  return s;
}

export function setAdd(s: PySet, x: Py): void {
  s.add(x);
}
