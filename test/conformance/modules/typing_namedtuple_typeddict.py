# typing: NamedTuple and TypedDict basics
from typing import NamedTuple, TypedDict, Optional, List, get_type_hints
import typing

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def describe(self) -> str:
        return "%s in %s" % (self.name, self.dept)

e = Employee("ann")
print("repr:", e)
print("fields/defaults:", Employee._fields, Employee._field_defaults)
print("annotations:", Employee.__annotations__)
print("method:", e.describe())
print("tuple:", isinstance(e, tuple), e[0], len(e), e._replace(salary=9.5))
print("_asdict:", e._asdict())
try:
    Employee()
except TypeError as ex:
    print("TypeError:", ex)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError:", ex)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print("functional:", Point(1, 2), Point._fields)

class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print("TypedDict is dict:", type(m).__name__, m)
mv = Movie(title="Alien", year=1979)
print("call creates dict:", mv, type(mv).__name__)
print("keys:", sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
    b: str
print("total=False:", sorted(Partial.__optional_keys__), Partial.__total__, Partial())
class Child(Movie, total=False):
    rating: float
print("inheritance:", sorted(Child.__required_keys__), sorted(Child.__optional_keys__))
print("annotations:", Child.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as ex:
    print("TypeError:", ex)
Func = TypedDict("Func", {"x": int, "y-z": str})
print("functional TypedDict:", Func(x=1, **{"y-z": "s"}), sorted(Func.__required_keys__))
from typing import Required, NotRequired
class Mixed(TypedDict, total=False):
    req: Required[int]
    opt: str
class Mixed2(TypedDict):
    req: int
    opt: NotRequired[str]
print("Required/NotRequired:", sorted(Mixed.__required_keys__), sorted(Mixed2.__optional_keys__))
print("no runtime validation:", Movie(title=5, year="x"))
