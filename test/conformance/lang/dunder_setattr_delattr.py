# __setattr__ and __delattr__
class Recorder:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print('  __setattr__', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('  __delattr__', name)
        super().__delattr__(name)
r = Recorder()
r.b = 2
r.b += 5
setattr(r, 'c', 3)
print('values', r.a, r.b, r.c)
del r.a
delattr(r, 'c')
print('remaining', vars(r))
try:
    del r.zzz
except AttributeError as e:
    print('AttributeError', e)
class Frozen:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        object.__setattr__(self, 'x', x)
        object.__setattr__(self, 'y', y)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: frozen')
f = Frozen(1, 2)
for action in (lambda: setattr(f, 'x', 5), lambda: delattr(f, 'y')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError', e)
print('unchanged', f.x, f.y)
class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        self.__dict__[name] = value
v = Validated()
v.age = 3
try:
    v.age = -1
except ValueError as e:
    print('ValueError', e, v.age)
class WithProperty:
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, value):
        print('  property setter', value)
        self._p = value
    def __setattr__(self, name, value):
        print('  __setattr__ first', name)
        super().__setattr__(name, value)
wp = WithProperty()
wp.p = 'x'
print('value', wp.p)
class Tracking:
    def __init__(self):
        object.__setattr__(self, 'changes', [])
    def __setattr__(self, name, value):
        self.changes.append(name)
        object.__setattr__(self, name, value)
t = Tracking()
t.x = 1; t.y = 2; t.x = 3
print('changes', t.changes)
class DictBacked:
    def __init__(self):
        object.__setattr__(self, '_store', {})
    def __getattr__(self, name):
        try:
            return self._store[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self._store[name] = value
    def __delattr__(self, name):
        del self._store[name]
db = DictBacked()
db.k = 'v'
print('store', db._store, db.k, '__dict__ empty', vars(db) == {'_store': {'k': 'v'}})
del db.k
try:
    del db.k
except KeyError as e:
    print('KeyError from custom __delattr__', e)
try:
    object.__setattr__(1, 'x', 1)
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr([], 'attr', 1)
except AttributeError as e:
    print('AttributeError', e)
try:
    (1).real = 5
except AttributeError as e:
    print('AttributeError', e)
class C: pass
try:
    setattr(C(), 5, 1)
except TypeError as e:
    print('TypeError', e)
