# math: factorial, comb, perm, isqrt, gcd, lcm
import math

print("factorial:", [math.factorial(n) for n in range(8)])
print("factorial 25:", math.factorial(25))
print("factorial 100 digits:", len(str(math.factorial(100))))
for bad in (-1, 2.5, 3.0):
    try:
        print(math.factorial(bad))
    except (ValueError, TypeError) as e:
        print("factorial(%r): %s: %s" % (bad, type(e).__name__, e))

print("comb:", math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5))
print("comb big:", math.comb(100, 50))
print("perm:", math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5))
print("perm big:", math.perm(30, 10))
for args in ((-1, 2), (5, -1)):
    try:
        math.comb(*args)
    except ValueError as e:
        print("comb%r ValueError: %s" % (args, e))
try:
    math.perm(-3)
except ValueError as e:
    print("perm ValueError:", e)
try:
    math.comb(5.0, 2)
except TypeError as e:
    print("comb TypeError:", e)

print("isqrt:", [math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100)])
print("isqrt big:", math.isqrt(10**40), math.isqrt(10**40 - 1))
print("isqrt bool:", math.isqrt(True))
try:
    math.isqrt(-1)
except ValueError as e:
    print("isqrt ValueError:", e)
try:
    math.isqrt(4.0)
except TypeError as e:
    print("isqrt TypeError:", e)

print("gcd:", math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0))
print("gcd none:", math.gcd())
print("gcd one:", math.gcd(-7))
print("gcd many:", math.gcd(24, 36, 60, 84))
print("gcd big:", math.gcd(2**100, 6**50))
print("lcm:", math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4))
print("lcm none:", math.lcm())
print("lcm many:", math.lcm(*range(1, 21)))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("gcd TypeError:", e)

class Idx:
    def __index__(self):
        return 12

print("gcd __index__:", math.gcd(Idx(), 8))
print("factorial type:", type(math.factorial(5)).__name__)
