# itertools: count, cycle, repeat
from itertools import count, cycle, repeat, islice

print("count():", list(islice(count(), 5)))
print("count(10):", list(islice(count(10), 3)))
print("count(5, -2):", list(islice(count(5, -2), 4)))
print("count float step:", list(islice(count(0, 0.5), 5)))
print("count float start:", list(islice(count(1.5), 3)))
print("count repr:", repr(count()), repr(count(3, 2)), repr(count(1.5, 0.5)))
c = count(7)
next(c); next(c)
print("count repr advanced:", repr(c))
print("count keyword:", list(islice(count(start=2, step=3), 3)))
print("count big:", list(islice(count(2 ** 64), 2)))
print("zip with count:", list(zip(count(1), "abc")))
from fractions import Fraction
print("count Fraction:", list(islice(count(Fraction(1, 3), Fraction(1, 3)), 3)))
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)

print("cycle:", list(islice(cycle("abc"), 7)))
print("cycle list:", list(islice(cycle([1, 2]), 5)))
print("cycle empty:", list(cycle([])))
src = iter([1, 2, 3])
cy = cycle(src)
print("cycle consumes once:", [next(cy) for _ in range(6)])

def noisy():
    for x in "xy":
        print("  produce", x)
        yield x
cz = cycle(noisy())
print("cycle saved:", [next(cz) for _ in range(5)])

print("repeat times:", list(repeat("x", 3)))
print("repeat 0:", list(repeat("x", 0)), list(repeat("x", -5)))
print("repeat inf:", list(islice(repeat(9), 4)))
print("repeat repr:", repr(repeat("a", 2)), repr(repeat(1)))
r = repeat(5, 3)
print("repeat length_hint:", r.__length_hint__())
next(r)
print("after next:", r.__length_hint__(), repr(r))
print("map with repeat:", list(map(pow, range(5), repeat(2))))
lst = [[]] * 2
print("repeat same object:", all(x is lst for x in repeat(lst, 3)))
print("count is iterator:", iter(c) is c)
