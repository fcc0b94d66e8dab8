# abs, round, divmod, pow as builtin functions on various types
print('abs', abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)), abs(float('-inf')))
class A:
    def __abs__(self): return 'custom abs'
print('abs dunder', abs(A()))
try:
    abs('x')
except TypeError as e:
    print('TypeError', e)
print('round', round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(123, -1), round(1.23456, 3), round(0.5 + 1e-16))
print('round types', type(round(2.2)).__name__, type(round(2.2, 1)).__name__, type(round(5, -1)).__name__)
print('divmod', divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), divmod(2 ** 70, 3))
print('pow', pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(-3, 3), pow(2.0, 0.5), pow(0, 0), pow(-8, 2, 5))
print('min/max numeric', max(1, 2.0), min(-1, -1.0), max(True, 0))
print('int()/float()/complex()', int('12'), float('1.5'), complex('1+1j'), int(-2.7), float(-3))
print('bool()', bool(0), bool(0.0), bool(0j), bool(-1))
print('hex/oct/bin', hex(255), oct(8), bin(5), hex(-1), bin(0))
print('chr/ord', chr(9731), ord('☃'), repr(chr(0)), ord('\x00'))
print('sum/len', sum([1.5, 2]), len(range(0, 100, 7)))
import math
print('math integration', math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), round(-0.5), int(-0.5))
print('numeric tower', isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance(1j, complex))
print('operator precedence with unary', -2 ** 2, (-2) ** 2, abs(-2) ** 2)
class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
    def __pow__(self, o, mod=None): return ('pow', self.v, o, mod)
    def __rpow__(self, o): return ('rpow', o, self.v)
print('divmod/pow dunders', divmod(N(1), 2), divmod(3, N(4)), pow(N(2), 3), pow(N(2), 3, 5), 2 ** N(5))
