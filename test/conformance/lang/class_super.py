# super() in all its forms
class A:
    def __init__(self):
        print('  A.__init__')
        self.a = 1
    def hello(self):
        return 'A.hello'
    @classmethod
    def make(cls):
        return f'A.make for {cls.__name__}'
    @staticmethod
    def st():
        return 'A.st'
class B(A):
    def __init__(self):
        print('  B.__init__')
        super().__init__()
        self.b = 2
    def hello(self):
        return 'B>' + super().hello()
    @classmethod
    def make(cls):
        return 'B>' + super().make()
class C(A):
    def __init__(self):
        print('  C.__init__')
        super().__init__()
        self.c = 3
    def hello(self):
        return 'C>' + super().hello()
class D(B, C):
    def __init__(self):
        print('  D.__init__')
        super().__init__()
    def hello(self):
        return 'D>' + super().hello()
d = D()
print('cooperative init', d.a, d.b, d.c)
print('cooperative method', d.hello())
print('classmethod super', D.make(), B.make())
print('two-arg super', super(B, d).hello(), super(C, d).hello(), super(D, d).hello())
print('super skipping', super(B, D).hello(d))
print('super staticmethod', super(B, d).st())
s = super(B, d)
print('super object', type(s).__name__, s.__self__ is d, s.__thisclass__.__name__, s.__self_class__.__name__)
class Base:
    def __init__(self, x, **kw):
        print('  Base got', x, kw)
        self.x = x
class Mixin:
    def __init__(self, mix=None, **kw):
        print('  Mixin got', mix)
        super().__init__(**kw)
        self.mix = mix
class Combined(Mixin, Base):
    def __init__(self, **kw):
        super().__init__(**kw)
obj = Combined(x=1, mix='m')
print('kwargs chain', obj.x, obj.mix)
class P:
    @property
    def val(self):
        return 'P.val'
class Q(P):
    @property
    def val(self):
        return 'Q+' + super().val
print('super property', Q().val)
class WithNew:
    def __new__(cls, *args):
        print('  __new__ with', args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        self.v = v
w = WithNew(5)
print('super __new__', w.created, w.v)
try:
    super().hello()
except RuntimeError as e:
    print('RuntimeError', e)
def outside(self):
    return super().hello()
try:
    outside(d)
except RuntimeError as e:
    print('RuntimeError', e)
class E(A):
    def hello(self):
        inner = lambda: super(E, self).hello()
        return 'E lambda>' + inner()
print(E().hello())
class F(A):
    def hello(self):
        return [super().hello() for _ in range(1)][0]
try:
    print('super in comprehension', F().hello())
except TypeError as e:
    print('super() inside a 3.11 comprehension: TypeError', e)
class G(A):
    def hello(self):
        return super().nonexistent
try:
    G().hello()
except AttributeError as e:
    print('AttributeError', e)
class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
h = H()
h['a'] = 5
print('super on builtin subclass', h)
