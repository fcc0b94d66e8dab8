# typing: Protocol, runtime_checkable, Generic classes, TypeVar constraints, Callable
from typing import Protocol, runtime_checkable, Generic, TypeVar, Callable, Iterator, Iterable, Sized
import typing

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        return "closed"
class Rock:
    pass
print("runtime_checkable:", isinstance(File(), Closable), isinstance(Rock(), Closable))

class NotChecked(Protocol):
    def f(self) -> int: ...
try:
    isinstance(File(), NotChecked)
except TypeError as e:
    print("TypeError:", e)
try:
    NotChecked()
except TypeError as e:
    print("TypeError:", e)

@runtime_checkable
class HasName(Protocol):
    name: str
class Named:
    name = "n"
print("data protocol:", isinstance(Named(), HasName), isinstance(1, HasName))
print("typing.Sized/Iterable:", isinstance([], Sized), isinstance(5, Iterable))

T = TypeVar("T")
N = TypeVar("N", int, float)
class Box(Generic[T]):
    def __init__(self, content: T):
        self.content = content
    def get(self) -> T:
        return self.content
    def map(self, f: Callable[[T], T]) -> "Box[T]":
        return Box(f(self.content))
b = Box(10).map(lambda x: x * 3)
print("generic box:", b.get(), Box[str]("s").get())
print("__orig_bases__:", Box.__orig_bases__)
print("__parameters__:", Box.__parameters__, N.__constraints__)
class IntBox(Box[int]):
    pass
print("subclass of parametrized:", IntBox(5).get(), IntBox.__mro__[1].__name__)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
def first(xs: Iterable[T]) -> T:
    return next(iter(xs))
print("generic function:", first("abc"), first([3]))
def counter(n: int) -> Iterator[int]:
    yield from range(n)
print("Iterator annotation:", list(counter(3)))
Handler = Callable[[str, int], bool]
def run(h: Handler) -> bool:
    return h("x", 1)
print("Callable alias:", run(lambda s, i: s == "x" and i == 1), repr(Handler))
Vector = list[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print("type alias:", scale([1.0, 2.0], 2))
print("typing.get_type_hints on class:", typing.get_type_hints(Box.__init__))
