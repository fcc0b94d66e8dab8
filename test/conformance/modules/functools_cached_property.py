# functools.cached_property
from functools import cached_property

class Data:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def total(self):
        self.computations += 1
        return sum(self.values)

d = Data([1, 2, 3])
print("first:", d.total, "computations:", d.computations)
print("second:", d.total, "computations:", d.computations)
print("stored in __dict__:", d.__dict__["total"])
d.values.append(4)
print("stale:", d.total)
del d.total
print("after del recomputes:", d.total, d.computations)
d.total = 100
print("assignable:", d.total)
print("class access:", type(Data.total).__name__)
print("attrname:", Data.total.attrname)
print("doc:", Data.total.__doc__)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e)

cp = cached_property(lambda self: 5)
try:
    cp.__get__(object(), object)
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    loads = 0
    @cached_property
    def config(self):
        """Loaded lazily."""
        Lazy.loads += 1
        return {"debug": True}
a, b = Lazy(), Lazy()
a.config; a.config; b.config
print("per-instance:", Lazy.loads, a.config is not b.config)
print("doc copied:", Lazy.config.__doc__)

class Sub(Data):
    @cached_property
    def total(self):
        return -1
print("override:", Sub([1]).total)
print("property vs cached:", isinstance(Data.__dict__["total"], property))
