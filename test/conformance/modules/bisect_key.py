# bisect with key= (3.10+)
import bisect
from operator import itemgetter, attrgetter
from collections import namedtuple

records = [("alice", 21), ("bob", 25), ("carol", 25), ("dave", 30)]
ages = itemgetter(1)
print("bisect_left key:", bisect.bisect_left(records, 25, key=ages))
print("bisect_right key:", bisect.bisect_right(records, 25, key=ages))
print("bisect key missing:", bisect.bisect(records, 27, key=ages))
print("key applied to elements, not x:", bisect.bisect_left(records, 30, key=ages))
bisect.insort(records, ("eve", 24), key=ages)
print("insort key:", records)
bisect.insort_left(records, ("zed", 25), key=ages)
print("insort_left key:", [r[0] for r in records])
bisect.insort_right(records, ("yan", 25), key=ages)
print("insort_right key:", [r[0] for r in records])
Movie = namedtuple("Movie", "name released")
movies = [Movie("A", 1941), Movie("B", 1950), Movie("C", 1960), Movie("D", 1974)]
by_year = attrgetter("released")
i = bisect.bisect_left(movies, 1960, key=by_year)
print("first released 1960+:", movies[i])
print("lo/hi with key:", bisect.bisect_left(movies, 1960, 0, 2, key=by_year))
words = sorted(["kiwi", "fig", "banana", "apple", "cherry"], key=len)
print("sorted by len:", words)
print("insertion for len 5:", bisect.bisect(words, 5, key=len))
print("key=None same as no key:", bisect.bisect([1, 2, 3], 2, key=None))
calls = []
def k(v):
    calls.append(v)
    return v
bisect.bisect_left(list(range(100)), 42, key=k)
print("key calls logarithmic:", len(calls) <= 8, 42 in calls or 41 in calls)
calls.clear()
bisect.insort([1, 2, 3], 2, key=k)
print("insort key called on x too:", 2 in calls)
try:
    bisect.bisect([("a", 1)], ("b", 2), key=itemgetter(1))
except TypeError as e:
    print("TypeError:", e)
neg = [5, 3, 1]
print("descending via key:", bisect.bisect_left(neg, -3, key=lambda v: -v))
