# signal: handlers, raise_signal, alarm/setitimer, pause, PEP 475 sleeps, errors
import signal, time
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGALRM))
print(repr(signal.SIGALRM), signal.Signals(14), signal.SIG_DFL, repr(signal.SIG_IGN))
print(signal.strsignal(14), signal.strsignal(2), signal.strsignal(10))
for a in [(99, signal.SIG_DFL), (9, signal.SIG_DFL), (10, 5)]:
    try: signal.signal(*a)
    except Exception as e: print(type(e).__name__, e)
print(signal.alarm(0), len(signal.valid_signals()), signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.setitimer(signal.ITIMER_REAL, 0), signal.getitimer(signal.ITIMER_REAL))
got = []
def h(n, f):
    got.append((n, type(f).__name__))
print(signal.signal(signal.SIGUSR1, h))
signal.raise_signal(signal.SIGUSR1)
print('after raise', got)
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.time()
time.sleep(0.2)
print('slept fully', time.time() - t0 >= 0.19, got[-1])
signal.alarm(1)
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print('pause returned', len(got))
def boom(n, f): raise RuntimeError('from handler')
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(1)
except RuntimeError as e:
    print('interrupted sleep', e)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    n = 0
    while True:
        n += 1
except RuntimeError as e:
    print('interrupted loop', e)
print(signal.getsignal(signal.SIGALRM) is boom, signal.signal(signal.SIGALRM, signal.SIG_IGN) is boom)
print(signal.getsignal(signal.SIGALRM))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
