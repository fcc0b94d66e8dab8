# math: argument types and error messages across functions
import math
from fractions import Fraction

class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return 6

print("sqrt __float__:", math.sqrt(F()))
print("sqrt Fraction:", math.sqrt(Fraction(9, 4)))
print("floor Fraction:", math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)))
print("factorial __index__:", math.factorial(I()))
print("comb __index__:", math.comb(I(), 2))
print("sqrt bool:", math.sqrt(True))

tests = [
    ("sqrt", ("x",)),
    ("sqrt", (None,)),
    ("sqrt", ()),
    ("sqrt", (1, 2)),
    ("log", (1, 2, 3)),
    ("hypot", ("a",)),
    ("gcd", ("a", 2)),
    ("factorial", (1.0,)),
    ("isqrt", ("9",)),
    ("copysign", (1,)),
    ("ldexp", (1.0, 2.5)),
    ("pow", (2,)),
    ("prod", ()),
    ("fsum", (5,)),
    ("comb", (5,)),
]
for name, args in tests:
    try:
        getattr(math, name)(*args)
        print(name, args, "no error")
    except Exception as e:
        print("%s%r -> %s: %s" % (name, args, type(e).__name__, e))

print("huge int sqrt:", math.sqrt(10 ** 300))
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("sqrt huge int:", e)
print("log huge int:", round(math.log10(10 ** 400), 6))
try:
    math.log(-(10 ** 400))
except ValueError as e:
    print("log huge neg:", e)
print("module attrs:", all(hasattr(math, n) for n in ("pi", "e", "tau", "inf", "nan")))
print("functions count >= 50:", len([n for n in dir(math) if not n.startswith("_")]) >= 50)
