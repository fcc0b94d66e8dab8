# Lock, RLock, Condition, Semaphore, Event, Barrier, Timer and local
import threading
import time

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError', e)
for args in [(False, 1), (True, -5)]:
    try:
        l.acquire(*args)
    except ValueError as e:
        print('ValueError', e)

r = threading.RLock()
with r:
    with r:
        print('nested rlock ok')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

# a lock held by another thread: acquire with timeout fails, then succeeds
held = threading.Lock()
held.acquire()
got = []
def try_it():
    got.append(held.acquire(timeout=0.02))
    got.append(held.acquire(timeout=2))
t = threading.Thread(target=try_it)
t.start()
time.sleep(0.1)
held.release()
t.join()
print(got)

# Condition: consumers wait for items, a producer notifies
cond = threading.Condition()
items = []
taken = []
def consumer(k):
    with cond:
        cond.wait_for(lambda: items)
        taken.append(items.pop(0))
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
for c in cs: c.start()
time.sleep(0.02)
for v in 'abc':
    with cond:
        items.append(v)
        cond.notify()
for c in cs: c.join()
print(sorted(taken))
with cond:
    print('wait timeout ->', cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(threading.Condition(threading.Lock()))[:32])

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = [0]
peak = [0]
mx = threading.Lock()
def limited():
    with sem:
        with mx:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with mx:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for x in ts: x.start()
for x in ts: x.join()
print('peak', peak[0])
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.02, ev.set).start()
print(ev.wait(5), ev.is_set())
ev.clear()
print(ev.is_set())

# Timer cancelled before it fires
fired = []
tm = threading.Timer(0.05, fired.append, args=['x'])
tm.start(); tm.cancel(); tm.join()
print('fired', fired)

# Barrier with an action
log = []
bar = threading.Barrier(3, action=lambda: log.append('open'))
idx = []
def at_barrier():
    idx.append(bar.wait())
ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(log, sorted(idx), bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken', b2.broken)
b2.reset()
print('after reset', b2.broken)

# local: each thread sees its own attributes
loc = threading.local()
loc.x = 'main'
seen = []
def show(v):
    loc.x = v
    time.sleep(0.01)
    seen.append(loc.x)
ts = [threading.Thread(target=show, args=(v,)) for v in 'pq']
for x in ts: x.start()
for x in ts: x.join()
print(sorted(seen), loc.x)

class MyLocal(threading.local):
    def __init__(self, n):
        self.n = n
        self.calls = 1
ml = MyLocal(7)
res = []
def use():
    res.append((ml.n, ml.calls))
    ml.calls += 1
    res.append(ml.calls)
th = threading.Thread(target=use); th.start(); th.join()
print(res, ml.calls)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
