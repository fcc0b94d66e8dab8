// Iterator glue for itertools and the other natives of this area that call back into Python (the machine itself: src/vm/machine.ts).
import { T, STOP, SUSPEND, type Py } from '../src/objects/base';
import { NativeIter, returnSelf } from '../src/objects/iter';
import { StopIteration } from '../src/objects/raise';
import { NativeFrame, type Frame } from '../src/vm/frame';
import { current, type Thread } from '../src/vm/thread';
import type { PyType } from '../src/objects/type';
import { methods } from '../src/objects/typesetup';

export { FRESH, type Machine, insertAbove, drive, MachineIter } from '../src/vm/machine';
import { insertAbove } from '../src/vm/machine';

/** Turns STOP into StopIteration for __next__ called from Python. */
class StopToRaise extends NativeFrame {
  constructor() {
    super(null);
  }
  step(t: Thread): Py {
    const e = t.exc;
    if (e !== null) {
      t.exc = null;
      throw e;
    }
    if (t.rv === STOP) throw StopIteration();
    return t.rv;
  }
}

/** it.__next__() for a native iterator, called from Python. */
export function pyNext(it: NativeIter): Py {
  const t = current;
  const base = t.frame;
  const r = it.next();
  if (r === STOP) throw StopIteration();
  if (r === SUSPEND) insertAbove(t, base, new StopToRaise());
  return r;
}

/** Gives an iterator type its __iter__ and __next__. */
export function iterMethods(tp: PyType): void {
  methods(tp, {
    __iter__: ['self, /', returnSelf],
    __next__: ['self, /', (it: NativeIter) => pyNext(it)],
  });
  void T;
}
