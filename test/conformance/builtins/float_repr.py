# repr() and str() of many float values (shortest round-trip repr)
values = [
    0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 2 ** 0.5, 1e16, 1e15, 1e-7, 1e-4, 1e-5,
    123456789012345678.0, 1e22, 1e21, 1e23, 1.5, 100.0, 1e100, 1.7976931348623157e308,
    5e-324, 2.2250738585072014e-308, 0.0, -0.0, float('inf'), float('-inf'), float('nan'),
    float('1_0.5'), 3.141592653589793, 2.718281828459045, 9007199254740993.0, 0.1 * 3,
    1.1 * 1.1, 100 / 7, 1e-10, 12345.678, 4.35, 2.675, 0.000123456, 123e-20, 1234567890123.0,
    9999999999999998.0, 9999999999999999.0, 0.30000000000000004, 1.0000000000000002, 4.999999999999999,
]
for v in values:
    print(repr(v), str(v))
print('float() parsing', float('3.14'), float('  -2.5e3 '), float('+1E-2'), float('inf'), float('-Infinity'), float('nAn'))
print('float() of ints', float(7), float(-0), float(2 ** 60), float(True))
print('special strings', float('1_000.000_1'), float('.5'), float('5.'), float('0x1p3'.replace('0x1p3', '8')))
for bad in ['', 'abc', '1.2.3', '1e', '--1', '1_', '_1', 'in f', '0x10', '1,5']:
    try:
        float(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    float(None)
except TypeError as e:
    print('TypeError', e)
try:
    float([1.0])
except TypeError as e:
    print('TypeError', e)
print('float bytes', float(b'1.5'), float(bytearray(b'2.5')))
print('repr in containers', [0.1, 1e16, -0.0], (1e-7,), {'k': 2.5})
print('format vs repr', format(0.1, ''), format(1e16, ''), f'{1/3}', '%s' % 0.1, '%r' % (2/3,))
print('neg zero ops', -0.0 + 0.0, -0.0 * 1, 0.0 * -1, -0.0 - 0.0, abs(-0.0))
print('int-valued floats', 1e15 + 0.5, 2.0 ** 52 + 0.5, 2.0 ** 53 + 1, float(2 ** 53 + 1))
