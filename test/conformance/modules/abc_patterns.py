# abc: template method pattern, plugin registry, abstract containers
from abc import ABC, abstractmethod
from collections.abc import MutableMapping, Sequence

class Report(ABC):
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== %s ==" % self.title
    def footer(self):
        return "-" * 10
    @property
    @abstractmethod
    def title(self):
        ...
    @abstractmethod
    def body(self):
        ...

class Sales(Report):
    title = "Sales"
    def body(self):
        return ["q1: 10", "q2: 20"]
print(Sales().render())

class Plugin(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "run" in cls.__dict__:
            Plugin.registry[cls.__name__.lower()] = cls
    @abstractmethod
    def run(self, x):
        ...
class Double(Plugin):
    def run(self, x):
        return 2 * x
class Square(Plugin):
    def run(self, x):
        return x * x
class AbstractMiddle(Plugin):
    pass
print("registry:", sorted(Plugin.registry))
print("run all:", {k: v().run(7) for k, v in sorted(Plugin.registry.items())})

class LowerDict(MutableMapping):
    def __init__(self, *a, **kw):
        self._d = {}
        self.update(*a, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print("MutableMapping mixins:", dict(ld), ld.get("a"), ld.pop("B"), ld.setdefault("d", 4), "c" in ld)
ld.update([("E", 5)])
print("after update/pop:", sorted(ld.items()), len(ld))
print("popitem:", ld.popitem(), len(ld))
ld.clear()
print("clear:", dict(ld))
try:
    class Incomplete(MutableMapping):
        def __getitem__(self, k):
            return 1
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

class Range3(Sequence):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(3))]
        if not -3 <= i < 3:
            raise IndexError(i)
        return (i % 3) * 10
    def __len__(self):
        return 3
r = Range3()
print("Sequence mixins:", list(r), r.index(20), r.count(10), 10 in r, list(reversed(r)), r[1:])
