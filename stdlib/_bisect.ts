// _bisect: binary search in sorted sequences
// (https://docs.python.org/3.11/library/bisect.html), with the key=
// argument of 3.10+. Only __lt__ is used, as in CPython; a key function
// runs in a nested VM loop (it should not block).

import { T, None, type Py } from '../src/objects/base';
import { PyModule } from '../src/objects/module';
import { PyList } from '../src/objects/list';
import { ValueError } from '../src/objects/raise';
import { lessThan, getitem, len } from '../src/objects/protocol';
import { index } from '../src/objects/int';
import { callSync, callMethod } from '../src/vm/call';
import { current } from '../src/vm/thread';
import { runNested } from '../src/vm/run';
import { SUSPEND } from '../src/objects/base';
import { kwfunc } from './math_cfunc';

function bounds(a: Py, lo: Py, hi: Py): [number, number] {
  const l = Number(index(lo));
  if (l < 0) throw ValueError('lo must be non-negative');
  const h = hi === None ? len(a) : Number(index(hi));
  return [l, h];
}

/** The first index where x could go keeping a sorted: after (right) or
 * before (left) the items equal to x. */
function search(a: Py, x: Py, lo: Py, hi: Py, key: Py, right: boolean): number {
  let [l, h] = bounds(a, lo, hi);
  const fast = a instanceof PyList && a.cls === T.list && key === None;
  while (l < h) {
    const mid = (l + h) >>> 1;
    // a list read directly (a __lt__ may have shrunk it: then as CPython)
    let item = fast && mid < (a as PyList).items.length ? (a as PyList).items[mid] : getitem(a, mid);
    if (key !== None) item = callSync(key, [item]);
    const goLeft = right ? lessThan(x, item) : !lessThan(item, x);
    if (goLeft) h = mid;
    else l = mid + 1;
  }
  return l;
}

function insort(a: Py, x: Py, lo: Py, hi: Py, key: Py, right: boolean): Py {
  const k = key === None ? x : callSync(key, [x]);
  const i = search(a, k, lo, hi, key, right);
  if (a instanceof PyList && a.cls === T.list) a.items.splice(i, 0, x);
  else {
    const t = current;
    const base = t.frame;
    const r = callMethod(t, a, 'insert', [i, x], null);
    if (r === SUSPEND) runNested(t, base);
  }
  return None;
}

/** Creates the _bisect module. */
export function init(): PyModule {
  const m = new PyModule('_bisect');
  const d = m.dict;
  d.setS('__doc__', 'Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n');
  const sig = 'a, x, lo=0, hi=None, *, key=None';
  d.setS('bisect_right', kwfunc('_bisect', 'bisect_right', sig, (a: Py, x: Py, lo: Py, hi: Py, key: Py) => search(a, x, lo, hi, key, true)));
  d.setS('bisect_left', kwfunc('_bisect', 'bisect_left', sig, (a: Py, x: Py, lo: Py, hi: Py, key: Py) => search(a, x, lo, hi, key, false)));
  d.setS('insort_right', kwfunc('_bisect', 'insort_right', sig, (a: Py, x: Py, lo: Py, hi: Py, key: Py) => insort(a, x, lo, hi, key, true)));
  d.setS('insort_left', kwfunc('_bisect', 'insort_left', sig, (a: Py, x: Py, lo: Py, hi: Py, key: Py) => insort(a, x, lo, hi, key, false)));
  return m;
}
