# Class decorators and decorating methods
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print('class decorator repr', Point(1, 2))
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
@register('circle')
class Circle:
    pass
@register('square')
class Square:
    pass
print('registry', sorted(registry), Circle.registered_as)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print('singleton', c1 is c2, c1.v, type(Config).__name__)
def add_method(cls):
    cls.shout = lambda self: self.say().upper()
    return cls
@add_method
class Talker:
    def say(self):
        return 'hello'
print('added method', Talker().shout())
def frozen(cls):
    def __setattr__(self, k, v):
        if getattr(self, '_frozen', False):
            raise AttributeError(f'{cls.__name__} is frozen')
        object.__setattr__(self, k, v)
    orig_init = cls.__init__
    def __init__(self, *a, **kw):
        orig_init(self, *a, **kw)
        object.__setattr__(self, '_frozen', True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@frozen
class Const:
    def __init__(self, v):
        self.v = v
k = Const(5)
try:
    k.v = 6
except AttributeError as e:
    print('AttributeError', e, k.v)
order = []
def tag(t):
    def d(cls):
        order.append(t)
        return cls
    return d
@tag('a')
@tag('b')
class Stacked:
    pass
print('stacked class decorators', order)
def logged(fn):
    def w(self, *a):
        print(f'  {type(self).__name__}.{fn.__name__}{a}')
        return fn(self, *a)
    return w
def log_all(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith('__'):
            setattr(cls, name, logged(val))
    return cls
@log_all
class Calc:
    def add(self, a, b): return a + b
    def neg(self, a): return -a
c = Calc()
print('log_all', c.add(1, 2), c.neg(5))
class Wrapper:
    def __init__(self, cls):
        self.cls = cls
    def __call__(self, *a):
        print('  creating', self.cls.__name__)
        return self.cls(*a)
@Wrapper
class Made:
    def __init__(self, n): self.n = n
print('class-instance decorator', Made(3).n)
def prop_deco(fn):
    return property(fn)
class P:
    @prop_deco
    def val(self):
        return 'property via custom decorator'
print(P().val)
