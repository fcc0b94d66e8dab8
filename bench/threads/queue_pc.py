# queue_pc.py - one producer passes 100,000 items through a bounded
# queue.Queue to two consumers; the checksum is the sum they received.
import queue
import threading

N = 100000
q = queue.Queue(maxsize=100)
totals = [0, 0]


def producer():
    for i in range(N):
        q.put(i)
    q.put(None)
    q.put(None)


def consumer(k):
    s = 0
    while True:
        x = q.get()
        if x is None:
            break
        s += x
    totals[k] = s


threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", sum(totals), sum(totals) == N * (N - 1) // 2)
