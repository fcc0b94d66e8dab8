// _heapq: the heap primitives of heapq
// (https://docs.python.org/3.11/library/heapq.html) on Python lists, with
// CPython's sift order (so heaps holding equal keys come out alike) and its
// check that a comparison did not resize the list.

import { T, None, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyList } from '../src/objects/list';
import { TypeError, IndexError, RuntimeError } from '../src/objects/raise';
import { typeName } from '../src/objects/typeof';
import { lessThan } from '../src/objects/protocol';
import { cfuncs, Style } from './math_cfunc';

function asList(x: Py, what: string): Py[] {
  if (!(x instanceof PyList) || !x.cls.isSubtype(T.list)) throw TypeError(`${what} must be list, not ${typeName(x)}`);
  return x.items;
}

type Less = (a: Py, b: Py) => boolean;
const lt: Less = lessThan;
const gt: Less = (a, b) => lessThan(b, a);

/** a < b where a Python __lt__ might have resized the heap. */
function cmp(less: Less, a: Py, b: Py, heap: Py[], size: number): boolean {
  const r = less(a, b);
  if (heap.length !== size) throw RuntimeError('list changed size during iteration');
  return r;
}

/** Moves heap[pos] up towards startpos while it is smaller than its parent. */
function siftDown(heap: Py[], startpos: number, pos: number, less: Less): void {
  const size = heap.length;
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (!cmp(less, newitem, parent, heap, size)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

/** Moves the smaller child up from pos to a leaf, then sifts the item there. */
function siftUp(heap: Py[], pos: number, less: Less): void {
  const endpos = heap.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos && !cmp(less, heap[childpos], heap[childpos + 1], heap, endpos)) childpos++;
    const t = heap[childpos];
    heap[childpos] = heap[pos];
    heap[pos] = t;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, less);
}

function heapify(heap: Py[], less: Less): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
}

function heappop(heap: Py[], less: Less): Py {
  if (!heap.length) throw IndexError('index out of range');
  const last = heap.pop();
  if (!heap.length) return last;
  const r = heap[0];
  heap[0] = last;
  siftUp(heap, 0, less);
  return r;
}

function heapreplace(heap: Py[], item: Py, less: Less): Py {
  if (!heap.length) throw IndexError('index out of range');
  const r = heap[0];
  heap[0] = item;
  siftUp(heap, 0, less);
  return r;
}

/** Creates the _heapq module. */
export function init(): PyModule {
  const m = new PyModule('_heapq');
  const d = m.dict;
  d.setS('__doc__', 'Heap queue algorithm (a.k.a. priority queue).');
  const O = Style.O, F = Style.Fast;
  const fns = cfuncs('_heapq', {
    heappush: [2, 2, F, (h: Py, item: Py) => {
      const heap = asList(h, 'heappush() argument 1');
      heap.push(item);
      siftDown(heap, 0, heap.length - 1, lt);
      return None;
    }],
    heappop: [1, 1, O, (h: Py) => heappop(asList(h, 'heappop() argument'), lt)],
    heapreplace: [2, 2, F, (h: Py, item: Py) => heapreplace(asList(h, 'heapreplace() argument 1'), item, lt)],
    heappushpop: [2, 2, F, (h: Py, item: Py) => {
      const heap = asList(h, 'heappushpop() argument 1');
      if (!heap.length) return item;
      const top = heap[0];
      if (!cmp(lt, top, item, heap, heap.length)) return item;
      if (!heap.length) throw IndexError('index out of range');
      heap[0] = item;
      siftUp(heap, 0, lt);
      return top;
    }],
    heapify: [1, 1, O, (h: Py) => {
      heapify(asList(h, 'heapify() argument'), lt);
      return None;
    }],
    _heappop_max: [1, 1, O, (h: Py) => heappop(asList(h, '_heappop_max() argument'), gt)],
    _heapreplace_max: [2, 2, F, (h: Py, item: Py) => heapreplace(asList(h, '_heapreplace_max() argument 1'), item, gt)],
    _heapify_max: [1, 1, O, (h: Py) => {
      heapify(asList(h, '_heapify_max() argument'), gt);
      return None;
    }],
  });
  for (const [k, v] of Object.entries(fns)) d.setS(k, v);
  return m;
}
