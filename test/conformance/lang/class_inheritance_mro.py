# Inheritance, method resolution order, diamonds
class A:
    def who(self): return 'A'
    def only_a(self): return 'only in A'
class B(A):
    def who(self): return 'B'
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass
print('D mro', [k.__name__ for k in D.__mro__])
print('D.who', D().who(), D().only_a())
print('mro() method', [k.__name__ for k in D.mro()])
print('bases', [k.__name__ for k in D.__bases__], A.__bases__, object.__bases__)
class E(C, B):
    pass
print('E mro', [k.__name__ for k in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print('C3 linearization', [k.__name__ for k in M.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print('TypeError', e)
print('issubclass', issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), issubclass(D, D))
print('isinstance', isinstance(D(), B), isinstance(D(), (str, C)))
print('__subclasses__', sorted(k.__name__ for k in A.__subclasses__()))
class Base:
    greeting = 'hello'
    def __init__(self):
        self.items = []
    def greet(self):
        return self.greeting + ' from ' + type(self).__name__
class Child(Base):
    greeting = 'hi'
c = Child()
print('inherited init and method', c.items, c.greet())
class GrandChild(Child):
    def greet(self):
        return Child.greet(self).upper()
print('explicit base call', GrandChild().greet())
class NoInit(Base):
    def __init__(self):
        pass
try:
    NoInit().items
except AttributeError as e:
    print('AttributeError', e)
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print('NotImplementedError', e)
print('object is root', D.__mro__[-1] is object, type.__mro__)
class Attr1:
    x = 'attr1'
class Attr2:
    x = 'attr2'
    y = 'attr2 y'
class Both(Attr1, Attr2):
    pass
print('attribute lookup follows mro', Both.x, Both.y)
Attr2.z = 'added later'
print('dynamic base attribute', Both.z)
class Over(Both):
    x = 'own'
print('own attribute first', Over.x, Over().x)
print('type of class', type(D), type(type))
