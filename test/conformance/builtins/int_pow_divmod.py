# pow() with two and three arguments, negative exponents, divmod
print('pow', pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0))
print('pow mod', pow(2, 10, 1000), pow(3, 200, 13), pow(10, 100, 7), pow(-2, 3, 5), pow(2, 3, -5))
print('pow mod big', pow(2, 10 ** 5, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007))
print('modular inverse', pow(3, -1, 11), pow(38, -1, 97), pow(2, -3, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError', e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print('TypeError', e)
print('pow mod 1', pow(5, 0, 1), pow(0, 0, 7))
print('negative base fractional exponent gives complex', type(pow(-8, 1 / 3)).__name__)
print('float pow results', 2 ** 0.5, 10 ** -1, 2.0 ** -1074, 0.5 ** 2)
try:
    2.0 ** 5000
except OverflowError as e:
    print('OverflowError', type(e).__name__)
print('int ** negative int is float', type(2 ** -1).__name__, 10 ** -3)
print('big int pow', 7 ** 77)
print('pow with bools', pow(True, 5), pow(2, False), True ** -1)
print('divmod ints', divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print('divmod floats', divmod(17.5, 5), divmod(-17.5, 5), divmod(1.0, 0.1))
print('divmod mixed', divmod(7, 2.0), divmod(7.0, 2))
print('divmod big', divmod(10 ** 30 + 5, 10 ** 15))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    pow('a', 2)
except TypeError as e:
    print('TypeError', e)
print('pow keyword args', pow(base=2, exp=5), pow(2, 5, mod=3))
print('0 ** negative float', end=' ')
try:
    0 ** -1.0
except ZeroDivisionError as e:
    print(e)
print('(-1) ** large', (-1) ** (10 ** 18), (-1) ** (10 ** 18 + 1))
print('1 ** anything', 1 ** (10 ** 20), 1.0 ** float('nan'))
print('complex pow', pow(1j, 2), pow(2, 1j).real.__round__(6))
