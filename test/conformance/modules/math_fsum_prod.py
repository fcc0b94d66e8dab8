# math.fsum and math.prod
import math
from fractions import Fraction

print("sum vs fsum:", sum([0.1] * 10), math.fsum([0.1] * 10))
print("fsum cancel:", math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print("sum cancel:", sum([1e100, 1.0, -1e100]))
print("fsum empty:", math.fsum([]))
print("fsum ints:", math.fsum([1, 2, 3]), type(math.fsum([1, 2])).__name__)
print("fsum generator:", math.fsum(x / 10 for x in range(11)))
print("fsum range:", math.fsum(range(101)))
print("fsum mixed:", math.fsum([1, 0.5, True]))
print("fsum tiny:", math.fsum([1e-16] * 10 + [1.0]))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("fsum overflow:", e)
try:
    math.fsum(["a"])
except TypeError as e:
    print("fsum TypeError:", e)
print("fsum nan:", math.fsum([1.0, math.nan]))

print("prod:", math.prod([1, 2, 3, 4]))
print("prod empty:", math.prod([]))
print("prod start:", math.prod([2, 3], start=10))
print("prod empty start:", math.prod([], start=7))
print("prod floats:", math.prod([0.5, 4, 1.5]))
print("prod big:", math.prod(range(1, 26)) == math.factorial(25))
print("prod fractions:", math.prod([Fraction(1, 2), Fraction(2, 3)]))
print("prod strings*int:", math.prod([3], start="ab"))
print("prod generator:", math.prod(x for x in range(1, 6)))
print("prod bools:", math.prod([True, True, 3]))
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print("prod positional start TypeError:", e)
try:
    math.prod(["a", "b"])
except TypeError as e:
    print("prod TypeError:", e)

print("sum start:", sum([[1], [2]], []), sum([0.5, 0.25], 1))
print("sum of ints type:", type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("sum str TypeError:", e)
