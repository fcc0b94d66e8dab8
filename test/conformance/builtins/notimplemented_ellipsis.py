# NotImplemented, Ellipsis and other singletons
print('repr', repr(NotImplemented), repr(Ellipsis), repr(...), repr(None))
print('types', type(NotImplemented).__name__, type(...).__name__)
print('identity', ... is Ellipsis, Ellipsis is Ellipsis)
print('Ellipsis truthy', bool(...))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.v + o.v)
    def __radd__(self, o):
        return 'radd used for ' + type(o).__name__
    def __eq__(self, o):
        return NotImplemented
print('NotImplemented triggers reflected', 5 + V(1))
print('direct dunder returns NotImplemented', V(1).__add__(5))
print('eq NotImplemented both sides -> identity', V(1) == V(1), (lambda x: x == x)(V(1)))
print('int dunder NotImplemented', (1).__add__('a'), (1).__lt__(None), (1.5).__mul__('x'))
class Arr:
    def __getitem__(self, k): return k
print('Ellipsis as index', Arr()[...], Arr()[1, ..., 2])
def stub(): ...
print('stub body', stub())
print('ellipsis equality', ... == ..., ... != None)
print('singletons cannot be instantiated anew', type(...)() is ..., type(NotImplemented)() is NotImplemented, type(None)() is None)
print('hashable', hash(...) == hash(Ellipsis), hash(NotImplemented) == hash(NotImplemented))
print('in containers', [..., NotImplemented, None])
x = ...
if x is Ellipsis:
    print('used as sentinel')
print('str', str(...), str(NotImplemented))
print('NotImplementedError is different', issubclass(NotImplementedError, RuntimeError), type(NotImplemented) is not NotImplementedError)
