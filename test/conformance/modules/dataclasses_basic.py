# dataclasses: generated __init__/__repr__/__eq__, defaults, fields()
from dataclasses import dataclass, field, fields, is_dataclass, MISSING

@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "origin"

p = Point(1, 2)
print("repr:", p)
print("defaults:", Point(5), Point(1, label="L"))
print("eq:", Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == (1, 0, "origin"))
print("hash is None (eq without frozen):", Point.__hash__ is None)
print("fields:", [(f.name, f.type.__name__, "MISSING" if f.default is MISSING else f.default) for f in fields(Point)])
print("fields of instance:", [f.name for f in fields(p)])
print("is_dataclass:", is_dataclass(Point), is_dataclass(p), is_dataclass(int))
print("MISSING default:", fields(Point)[0].default is MISSING)
print("__dataclass_fields__ keys:", list(Point.__dataclass_fields__))
print("match_args:", Point.__match_args__)
print("init signature via error:", end=" ")
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, "l", 4)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Annot:
    a: int
    b: "str"
    c = 5
    d: int = field(default=7, repr=False)
print("class var without annotation not a field:", [f.name for f in fields(Annot)], Annot(1, "b"))
@dataclass()
class Empty:
    pass
print("empty:", Empty(), Empty() == Empty())
@dataclass(repr=False, eq=False)
class NoGen:
    v: int
n = NoGen(1)
print("repr=False uses object repr:", repr(n).startswith("<__main__.NoGen object at"))
print("eq=False identity:", n == NoGen(1), n == n)
print("mutable:", end=" ")
p.x = 100
print(p)
match Point(3, 4):
    case Point(x, y):
        print("match positional:", x, y)
