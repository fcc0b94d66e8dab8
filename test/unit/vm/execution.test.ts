// Rule 1 (DESIGN.md): frames are explicit. Deep recursion is limited by
// sys.setrecursionlimit, not the JS stack; generators are suspended frames;
// a running loop can be interrupted from the host.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Pys, PythonError } from '../../../src/embed';

function capture(): { out: string[]; py: Pys } {
  const out: string[] = [];
  const py = new Pys({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
  return { out, py };
}

test('100,000-deep recursion with a raised recursion limit', async () => {
  const { out, py } = capture();
  await py.exec(`
import sys
sys.setrecursionlimit(200000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(100000))
`);
  assert.is(out.join(''), '100000\n');
});

test('the default limit raises RecursionError, not a JS stack overflow', async () => {
  const { out, py } = capture();
  await py.exec(`
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
`);
  assert.is(out.join(''), 'RecursionError maximum recursion depth exceeded\n');
});

test('generators: send, throw, close, yield from with return values', async () => {
  const { out, py } = capture();
  await py.exec(`
def inner():
    x = yield 1
    y = yield x * 10
    return x + y
def outer():
    r = yield from inner()
    yield ('inner returned', r)
g = outer()
print(next(g), g.send(2), g.send(3))
def catcher():
    try:
        yield 'a'
    except KeyError as e:
        yield ('caught', e.args[0])
    finally:
        print('finally ran')
c = catcher()
print(next(c), c.throw(KeyError('k')))
c.close()
`);
  assert.is(out.join(''), "1 20 ('inner returned', 5)\na ('caught', 'k')\nfinally ran\n");
});

test('a host interrupt stops while True: pass with KeyboardInterrupt', async () => {
  const { py } = capture();
  setTimeout(() => py.interrupt(), 100);
  try {
    await py.exec('while True:\n    pass\n');
    assert.unreachable('should have been interrupted');
  } catch (e) {
    assert.instance(e, PythonError);
    assert.is((e as PythonError).type, 'KeyboardInterrupt');
  }
});

test('an interrupt while a polled read waits in the ready queue is not lost', async () => {
  const { py } = capture();
  const main = py.interp.main;
  let sawBlocked = false;
  let sent = false;
  // a polled read's timer makes main Ready to retry; the interrupt is sent in
  // that window, before the retry blocks again with no checkpoint in between
  const watch = (): void => {
    if (main.state === 3 /* TS.Blocked */) sawBlocked = true;
    else if (sawBlocked && main.state === 1 /* TS.Ready */ && !sent) {
      sent = true;
      py.interrupt();
      return;
    }
    if (!sent) setImmediate(watch);
  };
  setImmediate(watch);
  const fallback = setTimeout(() => py.interrupt(), 3000);
  const t0 = Date.now();
  try {
    await py.exec('import os\nr, w = os.pipe()\nos.read(r, 1)\n');
    assert.unreachable('should have been interrupted');
  } catch (e) {
    assert.is((e as PythonError).type, 'KeyboardInterrupt');
    assert.ok(sent, 'the read was never seen waiting in the ready queue');
    assert.ok(Date.now() - t0 < 2000, 'the interrupt was lost until the fallback');
  } finally {
    clearTimeout(fallback);
  }
});

test('an instruction budget stops a runaway loop', async () => {
  const out: string[] = [];
  const py = new Pys({ stdout: (s) => out.push(s), instructionBudget: 200000 });
  try {
    await py.exec('n = 0\nwhile True:\n    n += 1\n');
    assert.unreachable('should have been stopped');
  } catch (e) {
    assert.is((e as PythonError).type, 'KeyboardInterrupt');
    const n = py.get('n') as number;
    assert.ok(n > 100000 && n < 1000000, `stopped after ${n} iterations`);
  }
});

test('host values and calls cross the boundary', async () => {
  const { py } = capture();
  py.set('data', { a: [1, 2.5, 'x'], b: null });
  py.module('host', { add: (a: number, b: number) => a + b, later: (v: number) => new Promise((r) => setTimeout(() => r(v * 2), 20)) });
  await py.exec('import host\nresult = (host.add(2, 3), host.later(21), data["a"][1] * 2)\ndef square(x):\n    return x * x\n');
  assert.equal(py.get('result'), [5, 42, 5]);
  assert.is(await py.call('square', 12), 144);
  assert.is(await py.eval('sum(range(10))'), 45);
});

test('time.sleep deep in calls parks the thread: the host event loop keeps running', async () => {
  const { out, py } = capture();
  const fired: number[] = [];
  const start = performance.now();
  const timer = setTimeout(() => fired.push(performance.now() - start), 50);
  await py.exec(`
import time
def a(n):
    if n == 0:
        t = time.monotonic()
        time.sleep(0.2)
        return round(time.monotonic() - t, 1)
    return a(n - 1)
print(a(50))
`);
  clearTimeout(timer);
  assert.is(out.join(''), '0.2\n');
  // the host timer ran during the sleep, not after it
  assert.is(fired.length, 1);
  assert.ok(fired[0] < 190, `timer fired after ${fired[0]} ms`);
});

test.run();
