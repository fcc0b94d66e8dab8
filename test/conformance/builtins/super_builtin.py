# super() builtin: explicit forms and attributes
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c(' + cls.__name__ + ')'
    def __repr__(self): return 'A-instance'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
class C(B):
    def f(self): return 'C.f>' + super(C, self).f()
c = C()
print(c.f())
print('skip B', super(B, c).f())
print('classmethod through super', C.c(), super(B, C).c())
s = super(C, c)
print('super attrs', s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is c)
print('unbound super', super(C).__thisclass__.__name__, super(C).__self__)
try:
    super(C, 5)
except TypeError as e:
    print('TypeError', e)
try:
    super(5, c)
except TypeError as e:
    print('TypeError', e)
try:
    super()
except RuntimeError as e:
    print('RuntimeError', e)
print('super of type object', super(bool, True).__repr__())
print('super getattr data', super(C, c).f.__name__)
try:
    super(C, c).nonexistent
except AttributeError as e:
    print('AttributeError', e)
class L(list):
    def append(self, v):
        super().append(v * 10)
l = L()
l.append(1)
print('super into builtin', l)
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
print('super __getitem__', D(a=1)['A'])
class Init:
    def __init__(self, v):
        self.v = v
class Sub(Init):
    def __init__(self):
        super().__init__('from sub')
print('super __init__', Sub().v)
class StrSub(str):
    def upper(self):
        return 'custom ' + super().upper()
print('super on str', StrSub('abc').upper())
print('super repr type', type(super(C, c)).__name__)
