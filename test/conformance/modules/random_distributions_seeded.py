# random: every function and distribution, seeded, printed exactly: a seeded
# generator must draw the same numbers in the same order as CPython's.
# vonmisesvariate goes through cos/acos, where the host's libm and CPython's
# may differ in the last bit, so it alone is rounded.
import random


def show(label, value):
    print(f'{label}: {value!r}')


def exercise(r):
    show('random', [r.random() for _ in range(3)])
    show('uniform', [r.uniform(-2, 7), r.uniform(5, 1)])
    show('triangular', [r.triangular(), r.triangular(0, 10, 2),
                        r.triangular(0, 1, 0.95), r.triangular(4, 4, 4)])
    show('randint', [r.randint(1, 6) for _ in range(6)] + [r.randint(-10**20, 10**20)])
    show('randrange', [r.randrange(10), r.randrange(3, 40), r.randrange(0, 100, 7),
                       r.randrange(50, -50, -9), r.randrange(2**64), r.randrange(1, 2)])
    show('choice', [r.choice('abcdefg'), r.choice(range(10**9)), r.choice((1, 2.5, None))])
    show('choices', r.choices('abc', k=6))
    show('choices weights', r.choices(['x', 'y', 'z'], [5, 1, 0.5], k=6))
    show('choices cum_weights', r.choices(range(4), cum_weights=[1, 1, 3, 8], k=6))
    deck = list(range(15))
    r.shuffle(deck)
    show('shuffle', deck)
    show('sample small', r.sample(range(30), 7))
    show('sample all', r.sample('python', 6))
    show('sample sparse', r.sample(range(10**8), 6))
    show('sample counts', r.sample(['red', 'blue', 'green'], 5, counts=[3, 1, 2]))
    show('getrandbits', [r.getrandbits(k) for k in (0, 1, 7, 32, 33, 53, 64, 130)])
    show('randbytes', r.randbytes(11))
    show('gauss', [r.gauss(), r.gauss(10, 2), r.gauss(-1, 0.5)])
    show('normalvariate', [r.normalvariate(), r.normalvariate(100, 15)])
    show('lognormvariate', r.lognormvariate(0.5, 0.25))
    show('expovariate', [r.expovariate(0.5), r.expovariate(3)])
    show('vonmisesvariate', [round(r.vonmisesvariate(mu, kappa), 12)
                             for mu, kappa in ((0, 0), (1.0, 0.5), (2.0, 8.0), (-1.0, 200.0))])
    show('gammavariate', [r.gammavariate(0.25, 1), r.gammavariate(0.9, 2),
                          r.gammavariate(1.0, 3), r.gammavariate(1.5, 1), r.gammavariate(40, 0.5)])
    show('betavariate', [r.betavariate(2, 5), r.betavariate(0.3, 0.3), r.betavariate(1e-3, 1)])
    show('paretovariate', [r.paretovariate(1), r.paretovariate(3.5)])
    show('weibullvariate', [r.weibullvariate(1, 1), r.weibullvariate(2.5, 0.5)])


for seed in (0, 7, 2**70 + 3, -31, 2.5, 'pys', b'\x00\xff'):
    print('== seed', repr(seed))
    exercise(random.Random(seed))

print('== module functions')
random.seed(2024)
for name in ('random', 'getrandbits', 'randint', 'choice', 'gauss', 'expovariate'):
    fn = getattr(random, name)
    args = {'random': (), 'getrandbits': (20,), 'randint': (0, 9), 'choice': ('xyz',),
            'gauss': (), 'expovariate': (2,)}[name]
    show(name, fn(*args))
state = random.getstate()
first = [random.random(), random.gauss()]
random.setstate(state)
show('replayed after setstate', [random.random(), random.gauss()] == first)

print('== seed version 1')
for text in ('', 'a', 'legacy seed', b'bytes too'):
    r = random.Random()
    r.seed(text, version=1)
    show(repr(text), [r.random(), r.randrange(1000)])


class OnlyRandom(random.Random):
    # no getrandbits: integers come from random() alone
    def random(self):
        self.calls += 1
        return (self.calls * 0.7548776662466927) % 1.0


print('== subclass with random() only')
o = OnlyRandom()
o.calls = 0
show('randrange', [o.randrange(10) for _ in range(8)])
show('randint, choice', [o.randint(100, 200), o.choice('abcdefghij')])
deck = list(range(8))
o.shuffle(deck)
show('shuffle', deck)
show('sample', o.sample(range(1000), 5))
show('calls', o.calls)

print('== SystemRandom')
s = random.SystemRandom()
x = s.random()
show('random in [0, 1)', type(x) is float and 0.0 <= x < 1.0)
show('getrandbits(100) bound', 0 <= s.getrandbits(100) < 2**100)
show('randbytes length', len(s.randbytes(13)))
show('randrange bound', 0 <= s.randrange(10**30) < 10**30)
show('sample sorted', sorted(s.sample(range(5), 5)))
for method in (s.getstate, lambda: s.setstate(None)):
    try:
        method()
    except NotImplementedError as e:
        show('NotImplementedError', str(e))
