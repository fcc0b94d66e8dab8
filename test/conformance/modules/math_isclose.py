# math.isclose with rel_tol / abs_tol and edge cases
import math

cases = [
    (1.0, 1.0),
    (1.0, 1.0 + 1e-10),
    (1.0, 1.0 + 1e-8),
    (0.1 + 0.2, 0.3),
    (1e10, 1e10 + 1),
    (0.0, 1e-10),
    (-1.0, 1.0),
    (math.inf, math.inf),
    (-math.inf, math.inf),
    (math.nan, math.nan),
    (math.inf, 1e308),
]
for a, b in cases:
    print("isclose(%r, %r) = %s" % (a, b, math.isclose(a, b)))

print("rel_tol 0.1:", math.isclose(100, 109, rel_tol=0.1), math.isclose(100, 112, rel_tol=0.1))
print("rel_tol uses larger:", math.isclose(90, 100, rel_tol=0.1), math.isclose(89, 100, rel_tol=0.1))
print("abs_tol:", math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(0.0, 1e-8, abs_tol=1e-9))
print("abs_tol and rel_tol:", math.isclose(5, 6, rel_tol=0.0, abs_tol=1.0), math.isclose(5, 6.5, abs_tol=1.0))
print("ints:", math.isclose(10, 10), math.isclose(10, 11))
print("rel_tol=0 exact:", math.isclose(1.0, 1.0, rel_tol=0), math.isclose(1.0, 1.0000000000000002, rel_tol=0))
print("== vs isclose:", 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print("big ints:", math.isclose(10**20, 10**20 + 1))

for kwargs in ({"rel_tol": -1}, {"abs_tol": -0.5}):
    try:
        math.isclose(1, 1, **kwargs)
    except ValueError as e:
        print("ValueError", kwargs, e)
try:
    math.isclose(1, 1, 1e-9)
except TypeError as e:
    print("positional tol TypeError:", e)
try:
    math.isclose(1)
except TypeError as e:
    print("missing arg TypeError:", e)
try:
    math.isclose("a", 1)
except TypeError as e:
    print("str TypeError:", e)

vals = [0.1] * 10
print("sum 0.1*10 close to 1:", math.isclose(sum(vals), 1.0), sum(vals) == 1.0)
