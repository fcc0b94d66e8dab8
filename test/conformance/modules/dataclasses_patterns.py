# dataclasses: practical patterns (config trees, sorting, serialization)
from dataclasses import dataclass, field, asdict, replace, fields
import json

@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    def __str__(self):
        names = {11: "J", 12: "Q", 13: "K", 14: "A"}
        return "%s%s" % (names.get(self.rank, self.rank), self.suit)

hand = [Card(12, "h"), Card(3, "s"), Card(14, "d"), Card(3, "c"), Card(11, "s")]
print("sorted hand:", " ".join(map(str, sorted(hand))))
print("max card:", max(hand))
print("unique ranks:", sorted({c.rank for c in hand}))

@dataclass
class ServerConfig:
    host: str = "localhost"
    port: int = 8080
    tags: list = field(default_factory=list)

@dataclass
class AppConfig:
    name: str
    server: ServerConfig = field(default_factory=ServerConfig)
    debug: bool = False

cfg = AppConfig("app", ServerConfig(port=9000, tags=["a"]))
print("json:", json.dumps(asdict(cfg), sort_keys=True))
def from_dict(cls, d):
    kwargs = {}
    for f in fields(cls):
        if f.name in d:
            v = d[f.name]
            if isinstance(v, dict) and hasattr(f.type, "__dataclass_fields__"):
                v = from_dict(f.type, v)
            kwargs[f.name] = v
    return cls(**kwargs)
back = from_dict(AppConfig, json.loads(json.dumps(asdict(cfg))))
print("roundtrip equal:", back == cfg, back)
prod = replace(cfg, debug=False, server=replace(cfg.server, host="prod"))
print("replace nested:", prod.server.host, cfg.server.host)

@dataclass
class Stack:
    items: list = field(default_factory=list)
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
st = Stack().push(1).push(2).push(3)
print("methods:", st, len(st), st.pop(), st)

@dataclass
class Temperature:
    celsius: float
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
print("property/classmethod:", Temperature(100).fahrenheit, Temperature.from_f(212))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print("recursive:", tree.total())
print("recursive repr:", tree)
print("dataclass docstring:", Temperature.__doc__)
