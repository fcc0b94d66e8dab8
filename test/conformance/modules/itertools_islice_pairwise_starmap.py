# itertools: islice, pairwise, starmap
from itertools import islice, pairwise, starmap, count

s = "ABCDEFG"
print("islice stop:", list(islice(s, 2)))
print("islice start stop:", list(islice(s, 2, 4)))
print("islice None stop:", list(islice(s, 2, None)))
print("islice step:", list(islice(s, 0, None, 2)))
print("islice all None:", list(islice(s, None)))
print("islice None start:", list(islice(s, None, 3)))
print("islice beyond:", list(islice(s, 5, 100)))
print("islice infinite:", list(islice(count(), 10, 20, 3)))
for args in ((-1,), (0, -1), (0, 5, 0), (1.5,), ("a",)):
    try:
        islice(s, *args)
    except ValueError as e:
        print("islice%r ValueError: %s" % (args, e))
it = iter(range(10))
print("islice consumes:", list(islice(it, 3)), next(it))
it2 = iter(range(10))
list(islice(it2, 2, 4))
print("consumed up to stop:", next(it2))
it3 = iter(range(10))
print("islice(it, 0):", list(islice(it3, 0)), next(it3))

class Idx:
    def __index__(self):
        return 3
print("islice __index__:", list(islice(range(10), Idx())))

print("pairwise:", list(pairwise([1, 2, 3, 4])))
print("pairwise str:", ["".join(p) for p in pairwise("abcd")])
print("pairwise short:", list(pairwise([1])), list(pairwise([])))
print("diffs:", [b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print("pairwise infinite:", list(islice(pairwise(count()), 3)))
print("pairwise repr type:", type(pairwise([])).__name__)

print("starmap pow:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("starmap lambda:", list(starmap(lambda a, b, c: a + b * c, [(1, 2, 3), (4, 5, 6)])))
print("starmap zip:", list(starmap(max, zip([1, 5, 3], [4, 2, 6]))))
print("starmap empty tuple:", list(starmap(lambda: "x", [(), ()])))
print("starmap inner lists:", list(starmap(divmod, [[7, 2], [9, 4]])))
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e:
    print("TypeError:", e)
