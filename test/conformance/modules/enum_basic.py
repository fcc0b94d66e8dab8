# enum.Enum: members, value/name, lookup, iteration, repr/str (3.11)
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print("repr:", repr(Color.RED))
print("str:", str(Color.RED), "| print:", Color.GREEN)
print("format:", "{}".format(Color.BLUE), f"{Color.BLUE}", format(Color.BLUE, ""))
print("name/value:", Color.RED.name, Color.RED.value)
print("by value:", Color(2), "by name:", Color["BLUE"])
print("identity:", Color(1) is Color.RED, Color["RED"] is Color.RED)
print("iteration:", list(Color))
print("len:", len(Color))
print("members:", list(Color.__members__), type(Color.__members__).__name__)
print("contains member:", Color.RED in Color)
print("type:", type(Color.RED), isinstance(Color.RED, Color))
print("class repr:", repr(Color))
print("eq:", Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
print("hashable:", {Color.RED: "r"}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 9
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Sub(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    Color()
except TypeError as e:
    print("TypeError:", e)
print("getattr:", getattr(Color, "GREEN"))
print("dir has members:", [n for n in dir(Color) if n.isupper()])
print("sorted by value:", sorted(Color, key=lambda c: -c.value))
print("bool of member:", bool(Color.RED))
print("_value_ / _name_:", Color.RED._value_, Color.RED._name_)
match Color.GREEN:
    case Color.RED:
        print("match red")
    case Color.GREEN:
        print("match green")
class Status(Enum):
    OK = "ok"
    ERR = "error"
print("str values:", Status("ok"), Status.ERR.value, repr(Status.OK))
class Mixed(Enum):
    A = (1, 2)
    B = [3]
    C = None
print("tuple/list/None values:", repr(Mixed.A), Mixed((1, 2)), Mixed.B.value, Mixed(None))
