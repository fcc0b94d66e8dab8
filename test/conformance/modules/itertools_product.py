# itertools.product: cartesian products and repeat
from itertools import product

print("two:", list(product("ab", [1, 2])))
print("three:", ["".join(p) for p in product("ab", "cd", "ef")])
print("repeat=2:", list(product([0, 1], repeat=2)))
print("repeat=3 count:", len(list(product(range(3), repeat=3))))
print("bits:", ["".join(map(str, p)) for p in product((0, 1), repeat=3)])
print("two iterables repeat:", list(product("ab", "x", repeat=2)))
print("no args:", list(product()))
print("repeat=0:", list(product("ab", repeat=0)))
print("empty factor:", list(product("ab", [])))
print("single:", list(product("abc")))
print("order lexicographic:", list(product([3, 1], [2, 0])))
gen = (x for x in range(2))
print("consumes generators up front:", list(product(gen, "ab")))
print("sum of dice = 7:", sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 7))
try:
    product("ab", repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    product(1, 2)
except TypeError as e:
    print("TypeError:", e)
grid = {(r, c) for r, c in product(range(3), range(3))}
print("grid size:", len(grid), sorted(grid)[:4])
print("nested loop equivalence:", list(product("ab", "cd")) == [(x, y) for x in "ab" for y in "cd"])
p = product([1, 2], ["a"])
print("iterator:", iter(p) is p, next(p), next(p))
try:
    next(p)
except StopIteration:
    print("done")
print("tuples:", all(type(t) is tuple for t in product("ab", repeat=2)))
