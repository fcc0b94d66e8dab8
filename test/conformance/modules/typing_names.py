# typing: names importable, annotations accepted, cast, TYPE_CHECKING, get_type_hints
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator,
                    List, Literal, Mapping, NamedTuple, NewType, NoReturn, Optional, Protocol,
                    Sequence, Set, Tuple, Type, TypedDict, TypeVar, Union, cast, overload,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args, Annotated, Self,
                    LiteralString, Never, assert_never, final, no_type_check)
import typing

print("TYPE_CHECKING:", TYPE_CHECKING)
if TYPE_CHECKING:
    print("never printed")

def process(items: List[int], mapping: Optional[Dict[str, int]] = None, *,
            flag: Union[int, str] = 0) -> Tuple[int, ...]:
    return tuple(items)
print("annotated function runs:", process([1, 2]))
print("annotations:", process.__annotations__["items"], process.__annotations__["return"])
print("get_type_hints keys:", sorted(get_type_hints(process)))
print("Optional expands:", get_type_hints(process)["mapping"])

x = cast(int, "not really an int")
print("cast is identity:", x, cast("List[str]", [1]))
print("get_origin/get_args:", get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print("get_origin of plain:", get_origin(int), get_args(int))
print("Literal args:", get_args(Literal["a", "b"]))
print("Annotated:", get_args(Annotated[int, "meta"]), get_origin(Annotated[int, "m"]) is Annotated)
print("reprs:", repr(List[int]), repr(Optional[str]), repr(Union[int, str]), repr(Callable[[int], str]))
print("builtin generics:", repr(list[int]), repr(dict[str, list[int]]), repr(int | None))
print("Union dedup/flatten:", Union[int, Union[str, int]], Union[int] is int)
print("Any repr:", repr(Any))
T = TypeVar("T")
K = TypeVar("K", bound=str)
print("TypeVar:", repr(T), T.__name__, K.__bound__)
UserId = NewType("UserId", int)
print("NewType:", UserId(5), type(UserId(5)).__name__, UserId.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(3)
print("Generic subscript instance:", s.items, type(s).__name__)
print("Generic alias repr:", repr(Stack[int]))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print("overload final impl:", f(1), f("a"))
@final
class Leaf:
    pass
print("final decorator:", Leaf.__name__)
MAX: Final = 10
cv: ClassVar[int]
print("Final/ClassVar annotations ok:", MAX)
print("module annotations:", sorted(__annotations__))
print("assert_never raises:", end=" ")
try:
    assert_never("x")
except AssertionError as e:
    print("AssertionError:", str(e)[:30])
