# Arithmetic trees over local variables give the same values and types
# whatever the locals hold: floats, ints, a float subclass, other numbers,
# or nothing yet.
import math


class F(float):
    def __add__(self, other):
        return "F.__add__"


def poly(a, b, c):
    return a * a + b * b - c * 2.5


def mixed(x, y):
    return x * y + y * 1.5 - x


print(poly(1.5, 2.0, 0.5), poly(3, 4, 1), poly(1, 2.0, 3), poly(True, 2, 1.0))
print(poly(F(1.0), 2.0, 0.5), poly(1.5, F(2.0), 0.5))
print(poly(1j, 2.0, 0.5), poly(2 ** 70, 1.0, 1.0))
print(mixed(0.1, 0.2), mixed(-0.0, 0.0), mixed(1e308, 10.0), mixed(float("inf"), 0.0))
print(repr(mixed(float("nan"), 1.0)), math.copysign(1.0, (lambda z: z * 1.0 - z * 1.0)(-0.0)))


def neg_zero(z):
    w = z * 1.0 + z * 1.0
    return math.copysign(1.0, w)


print(neg_zero(-0.0), neg_zero(0.0))
try:
    poly("ab", 2.0, 1.0)
except TypeError as e:
    print("TypeError:", e)


def unbound(flag):
    if flag:
        u = 2.0
    return u * u + u * 0.5


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def loop(n):
    x = 0.0
    v = 1.0
    for i in range(n):
        x = x * 0.5 + v * 0.25 - 0.125
        if i == n // 2:
            v = 1  # an int half way
    return x


print(loop(10), loop(11))
