# itertools: tee, zip_longest
from itertools import tee, zip_longest, count, islice

a, b = tee([1, 2, 3])
print("tee both:", list(a), list(b))
a, b, c = tee("xyz", 3)
print("tee 3:", next(a), list(b), list(a), list(c))
print("tee 0:", tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
src = iter(range(5))
t1, t2 = tee(src)
print("interleaved:", next(t1), next(t1), next(t2), next(t1), next(t2), next(t2))
print("rest:", list(t1), list(t2))
x, y = tee(count())
print("tee infinite:", list(islice(x, 3)), list(islice(y, 5)))
p, q = tee([1, 2])
r, s = tee(p)
print("tee of tee:", list(r), list(s), list(q))
pulled = []
def gen():
    for i in range(3):
        pulled.append(i)
        yield i
g1, g2 = tee(gen())
next(g1)
print("lazy pull:", pulled)
list(g2)
print("after g2:", pulled)
cp = g1.__copy__()
print("copy:", list(g1), list(cp))
def pairwise(it):
    a, b = tee(it)
    next(b, None)
    return list(zip(a, b))
print("pairwise via tee:", pairwise("abcd"))
print("tee type:", type(tee([])[0]).__name__ if tee([]) else None)

print("zip_longest:", list(zip_longest("ABCD", "xy")))
print("fillvalue:", list(zip_longest("ABCD", "xy", fillvalue="-")))
print("three:", list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
print("none:", list(zip_longest()))
print("one:", list(zip_longest("ab")))
print("empty+non:", list(zip_longest([], [1, 2])))
print("zip truncates:", list(zip("ABCD", "xy")))
print("zip strict ok:", list(zip("ab", "xy", strict=True)))
try:
    list(zip("abc", "xy", strict=True))
except ValueError as e:
    print("zip strict ValueError:", e)
try:
    list(zip("a", "xy", strict=True))
except ValueError as e:
    print("zip strict ValueError:", e)
print("zip_longest with infinite:", list(islice(zip_longest(count(), "ab"), 4)))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print("TypeError:", e)
