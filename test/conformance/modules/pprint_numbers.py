# pprint: underscore_numbers and number-like values
import enum
import pprint

pprint.pprint(10 ** 30, underscore_numbers=True)
pprint.pprint([10 ** 30, 12345, -987654, True, 1.5e10, 0] * 3, underscore_numbers=True)
print(pprint.pformat(10 ** 100, width=10, underscore_numbers=True))

class N(enum.IntEnum):
    A = 1000000

class MyInt(int):
    pass

class Color(enum.Enum):
    RED = 1
    GREEN = 2

pprint.pprint([N.A, 10 ** 7], underscore_numbers=True)
pprint.pprint([MyInt(10 ** 9)], underscore_numbers=True)
pprint.pprint([Color.RED, Color.GREEN] * 5)
pprint.pprint({'pi': 3.14159, 'c': 1 + 2j, 'big': 2 ** 70}, underscore_numbers=True)
