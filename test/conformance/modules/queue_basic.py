# queue: FIFO/LIFO/priority order, Empty/Full, timeouts, task_done/join
import queue
import threading
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 4, 1, 5]:
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(5)], [pq.get() for _ in range(5)])
pq.put((2, 'b')); pq.put((1, 'a'))
print(pq.get(), pq.get_nowait())

try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
b = queue.Queue(maxsize=2)
b.put(1); b.put_nowait(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print('Full')
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print('ValueError', e)

# a bounded queue between a producer and two consumers
work = queue.Queue(maxsize=3)
done = []
lock = threading.Lock()
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append(item * item)
        work.task_done()
cs = [threading.Thread(target=consumer) for _ in range(2)]
for c in cs: c.start()
for i in range(20):
    work.put(i)
work.put(None); work.put(None)
work.join()
for c in cs: c.join()
print(sorted(done) == [i * i for i in range(20)], work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print('ValueError', e)

# a getter blocked in get() wakes when an item arrives
res = []
g = threading.Thread(target=lambda: res.append(q.get(timeout=5)))
g.start()
time.sleep(0.02)
q.put('late')
g.join()
print(res)

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print('Empty')
print(queue.Queue[int], issubclass(queue.Full, Exception))
