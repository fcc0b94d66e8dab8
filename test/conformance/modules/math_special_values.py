# math: inf, nan, isinf/isnan/isfinite, copysign, signed zeros
import math

inf, nan = math.inf, math.nan
print("inf:", inf, -inf, repr(inf), "nan:", nan, repr(nan))
print("inf == float('inf'):", inf == float("inf"), float("-Infinity") == -inf)
print("nan != nan:", nan != nan, nan == nan)
print("nan in [nan]:", nan in [nan], float("nan") in [float("nan")])
print("comparisons:", nan < 1, nan > 1, nan <= nan, inf > 1e308, -inf < -1e308)
print("isinf:", math.isinf(inf), math.isinf(-inf), math.isinf(nan), math.isinf(1e308))
print("isnan:", math.isnan(nan), math.isnan(inf), math.isnan(0))
print("isfinite:", math.isfinite(0), math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan))
print("inf arithmetic:", inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print("1/inf:", 1 / inf, -1 / inf)
print("overflow to inf:", 1e308 * 10, -1e308 * 10)
print("copysign:", math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(1, -inf))
print("copysign nan:", math.copysign(1, nan), math.copysign(nan, -1))
print("copysign inf:", math.copysign(inf, -1))
print("signed zero repr:", -0.0, 0.0 * -1, repr(-0.0))
print("-0.0 == 0.0:", -0.0 == 0.0)
print("str(inf)/int(inf):", str(-inf))
for v in (inf, nan):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print("int(%r): %s: %s" % (v, type(e).__name__, e))
print("float parsing:", float("inf"), float("-inf"), float("nan"), float(" INF "), float("infinity"))
print("max/min with inf:", max(1, inf), min(-inf, 0))
print("sorted with inf:", sorted([3, -inf, inf, 0.5]))
print("float('1e400'):", float("1e400"))
print("hash inf:", hash(inf), hash(-inf))
print("hash 0.0 == hash -0.0:", hash(0.0) == hash(-0.0))
print("nan as dict key:", len({nan: 1, nan: 2}), len({float("nan"): 1, float("nan"): 2}))
print("pow inf:", inf ** 0, 2 ** -inf, 0.5 ** inf)
print("divmod inf:", divmod(5.0, inf), divmod(-5.0, inf))
print("fsum inf:", math.fsum([inf, 1]))
try:
    math.fsum([inf, -inf])
except ValueError as e:
    print("fsum inf-inf:", e)
