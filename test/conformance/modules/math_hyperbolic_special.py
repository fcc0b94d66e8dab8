# math: hyperbolic functions, erf/erfc, gamma/lgamma
import math

def r(x):
    return round(x, 10)

print("sinh:", r(math.sinh(0)), r(math.sinh(1)), r(math.sinh(-2)))
print("cosh:", r(math.cosh(0)), r(math.cosh(1)))
print("tanh:", r(math.tanh(0)), r(math.tanh(1)), math.tanh(1000), math.tanh(-1000))
print("asinh:", r(math.asinh(1)), r(math.asinh(0)))
print("acosh:", r(math.acosh(1)), r(math.acosh(2)))
print("atanh:", r(math.atanh(0.5)), math.atanh(0))
for fn, v in ((math.acosh, 0.5), (math.atanh, 1), (math.atanh, -2)):
    try:
        fn(v)
    except ValueError as e:
        print("%s(%r): %s" % (fn.__name__, v, e))
try:
    math.cosh(1000)
except OverflowError as e:
    print("cosh overflow:", e)
print("erf:", math.erf(0), r(math.erf(1)), r(math.erf(-1)), math.erf(10))
print("erfc:", math.erfc(0), r(math.erfc(1)), math.erfc(-10))
print("gamma ints:", [math.gamma(n) for n in range(1, 10)])
print("gamma half:", r(math.gamma(0.5)), r(math.sqrt(math.pi)))
print("gamma neg:", r(math.gamma(-0.5)))
print("lgamma:", math.lgamma(1), math.lgamma(2), r(math.lgamma(10)), r(math.lgamma(0.5)))
print("lgamma big:", r(math.lgamma(100)))
for v in (0, -1, -2.0):
    try:
        math.gamma(v)
    except ValueError as e:
        print("gamma(%r): %s" % (v, e))
try:
    math.lgamma(-3)
except ValueError as e:
    print("lgamma(-3):", e)
try:
    math.gamma(200)
except OverflowError as e:
    print("gamma(200):", e)
print("gamma inf:", math.gamma(float("inf")))
