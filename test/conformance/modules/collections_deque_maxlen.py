# collections.deque: maxlen behaviour and rotate
from collections import deque

d = deque(maxlen=3)
print("maxlen:", d.maxlen, repr(d))
for i in range(5):
    d.append(i)
    print("append", i, "->", d)
d.appendleft(-1)
print("appendleft drops right:", d)
d.extend([10, 11])
print("extend:", d)
d.extendleft([20, 21])
print("extendleft:", d)
try:
    d.insert(0, 5)
except IndexError as e:
    print("insert full IndexError:", e)
print("unbounded maxlen:", deque([1]).maxlen)
print("maxlen from iterable:", deque(range(10), maxlen=4))
print("maxlen 0:", deque([1, 2], maxlen=0))
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)
print("copy keeps maxlen:", d.copy().maxlen)
print("mul keeps maxlen:", deque([1, 2], maxlen=3) * 3)

r = deque(range(6))
r.rotate(2)
print("rotate 2:", r)
r.rotate(-3)
print("rotate -3:", r)
r.rotate()
print("rotate default:", r)
r.rotate(12)
print("rotate 12 (len 6):", r)
r.rotate(-13)
print("rotate -13:", r)
e = deque()
e.rotate(5)
print("rotate empty:", e)
m = deque([1, 2, 3], maxlen=3)
m.rotate(1)
print("rotate maxlen:", m)

def tail(iterable, n):
    return list(deque(iterable, maxlen=n))
print("tail:", tail(range(100), 3))

def moving_average(seq, n=3):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print("moving avg:", moving_average([40, 30, 50, 46, 39, 44]))
