# del of list slices of every step and sign: a hash over 3,000 random cases,
# then extended deletions from a long list.
import random
random.seed(3)
h = 0
for trial in range(3000):
    n = random.randint(0, 40)
    a = list(range(n))
    lo = random.choice([None, random.randint(-50, 50)])
    hi = random.choice([None, random.randint(-50, 50)])
    st = random.choice([None, 1, 2, 3, -1, -2, -3, 7, -7, 100, -100])
    del a[lo:hi:st]
    h = (h * 31 + hash(tuple(a))) % (2**61 - 1)
print(h)
b = list(range(300000))
del b[5:15]
del b[::3]
del b[::-2]
print(len(b), sum(b) % 1000003, b[:5], b[-3:])
