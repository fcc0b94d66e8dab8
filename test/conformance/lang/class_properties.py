# property with getter, setter, deleter; read-only and computed attributes
class Account:
    def __init__(self, balance):
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        """The balance."""
        self.log.append('get')
        return self._balance
    @balance.setter
    def balance(self, value):
        self.log.append('set')
        if value < 0:
            raise ValueError('negative balance')
        self._balance = value
    @balance.deleter
    def balance(self):
        self.log.append('del')
        del self._balance
a = Account(100)
print('get', a.balance)
a.balance = 50
print('after set', a.balance)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError', e)
del a.balance
print('deleted', hasattr(a, '_balance'), a.log)
try:
    a.balance
except AttributeError as e:
    print('AttributeError', e)
print('property doc', Account.balance.__doc__)
print('property object', type(Account.balance).__name__, Account.balance.fget.__name__)
class ReadOnly:
    @property
    def x(self):
        return 42
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del r.x
except AttributeError as e:
    print('AttributeError', e)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
c = Computed(3, 4)
print('computed', c.area)
c.w = 10
print('recomputed', c.area)
class Legacy:
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    def del_v(self):
        print('  legacy deleter')
    v = property(get_v, set_v, del_v, 'legacy doc')
l = Legacy()
l.v = 5
print('property() call form', l.v, Legacy.v.__doc__)
del l.v
class Base:
    @property
    def name(self):
        return 'base'
class Derived(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
dd = Derived()
dd.name = 'x'
print('extend inherited property', dd.name, dd._n)
class Shadow:
    @property
    def p(self):
        return 'property'
s = Shadow()
s.__dict__['p'] = 'instance dict'
print('data descriptor beats instance dict', s.p)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 'v'
lz = Lazy()
lz.value; lz.value
print('property runs every access', lz.computed)
class Err:
    @property
    def broken(self):
        raise AttributeError('inner missing')
    def __getattr__(self, name):
        return 'fallback for ' + name
print('AttributeError in property falls back to __getattr__', Err().broken)
p = property()
class UsesEmpty:
    attr = p
try:
    UsesEmpty().attr
except AttributeError as e:
    print('AttributeError', e)
print('getter/setter/deleter return new property', p.getter(lambda s: 1) is not p)
