# bisect: bisect_left/right, insort_left/right, lo/hi bounds
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 3, 4, 5, 9, 10):
    print("x=%d left=%d right=%d bisect=%d" % (x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x)))
print("empty:", bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print("lo/hi:", bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right(a, 4, 3), bisect.bisect_left(a, 4, lo=4, hi=6))
print("hi beyond len treated:", bisect.bisect_right(a, 100, 0, len(a)))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
l = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(l, x)
print("insort:", l)
l2 = [1.0, 2.0]
bisect.insort_left(l2, 1)
bisect.insort_right(l2, 2)
print("insort left/right positions:", l2, [type(v).__name__ for v in l2])
l3 = [1, 3]
bisect.insort(l3, 2, 0, 2)
print("insort lo/hi:", l3)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print("grades:", [grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError("%r not found" % x)
print("binary search:", index(a, 4), index(a, 9))
try:
    index(a, 5)
except ValueError as e:
    print("ValueError:", e)
def find_lt(a, x):
    i = bisect.bisect_left(a, x)
    return a[i - 1] if i else None
def find_ge(a, x):
    i = bisect.bisect_left(a, x)
    return a[i] if i != len(a) else None
print("find_lt/find_ge:", find_lt(a, 4), find_ge(a, 5), find_lt(a, 1), find_ge(a, 10))
print("count of 4s:", bisect.bisect_right(a, 4) - bisect.bisect_left(a, 4))
print("strings:", bisect.bisect_left(["apple", "cherry", "fig"], "banana"))
print("tuples:", bisect.bisect([(1, "a"), (2, "b")], (1, "z")))
try:
    bisect.bisect([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print("AttributeError:", e)
