# dataclasses: asdict, astuple, replace, make_dataclass, is_dataclass
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, fields, is_dataclass
from collections import namedtuple

@dataclass
class Inner:
    v: int
    data: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple

o = Outer("o", Inner(1, [1, 2]), [Inner(2), Inner(3)], {"k": Inner(4)}, (Inner(5), 6))
d = asdict(o)
print("asdict:", d)
print("asdict deep copy:", d["inner"]["data"] is not o.inner.data)
print("astuple:", astuple(o))
print("asdict dict_factory:", asdict(Inner(1, [2]), dict_factory=lambda items: sorted(items)))
print("astuple tuple_factory:", astuple(Inner(1, [2]), tuple_factory=list))
NT = namedtuple("NT", "a b")
@dataclass
class HasNT:
    nt: NT
print("namedtuple preserved:", asdict(HasNT(NT(Inner(1), 2))))
try:
    asdict(Inner)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict({"a": 1})
except TypeError as e:
    print("TypeError:", e)

i = Inner(1, [9])
j = replace(i, v=2)
print("replace:", j, j.data is i.data, i)
@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=0)
try:
    replace(WithInitFalse(1), b=5)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(i, nope=1)
except TypeError as e:
    print("TypeError:", e)

P = make_dataclass("P", ["x", ("y", int), ("z", int, field(default=3))], namespace={"norm": lambda self: self.x + self.y + self.z})
p = P(1, 2)
print("make_dataclass:", p, p.norm(), [f.name for f in fields(P)])
F = make_dataclass("F", [("a", int)], frozen=True, order=True)
print("frozen order:", F(1) < F(2), hash(F(1)) == hash(F(1)))
B = make_dataclass("B", [("q", int, field(default=0))], bases=(Inner,))
print("bases:", B(1, [], 2), [f.name for f in fields(B)])
print("is_dataclass on make_dataclass:", is_dataclass(P))
print("asdict on subclass instance:", asdict(B(1, q=2)))
