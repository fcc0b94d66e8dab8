# collections.namedtuple: construction, access, repr, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print("repr:", repr(p), "str:", str(p))
print("fields:", p.x, p.y, p[0], p[-1])
print("is tuple:", isinstance(p, tuple), len(p))
print("kwargs:", Point(y=5, x=3))
print("equality with tuple:", p == (1, 2), p == Point(1, 2), p != Point(2, 1))
print("unpack:", *p)
print("hash equal:", hash(p) == hash((1, 2)))
print("class name:", Point.__name__, type(p).__name__)
print("_fields:", Point._fields)
print("doc:", Point.__doc__)
print("field doc:", Point.x.__doc__)
print("slicing:", p[:1], p[::-1])
print("count/index:", Point(1, 1).count(1), p.index(2))
print("concat:", p + (3,))
print("sorted:", sorted([Point(2, 1), Point(1, 3), Point(1, 2)]))

P3 = namedtuple("P3", "a b c")
print("space string:", P3(1, 2, 3))
P4 = namedtuple("P4", "a, b,c")
print("comma string:", P4._fields)

try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)

try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["_x"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["1x"])
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", ["def", "x", "x", "_y"], rename=True)
print("rename:", R._fields)
Empty = namedtuple("Empty", [])
print("empty:", Empty(), len(Empty()))
print("module:", Point.__module__)
