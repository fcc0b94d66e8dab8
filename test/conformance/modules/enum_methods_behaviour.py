# enum: methods, properties, class attributes, pickling, dunder behaviour
from enum import Enum, IntEnum, EnumMeta, EnumType
import pickle
import copy

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    @property
    def short(self):
        return self.name[:2].title()

    @classmethod
    def today_is(cls, n):
        return cls(n)

    def __str__(self):
        return self.name.capitalize()

print("method:", [d.short for d in Weekday if d.is_weekend()])
print("classmethod:", Weekday.today_is(3))
print("custom __str__:", str(Weekday.MON), repr(Weekday.MON), f"{Weekday.TUE}")
print("next day:", Weekday((Weekday.SUN.value % 7) + 1))
print("pickle roundtrip:", pickle.loads(pickle.dumps(Weekday.FRI)) is Weekday.FRI)
print("copy identity:", copy.copy(Weekday.FRI) is Weekday.FRI, copy.deepcopy(Weekday.FRI) is Weekday.FRI)
print("EnumMeta is EnumType:", EnumMeta is EnumType, type(Weekday) is EnumType)
print("__members__ order:", list(Weekday.__members__)[:3])
print("reversed:", [d.value for d in reversed(Weekday)])
print("class attribute access from member:", Weekday.MON.TUE if hasattr(Weekday.MON, "TUE") else "n/a")

class Const(Enum):
    PI = 3.14159
    _private = "not a member?"
    def helper(self):
        return "helper"
print("private-ish names:", [m.name for m in Const])
print("methods not members:", "helper" in Const.__members__)

class Base(Enum):
    def describe(self):
        return "%s=%s" % (self.name, self.value)
class Derived(Base):
    A = 1
print("extend memberless enum:", Derived.A.describe())

class Ordered(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
print("custom ordering:", sorted([Ordered.HIGH, Ordered.LOW]))
print("members are instances, not subclasses:", type(Ordered.LOW) is Ordered)
print("value type preserved:", type(Const.PI.value).__name__)
print("hash of members stable within run:", hash(Weekday.MON) == hash(Weekday.MON))
print("dir(member) has name/value:", "name" in dir(Weekday.MON), "value" in dir(Weekday.MON))
print("__class__:", Weekday.MON.__class__.__name__)
print("in list:", Weekday.MON in [Weekday.MON], 1 in [m.value for m in Weekday])
try:
    del Weekday.MON
except AttributeError as e:
    print("AttributeError:", e)
