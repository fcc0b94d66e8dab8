# Sorting ints of the int32 range, with and without int keys, around the
# size where a radix sort takes over: stability, reverse, the range's ends.
import random
random.seed(5)
h = 0
for trial in range(40):
    n = random.choice([4095, 4096, 5000, 20000])
    span = random.choice([3, 1000, 2**20, 2**31 - 1])
    recs = [(random.randint(-span, span) if trial % 3 else random.randint(0, span), i) for i in range(n)]
    if trial % 7 == 0:
        recs.append((2**31 - 1, -1)); recs.append((-2**31, -2)); recs.append((-2**31 + 1, -3))
    for rev in (False, True):
        out = sorted(recs, key=lambda r: r[0], reverse=rev)
        h = (h * 1000003 + hash(tuple(out))) % (2**61 - 1)
    lst = list(recs)
    lst.sort(key=lambda r: -r[0])
    h = (h * 1000003 + hash(tuple(lst))) % (2**61 - 1)
big = [(2**40 if i % 100 == 0 else i % 7, i) for i in range(10000)]
print(h, sorted(big, key=lambda r: r[0])[-3:], sorted(big, key=lambda r: r[0], reverse=True)[:3])
for n in (4095, 4096, 10000, 300000):
    for span in (5, 70000, 2**31 - 1):
        a = [random.randint(-span, span) for _ in range(n)]
        if n == 10000:
            a += [2**31 - 1, -2**31, 0, -1]
        s1 = sorted(a)
        s2 = sorted(a, reverse=True)
        a.sort()
        print(n, span, hash(tuple(s1)) % 1000003, hash(tuple(s2)) % 1000003, a == s1, s1[:2], s2[:2])
mixed = list(range(5000)) + [2**31, -2**33]
print(sorted(mixed)[:2], sorted(mixed)[-2:])
