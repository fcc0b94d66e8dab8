# A threading.Timer and a SIGALRM handler fire on time while 4 threads spin
# in pure-Python loops (the scheduler preempts them).
import signal
import threading
import time

stop = False
spins = [0] * 4


def spin(k):
    n = 0
    while not stop:
        n += 1
    spins[k] = n


start = time.monotonic()
fired = {}


def on_timer():
    fired['timer'] = time.monotonic() - start


def on_alarm(signum, frame):
    fired['alarm'] = time.monotonic() - start


signal.signal(signal.SIGALRM, on_alarm)
threads = [threading.Thread(target=spin, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
timer = threading.Timer(0.2, on_timer)
timer.start()
signal.setitimer(signal.ITIMER_REAL, 0.3)
time.sleep(0.6)
stop = True
for t in threads:
    t.join()
timer.join()
print(sorted(fired))
print('timer on time:', 0.15 <= fired['timer'] < 0.45)
print('alarm on time:', 0.25 <= fired['alarm'] < 0.55)
print('all threads ran:', all(n > 0 for n in spins))
