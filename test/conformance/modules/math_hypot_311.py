# hypot and dist with CPython 3.11's vector_norm (the 3.12 method gives other
# last bits), at subnormal, ordinary and huge magnitudes.
import math
import random

random.seed(9)
out = []
for _ in range(4000):
    e = random.choice([random.randint(-1074, -1000), random.randint(-20, 20), random.randint(900, 1020)])
    a = math.ldexp(random.uniform(-1, 1), e)
    b = a * random.uniform(-3, 3)
    c = math.ldexp(random.uniform(-1, 1), e + random.randint(-3, 3))
    out.append(math.hypot(a, b).hex() + " " + math.hypot(a, b, c).hex() + " " + math.dist((a, c), (b, 0.0)).hex())
for v in [(5e-324, 5e-324), (1e-310, 3e-310), (2.2250738585072014e-308, 1e-320), (1e308, 1e308),
          (1.7976931348623157e308, 1.0), (3, 4), (0.0, -0.0), (float('inf'), float('nan')), (float('nan'), 1)]:
    out.append(math.hypot(*v).hex())
print(len(out))
print("\n".join(out))
