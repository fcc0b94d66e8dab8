# fractions.Fraction: construction, arithmetic, comparisons, conversions, errors
from fractions import Fraction as F
import math

print(F(3, 4), F(6, 8), F(-3, 4), F(3, -4), F(0), F(5))
print(F('3/4'), F(' -1.25 '), F('1e-3'), F('7'), F(0.75), F(1.1))
print(F(F(1, 3)), repr(F(2, 6)), F(10**20, 10**18))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(F(-2, 7)))
print(a + 1, 1 - a, a * 2, 2 / a, a ** 2, a ** -2, F(4, 9) ** F(1, 2), 2 ** F(1, 1))
print(a + 0.5, 0.5 + a, a * 1.5, a == F(2, 6), a < b, a > b, a <= F(1, 3), a == 1 / 3, F(1, 2) == 0.5)
print(float(F(1, 8)), int(F(7, 2)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(1234, 100), 1))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F(6, 1).is_integer() if hasattr(F, 'is_integer') else 'n/a')
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F.from_float(0.1))
d = {0.5: 'float', 2: 'int', F(1, 3): 'third'}
print(d[F(1, 2)], d[F(4, 2)], d[F(2, 6)], F(1, 8) in {0.125}, {F(1, 2): 1, 0.5: 2}, {2: 1, F(2): 2})
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): 'half'}[0.5])
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(2, 3), F(3, 4)), sum([F(1, 2), F(1, 3), F(1, 6)]))
print(divmod(F(7, 2), F(2, 3)), divmod(F(-7, 2), 2))
print(format(F(1, 3), '') if True else '', str(F(-5, 10)), bool(F(0)), bool(F(1, 9)))
for bad in [lambda: F(1, 0), lambda: F('x'), lambda: F('1/0'), lambda: F(1.5, 2), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(1, 2) / 0, lambda: F([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
