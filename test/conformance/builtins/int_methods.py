# int methods: to_bytes/from_bytes, as_integer_ratio, conjugate, numerator, etc.
print('to_bytes', (1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(1, 'big'))
print('to_bytes default args', (65).to_bytes(), (0).to_bytes(3, 'big'))
print('to_bytes signed', (-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), (127).to_bytes(1, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
print('from_bytes', int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'', 'big'))
print('from_bytes signed', int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True))
print('from_bytes iterable', int.from_bytes([1, 0], 'big'), int.from_bytes(bytearray(b'\x01\x02'), 'little'))
print('from_bytes default', int.from_bytes(b'\x01\x00'))
big = 2 ** 100 + 12345
bs = big.to_bytes(16, 'big')
print('round trip big', bs.hex(), int.from_bytes(bs, 'big') == big)
print('round trip negative', int.from_bytes((-(2 ** 70)).to_bytes(10, 'little', signed=True), 'little', signed=True))
class MyInt(int):
    pass
print('from_bytes on subclass', type(MyInt.from_bytes(b'\x01', 'big')).__name__)
print('as_integer_ratio', (10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print('numerator/denominator', (7).numerator, (7).denominator, (-7).numerator)
print('real/imag/conjugate', (5).real, (5).imag, (5).conjugate())
print('__index__', (5).__index__(), True.__index__())
print('__int__ __float__', (5).__int__(), (5).__float__(), (2 ** 80).__float__())
print('__abs__ __neg__ __pos__', (-5).__abs__(), (5).__neg__(), (-5).__pos__())
print('__round__', round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), type(round(5)).__name__)
print('__trunc__ __floor__ __ceil__', (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print('__add__ NotImplemented', (1).__add__(1.5), (1).__radd__(2))
print('__lt__ etc', (1).__lt__(2), (1).__eq__(1.0), (1).__eq__('1'))
print('__bool__', (0).__bool__(), (5).__bool__())
print('__format__', (255).__format__('x'), (1234567).__format__(','), (5).__format__(''))
print('int.__new__ subclass', type(int.__new__(MyInt, 5)).__name__)
print('bit_count', (0b10110).bit_count(), (-7).bit_count())
print('__sizeof__ exists', hasattr(5, '__sizeof__'))
print('int class attributes', int.__name__, int.__mro__)
print('hash of ints', [hash(i) for i in (0, 1, -1, -2, 100)], hash(2 ** 61 - 1), hash(2 ** 61))
