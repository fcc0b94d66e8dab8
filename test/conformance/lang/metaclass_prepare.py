# __prepare__, class namespace, class creation order and keywords
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f'  __prepare__ {name} kwargs={kwargs}')
        return {'injected': 'from prepare'}
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, option=1):
    print('  body sees injected:', injected)
    x = 1
print('injected persists', A.injected)
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)
class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = ns.order
        return cls
class Fields(metaclass=RecMeta):
    zeta = 1
    alpha = 2
    def method(self): pass
    beta = 3
    alpha = 4
print('definition order', Fields.definition_order)
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f'duplicate definition of {k}')
        super().__setitem__(k, v)
class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
try:
    class Dupes(metaclass=NoDupMeta):
        def f(self): return 1
        def f(self): return 2
except TypeError as e:
    print('TypeError', e)
class Trace(type):
    def __new__(mcls, name, bases, ns):
        print('  ns keys in __new__', sorted(ns))
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=Trace):
    """doc"""
    a = 1
    def m(self): pass
print('namespace has __module__ and __qualname__')
log = []
class Outer:
    log.append('outer body start')
    class Inner:
        log.append('inner body')
    log.append('outer body end')
print('nested class body order', log)
class KW(type):
    def __new__(mcls, name, bases, ns, *, tag='none'):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Tagged(metaclass=KW, tag='special'):
    pass
class Untagged(metaclass=KW):
    pass
print('class keywords', Tagged.tag, Untagged.tag)
bases = (dict,)
kwargs = {'metaclass': type}
class Dynamic(*bases, **kwargs):
    pass
print('starred bases and keywords', Dynamic.__mro__[1].__name__, type(Dynamic).__name__)
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Bad(metaclass=Prepared):
        pass
except TypeError as e:
    print('TypeError', e)
print('type.__prepare__ returns dict', type.__prepare__('X', ()))
