# enum: IntEnum, StrEnum, mixins, comparisons and formatting in 3.11
from enum import Enum, IntEnum, StrEnum

class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40

print("repr:", repr(Level.INFO))
print("str:", str(Level.INFO), "format:", format(Level.INFO), f"{Level.INFO:>5}|", "%d" % Level.INFO, "%s" % Level.INFO)
print("int ops:", Level.INFO + 1, Level.ERROR // 2, Level.DEBUG * 2, -Level.DEBUG)
print("type of op result:", type(Level.INFO + 1).__name__)
print("comparisons:", Level.DEBUG < Level.ERROR, Level.INFO == 20, Level.INFO > 15, sorted([Level.ERROR, 5, Level.DEBUG]))
print("isinstance int:", isinstance(Level.INFO, int))
print("lookup:", Level(40), Level["DEBUG"])
print("as index:", ["a", "b", "c"][IntEnum("Small", "ZERO ONE TWO", start=0).TWO])
print("hash same as int:", hash(Level.INFO) == hash(20), {20: "x"}[Level.INFO])
print("json-like:", int(Level.ERROR), float(Level.ERROR))
print("max:", max(Level), min(Level).name)

class Method(StrEnum):
    GET = "GET"
    POST = "POST"
print("StrEnum repr:", repr(Method.GET))
print("StrEnum str:", str(Method.GET), Method.GET + "/path", Method.POST.lower(), f"{Method.POST}")
print("StrEnum eq:", Method.GET == "GET", "GE" in Method.GET, Method("POST"))
print("StrEnum isinstance str:", isinstance(Method.GET, str), len(Method.POST))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)

class Planet(float, Enum):
    MERCURY = 3.303e+23
    EARTH = 5.976e+24
print("float mixin repr:", repr(Planet.EARTH), str(Planet.EARTH), Planet.EARTH > 1e24)

class Tuple(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print("tuple mixin:", Tuple.UNIT[0], Tuple((0, 0)), len(Tuple.ORIGIN))

class PlanetAttrs(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 4)
print("__init__ with tuple value:", PlanetAttrs.EARTH.mass, PlanetAttrs.EARTH.value, PlanetAttrs.EARTH.surface_gravity)

class Plain(int, Enum):
    A = 1
print("int, Enum (not IntEnum) repr/str/format:", repr(Plain.A), str(Plain.A), format(Plain.A))
print("IntEnum vs Enum equality:", Level.DEBUG == 10, Plain.A == 1)
