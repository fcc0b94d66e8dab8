# sleep0_switch.py - 4 threads each call time.sleep(0) 50,000 times: the cost
# of a voluntary switch between threads.
import threading
import time

N = 50000
done = [0] * 4


def spin(k):
    for _ in range(N):
        time.sleep(0)
        done[k] += 1


threads = [threading.Thread(target=spin, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", sum(done))
