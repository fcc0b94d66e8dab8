# __call__ and callable objects
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add3 = Adder(3)
print('call', add3(1), add3(1, 2, 3), add3(1, scale=10))
print('callable', callable(add3), callable(Adder), callable(3), callable(print), callable(lambda: 0))
print('map with callable object', list(map(Adder(10), [1, 2])))
print('sorted key callable object', sorted([3, -1, 2], key=Adder(0)))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print('stateful', c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
class InstanceAttrCall:
    pass
obj = InstanceAttrCall()
obj.__call__ = lambda: 'instance attribute'
print('instance __call__ ignored by call syntax', callable(obj))
try:
    obj()
except TypeError as e:
    print('TypeError', e)
print('but explicit access works', obj.__call__())
class ClassCall:
    def __call__(self):
        return 'class-level __call__'
ClassCall.__call__ = lambda self: 'patched on class'
print(ClassCall()())
class Chain:
    def __init__(self, parts=()): self.parts = parts
    def __call__(self, part): return Chain(self.parts + (part,))
    def __repr__(self): return '/'.join(self.parts)
print('chained calls', Chain()('a')('b')('c'))
class Compose:
    def __init__(self, *fns): self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
print('compose', Compose(str, abs, lambda v: v - 10)(3))
class Method:
    def __call__(self, *a):
        return ('called with', len(a))
class Host:
    m = Method()
print('callable class attribute is not bound', Host().m(1))
def func():
    return 'function'
func.extra = 'attribute'
print('function attributes', func(), func.extra, func.__call__())
print('bound method callable', callable(Adder(1).__call__), Adder(1).__call__(1))
class Factory:
    def __call__(self, cls, *a):
        return cls(*a)
print('factory', Factory()(list, 'ab'), Factory()(dict, a=1) if False else Factory()(dict))
print('builtin types callable', int('5'), str(5), type(None)(), bool())
print('callable with __call__ = None', end=' ')
class NoneCall:
    __call__ = None
print(callable(NoneCall()))
try:
    NoneCall()()
except TypeError as e:
    print('TypeError', e)
