# float methods: is_integer, as_integer_ratio, hex, fromhex, conversions
for v in (1.0, 1.5, -2.0, 0.0, 1e300, 0.1, float('inf')):
    print('is_integer', v, v.is_integer())
for v in (0.5, 0.1, -1.25, 3.0, 0.0, 1e-3, 2.0 ** 70):
    print('as_integer_ratio', v, v.as_integer_ratio())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
for v in (1.0, 0.5, 0.1, -2.5, 0.0, -0.0, 1e300, 5e-324, float('inf'), float('nan'), 3.0):
    print('hex', v, v.hex())
for s in ('0x1p0', '0x1.8p1', '-0x1.999999999999ap-4', '0x.8p0', '0X1P-1074', 'inf', '-0x0p0', ' 0x10 ', '0x1.fffffffffffffp1023'):
    print('fromhex', repr(s), float.fromhex(s))
for bad in ('0x', '1.5', '0x1p', 'zz'):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print('ValueError', repr(bad), e)
try:
    float.fromhex('0x1p2000')
except OverflowError as e:
    print('OverflowError', e)
print('round trip hex', all(float.fromhex(v.hex()) == v for v in (0.1, 1 / 3, 1e-300, 123.456)))
print('int()', int(2.9), int(-2.9), int(1e18), int(1.5e300) == 15 * 10 ** 299)
print('int of big float exact', int(1e23), int(2.0 ** 80))
for bad in (float('inf'), float('-inf'), float('nan')):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print('trunc/floor/ceil dunders', (2.7).__trunc__(), (2.7).__floor__(), (2.2).__ceil__(), (-2.7).__floor__())
print('float.__round__', (2.5).__round__(), (2.567).__round__(2))
print('conjugate real imag', (1.5).conjugate(), (1.5).real, (1.5).imag)
print('float class methods', float.fromhex is not None, hasattr(float, 'hex'))
print('float from str with spaces and underscores', float(' 1_5.2_5 '), float('1e1_0'))
print('float(\'-nan\') sign hidden', str(float('-nan')))
print('equality of conversions', float('0.1') == 0.1, float(1) == 1, float('1e500') == float('inf'))
class F:
    def __float__(self):
        return 4.25
print('__float__', float(F()))
class BadF:
    def __float__(self):
        return 'x'
try:
    float(BadF())
except TypeError as e:
    print('TypeError', e)
print('float subclass', type(float.__new__(type('MyF', (float,), {}), 1.5)).__name__)
