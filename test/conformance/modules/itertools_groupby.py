# itertools.groupby: keys, consecutive grouping, shared iterator semantics
from itertools import groupby

print("basic:", [(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print("keys only:", [k for k, _ in groupby("aabbbcaa")])
print("lengths:", [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print("empty:", list(groupby([])))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print("key func:", [(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print("sorted first:", [(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
print("parity:", [(k, list(g)) for k, g in groupby([2, 4, 1, 3, 6, 8, 5], lambda x: x % 2)])
print("key=None:", [(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])

groups = list(groupby("aaabbc"))
print("stored groups lose items:", [(k, list(g)) for k, g in groups])

it = groupby("xxyyyz")
k1, g1 = next(it)
print("first key:", k1, next(g1))
k2, g2 = next(it)
print("advance skips rest:", k2, list(g2), list(g1))

records = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
from operator import itemgetter
for key, grp in groupby(records, key=itemgetter(0)):
    print(" ", key, sum(v for _, v in grp))

def rle(s):
    return "".join("%d%s" % (len(list(g)), k) for k, g in groupby(s))
print("rle:", rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
calls = []
def key(x):
    calls.append(x)
    return x // 10
print("groups:", [k for k, _ in groupby([1, 5, 12, 18, 25], key)])
print("key calls:", calls)
g = groupby("ab")
print("iter is self:", iter(g) is g)
try:
    groupby([1], key=5).__next__()
except TypeError as e:
    print("TypeError:", e)
