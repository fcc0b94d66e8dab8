# math: trigonometry, angles, hypot, dist
import math

def r(x):
    return round(x, 12)

print("sin:", r(math.sin(0)), r(math.sin(math.pi / 2)), r(math.sin(math.pi / 6)))
print("cos:", r(math.cos(0)), r(math.cos(math.pi)), r(math.cos(math.pi / 3)))
print("tan:", r(math.tan(0)), r(math.tan(math.pi / 4)))
print("asin:", r(math.asin(1)), r(math.asin(-0.5)))
print("acos:", r(math.acos(1)), r(math.acos(0)))
print("atan:", r(math.atan(1)), r(math.atan(float("inf"))))
print("atan2 quadrants:", [r(math.atan2(y, x)) for y, x in ((1, 1), (1, -1), (-1, -1), (-1, 1))])
print("atan2 zeros:", math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), r(math.atan2(0.0, -0.0)))
print("degrees:", math.degrees(math.pi), math.degrees(math.pi / 2), math.degrees(0))
print("radians:", math.radians(180) == math.pi, math.radians(90) == math.pi / 2)
print("radians 45:", r(math.radians(45)))
print("hypot 2d:", math.hypot(3, 4), math.hypot(5, 12))
print("hypot nd:", math.hypot(1, 2, 2), math.hypot(), math.hypot(-7))
print("hypot 4d:", math.hypot(2, 4, 5, 6) == 9.0)
print("hypot inf nan:", math.hypot(float("inf"), float("nan")))
print("dist:", math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]), math.dist((1,), (4,)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("dist ValueError:", e)
for fn, v in ((math.asin, 2), (math.acos, -1.5), (math.sin, float("inf")),
              (math.cos, float("-inf")), (math.tan, float("inf"))):
    try:
        fn(v)
    except ValueError as e:
        print("%s(%r): %s" % (fn.__name__, v, e))
print("sin nan:", math.sin(float("nan")))
print("sin^2+cos^2:", all(abs(math.sin(x) ** 2 + math.cos(x) ** 2 - 1) < 1e-15 for x in range(-50, 50)))
print("pi:", math.pi, "tau:", math.tau, "e:", math.e)
print("tau == 2pi:", math.tau == 2 * math.pi)
try:
    math.sin("x")
except TypeError as e:
    print("TypeError:", e)
print("sin of int:", math.sin(0), type(math.sin(0)).__name__)
