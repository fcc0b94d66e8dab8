# enum: auto(), aliases, unique, _missing_, _generate_next_value_
from enum import Enum, auto, unique, IntEnum, Flag, StrEnum

class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print("auto values:", [m.value for m in Ordinal])
class Mixed(Enum):
    A = 10
    B = auto()
    C = "x"
    D = auto()
print("auto after int:", [(m.name, m.value) for m in Mixed])
class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()
print("StrEnum auto:", [m.value for m in Lower])
class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
print("Flag auto:", [m.value for m in Bits])

class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print("custom next value:", [m.value for m in Named])

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print("alias identity:", Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name)
print("alias hidden from iteration:", [m.name for m in Shape])
print("alias in __members__:", list(Shape.__members__))
print("alias repr:", repr(Shape.ALIAS_FOR_SQUARE))
try:
    @unique
    class Dup(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        DOS = 2
except ValueError as e:
    print("ValueError:", e)
@unique
class Fine(Enum):
    A = 1
    B = 2
print("unique ok:", list(Fine))
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

class Lenient(Enum):
    ONE = 1
    TWO = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None
print("_missing_:", Lenient("one"), Lenient("TWO"))
try:
    Lenient(3)
except ValueError as e:
    print("ValueError:", e)
class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
print("IntEnum auto:", list(Prio), Prio.HIGH + 0)
class Start(Enum):
    _ignore_ = ["tmp"]
    A = 1
    tmp = 5
print("_ignore_:", list(Start.__members__))
