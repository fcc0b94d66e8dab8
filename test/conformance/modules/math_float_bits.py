# math: frexp, ldexp, nextafter, ulp, float.hex/fromhex, as_integer_ratio
import math

for x in (8.0, 0.5, -3.0, 0.0, 1e-310, 1.0):
    m, e = math.frexp(x)
    print("frexp(%r) = (%r, %r) ldexp back: %r" % (x, m, e, math.ldexp(m, e)))
print("frexp inf:", math.frexp(math.inf))
print("ldexp:", math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(1, -1075), math.ldexp(1, -1074))
try:
    math.ldexp(1, 1024)
except OverflowError as e:
    print("ldexp overflow:", e)
print("nextafter:", math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print("nextafter same:", math.nextafter(5.0, 5.0), math.nextafter(0.0, -1.0))
print("ulp:", math.ulp(1.0), math.ulp(2.0 ** 52), math.ulp(0.0), math.ulp(-1.0), math.ulp(math.inf))
print("ulp max:", math.ulp(1.7976931348623157e308))
print("hex:", (1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), math.inf.hex())
print("fromhex:", float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print("as_integer_ratio:", (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print("is_integer:", (3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
try:
    math.inf.as_integer_ratio()
except OverflowError as e:
    print("ratio overflow:", e)
try:
    math.nan.as_integer_ratio()
except ValueError as e:
    print("ratio nan:", e)
print("float reprs:", 1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, 1.5e-7, 2.0 ** 0.5)
print("float reprs 2:", 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308)
print("float str:", str(0.1 + 0.2), str(1.1 * 3), repr(3.3 / 1.1))
print("int to float:", float(2 ** 53 + 1), float(10 ** 20), float(-(2 ** 63)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("int too large:", e)
print("int/int big:", 10 ** 30 / 10 ** 10, (2 ** 60 + 1) / 2)
print("round-trip:", all(float(repr(x)) == x for x in (0.1, 1 / 3, 1e-300, 123.456, 2.0 ** -1074)))
