# int() from strings in bases 2-36, whitespace, underscores, errors
print('base 10', int('42'), int('-42'), int('+42'), int('  42  '), int('\t\n42\n'), int('0042'))
print('underscores', int('1_000'), int('1_0_0'), int('0x_ff', 16), int('0b_1', 0))
for base in (2, 3, 8, 10, 16, 20, 36):
    print('base', base, int('11', base), int('zz' if base == 36 else '10', base))
print('letters any case', int('ff', 16), int('FF', 16), int('Zz', 36), int('z', 36))
print('prefix with explicit base', int('0x1A', 16), int('0o17', 8), int('0b11', 2), int('0X1a', 16))
print('base 0 infers', int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0), int('0', 0), int('00', 0))
print('big string', int('9' * 50), int('-' + '1' * 40, 2))
print('int of float', int(3.9), int(-3.9), int(1e20), int(-0.5), int(2.0 ** 70))
print('int of bool/bytes', int(True), int(b'12'), int(bytearray(b'-7')), int(b' 1_0 '))
print('int() no args', int())
print('unicode digits', int('١٢٣'), int('\uff11\uff12'))
bad = ['', ' ', '1.5', '1e3', 'abc', '1__0', '_1', '1_', '0x10', '++1', '- 1', '1 2', '0b12', '12a', '٣x']
for s in bad:
    try:
        int(s)
        print('accepted', repr(s))
    except ValueError as e:
        print('ValueError', e)
for s, b in [('12', 2), ('g', 16), ('0x10', 10), ('010', 0), ('0b', 0), ('z', 35), ('1', 1)]:
    try:
        int(s, b)
        print('accepted', s, b)
    except ValueError as e:
        print('ValueError', e)
try:
    int('10', 37)
except ValueError as e:
    print('ValueError', e)
try:
    int(10, 2)
except TypeError as e:
    print('TypeError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
try:
    int([1])
except TypeError as e:
    print('TypeError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
print('base keyword', int('z', base=36), int(x='7') if False else int('7', base=10))
print('negative zero', int('-0'), int('-0', 16))
print('long message truncated?', end=' ')
try:
    int('x' * 300)
except ValueError as e:
    print(len(str(e)) < 400, str(e)[:50])
