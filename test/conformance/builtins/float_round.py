# round() on floats and ints: ndigits, banker's rounding, representation effects
print('half to even', [round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5)])
print('types', type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.567, 2)).__name__)
print('ndigits', round(3.14159, 2), round(3.14159, 0), round(3.14159, 4), round(1234.5678, -2), round(1234.5678, -5))
print('representation effects', round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(0.285, 2))
print('negative ndigits', round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(150, -2), round(250, -2))
print('int ndigits positive', round(7, 3), type(round(7, 3)).__name__)
print('none ndigits', round(2.5, None), type(round(2.5, None)).__name__)
print('big', round(1e20), round(1.5e16), round(2 ** 60 + 0.0), round(123456789.987654321, 3))
print('small', round(1e-10, 5), round(-1e-10, 5), round(0.00001234, 6), round(5e-324, 400))
print('negative zero', round(-0.4), round(-0.0), round(-0.4, 1), round(-0.04, 1))
print('special', round(float('inf'), 2), round(float('nan'), 2), round(float('-inf'), 0))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    round('1.5')
except TypeError as e:
    print('TypeError', e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)
print('large ndigits', round(1.23456, 100), round(123.456, -100), round(5, -100))
print('bool', round(True), round(False, 2), type(round(True)).__name__)
vals = [0.05 * i for i in range(1, 8)]
print('tenths of multiples', [round(v, 1) for v in vals])
print('many halves', [round(i + 0.5) for i in range(-4, 5)])
print('round to 2 of x.xx5', [round(x, 2) for x in (0.015, 0.025, 0.035, 0.045, 0.055, 1.115, 1.125)])
class R:
    def __round__(self, n=None):
        return ('custom round', n)
print('dunder', round(R()), round(R(), 3))
print('format rounding vs round', f'{2.675:.2f}', f'{0.125:.2f}', f'{0.5:.0f}', f'{1.5:.0f}', f'{2.5:.0f}')
print('int big round', round(10 ** 30 + 5, -1), round(10 ** 30 + 15, -1), round(-(10 ** 30) - 5, -1))
