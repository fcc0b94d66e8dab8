# Bit operations and bit-level methods on ints
vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 40 + 3, -(2 ** 65) - 7]
for v in vals:
    print(f'{v:>22}: bit_length={v.bit_length():>3} bit_count={v.bit_count():>3} ~={~v} >>3={v >> 3} <<3={v << 3}')
print('and/or/xor with negatives', 0b1100 & -4, -8 | 3, -1 ^ 0xff, -(2 ** 70) & 0xffff, -(2 ** 70) | 1)
print('masking', (2 ** 100 - 1) & 0xf0f0, (-(2 ** 100)) & (2 ** 101 - 1))
print('two complement 8-bit', [(v & 0xff) for v in (-1, -128, 127, -129)])
print('sign extend', [(v ^ 0x80) - 0x80 for v in (0xff, 0x80, 0x7f)])
print('shift big', 1 << 200 >> 199, (2 ** 200 + 1) >> 200, -(2 ** 200) >> 200, -1 >> 1000)
print('bin', bin(0), bin(5), bin(-5), bin(2 ** 70))
print('oct hex', oct(64), oct(-8), hex(255), hex(-255), hex(2 ** 64))
print('format', format(5, 'b'), format(-5, '08b'), format(255, 'x'), format(255, '#06x'), format(2 ** 64, 'X'))
print('from binary', int('1010', 2), int('-ff', 16), int('0b101', 0), int('0o17', 0), int('0xff', 0))
print('bit tricks', 12 & -12, 12 & (12 - 1), (1 << 10) - 1, 0x55 ^ 0xaa)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print('popcount loop', popcount(2 ** 100 - 1), popcount(0b1011011))
print('is power of two', [n for n in range(1, 70) if n & (n - 1) == 0])
print('bool results', True & True, True | False, True ^ True, ~False, True << 3)
print('int.__invert__', (5).__invert__(), int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3))
print('shift by zero', 5 << 0, -5 >> 0)
try:
    1 << -5
except ValueError as e:
    print('ValueError', e)
try:
    1 << 2.0
except TypeError as e:
    print('TypeError', e)
print('large shift count', 0 << 10 ** 6, 1 >> 10 ** 6, -1 >> 10 ** 6)
print('bit_length of powers', [(2 ** k).bit_length() for k in (0, 1, 31, 32, 63, 64, 100)])
print('bit_length negative powers', [(-(2 ** k)).bit_length() for k in (0, 1, 31, 32, 63, 64)])
