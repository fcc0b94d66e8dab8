# itertools: dropwhile, takewhile, filterfalse
from itertools import dropwhile, takewhile, filterfalse, count

nums = [1, 4, 6, 4, 1, 7, 2]
print("takewhile <5:", list(takewhile(lambda x: x < 5, nums)))
print("dropwhile <5:", list(dropwhile(lambda x: x < 5, nums)))
print("takewhile all:", list(takewhile(lambda x: True, [1, 2])))
print("takewhile none:", list(takewhile(lambda x: False, [1, 2])))
print("dropwhile all:", list(dropwhile(lambda x: True, [1, 2])))
print("dropwhile empty:", list(dropwhile(bool, [])))
print("takewhile infinite:", list(takewhile(lambda n: n * n < 50, count())))
print("dropwhile str:", "".join(dropwhile(str.isspace, "   text  ")))

it = iter([1, 2, 10, 3, 4])
print("takewhile consumes failing element:", list(takewhile(lambda x: x < 5, it)), list(it))

calls = []
def pred(x):
    calls.append(x)
    return x < 3
list(dropwhile(pred, [1, 2, 3, 4, 1]))
print("dropwhile stops calling pred:", calls)

print("filterfalse:", list(filterfalse(lambda x: x % 2, range(10))))
print("filterfalse None:", list(filterfalse(None, [0, 1, "", "a", None, [], [0], False])))
print("filter None:", list(filter(None, [0, 1, "", "a", None, [], [0], False])))
print("filterfalse str method:", list(filterfalse(str.isdigit, "a1b2c3")))
def partition(pred, it):
    items = list(it)
    return list(filterfalse(pred, items)), list(filter(pred, items))
print("partition:", partition(lambda x: x > 2, range(6)))
try:
    list(takewhile(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    takewhile(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
t = takewhile(lambda x: x < 3, count())
print("iter is self:", iter(t) is t, next(t), next(t), next(t))
try:
    next(t)
except StopIteration:
    print("exhausted")
try:
    next(t)
except StopIteration:
    print("still exhausted")
