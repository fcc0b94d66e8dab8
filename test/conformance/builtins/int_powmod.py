# pow(a, b, m) over small moduli (below 2**31, done in doubles) and big ones,
# negative bases and moduli, exponents up to 2**130.
import random
random.seed(11)
mods = [1, 2, 3, 7, 10**9 + 7, 2**31 - 1, 2**31, 2**31 + 1, 2**32 - 5, 998244353, 65537, 2**16, 2**61 - 1, (1 << 127) - 1, 10**18 + 9, -7, -(10**9 + 7), -(2**31 - 1)]
h = 0
n = 0
for m in mods:
    for _ in range(60):
        a = random.choice([0, 1, -1, random.randint(-10**30, 10**30), random.randint(0, 2**31), random.randint(-50, 50)])
        b = random.choice([0, 1, 2, random.randint(0, 10**6), random.randint(0, 2**130), 2**31 - 1, 2**31])
        r = pow(a, b, m)
        h = (h * 1000003 + hash(r)) % (2**61 - 1)
        n += 1
print(n, h)
print(pow(3, 10**18, 10**9 + 7), pow(-3, 5, 2**31 - 1), pow(2**40, 3, 2**31 - 1), pow(5, -1, 10**9 + 7), pow(0, 0, 1), pow(7, 0, -(2**31 - 1)))
