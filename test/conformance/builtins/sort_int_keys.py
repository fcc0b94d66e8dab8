# sorting by int keys: negative keys, ties keep their order (also reversed),
# keys too large to pack, bools
import random
random.seed(3)
a = [random.randint(-50, 50) for _ in range(2000)]
names = [f"n{i}" for i in range(2000)]
pairs = list(zip(a, names))
print(sorted(pairs, key=lambda p: p[0])[:20])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:20])
print(sorted(pairs, key=lambda p: -p[0] % 7, reverse=True)[:10])
print(sorted(range(20), key=lambda x: 0, reverse=True))
print(sorted([3, 1, 2], key=lambda x: 2 ** 40 * x))
print(sorted([3, 1, 2], key=lambda x: -(2 ** 31) * x, reverse=True))
print(sorted([True, False, 1, 0], key=lambda x: x))
b = list(range(10)); b.sort(key=lambda x: x % 3); print(b)
b = list(range(10)); b.sort(key=lambda x: x % 3, reverse=True); print(b)
