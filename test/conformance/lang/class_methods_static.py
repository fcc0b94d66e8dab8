# classmethod and staticmethod
class Temp:
    unit = 'C'
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.unit}'
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    def to_f(self):
        return self.c_to_f(self.deg)
t = Temp.from_f(212)
print('alternate constructor', type(t).__name__, t.deg)
print('classmethod via instance', t.describe(), Temp.describe())
print('staticmethod', Temp.c_to_f(100), t.c_to_f(0), t.to_f())
class Kelvin(Temp):
    unit = 'K'
k = Kelvin.from_f(32)
print('classmethod gets subclass', type(k).__name__, k.deg, Kelvin.describe())
print('types in class dict', type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['c_to_f']).__name__)
print('accessed types', type(Temp.from_f).__name__, type(Temp.c_to_f).__name__)
print('bound to class', Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin)
sm = Temp.__dict__['c_to_f']
print('staticmethod __func__', sm.__func__(10), callable(sm))
cm = Temp.__dict__['describe']
print('classmethod __func__', cm.__func__(Kelvin))
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls._items)
Registry.add('a').add('b')
print('chained classmethods', Registry.count())
def plain(x):
    return x * 2
class Holder:
    as_static = staticmethod(plain)
    as_class = classmethod(lambda cls, v: (cls.__name__, v))
print('wrapped manually', Holder.as_static(4), Holder().as_static(5), Holder.as_class(1))
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
class SubCounter(Counter):
    pass
Counter.inc(); SubCounter.inc(); SubCounter.inc()
print('cls attribute assignment creates subclass attr', Counter.count, SubCounter.count)
print('static method no self', staticmethod(lambda: 'ok')())
class Meta(type):
    def meta_method(cls):
        return 'meta method on ' + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_method())
try:
    WithMeta().meta_method()
except AttributeError as e:
    print('AttributeError', e)
class S:
    @staticmethod
    def f(*args):
        return args
print('static receives no implicit arg', S.f(), S().f(1))
