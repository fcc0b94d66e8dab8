# math: log family, exp family, pow, sqrt
import math

print("log e:", math.log(math.e))
print("log 1:", math.log(1))
print("log base 2:", math.log(8, 2), math.log(1024, 2))
print("log base 10 (log/log):", math.log(1000, 10), "log10:", math.log10(1000))
print("log base 3:", round(math.log(81, 3), 12))
print("log2:", math.log2(1024), math.log2(2**100), math.log2(0.5))
print("log10:", math.log10(1000), math.log10(1e-5), math.log10(10**50))
print("log big int:", round(math.log(10**500), 9))
print("log2 big int:", math.log2(2**2000))
print("log1p small:", math.log1p(1e-20))
print("exp 0:", math.exp(0), "exp 1:", math.exp(1) == math.e)
print("expm1 small:", math.expm1(1e-20))
print("exp2:", math.exp2(10), math.exp2(-1))
print("cbrt:", round(math.cbrt(27), 12), math.cbrt(-8), math.cbrt(0.0))
print("pow:", math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), type(math.pow(2, 2)).__name__)
print("pow(0,0):", math.pow(0, 0), "pow(nan,0):", math.pow(float("nan"), 0))
print("pow(1,nan):", math.pow(1, float("nan")))
print("sqrt:", math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0))
print("sqrt int big:", math.sqrt(10**20))
print("** vs pow:", 2 ** 0.5 == math.sqrt(2))

for fn, arg in ((math.log, 0), (math.log, -1), (math.log2, 0), (math.log10, -1),
                (math.sqrt, -1), (math.log1p, -1), (math.log, 0.0)):
    try:
        fn(arg)
    except ValueError as e:
        print("%s(%r): ValueError: %s" % (fn.__name__, arg, e))

try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("log base 1: ZeroDivisionError:", e)
try:
    math.log(10, 0)
except ValueError as e:
    print("log base 0: ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp overflow:", e)
print("exp -1000:", math.exp(-1000))
try:
    math.pow(0, -1)
except ValueError as e:
    print("pow(0,-1):", e)
try:
    math.pow(-8, 1 / 3)
except ValueError as e:
    print("pow(-8,1/3):", e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print("pow overflow:", e)
print("exp inf:", math.exp(float("inf")), math.exp(float("-inf")))
print("log inf:", math.log(float("inf")))
