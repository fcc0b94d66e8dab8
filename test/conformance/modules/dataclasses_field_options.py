# dataclasses: field() options, default_factory, init=False, __post_init__, InitVar, ClassVar
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List

counter = iter(range(100, 200))

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    tags: dict = field(default_factory=dict, compare=False)
    uid: int = field(default_factory=lambda: next(counter))
    secret: str = field(default="s3", repr=False)
    total: int = field(init=False)
    meta: dict = field(default=None, metadata={"unit": "kg"})
    instances: ClassVar[int] = 0

    def __post_init__(self):
        self.total = len(self.items)
        Inventory.instances += 1

a = Inventory("a")
b = Inventory("b", ["x", "y"])
print(a)
print(b)
print("separate default lists:", a.items is not Inventory("c").items)
a.items.append("z")
print("no shared mutation:", Inventory("d").items)
print("compare=False:", Inventory("q", uid=1, tags={"a": 1}) == Inventory("q", uid=1, tags={"b": 2}))
print("ClassVar not a field:", "instances" in [f.name for f in fields(Inventory)], Inventory.instances)
print("metadata:", dict(fields(Inventory)[6].metadata), type(fields(Inventory)[6].metadata).__name__)
try:
    Inventory("x", total=5)
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Conn:
    host: str
    port: int = 80
    password: InitVar[str] = None
    auth: bool = field(init=False, default=False)
    def __post_init__(self, password):
        self.auth = password is not None
c = Conn("h", password="pw")
print("InitVar:", c, hasattr(c, "password"), [f.name for f in fields(Conn)])
print("InitVar default:", Conn("h2"))

@dataclass
class Validated:
    value: int
    def __post_init__(self):
        if self.value < 0:
            raise ValueError("value must be >= 0, got %d" % self.value)
        self.value = int(self.value)
try:
    Validated(-1)
except ValueError as e:
    print("post_init ValueError:", e)
print("post_init ok:", Validated(3))

@dataclass
class HashOpt:
    a: int
    b: int = field(hash=False)
    c: list = field(default_factory=list, repr=True, hash=None, compare=False)
print("field attrs:", [(f.name, f.hash, f.compare, f.repr, f.init) for f in fields(HashOpt)])
print("kw_only field attr:", fields(HashOpt)[0].kw_only)
