# float arithmetic, comparisons, special values
import math
print('arith', 0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 1 / 3 * 3, 10 / 4, 7.0 // 2, 7.0 % 2.5)
print('sum precision', sum([0.1] * 10), math.fsum([0.1] * 10))
inf, nan = float('inf'), float('nan')
print('inf arith', inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print('nan propagates', nan + 1, nan * 0, max(nan, 1), min(1, nan))
print('nan compare', nan == nan, nan != nan, nan < 0, nan >= 0, nan in [nan], math.isnan(nan))
print('inf compare', inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, inf == float('inf'))
print('isinf isfinite', math.isinf(inf), math.isinf(1e308 * 10), math.isfinite(1e308), math.isfinite(nan))
print('overflow to inf', 1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print('OverflowError', type(e).__name__)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
print('underflow to zero', 5e-324 / 2, 1e-320 * 1e-10)
print('float division by zero', end=' ')
for expr in ('1.0 / 0', '1.0 // 0.0', '1.0 % 0.0', '0.0 / 0.0'):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f'[{expr}: {e}]', end=' ')
print()
print('comparison int float', 1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print('big int vs float', 10 ** 308 < 1e308 * 10, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 16 + 1 > 1e16)
print('exact compare', 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print('sqrt and friends', math.sqrt(2), math.sqrt(16.0), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print('floor/ceil types', type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-1e20))
print('abs', abs(-2.5), abs(-0.0), abs(-inf))
print('float methods', (2.5).real, (2.5).imag, (2.5).conjugate(), (-2.5).__abs__())
print('mixed with bool', 1.5 + True, 2.0 * False)
print('min max', min(0.0, -0.0), max(-0.0, 0.0), max(1, 1.0), max(1.0, 1), min([2.5, 1, 3]))
print('sorting mixed', sorted([3, 1.5, 2, -0.5, 2.0]))
print('copysign', math.copysign(1, -0.0), math.copysign(3, -1))
print('fmod vs %', math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), 7.5 % -2)
print('modf frexp ldexp', math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print('isclose', math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print('pi e', math.pi, math.e, math.tau, math.inf, math.nan)
print('hypot', math.hypot(3, 4), math.hypot(5, 12))
print('gcd lcm', math.gcd(12, 18), math.lcm(4, 6), math.gcd(0, 0))
print('factorial comb perm', math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(10 ** 20 + 1))
print('prod', math.prod([1.5, 2, 4]), math.prod(range(1, 11)))
