# threading.Thread: targets, names, join, liveness, subclasses, excepthook
import threading
import re

def clean(r):
    return re.sub(r'\d{3,}', 'N', r)

out = []
def work(a, b, c=0):
    out.append((threading.current_thread().name, a + b + c))

t = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3})
print(clean(repr(t)), t.is_alive(), t.ident, t.daemon)
t.start()
t.join()
print(clean(repr(t)), t.is_alive(), type(t.ident).__name__)
print(out)

t2 = threading.Thread(target=work, args=(5, 5), name='worker')
t2.start(); t2.join()
print(out[-1], t2.name)

class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))

subs = [Sub(i * 10) for i in range(5)]
for s in subs:
    s.start()
for s in subs:
    s.join()
print([s.result for s in subs])
print(clean(repr(subs[0])))

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.get_ident() == threading.current_thread().ident)

d = threading.Thread(target=lambda: None, daemon=True)
print(clean(repr(d)), d.daemon, d.isDaemon())
d.start(); d.join()

try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
def fail():
    raise ValueError('boom')
f = threading.Thread(target=fail, name='failing')
f.start(); f.join()
threading.excepthook = old
print(seen, f.is_alive())

# join with a timeout on a thread that waits for an event
ev = threading.Event()
w = threading.Thread(target=ev.wait)
w.start()
w.join(0.05)
print('alive after timeout', w.is_alive())
ev.set()
w.join()
print('alive after set', w.is_alive())

# results come back in the order of a shared list protected by a lock
lock = threading.Lock()
order = []
def add(k):
    for i in range(3):
        with lock:
            order.append(k)
ts = [threading.Thread(target=add, args=(k,)) for k in range(4)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(order))
print(threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)
