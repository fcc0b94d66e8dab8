# lock_counter.py - 4 threads each add 250,000 times to a shared counter,
# every increment under one threading.Lock.
import threading

N = 250000
lock = threading.Lock()
count = 0


def work():
    global count
    for _ in range(N):
        with lock:
            count += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", count)
