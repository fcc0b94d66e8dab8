# random: seeded simulations whose exact results depend on the MT stream
import random
from collections import Counter

rng = random.Random(2023)
rolls = Counter(rng.randint(1, 6) for _ in range(600))
print("dice counts:", sorted(rolls.items()))
rng = random.Random(1)
inside = sum(1 for _ in range(10000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi estimate:", inside * 4 / 10000)
rng = random.Random(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print("random walk:", walk)
rng = random.Random(99)
pw = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
print("token:", pw)
rng = random.Random(5)
matrix = [[rng.randrange(10) for _ in range(4)] for _ in range(3)]
print("matrix:", matrix)
rng = random.Random(11)
teams = list("ABCDEFGH")
rng.shuffle(teams)
print("pairings:", list(zip(teams[::2], teams[1::2])))
rng = random.Random(12)
print("weighted picks:", Counter(rng.choices("abc", weights=[5, 3, 2], k=100)).most_common())
rng = random.Random(13)
bits = rng.getrandbits(128)
print("uuid-like:", "%032x" % bits)
rng = random.Random(14)
print("float list:", [round(rng.uniform(-1, 1), 6) for _ in range(4)])
rng = random.Random(15)
population = list(range(50))
print("reservoir-ish sample:", sorted(rng.sample(population, 7)))
rng = random.Random("seed-string")
print("str-seeded choice run:", [rng.choice([10, 20, 30]) for _ in range(6)])
