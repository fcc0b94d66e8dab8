# Rich comparisons, reflection of comparisons, functools.total_ordering
import functools
log = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append(f'{self.v}.__lt__({o.v})')
        return self.v < o.v
    def __gt__(self, o):
        log.append(f'{self.v}.__gt__({o.v})')
        return self.v > o.v
print(C(1) < C(2), log); log.clear()
print(C(1) > C(2), log); log.clear()
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append('OnlyLt.__lt__')
        return self.v < o.v
print('> uses reflected __lt__', OnlyLt(5) > OnlyLt(3), log); log.clear()
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError', e)
print('sorted uses __lt__', [x.v for x in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])
print('max uses __gt__ or reflected', max([OnlyLt(3), OnlyLt(9), OnlyLt(2)]).v)
log.clear()
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b = Version('1.2.10'), Version('1.10')
print('total_ordering', a < b, a <= b, a > b, a >= b, a == b, a != b)
print('sorted versions', sorted([Version('2.0'), Version('1.9.9'), Version('1.10')]))
print('generated methods', sorted(k for k in ('__le__', '__gt__', '__ge__') if k in Version.__dict__))
@functools.total_ordering
class ByGe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print('from __ge__', ByGe(1) < ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) > ByGe(1))
class Ne:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append('__eq__')
        return self.v == o.v
print('!= derived from __eq__', Ne(1) != Ne(1), Ne(1) != Ne(2), log); log.clear()
class Always:
    def __eq__(self, o): return True
    __hash__ = None
print('custom eq against builtins', Always() == 1, 1 == Always(), [Always()] == [5], Always() in [1, 2])
class ReturnsNonBool:
    def __lt__(self, o): return 'truthy string'
    def __eq__(self, o): return 0
print('non-bool results passed through', ReturnsNonBool() < ReturnsNonBool(), ReturnsNonBool() == 1)
print('used in if', 'yes' if ReturnsNonBool() < 1 else 'no')
class Sub(C):
    def __gt__(self, o):
        log.append('Sub.__gt__')
        return True
print('subclass reflected priority', C(1) < Sub(2), log); log.clear()
print('tuple compare uses __eq__ then __lt__', (C(1), 2) < (C(1), 3) if False else 'skip')
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o): log.append('eq'); return isinstance(o, Key) and self.v == o.v
    def __lt__(self, o): log.append('lt'); return self.v < o.v
    def __hash__(self): return hash(self.v)
print('list compare', [Key(1), Key(2)] < [Key(1), Key(3)], log); log.clear()
print('identical elements skip __eq__', [k := Key(1)] == [k], log); log.clear()
print('in uses identity first', k in [k], log); log.clear()
try:
    C(1) <= C(2)
except TypeError as e:
    print('TypeError', e)
