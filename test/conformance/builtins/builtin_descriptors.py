# property, classmethod, staticmethod as plain builtins
class C:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, 'the x')
    def cm(cls, v): return (cls.__name__, v)
    cm = classmethod(cm)
    def sm(v): return v * 2
    sm = staticmethod(sm)
c = C()
c.x = 5
print('property', c.x, C.x.__doc__, C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel)
print('classmethod', C.cm(1), c.cm(2))
print('staticmethod', C.sm(3), c.sm(4))
p = property(lambda self: 'got')
print('property repr type', type(p).__name__, isinstance(p, property))
p2 = p.setter(lambda self, v: None)
print('setter returns copy', p2 is not p, p2.fget is p.fget, p2.fset is not None)
p3 = p2.deleter(lambda self: None)
print('deleter', p3.fdel is not None, p2.fdel)
print('property with doc from fget', property(C.getx).__doc__, property(lambda s: 1, doc='explicit').__doc__)
def documented(self):
    """docstring of getter"""
print('fget doc copied', property(documented).__doc__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls)
print('__func__', sm.__func__ is len, callable(cm.__func__))
print('staticmethod callable directly (3.10+)', sm('abc'))
print('__wrapped__', sm.__wrapped__ is len)
class D:
    @property
    def only_get(self): return 1
try:
    D().only_get = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    del D().only_get
except AttributeError as e:
    print('AttributeError', e)
print('property in subclass override', type('E', (D,), {'only_get': 'plain'})().only_get)
print('classmethod on instance binds class', C.cm.__self__ is C, c.cm.__self__ is C)
print('property get via descriptor protocol', C.x.__get__(c, C), C.x.__get__(None, C) is C.x)
C.x.__set__(c, 99)
print('property __set__', c.x)
print('staticmethod __get__', C.__dict__['sm'].__get__(None, C)(5))
print('classmethod __get__', C.__dict__['cm'].__get__(None, C)(6))
try:
    property(1)()
except TypeError as e:
    print('TypeError', e)
class Abstract:
    @property
    def name(self):
        return type(self).__name__.lower()
class Concrete(Abstract):
    pass
print('inherited property', Concrete().name)
