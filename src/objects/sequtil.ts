// Shared helpers for list and tuple methods.

import { T, NotImplemented, MISSING, type Py } from './base';
import { intValue } from './intutil';
import { index, indexNum } from './int';
import { richEqBool, richCompare, Cmp, truthy, repr, reprEnter, reprLeave } from './protocol';
import { typeOf, typeName } from './typeof';
import { OverflowError, ValueError, MemoryError } from './raise';

/** Lexicographic comparison of two arrays (CPython's list/tuple richcompare). */
export function seqCompare(a: Py[], b: Py[], op: Cmp): Py {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!(a[i] === b[i] || richEqBool(a[i], b[i]))) break;
  }
  if (i >= n) {
    const x = a.length, y = b.length;
    switch (op) {
      case Cmp.LT: return x < y;
      case Cmp.LE: return x <= y;
      case Cmp.EQ: return x === y;
      case Cmp.NE: return x !== y;
      case Cmp.GT: return x > y;
      case Cmp.GE: return x >= y;
    }
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(a[i], b[i], op);
}

/** Repeat count for seq * n, or NotImplemented for a non-index n. */
export function repeatCount(n: Py, len: number): number | typeof NotImplemented {
  if (intValue(n) === null && typeOf(n).lookup('__index__') === MISSING) return NotImplemented;
  const k = typeof n === 'number' ? n : index(n);
  if (typeof k === 'bigint') {
    if (k <= 0n) return 0;
    throw OverflowError(`cannot fit '${typeName(n)}' into an index-sized integer`);
  }
  if (k <= 0 || len === 0) return 0;
  if (len * k > 2 ** 31) throw MemoryError('');
  return k;
}

/** The items of a, k times over (seq * k): by doubling with concat, which
 * copies in bulk, instead of a push per item. */
export function repeatItems<X>(a: X[], k: number): X[] {
  if (k <= 0 || a.length === 0) return [];
  let out = a.slice();
  let have = 1;
  while (have * 2 <= k) {
    out = out.concat(out);
    have *= 2;
  }
  return have < k ? out.concat(out.slice(0, (k - have) * a.length)) : out;
}

function clampIndex(x: Py): number {
  const v = index(x);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** seq.index(x, start, stop) */
export function seqIndex(items: Py[], x: Py, start: Py, stop: Py, what: string): number {
  const n = items.length;
  // like slice indices: huge values clamp instead of failing
  let a = start === undefined ? 0 : clampIndex(start);
  let b = stop === undefined ? n : clampIndex(stop);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  for (let i = a; i < Math.min(b, n); i++) if (items[i] === x || richEqBool(items[i], x)) return i;
  throw ValueError(what);
}

export function seqCount(items: Py[], x: Py): number {
  let c = 0;
  for (const y of items) if (y === x || richEqBool(y, x)) c++;
  return c;
}

/** '[a, b]' / '(a,)' with recursion guard. */
export function seqRepr(o: Py, items: Py[], open: string, close: string): string {
  if (!reprEnter(o)) return open + '...' + close;
  try {
    const parts = items.map(repr);
    if (open === '(' && parts.length === 1) return `(${parts[0]},)`;
    return open + parts.join(', ') + close;
  } finally {
    reprLeave(o);
  }
}

void T;
void truthy;
void OverflowError;
