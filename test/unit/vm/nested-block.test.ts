// A call that would have to park inside a nested VM loop (a sort key, __eq__
// ...) raises RuntimeError; its frames must not stay on the thread, and a
// lock it queued on must not keep a stale waiter (later waiters still wake).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Pys } from '../../../src/embed';

test('a blocked call in a nested loop is dropped cleanly', async () => {
  const out: string[] = [];
  const py = new Pys({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
  await py.exec(`
import _thread, time, threading
lock = _thread.allocate_lock()
lock.acquire()
def f():
    lock.acquire()
    return 1
try:
    sorted([1, 2], key=lambda x: f())
except RuntimeError as e:
    print('RuntimeError')
print(time.sleep(0.01))
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire(timeout=2)))
t.start()
time.sleep(0.05)
lock.release()
t.join()
print(got)
`);
  assert.is(out.join(''), 'RuntimeError\nNone\n[True]\n');
});

test.run();
