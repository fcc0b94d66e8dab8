# random: Random instances, getstate/setstate, independence
import random

a = random.Random(10)
b = random.Random(10)
print("same seed same stream:", [a.random() for _ in range(3)] == [b.random() for _ in range(3)])
c = random.Random(11)
print("different seed:", a.random() != c.random())
random.seed(10)
m = random.random()
print("module vs instance:", m == random.Random(10).random())
state = a.getstate()
print("state shape:", type(state).__name__, len(state), state[0], len(state[1]))
x = [a.randint(0, 1000) for _ in range(5)]
a.setstate(state)
y = [a.randint(0, 1000) for _ in range(5)]
print("setstate replays:", x == y, x)
g_state = random.getstate()
first = random.random()
random.setstate(g_state)
print("module setstate:", first == random.random())
gs = random.Random(3)
gs.gauss(0, 1)
st = gs.getstate()
n1 = gs.gauss(0, 1)
gs.setstate(st)
print("gauss_next saved in state:", n1 == gs.gauss(0, 1))
try:
    a.setstate((99, (), None))
except ValueError as e:
    print("ValueError:", e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
mr = MyRandom(1)
print("subclass random():", mr.random(), mr.uniform(0, 10), mr.choice("abc"))
print("randrange same as base (random() override used):", MyRandom(5).randrange(100) == random.Random(5).randrange(100), MyRandom(5).randrange(100))
sr = random.SystemRandom()
v = sr.random()
print("SystemRandom range:", 0 <= v < 1, 1 <= sr.randint(1, 6) <= 6)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
inst = random.Random()
inst.seed(77)
print("reseed instance:", inst.random() == random.Random(77).random())
print("module functions are bound methods:", type(random.random.__self__).__name__)
print("VERSION:", random.Random.VERSION)
