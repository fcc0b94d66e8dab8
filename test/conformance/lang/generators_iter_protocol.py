# Iterator protocol: iter(), next(), custom iterators and iterables
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print('iterable reusable', list(cd), list(cd))
class CountIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
it = CountIter(3)
print('iterator once', list(it), list(it))
it = iter([10, 20, 30])
print('list_iterator', type(it).__name__, next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration after exhaustion')
print('iter of iter is same', iter(it) is it)
for obj in ('ab', (1,), {'k': 0}, {5}, range(2), b'x', bytearray(b'y')):
    i = iter(obj)
    print('iter type', type(obj).__name__, '->', type(i).__name__, next(i))
print('dict item iter', type(iter({}.items())).__name__, type(iter({}.values())).__name__)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return chr(97 + i)
print('sequence protocol', list(Seq()), type(iter(Seq())).__name__)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print('TypeError', e)
calls = iter([1, 2, 3, 0, 4])
print('iter with sentinel', list(iter(lambda: next(calls), 0)))
print('remaining', list(calls))
class Fib:
    def __init__(self): self.a, self.b = 0, 1
    def __iter__(self): return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib()
print('manual next on infinite iterator', [next(f) for _ in range(10)])
l = [1, 2, 3]
li = iter(l)
next(li)
l.append(4)
print('list iterator sees append', list(li))
ri = reversed([1, 2, 3])
print('reversed iterator', type(ri).__name__, list(ri))
z = zip([1, 2], 'ab')
print('zip is iterator', iter(z) is z, next(z))
e = enumerate('xy')
print('enumerate is iterator', iter(e) is e, list(e))
m = map(str, [1, 2])
print('map next', next(m), list(m))
class Resettable:
    def __init__(self, data): self.data = data
    def __iter__(self): return iter(self.data)
r = Resettable([1, 2])
print('nested loops over same iterable', [(a, b) for a in r for b in r])
i1 = iter([1, 2, 3, 4])
print('zip same iterator pairs', list(zip(i1, i1)))
