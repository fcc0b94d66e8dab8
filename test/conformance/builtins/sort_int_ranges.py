# sorting ints at and beyond the 32-bit boundaries
import random
random.seed(1)
for n in (0, 1, 5, 1000):
    a = [random.randint(-2**31, 2**31 - 1) for _ in range(n)] + [2**31 - 1, -2**31, 0, -0, 5]
    print(sorted(a)[:5], sorted(a)[-5:], sorted(a, reverse=True)[:3])
b = [2**31, -2**31 - 1, 3, 2**53, -2**53]
print(sorted(b), sorted(b + [2**70]))
