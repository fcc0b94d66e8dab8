# // % and divmod of big ints of every sign combination against each other
# and small ints: one hash of all the results, and a few printed.
import random
random.seed(7)
vals = [0, 1, -1, 2, -2, 7, -7, 10**20, -10**20, 10**20+3, -(10**20+3), 2**64, -2**64, 3**50, -(3**50), 2**53, 2**53+1, -(2**53+1)]
for _ in range(300):
    vals.append(random.randint(-10**40, 10**40))
    vals.append(random.randint(-10**12, 10**12))
h = 0
n = 0
for a in vals:
    for b in vals[::7]:
        if b == 0:
            continue
        q, r = divmod(a, b)
        h = (h * 1000003 + hash((q, r, a // b, a % b))) % (2**61 - 1)
        n += 1
print(n, h)
print(divmod(-10**30, 7), divmod(10**30, -7), -10**30 // 10**15, (10**30 + 1) // -(10**15), divmod(-(2**80), 2**40))
