# random: continuous distributions (rounded to avoid last-ulp libm differences)
import random

def r(x):
    return round(x, 9)

random.seed(42)
print("uniform:", [random.uniform(1, 10) for _ in range(3)])
print("uniform reversed bounds:", random.uniform(10, 1))
print("gauss:", [r(random.gauss(0, 1)) for _ in range(4)])
print("gauss default args:", r(random.gauss()))
print("normalvariate:", [r(random.normalvariate(100, 15)) for _ in range(3)])
print("triangular:", [r(random.triangular(0, 10, 2)) for _ in range(3)])
print("triangular default:", r(random.triangular()))
print("expovariate:", [r(random.expovariate(1.5)) for _ in range(3)])
print("lognormvariate:", r(random.lognormvariate(0, 0.5)))
print("vonmisesvariate:", r(random.vonmisesvariate(0, 1)))
print("gammavariate:", r(random.gammavariate(2.0, 3.0)), r(random.gammavariate(0.5, 1.0)))
print("betavariate:", r(random.betavariate(2, 5)))
print("paretovariate:", r(random.paretovariate(3)))
print("weibullvariate:", r(random.weibullvariate(1, 1.5)))
print("random after distributions:", random.random())
random.seed(5)
vals = [random.random() for _ in range(1000)]
print("range check:", all(0.0 <= v < 1.0 for v in vals))
print("mean ~0.5:", round(sum(vals) / len(vals), 2))
random.seed(6)
g = [random.gauss(5, 2) for _ in range(2000)]
mean = sum(g) / len(g)
print("gauss mean ~5:", abs(mean - 5) < 0.2)
for fn, args in ((random.gammavariate, (0, 1)), (random.gammavariate, (1, -1)), (random.betavariate, (0, 1))):
    try:
        fn(*args)
    except ValueError as e:
        print(fn.__name__, args, "ValueError:", e)
random.seed(8)
print("gauss next cache reset by seed:", r(random.gauss(0, 1)))
random.seed(8)
print("same after reseed:", r(random.gauss(0, 1)))
