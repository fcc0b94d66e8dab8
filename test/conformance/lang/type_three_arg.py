# type() with one and three arguments
print('one arg', type(1), type('s'), type(None), type(type), type(len).__name__)
Point = type('Point', (), {'x': 0, 'y': 0})
p = Point()
print('created', Point.__name__, Point.__qualname__, p.x, p.y)
print('module', Point.__module__)
def init(self, x, y):
    self.x, self.y = x, y
def norm2(self):
    return self.x ** 2 + self.y ** 2
Vec = type('Vec', (object,), {'__init__': init, 'norm2': norm2, '__repr__': lambda s: f'Vec({s.x}, {s.y})'})
v = Vec(3, 4)
print('methods', v, v.norm2())
Vec3 = type('Vec3', (Vec,), {'z': 0})
print('inheritance', Vec3.__mro__[1].__name__, Vec3(1, 2).norm2(), Vec3.z)
Cls = type('Cls', (dict,), {})
c = Cls(a=1)
print('builtin base', c, isinstance(c, dict))
Empty = type('Empty', (), {})
print('empty bases default to object', Empty.__bases__)
class Meta(type):
    pass
M = Meta('M', (), {'attr': 1})
print('metaclass call', type(M).__name__, M.attr)
T = type('T', (), {'__slots__': ('a',)})
t = T()
t.a = 1
print('slots via type()', t.a, hasattr(t, '__dict__'))
try:
    type('X', 'notatuple', {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (), [])
except TypeError as e:
    print('TypeError', e)
try:
    type('X', ())
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (1,), {})
except TypeError as e:
    print('TypeError', e)
try:
    type(1, (), {})
except TypeError as e:
    print('TypeError', e)
print('dict copied', 'extra' in Point.__dict__)
ns = {'k': 1}
K = type('K', (), ns)
ns['k'] = 2
print('namespace copied at creation', K.k)
Named = type('Weird Name!', (), {})
print('any string as name', Named.__name__)
WithDoc = type('WithDoc', (), {'__doc__': 'docstring'})
print('doc', WithDoc.__doc__)
class Sub:
    def __init_subclass__(cls, **kw):
        print('  init_subclass called for', cls.__name__, kw)
S2 = type('S2', (Sub,), {})
class Desc:
    def __set_name__(self, owner, name):
        print('  set_name', owner.__name__, name)
Made = type('Made', (), {'d': Desc()})
print('type(name) of instance', type(Vec(0, 0)).__name__, Vec(0, 0).__class__ is Vec)
