# itertools: chain, chain.from_iterable, compress
from itertools import chain, compress, count, islice

print("chain:", list(chain([1, 2], (3,), "ab", range(2))))
print("chain none:", list(chain()))
print("chain empties:", list(chain([], [], [1])))
print("from_iterable:", list(chain.from_iterable([[1, 2], [3], []])))
print("from_iterable strings:", "".join(chain.from_iterable(["ab", "cd"])))
print("from_iterable gen:", list(chain.from_iterable(range(i) for i in range(4))))
inf = chain.from_iterable(repeat_list for repeat_list in ([n] * n for n in count(1)))
print("from_iterable lazy infinite:", list(islice(inf, 7)))
print("flatten dict items:", list(chain.from_iterable({"a": 1, "b": 2}.items())))
c = chain([1], [2])
print("iterator protocol:", iter(c) is c, next(c), next(c))
try:
    next(c)
except StopIteration:
    print("StopIteration at end")
try:
    list(chain([1], 5))
except TypeError as e:
    print("TypeError:", e)
lazy = chain([1], 5)
print("lazy error first item:", next(lazy))

def g(tag):
    print("  start", tag)
    yield tag
print("laziness:")
ch = chain(g("a"), g("b"))
print(" got", next(ch))
print(" got", next(ch))

print("compress:", list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("compress short selectors:", list(compress("ABCDEF", [1, 1])))
print("compress short data:", list(compress("AB", [0, 1, 1, 1])))
print("compress truthiness:", list(compress(range(6), ["", "x", 0, 1.5, None, [0]])))
print("compress inf selectors:", list(compress("abcdef", count())))
print("compress kw:", list(compress(data="xyz", selectors=[0, 1, 0])))
evens = compress(count(), (i % 2 == 0 for i in count()))
print("compress infinite:", list(islice(evens, 5)))
