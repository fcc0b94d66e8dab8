# random: integer generation across bit-length boundaries (_randbelow via getrandbits)
import random

rng = random.Random(1234)
for n in (1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 255, 256, 257, 2**31 - 1, 2**31, 2**32, 2**32 + 1, 2**53, 2**64 + 3):
    print("randrange(%d):" % n, [rng.randrange(n) for _ in range(4)])
rng = random.Random(99)
print("randint small ranges:", [rng.randint(0, 1) for _ in range(16)])
print("randint negative span:", [rng.randint(-3, -1) for _ in range(8)])
print("randrange step 3:", [rng.randrange(0, 30, 3) for _ in range(8)])
print("randrange negative step:", [rng.randrange(100, 0, -7) for _ in range(6)])
print("huge randint:", rng.randint(-(10 ** 30), 10 ** 30))
rng = random.Random(5)
print("getrandbits sizes:", [rng.getrandbits(k) for k in (31, 32, 33, 63, 64, 65)])
print("getrandbits 1000 bit length <= 1000:", rng.getrandbits(1000).bit_length() <= 1000)
rng = random.Random(6)
big = list(range(50))
rng.shuffle(big)
print("shuffle 50:", big)
rng = random.Random(7)
print("sample of huge range:", rng.sample(range(10 ** 12), 4))
print("choice of huge range:", rng.choice(range(0, 10 ** 15, 7)))
print("choices k=10 uniform:", rng.choices(range(5), k=10))
for bad in [(0,), (5, 5), (10, 1), (0, 10, 0), (1.5,), (0, 2.5)]:
    try:
        random.randrange(*bad)
    except (ValueError, TypeError) as e:
        print("randrange%r: %s: %s" % (bad, type(e).__name__, e))
try:
    random.randint(5, 1)
except ValueError as e:
    print("randint(5, 1): ValueError:", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("getrandbits(-1): ValueError:", e)
rng = random.Random(8)
print("randrange with int-valued float is error in 3.12, deprecated in 3.11:", end=" ")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    v = rng.randrange(10.0)
print(v, [x.category.__name__ for x in w])
