# Class attributes vs instance attributes
class C:
    shared = []
    counter = 0
    name = 'class name'
a, b = C(), C()
a.shared.append('from a')
print('mutable class attr shared', b.shared, C.shared)
a.counter += 1
print('augmented assignment creates instance attr', a.counter, b.counter, C.counter, 'counter' in vars(a))
a.name = 'instance name'
print('instance shadows', a.name, b.name, C.name)
del a.name
print('after delete falls back to class', a.name)
C.name = 'changed on class'
print('class change visible', a.name, b.name)
b.shared = ['own list']
print('rebinding on instance', b.shared, C.shared)
class D:
    def method(self):
        return 'method'
d = D()
d.method = lambda: 'instance attribute function'
print('instance attr shadows method', d.method(), D().method())
print('function in instance dict is not bound', type(d.method).__name__)
class Counter:
    total = 0
    def __init__(self):
        self.id = Counter.total
        Counter.total += 1
cs = [Counter() for _ in range(3)]
print('ids', [c.id for c in cs], Counter.total)
class Config:
    debug = False
class Dev(Config):
    debug = True
class Prod(Config):
    pass
print('inheritance of class attrs', Config.debug, Dev.debug, Prod.debug)
Config.debug = 'changed'
print('parent change affects non-overriding child', Prod.debug, Dev.debug)
print('__dict__ contents', 'debug' in Dev.__dict__, 'debug' in Prod.__dict__)
setattr(C, 'dynamic', 42)
print('setattr on class', a.dynamic, getattr(b, 'dynamic'))
print('class __dict__ is mappingproxy', type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print('TypeError', e)
class Private:
    __secret = 'mangled'
    def reveal(self):
        return self.__secret
    def set_secret(self, v):
        self.__secret = v
pv = Private()
print('name mangling', pv.reveal(), hasattr(pv, '__secret'), pv._Private__secret)
pv.set_secret('new')
print('instance mangled', sorted(vars(pv)))
class SubPrivate(Private):
    __secret = 'sub'
    def sub_reveal(self):
        return self.__secret
sp = SubPrivate()
print('mangling per class', sp.reveal(), sp.sub_reveal())
class Dunder:
    __not_mangled__ = 'dunder names not mangled'
print(Dunder.__not_mangled__)
print('getattr on class for method', C.__init__ is object.__init__)
class WithInstanceCounter:
    def __init__(self):
        type(self).created = getattr(type(self), 'created', 0) + 1
class Sub1(WithInstanceCounter): pass
Sub1(); Sub1(); WithInstanceCounter()
print('type(self) attribute per class', Sub1.created, WithInstanceCounter.created)
