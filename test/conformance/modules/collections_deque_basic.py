# collections.deque: append/pop on both ends, extend, index, repr
from collections import deque

d = deque()
print("empty:", d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0)
print("after appends:", d)
d.extend([3, 4])
d.extendleft([-1, -2])
print("after extends:", d)
print("pop:", d.pop(), "popleft:", d.popleft(), d)
print("index:", d[0], d[-1], d[2])
d[1] = 99
print("setitem:", d)
del d[1]
print("delitem:", d)
print("contains:", 3 in d, 99 in d)
print("count:", deque([1, 2, 1, 1]).count(1))
print("index():", deque("abcab").index("b"), deque("abcab").index("b", 2))
try:
    deque([1]).index(5)
except ValueError as e:
    print("ValueError:", e)
d2 = deque([1, 2, 3])
d2.insert(1, "x")
print("insert:", d2)
d2.remove("x")
print("remove:", d2)
try:
    d2.remove("nope")
except ValueError as e:
    print("ValueError:", e)
d2.reverse()
print("reverse:", d2)
print("reversed():", list(reversed(d2)))
c = d2.copy()
c.append(0)
print("copy independent:", d2, c)
d2.clear()
print("clear:", d2)
for meth in ("pop", "popleft"):
    try:
        getattr(deque(), meth)()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque()[0]
except IndexError as e:
    print("IndexError:", e)
print("from string:", deque("hello"))
print("equality:", deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2])
print("ordering:", deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]))
print("add:", deque([1]) + deque([2, 3]))
print("mul:", deque("ab") * 2)
d3 = deque([1]); d3 += [2, 3]; d3 *= 2
print("iadd imul:", d3)
print("iteration:", [x * 2 for x in deque(range(4))])
try:
    deque([1])[0:1]
except TypeError as e:
    print("slice TypeError:", e)
try:
    hash(deque())
except TypeError as e:
    print("hash TypeError:", e)
d4 = deque([1, 2, 3])
try:
    for x in d4:
        d4.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
