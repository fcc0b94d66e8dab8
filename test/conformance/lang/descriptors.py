# Descriptors: data vs non-data precedence, __get__ variants
class NonData:
    def __get__(self, obj, objtype=None):
        return f'nondata get obj={type(obj).__name__} type={objtype.__name__}'
class Data:
    def __get__(self, obj, objtype=None):
        return 'data get'
    def __set__(self, obj, value):
        print('  data set', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print('instance access', c.nd)
print('class access', C.nd)
c.__dict__['nd'] = 'instance dict wins over non-data'
c.__dict__['d'] = 'instance dict loses to data'
print(c.nd)
print(c.d)
c.d = 5
print('set via data descriptor, dict unchanged', c.__dict__['d'])
c.nd = 'plain assignment to non-data name'
print(c.nd)
C.d = 'replace descriptor on class'
print('class assignment replaces descriptor', C.d)
class GetOnly:
    def __get__(self, obj, objtype=None):
        return 'getonly'
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2
class D:
    so = SetOnly()
    go = GetOnly()
dd = D()
dd.so = 4
print('set-only is data descriptor; get returns', dd.so, type(D.so).__name__)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('  __delete__', self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = 'ann'
p.age = 30
print('typed', p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
del p.age
print('after delete', p.age)
print('class access returns descriptor', type(Person.name).__name__)
def func(self):
    return 'function is a non-data descriptor'
class E:
    f = func
print(E().f(), type(func.__get__(E(), E)).__name__)
print('func.__get__(None, E) is func', func.__get__(None, E) is func)
class Meta(type):
    attr = Data()
class WithMeta(metaclass=Meta):
    attr = 'class dict'
print('metaclass data descriptor beats class dict', WithMeta.attr)
class Meta2(type):
    attr = NonData()
class WithMeta2(metaclass=Meta2):
    attr = 'class dict'
print('class dict beats metaclass non-data', WithMeta2.attr)
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n
class F:
    count = Counter()
f = F()
print('descriptor called on each access', f.count, f.count, F.count)
class Cached:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class G:
    calls = 0
    @Cached
    def expensive(self):
        G.calls += 1
        return 'computed'
g = G()
print('cached property pattern', g.expensive, g.expensive, G.calls)
