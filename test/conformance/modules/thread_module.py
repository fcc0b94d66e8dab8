# _thread and its Python 2 name thread: start_new_thread, locks, idents
import _thread

import time

lock = _thread.allocate_lock()
total = [0]
finished = []
def add(n, name):
    for _ in range(n):
        lock.acquire()
        total[0] += 1
        lock.release()
    finished.append(name)
for k in range(5):
    _thread.start_new_thread(add, (1000, k))
_thread.start_new_thread(add, (500,), {"name": "kw"})
while len(finished) < 6:
    time.sleep(0.005)
print(total[0], sorted(map(str, finished)))
print(type(lock).__name__, _thread.LockType is type(lock))
print(repr(lock).split(' at ')[0])
lock.acquire()
print(repr(lock).split(' at ')[0], lock.locked())
lock.release()
idents = []
def who():
    idents.append(_thread.get_ident())
_thread.start_new_thread(who, ())
time.sleep(0.01)
print(idents[0] != _thread.get_ident(), type(_thread.get_native_id()).__name__)
for args in [(1, ()), (print, [1]), (print, (), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    _thread.stack_size(1000)
except ValueError as e:
    print('ValueError', e)
print(_thread.stack_size(), _thread.TIMEOUT_MAX, _thread.error)
def quits():
    _thread.exit()
_thread.start_new_thread(quits, ())
time.sleep(0.01)
r = _thread.RLock()
print(repr(r).split(' at ')[0])
r.acquire(); r.acquire()
print(repr(r).split(' at ')[0] .replace(str(_thread.get_ident()), 'ME'))
