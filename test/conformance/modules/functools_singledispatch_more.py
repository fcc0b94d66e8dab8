# functools.singledispatch: unions, annotations, ABC dispatch order and
# ambiguity, cache invalidation, errors; singledispatchmethod with descriptors
import abc
import typing
from functools import singledispatch, singledispatchmethod
from collections.abc import Sized, Container, Iterable, Collection, Mapping, MutableMapping


def show(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


@singledispatch
def kind(x):
    return 'object'

@kind.register
def _(x: int | str):
    return 'int|str'

@kind.register
def _(x: typing.Union[float, bytes]):
    return 'float|bytes'

@kind.register
def _(x: 'list'):
    return 'list (string annotation)'

@kind.register
def _(x: None):
    return 'None'

kind.register(typing.Optional[dict], lambda x: 'dict or None')
print(kind(1), kind('a'), kind(2.5), kind(b''), kind([]), kind({}), kind(None), kind(()))
print(type(kind.registry).__name__, len(kind.registry), kind.registry[object] is kind.__wrapped__)
print(sorted(k.__name__ for k in kind.registry))
print(kind.dispatch(bool)(True), kind.dispatch(set).__name__)
print(sorted(n for n in vars(kind) if not n.startswith('__')))

def fail(label, thunk):
    try:
        thunk()
        print(label, 'no error')
    except TypeError as e:
        print(label, str(e).replace(hex(id(noann)), 'ADDR'))

def noann(x):
    pass

def bad_union(x: int | typing.List[int]):
    pass

def bad_class(x: typing.List[int]):
    pass

fail('union:', lambda: kind.register(bad_union))
fail('not class:', lambda: kind.register(bad_class))
fail('alias with func:', lambda: kind.register(typing.List[int], noann))
fail('generic alias:', lambda: kind.register(list[int]))
fail('int with func:', lambda: kind.register(1, noann))
fail('int alone:', lambda: kind.register(1))
fail('no annotation:', lambda: kind.register(noann))
fail('no args:', lambda: kind())

def only_return(x) -> tuple:
    return 'from return annotation'
kind.register(only_return)
print(kind(()))

print(kind.register(complex)(lambda x: 'complex')(0), kind(1j))
dec = kind.register(frozenset)
print(type(dec).__name__, dec(lambda x: 'frozen')(0), kind(frozenset()))


# ---- ABCs ---------------------------------------------------------------------
class SizedBox:
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False

class IterBox(SizedBox):
    def __iter__(self):
        return iter(())

@singledispatch
def pick(x):
    return 'object'
pick.register(Sized, lambda x: 'Sized')
pick.register(Container, lambda x: 'Container')
show('ambiguous:', pick, SizedBox())
show('ambiguous subclass:', pick, IterBox())
pick.register(Iterable, lambda x: 'Iterable')
show('iterable first:', pick, IterBox())
pick.register(Collection, lambda x: 'Collection')
show('collection:', pick, IterBox())
show('list:', pick, [1])
show('int:', pick, 3)

class Plain:
    pass
show('before register:', pick, Plain())
Sized.register(Plain)
show('after Sized.register:', pick, Plain())

class Base(abc.ABC):
    pass
class Impl:
    pass
@singledispatch
def via(x):
    return 'object'
via.register(Base, lambda x: 'Base')
show('unregistered:', via, Impl())
Base.register(Impl)
show('registered later:', via, Impl())

@singledispatch
def maps(x):
    return 'object'
maps.register(Mapping, lambda x: 'Mapping')
maps.register(MutableMapping, lambda x: 'MutableMapping')
import types
show('dict:', maps, {})
show('proxy:', maps, types.MappingProxyType({}))

class Chooser(dict):
    def __call__(self):
        pass
@singledispatch
def order(x):
    return 'object'
order.register(dict, lambda x: 'dict')
from collections.abc import Callable
order.register(Callable, lambda x: 'Callable')
show('implicit ABC before concrete base:', order, Chooser())


# ---- caching and explicit clearing ----------------------------------------------
calls = []
@singledispatch
def counted(x):
    calls.append(type(x).__name__)
    return 'object'
counted(1)
counted(2)
print('calls:', calls)
counted.register(int, lambda x: 'int')
print('after register:', counted(3))
counted._clear_cache()
print('after clear:', counted(4), counted('s'))


# ---- singledispatchmethod -------------------------------------------------------
class Negator:
    @singledispatchmethod
    def neg(self, arg):
        return 'cannot negate ' + type(arg).__name__

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return cls.__name__ + ' default'

    @cneg.register(int)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + ' int'

    @singledispatchmethod
    @staticmethod
    def sneg(arg):
        return 'static default'

    @sneg.register(float)
    @staticmethod
    def _(arg):
        return 'static float'

n = Negator()
print(n.neg(5), n.neg(True), n.neg('x'))
print(Negator.cneg(1), n.cneg('a'), Negator.sneg(1.5), n.sneg(1))
print(n.neg.__name__, Negator.neg.__qualname__, hasattr(n.neg, 'register'))

class SubNegator(Negator):
    pass
print(SubNegator.cneg(3))

class Abstract(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def handle(self, arg):
        pass
print('abstract:', sorted(Abstract.__abstractmethods__), Abstract.__dict__['handle'].__isabstractmethod__)
try:
    singledispatchmethod(1)
except TypeError as e:
    print('TypeError:', e)
