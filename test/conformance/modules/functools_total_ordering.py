# functools.total_ordering
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print("lt le gt ge:", a < b, a <= b, a > b, a >= b)
print("equal:", a == c, a <= c, a >= c, a < c, a > c)
print("sorted:", sorted([Version(2), Version(1, 5), Version(1, 0, 1)]))
print("max/min:", max(a, b), min(a, b))
print("generated methods:", all(m in Version.__dict__ for m in ("__le__", "__gt__", "__ge__")))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)
print("eq other type:", a == 5)

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print("from __gt__:", Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) >= Rev(2))

@total_ordering
class FromGe:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print("from __ge__:", FromGe(1) < FromGe(2), FromGe(2) <= FromGe(2), FromGe(3) > FromGe(2))

@total_ordering
class FromLe:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
print("from __le__:", FromLe(1) < FromLe(2), FromLe(2) >= FromLe(2), FromLe(3) > FromLe(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

@total_ordering
class Keep:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return "custom gt"
print("user-defined kept:", Keep(1) > Keep(0), Keep(1) >= Keep(0))
