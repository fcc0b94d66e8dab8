# complex numbers: construction, arithmetic, repr, errors
z = complex(3, 4)
print('construct', z, complex(1), complex(), complex('1+2j'), complex(' 3-4j '), complex('5j'), complex('-2'))
print('parts', z.real, z.imag, type(z.real).__name__, abs(z), z.conjugate())
print('arith', z + 1, z - 1j, z * 2, z * z, z / 2, z / (1 + 1j), -z, +z)
print('mixed', 1 + 2j + 0.5, (1 + 2j) * True, 2j * 2j, 1j ** 2, (2 + 0j) ** 2)
print('equality', 1 + 0j == 1, 1 + 0j == 1.0, complex(1, 0) == True, 1j == 1j, 1j != 1)
print('repr forms', repr(1j), repr(-1j), repr(1 + 0j), repr(0j), repr(-0j), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)))
print('repr floats', complex(1.5, -2.25), complex(1e20, 1e-20), complex(float('inf'), float('nan')))
print('str same as repr', str(3 + 4j))
print('bool', bool(0j), bool(1j), bool(complex(0, 0.0)))
print('hash', hash(1 + 0j) == hash(1), hash(complex(0, 0)) == 0)
try:
    (1 + 2j) < (3 + 4j)
except TypeError as e:
    print('TypeError', e)
try:
    1j // 2
except TypeError as e:
    print('TypeError', e)
try:
    1j % 2
except TypeError as e:
    print('TypeError', e)
try:
    int(1j)
except TypeError as e:
    print('TypeError', e)
try:
    float(1j)
except TypeError as e:
    print('TypeError', e)
try:
    1j / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    complex('1+2')
except ValueError as e:
    print('ValueError', e)
try:
    complex('j1')
except ValueError as e:
    print('ValueError', e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError', e)
print('complex(complex, complex)', complex(1 + 1j, 1 + 1j))
print('format', format(1 + 2j, ''), format(1.5 + 2.25j, '.1f'), f'{3 - 4j:>12}', f'{1j:g}')
print('abs exact', abs(3 + 4j), abs(5 + 12j), abs(-1j))
print('pow int', (1 + 1j) ** 2, (1 + 1j) ** 0, (2j) ** 3)
print('isinstance', isinstance(1j, complex), isinstance(1, complex), type(1j * 1).__name__)
print('sum of complex', sum([1j, 2, 3.5]))
class C:
    def __complex__(self):
        return 2 + 3j
print('__complex__', complex(C()))
