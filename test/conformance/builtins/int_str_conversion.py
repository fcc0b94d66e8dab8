# str(int) / int(str) round trips, repr of ints, digit handling
for n in (0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 64, 3 ** 100, -(7 ** 77)):
    s = str(n)
    print(len(s), s[:25], int(s) == n, repr(n) == s)
big = 10 ** 1000 + 1
s = str(big)
print('1001 digits', len(s), s[0], s[-1], s.count('0'))
print('int of long str', int('9' * 300) + 1 == 10 ** 300)
print('leading zeros/plus/space', int('000123'), int('+5'), int(' -5 '), int('0'))
print('str of bool int', str(True + 0), str(int(True)))
print('f-string big', f'{2 ** 100}', f'{-2 ** 100:,}')
print('digits sum', sum(map(int, str(2 ** 1000))))
print('palindromic numbers', [n for n in range(100, 200) if str(n) == str(n)[::-1]])
print('binary strings', [bin(n)[2:].zfill(4) for n in range(5)])
print('int from bytes digits', int(b'42'), int(bytearray(b'-17')))
print('repr vs str of int subclass', str(type('I', (int,), {})(5)))
print('thousands manual', '{:,}'.format(10 ** 12), format(-1234567, '_'))
print('negative zero int', str(-0), int('-0'), str(int(-0.0)))
print('underscore str()', str(1_000_000))
print('int of float str fails', end=' ')
try:
    int('1e5')
except ValueError as e:
    print(e)
print('int(float(s))', int(float('1e5')), int(float('-2.9')))
print('base conversions', int('777', 8), int('z' * 5, 36), format(int('z' * 5, 36), 'x'))
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    out = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return '-' * neg + out
print('to_base round trip', all(int(to_base(n, b), b) == n for n in (0, 1, -1, 255, 10 ** 20, -(3 ** 50)) for b in (2, 7, 16, 36)))
print('to_base samples', to_base(255, 2), to_base(-255, 16), to_base(10 ** 10, 36))
