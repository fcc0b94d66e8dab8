# dataclasses: inheritance, field overriding, methods, super().__post_init__
from dataclasses import dataclass, field, fields

@dataclass
class Base:
    x: int
    y: int = 0
    def describe(self):
        return "Base(%d,%d)" % (self.x, self.y)

@dataclass
class Child(Base):
    z: int = 5
    y: int = 10

c = Child(1)
print("child:", c, [f.name for f in fields(c)])
print("inherited method:", c.describe())
print("eq across classes:", Base(1, 10) == Child(1, 10), Child(1) == Child(1))
print("isinstance:", isinstance(c, Base))

class Plain(Base):
    extra = "not a field"
print("non-dataclass subclass:", Plain(3), [f.name for f in fields(Plain)])

@dataclass
class A:
    log: list = field(default_factory=list)
    def __post_init__(self):
        self.log.append("A")
@dataclass
class B(A):
    def __post_init__(self):
        super().__post_init__()
        self.log.append("B")
print("post_init chain:", B().log)

@dataclass
class Shape:
    name: str = "shape"
    def area(self):
        return 0
@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0
    name: str = "rect"
    def area(self):
        return self.w * self.h
@dataclass
class Square(Rect):
    def __post_init__(self):
        self.h = self.w
        self.name = "square"
shapes = [Shape(), Rect(w=2, h=3), Square(w=4)]
print("polymorphism:", [(s.name, s.area()) for s in shapes])
print("field order:", [f.name for f in fields(Square)])
print("repr uses class name:", repr(Square(w=2)))

class Mixin:
    def hello(self):
        return "hello " + self.name
@dataclass
class Greeter(Mixin):
    name: str
print("mixin:", Greeter("ann").hello(), Greeter("b"))

@dataclass
class WithRepr:
    a: int
    def __repr__(self):
        return "custom!"
print("user __repr__ wins:", WithRepr(1))
@dataclass
class WithEq:
    a: int
    def __eq__(self, other):
        return True
print("user __eq__ wins:", WithEq(1) == WithEq(2))
@dataclass
class Gen(Base):
    pass
print("empty subclass:", Gen(7), Gen.__match_args__)
@dataclass(init=False)
class NoInit:
    a: int = 3
    def __init__(self, raw):
        self.a = int(raw) * 2
print("init=False custom __init__:", NoInit("21"))
