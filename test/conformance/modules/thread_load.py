# Under load: 1,000 threads x 100 locked increments; 8 producers and 8
# consumers passing 1,000,000 items through a queue.Queue
import threading
import queue

lock = threading.Lock()
count = 0
def work():
    global count
    for _ in range(100):
        with lock:
            count += 1
ts = [threading.Thread(target=work) for _ in range(1000)]
for t in ts: t.start()
for t in ts: t.join()
print('count', count)

N = 1000000
P = C = 8
q = queue.Queue(maxsize=1000)
per = N // P
sums = [0] * C
counts = [0] * C
def producer(k):
    for i in range(k * per, (k + 1) * per):
        q.put(i)
def consumer(k):
    s = c = 0
    while True:
        x = q.get()
        if x is None:
            break
        s += x
        c += 1
    sums[k] = s
    counts[k] = c
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(C)]
ps = [threading.Thread(target=producer, args=(k,)) for k in range(P)]
for t in cs + ps: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
for t in cs: t.join()
print('items', sum(counts), sum(sums) == N * (N - 1) // 2)
