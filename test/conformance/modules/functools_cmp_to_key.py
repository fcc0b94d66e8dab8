# functools.cmp_to_key
from functools import cmp_to_key

def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print("sorted:", sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
print("reverse:", sorted(words, key=cmp_to_key(cmp_len_then_alpha), reverse=True))

def numeric_desc(a, b):
    return b - a
print("desc:", sorted([5, 2, 9, 1], key=cmp_to_key(numeric_desc)))
print("min/max:", min([5, 2, 9], key=cmp_to_key(numeric_desc)), max([5, 2, 9], key=cmp_to_key(numeric_desc)))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    return "".join(strs)
print("largest number:", largest_number([3, 30, 34, 5, 9]))

K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print("key comparisons:", k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1 != k2)
print("obj attribute:", k1.obj)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", e)

calls = []
def counting(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
sorted([3, 1, 2], key=cmp_to_key(counting))
print("cmp called:", len(calls) > 0)

def bad(a, b):
    return "x"
try:
    sorted([1, 2], key=cmp_to_key(bad))
except TypeError as e:
    print("TypeError:", e)

def float_cmp(a, b):
    return a - b
print("float results ok:", sorted([0.5, 0.25, 0.75], key=cmp_to_key(float_cmp)))
pairs = [(1, "b"), (0, "a"), (1, "a")]
print("tuples by second then first:", sorted(pairs, key=cmp_to_key(
    lambda p, q: (p[1] > q[1]) - (p[1] < q[1]) or p[0] - q[0])))
print("stable:", sorted(["b1", "a1", "b2", "a2"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]))))
