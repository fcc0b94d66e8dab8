# Arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 60
print('pow', a, b)
print('add sub', a + b, a - b, b - a)
print('mul', a * b)
print('floordiv mod', a // b, a % b, (-a) // b, (-a) % b, a // -b, a % -b)
print('divmod', divmod(a, b), divmod(-a, b))
print('truediv', a / b, b / a, a / 2 ** 99)
print('neg', -a, abs(-a), +a)
fact = 1
for i in range(1, 51):
    fact *= i
print('50!', fact)
print('digits of 50!', len(str(fact)), sum(int(d) for d in str(fact)))
print('2**1000 digits', len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print('fib 200', fib[200])
print('compare', a > b, a == 2 ** 100, a != a + 1, -a < -b)
print('mixed with float', a + 0.5, a * 1.0, float(a), a == float(a), a + 1 == float(a + 1))
print('int to float big', float(10 ** 300), float(2 ** 1023))
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print('OverflowError', e)
print('big / big exact', (10 ** 400) / (10 ** 399))
print('floor division huge', (10 ** 50 + 1) // 7, (10 ** 50 + 1) % 7)
print('negative pow', 2 ** -2, (-2) ** -3, 10 ** -5)
print('boundary 2**31', 2 ** 31 - 1, 2 ** 31, -(2 ** 31), (2 ** 31) * 2)
print('boundary 2**53', 2 ** 53, 2 ** 53 + 1, (2 ** 53 + 1) * 3, 2 ** 53 + 1 - 2 ** 53)
print('boundary 2**63', 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, (2 ** 63) * (2 ** 63))
print('sum of big', sum([2 ** 64] * 10), sum(range(10 ** 6)))
print('product mod', (123456789 * 987654321) % 1000000007)
x = 1
for i in range(100):
    x = x * 3 + i
print('loop accumulate', x)
print('int repr', repr(10 ** 25), str(-10 ** 25))
print('hash consistency', hash(2 ** 100) == hash(2 ** 100), hash(5) == 5, hash(-1) == -2)
print('bool mixing', True + 2 ** 64, 2 ** 64 * False)
print('abs min', abs(-(2 ** 63)), -(-(2 ** 63)))
print('multiply small by big', 7 * 10 ** 30, 10 ** 30 * -7)
print('square root via pow', int((10 ** 40) ** 0.5))
n = 10 ** 20
print('repeated halving', [n >> i for i in range(0, 70, 10)])
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print('gcd', gcd(2 ** 100, 6 ** 50), gcd(10 ** 20 + 1, 10 ** 10 + 7))
