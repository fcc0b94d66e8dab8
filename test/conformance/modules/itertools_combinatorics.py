# itertools: permutations, combinations, combinations_with_replacement
from itertools import permutations, combinations, combinations_with_replacement as cwr
from math import comb, perm, factorial

print("permutations:", ["".join(p) for p in permutations("abc")])
print("permutations r=2:", list(permutations(range(3), 2)))
print("permutations r=0:", list(permutations("ab", 0)))
print("permutations r>n:", list(permutations("ab", 3)))
print("permutations dup elems:", list(permutations("aab", 2)))
print("permutations empty:", list(permutations([])))
print("count check:", len(list(permutations(range(5), 3))) == perm(5, 3))
print("count all:", len(list(permutations(range(6)))) == factorial(6))
print("permutations r=None:", list(permutations([1, 2], None)))

print("combinations:", list(combinations("abcd", 2)))
print("combinations 3:", ["".join(c) for c in combinations("abcde", 3)])
print("combinations r=0:", list(combinations("abc", 0)))
print("combinations r>n:", list(combinations("abc", 4)))
print("combinations r=n:", list(combinations("abc", 3)))
print("combinations positions not values:", list(combinations("aab", 2)))
print("count check:", len(list(combinations(range(10), 4))) == comb(10, 4))
print("sorted input sorted output:", list(combinations([1, 2, 3, 4], 3)))

print("cwr:", list(cwr("abc", 2)))
print("cwr r=0:", list(cwr("abc", 0)))
print("cwr r>n:", len(list(cwr("ab", 3))), list(cwr("ab", 3)))
print("cwr empty pool:", list(cwr("", 2)), list(cwr("", 0)))
print("cwr count:", len(list(cwr(range(5), 3))) == comb(5 + 3 - 1, 3))
print("coins for 10:", [c for c in cwr([1, 2, 5], 4) if sum(c) == 10])

for fn in (permutations, combinations, cwr):
    try:
        fn("abc", -1)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    permutations("abc", 1.5)
except TypeError as e:
    print("TypeError:", e)
subsets = [c for r in range(4) for c in combinations([1, 2, 3], r)]
print("powerset:", subsets)
