# __slots__
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print('slots values', p.x, p.y)
print('no __dict__', hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
print('slot descriptors', type(P.x).__name__, P.__slots__)
class Partial:
    __slots__ = ('a', 'b')
q = Partial()
q.a = 1
try:
    q.b
except AttributeError as e:
    print('unset slot AttributeError', e)
del q.a
try:
    del q.a
except AttributeError as e:
    print('del unset slot AttributeError', e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.other = 2
print('slots plus __dict__', w.a, w.__dict__)
class Base:
    __slots__ = ('base',)
class Child(Base):
    pass
c = Child()
c.base = 1
c.extra = 2
print('subclass without slots gets __dict__', c.base, c.__dict__)
class Child2(Base):
    __slots__ = ('more',)
c2 = Child2()
c2.base, c2.more = 'b', 'm'
print('subclass with slots', c2.base, c2.more, hasattr(c2, '__dict__'))
try:
    c2.nope = 1
except AttributeError as e:
    print('AttributeError', e)
class StrSlot:
    __slots__ = 'single'
s = StrSlot()
s.single = 'one string is one slot'
print(s.single, StrSlot.__slots__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 'class attr'
except ValueError as e:
    print('ValueError', e)
class Default:
    __slots__ = ('v',)
    def __init__(self):
        self.v = 'set in init'
print('slots with init', Default().v)
class SlotProp:
    __slots__ = ('_x',)
    @property
    def x(self):
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v
sp = SlotProp()
sp.x = 4
print('property over slot', sp.x)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print('AttributeError', e)
class Weak:
    __slots__ = ('__weakref__',)
print('weakref slot allowed', hasattr(Weak(), '__dict__'))
print('slotted instances compare by identity', P(1, 2) == P(1, 2))
print('vars() on slotted', end=' ')
try:
    vars(p)
except TypeError as e:
    print('TypeError', e)
class ListSlots:
    __slots__ = ['m', 'n']
ls = ListSlots()
ls.m = 1
print('list of slots', ls.m, sorted(ListSlots.__slots__))
print('getattr default on unset slot', getattr(Partial(), 'b', 'default'))
