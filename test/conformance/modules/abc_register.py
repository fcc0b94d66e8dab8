# abc: register virtual subclasses, __subclasshook__, collections.abc interplay
from abc import ABC, abstractmethod
import collections.abc as cabc

class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

class Legacy:
    def draw(self):
        return "legacy drawing"

print("before register:", isinstance(Legacy(), Drawable))
ret = Drawable.register(Legacy)
print("register returns class:", ret is Legacy)
print("after register:", isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable))
print("not in MRO:", Drawable in Legacy.__mro__)
class LegacyChild(Legacy):
    pass
print("subclass of registered:", issubclass(LegacyChild, Drawable))

@Drawable.register
class Decorated:
    pass
print("register as decorator:", issubclass(Decorated, Drawable), Decorated.__name__)
print("registered class not checked for methods:", isinstance(Decorated(), Drawable))
Drawable.register(int)
print("register builtin:", isinstance(5, Drawable), isinstance("s", Drawable))

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
print("subclasshook:", isinstance([], Sized2), isinstance(5, Sized2), issubclass(dict, Sized2))
class Hook2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Explicit(Hook2):
    pass
print("hook False beats inheritance:", issubclass(Explicit, Hook2))

class MyIterable:
    def __iter__(self):
        return iter([])
print("structural Iterable:", isinstance(MyIterable(), cabc.Iterable), isinstance(MyIterable(), cabc.Iterator))
class Seqish:
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0
print("Sequence is not structural:", isinstance(Seqish(), cabc.Sequence))
cabc.Sequence.register(Seqish)
print("after register:", isinstance(Seqish(), cabc.Sequence), isinstance(Seqish(), cabc.Iterable))
class NotHashable:
    __hash__ = None
print("Hashable with __hash__=None:", isinstance(NotHashable(), cabc.Hashable))
print("list is not Hashable:", isinstance([], cabc.Hashable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
class A(ABC):
    pass
class B(A):
    pass
try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError:", e)
print("_abc_registry-free check: issubclass(bool, Drawable):", issubclass(bool, Drawable))
