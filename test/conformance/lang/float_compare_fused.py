# Comparisons of + - * trees over float locals (compared on raw doubles
# when every local holds an exact float): NaN, signed zero, infinities,
# ints and bools, subclasses and unbound locals take the usual path.
def f(a, b, c):
    r = []
    r.append(a + b > c)
    r.append(a * b <= c - 1.0)
    r.append(a - b == c)
    r.append(a + b != c)
    if a * a + b * b < c:
        r.append("lt")
    x = (a + b >= c)
    r.append(x)
    return r
nan = float("nan")
for args in [(1.0, 2.0, 3.0), (1.5, 2.5, 3.0), (nan, 1.0, 2.0), (1, 2, 3), (1.0, 2, 3.0), (0.0, -0.0, 0.0), (float("inf"), 1.0, float("inf")), (True, 1.0, 2.0)]:
    print(f(*args))
def g(a):
    if a + 1.0 > 2.0:
        return 1
    return 0
try:
    g("x")
except TypeError as e:
    print(e)
def h():
    if q * 2.0 > 1.0:
        pass
    q = 1.0
try:
    h()
except UnboundLocalError as e:
    print(e)
class F(float):
    def __add__(self, o):
        return 100.0
print(f(F(1.0), 2.0, 3.0))
