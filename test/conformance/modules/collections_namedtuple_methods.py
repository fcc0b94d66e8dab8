# collections.namedtuple: _replace, _asdict, _make, defaults, subclassing
from collections import namedtuple

Emp = namedtuple("Emp", "name age dept", defaults=["eng"])
e = Emp("ann", 30)
print("default:", e)
print("_field_defaults:", Emp._field_defaults)
print("_replace:", e._replace(age=31), "original:", e)
print("_replace two:", e._replace(name="bob", dept="ops"))
try:
    e._replace(salary=1)
except ValueError as ex:
    print("ValueError:", ex)
d = e._asdict()
print("_asdict:", d, type(d).__name__)
print("_make:", Emp._make(["cy", 40, "hr"]))
try:
    Emp._make([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
print("from dict:", Emp(**{"name": "di", "age": 5}))

All = namedtuple("All", "a b c", defaults=(1, 2, 3))
print("all defaults:", All(), All(9), All(c=0))
try:
    namedtuple("T", "a b", defaults=(1, 2, 3))
except TypeError as ex:
    print("TypeError:", ex)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return "Vec<%s,%s>" % self

v = Vec(3, 4)
print("subclass:", v, v.norm2, v + Vec(1, 1))
print("subclass _replace type:", type(v._replace(x=0)).__name__)
print("subclass _fields:", Vec._fields)
print("has __dict__:", hasattr(v, "__dict__"))

Node = namedtuple("Node", "val children")
tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
def total(n):
    return n.val + sum(total(c) for c in n.children)
print("tree total:", total(tree))
print("nested repr:", tree)

M = namedtuple("M", "x", module="mymod")
print("module kw:", M.__module__)
print("getnewargs:", e.__getnewargs__())
print("match:", end=" ")
match e:
    case Emp(name=n, age=a):
        print(n, a)
