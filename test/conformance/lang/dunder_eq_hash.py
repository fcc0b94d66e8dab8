# __eq__ / __hash__ interplay and hashability
class Plain:
    pass
print('default hashable', isinstance(hash(Plain()), int), Plain.__hash__ is object.__hash__)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print('__eq__ sets __hash__ None', EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly(1)}
except TypeError as e:
    print('TypeError', e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print('TypeError', e)
class EqHash:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqHash) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'EqHash({self.v})'
s = {EqHash(1), EqHash(1), EqHash(2)}
print('dedup in set', len(s), EqHash(1) in s)
d = {EqHash('k'): 'value'}
print('dict lookup by equal key', d[EqHash('k')])
class Child(EqOnly):
    pass
print('inherits None hash', Child.__hash__)
class ChildHash(EqOnly):
    __hash__ = object.__hash__
print('restore hash explicitly', isinstance(hash(ChildHash(1)), int))
class HashOnly:
    def __hash__(self): return 42
print('hash only', hash(HashOnly()), HashOnly() == HashOnly())
class BadHash:
    def __hash__(self): return 'not int'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self): return 2 ** 100
print('big hash reduced', hash(BigHash()) == hash(2 ** 100))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'C{self.v}'
cd = {Collide(i): i for i in range(5)}
print('all collide still works', [cd[Collide(i)] for i in range(5)], len(cd))
calls = []
class Tracking:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append('hash')
        return hash(self.v)
    def __eq__(self, o):
        calls.append('eq')
        return self.v == o.v
t = Tracking(1)
td = {t: 'x'}
calls.clear()
td[t]
print('identical key: hash only', calls); calls.clear()
td[Tracking(1)]
print('equal key: hash then eq', calls); calls.clear()
print('hash of ints and equal floats', hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print('hash of tuples', hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
print('frozenset hashable', hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError', e)
print('hash(-1) special', hash(-1), hash(-2))
print('None hash stable', hash(None) == hash(None))
class NeOnly:
    def __ne__(self, o): return True
print('__ne__ does not remove hash', NeOnly.__hash__ is object.__hash__)
