# The __class__ cell and zero-argument super
class A:
    def which(self):
        return __class__.__name__
    def cls_of_self(self):
        return type(self).__name__
class B(A):
    pass
print('__class__ is defining class', B().which(), B().cls_of_self())
class C:
    def get_class(self):
        return __class__
print('same object', C().get_class() is C)
class D:
    def uses_super(self):
        return super().__repr__ is not None
print('super uses __class__ cell', D().uses_super())
class E:
    def closure(self):
        def inner():
            return __class__.__name__
        return inner()
print('inner function sees __class__', E().closure())
class F:
    def lam(self):
        return (lambda: __class__)()
print('lambda sees __class__', F().lam().__name__)
def standalone():
    try:
        return __class__
    except NameError as e:
        return 'NameError: ' + str(e)
print(standalone())
class G:
    def m(self):
        return super().__str__ is not None
def foreign(self):
    return super().m()
G.foreign = foreign
try:
    G().foreign()
except RuntimeError as e:
    print('RuntimeError', e)
class H:
    def m(self):
        return 'H.m'
class I(H):
    def m(self):
        return 'I>' + super().m()
J = type('J', (I,), {})
print('super in inherited method through type()', J().m())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class K(metaclass=Meta):
    def m(self):
        return __class__.__name__
print('with metaclass', K().m())
class L:
    def m(self):
        __class__ = 'local assignment shadows'
        return __class__
print(L().m())
class Outer:
    class Inner:
        def m(self):
            return __class__.__qualname__
    def m(self):
        return __class__.__qualname__
print('nested classes', Outer().m(), Outer.Inner().m())
class N:
    def m(self):
        return super()
s = N().m()
print('super repr prefix', repr(s).startswith("<super: <class 'N'>, <N object"))
class WithClassMethod:
    @classmethod
    def cm(cls):
        return __class__.__name__, cls.__name__
class SubWC(WithClassMethod):
    pass
print('classmethod __class__', SubWC.cm())
class WithStatic:
    @staticmethod
    def sm():
        return __class__.__name__
print('staticmethod __class__', WithStatic.sm())
