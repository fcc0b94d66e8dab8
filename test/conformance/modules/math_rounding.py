# math: floor/ceil/trunc/modf/fmod/remainder on ints and floats
import math

vals = [2.5, -2.5, 3.0, -0.0, 0.49999999999999994, 1e20, -1e-300, 7, -7, True]
for v in vals:
    f, c, t = math.floor(v), math.ceil(v), math.trunc(v)
    print("%r: floor=%r ceil=%r trunc=%r types=%s" % (
        v, f, c, t, (type(f).__name__, type(c).__name__, type(t).__name__)))

big = 10**30 + 1
print("floor big int:", math.floor(big) == big)
print("floor 1e300 digits:", len(str(math.floor(1e300))))

class Thing:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

print("dunder:", math.floor(Thing()), math.ceil(Thing()), math.trunc(Thing()))

for bad in (float("inf"), float("nan")):
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, bad, type(e).__name__, e)

try:
    math.floor("3")
except TypeError as e:
    print("TypeError:", e)

print("modf:", math.modf(3.75), math.modf(-3.75), math.modf(5))
print("modf inf:", math.modf(float("inf")))
print("fmod:", math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2))
print("% vs fmod:", -7 % 3, math.fmod(-7, 3))
print("remainder:", math.remainder(7, 3), math.remainder(8, 3), math.remainder(5, 2), math.remainder(7, 2))
print("remainder neg:", math.remainder(-7, 3))
try:
    math.fmod(1, 0)
except ValueError as e:
    print("fmod ValueError:", e)
try:
    math.remainder(1, 0)
except ValueError as e:
    print("remainder ValueError:", e)

print("round builtin half-even:", [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
print("round ndigits:", round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print("fabs:", math.fabs(-3), math.fabs(-0.0), math.fabs(2.5))
