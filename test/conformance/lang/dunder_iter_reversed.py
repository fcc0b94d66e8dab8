# __iter__, __next__, __reversed__ and related protocols
class Range3:
    def __iter__(self):
        print('  __iter__ called')
        return iter([1, 2, 3])
    def __reversed__(self):
        print('  __reversed__ called')
        return iter([3, 2, 1])
r = Range3()
print('for', [x for x in r])
print('reversed', list(reversed(r)))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3 or i < -3:
            raise IndexError
        return 'abc'[i]
print('reversed via __len__/__getitem__', list(reversed(SeqOnly())))
class NoRev:
    def __iter__(self): return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print('TypeError', e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print('TypeError', e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print('iterator', list(c), 'exhausted', list(c))
print('sum of iterator', sum(Countdown(4)), max(Countdown(5)), min(Countdown(5)))
print('dict from iterator of pairs', dict(zip(Countdown(2), 'ab')))
print('enumerate custom', list(enumerate(Countdown(2))))
print('in consumes iterator', 2 in Countdown(3))
class NextWithoutIter:
    def __next__(self): return 1
try:
    for _ in NextWithoutIter():
        break
except TypeError as e:
    print('TypeError', e)
class IterReturnsNonIterator:
    def __iter__(self): return [1, 2]
try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print('TypeError', e)
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print('generator __iter__', list(t))
print('in over generator __iter__', 3 in t, 5 in t)
class LenHint:
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): return 100
print('list from object with __length_hint__', list(LenHint()))
class ExplodingNext:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError('broken at 3')
        return self.i
try:
    for v in ExplodingNext():
        print('  got', v)
except ValueError as e:
    print('ValueError propagates', e)
class Both:
    def __iter__(self): return iter('iter')
    def __getitem__(self, i): return 'getitem'
print('__iter__ preferred over __getitem__', list(Both()))
class Pairs:
    def __iter__(self):
        return iter([(1, 'a'), (2, 'b')])
print('unpacking for', [f'{n}{ch}' for n, ch in Pairs()])
print('star unpack', [*Pairs()])
a, b = Pairs()
print('assignment unpack', a, b)
print('reversed builtin types', list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3))), list(reversed({'x': 1, 'y': 2})))
