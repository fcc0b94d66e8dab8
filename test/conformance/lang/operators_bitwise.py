# Bitwise operators on small, large and negative ints
print('and', 12 & 10, -12 & 10, 12 & -10, -12 & -10)
print('or', 12 | 10, -12 | 10, 12 | -10, -12 | -10)
print('xor', 12 ^ 10, -12 ^ 10, 12 ^ -10, -12 ^ -10)
print('invert', ~0, ~1, ~-1, ~255, ~(2 ** 70))
print('lshift', 1 << 0, 1 << 10, 1 << 64, 1 << 100, -1 << 3, 5 << 62)
print('rshift', 1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, 2 ** 100 >> 90, 7 >> 100)
print('neg rshift big', -(2 ** 100) >> 99, -(2 ** 100 + 1) >> 99)
big = 2 ** 100 + 2 ** 50 + 1
print('big and', big & (2 ** 64 - 1), big & -big)
print('big or', big | 0xff, (2 ** 70) | 1)
print('big xor', big ^ big, big ^ (2 ** 100))
print('mask neg', -1 & 0xFFFFFFFF, -2 ** 40 & 0xFFFFFFFFFFFF)
print('32 bit boundary', 0x7FFFFFFF + 1, 1 << 31, 1 << 32, (1 << 31) | 1)
print('and 32', 0xFFFFFFFF & 0x80000000, 0xFFFFFFFF ^ 0x1)
print('bool bitwise', True & False, True | False, True ^ True, type(True & True).__name__)
print('bool int bitwise', True & 3, type(True & 3).__name__, ~True)
for a in (0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 53 + 1, -(2 ** 64)):
    print('ops', a, a & 0xF0F0, a | 1, a ^ -1, a >> 1, a << 1)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError', e)
try:
    ~1.5
except TypeError as e:
    print('TypeError', e)
try:
    'a' | 1
except TypeError as e:
    print('TypeError', e)
s = {1, 2, 3}
print('set ops', sorted(s & {2, 3, 4}), sorted(s | {9}), sorted(s ^ {3, 4}), sorted(s - {1}))
print('popcount-ish', bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110))
x = 0
for i in range(0, 80, 7):
    x |= 1 << i
print('accum', x, hex(x), x.bit_length())
