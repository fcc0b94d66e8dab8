# Metaclasses: __new__, __init__, __call__, attributes on classes
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f'  Meta.__new__ {name} bases={[b.__name__ for b in bases]} keys={sorted(k for k in ns if not k.startswith("__"))} kwargs={kwargs}')
        ns['added_by_meta'] = name.upper()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print(f'  Meta.__init__ {name}')
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f'  Meta.__call__ {cls.__name__} args={args}')
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst
class Base(metaclass=Meta):
    x = 1
    def __init__(self, v):
        print('  Base.__init__', v)
        self.v = v
print('type of Base', type(Base).__name__, Base.added_by_meta)
b = Base(5)
print('instance', b.v, b.made_by_meta)
class Child(Base, flag=True):
    y = 2
print('metaclass inherited', type(Child).__name__, Child.added_by_meta)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Db(metaclass=Singleton):
    def __init__(self):
        print('  Db init runs once')
print('singleton', Db() is Db())
class Skip(type):
    def __call__(cls, *a):
        return 'not an instance at all'
class Weird(metaclass=Skip):
    pass
print('__call__ can return anything', Weird())
class AutoRepr(type):
    def __repr__(cls):
        return f'<AutoRepr class {cls.__name__}>'
    def __len__(cls):
        return 99
    def __getitem__(cls, item):
        return f'{cls.__name__}[{item}]'
class Thing(metaclass=AutoRepr):
    pass
print('metaclass dunders', repr(Thing), len(Thing), Thing[int.__name__])
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print('TypeError', e)
class M3(M1): pass
class A3(metaclass=M3): pass
class Mixed(A1, A3):
    pass
print('most derived metaclass wins', type(Mixed).__name__)
def func_meta(name, bases, ns):
    print('  function used as metaclass for', name)
    return type(name, bases, dict(ns, from_func=True))
class F(metaclass=func_meta):
    pass
print('function metaclass', F.from_func, type(F).__name__)
class Interface(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        missing = [m for m in getattr(cls, 'required', ()) if not callable(getattr(cls, m, None))]
        if missing and bases:
            raise TypeError(f'{name} must implement {missing}')
        return cls
class Plugin(metaclass=Interface):
    required = ('run', 'stop')
class Good(Plugin):
    def run(self): pass
    def stop(self): pass
try:
    class BadPlugin(Plugin):
        def run(self): pass
except TypeError as e:
    print('TypeError', e)
print('isinstance with metaclass', isinstance(Base, Meta), isinstance(Base, type), issubclass(Meta, type))
class Counted(type):
    count = 0
    def __init__(cls, *a):
        super().__init__(*a)
        Counted.count += 1
class X(metaclass=Counted): pass
class Y(X): pass
class Z(Y): pass
print('classes created', Counted.count)
