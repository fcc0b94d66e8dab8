# format() builtin and __format__ dispatch
print(format(42), format(42, 'd'), format(42, '>5'), format(3.14159, '.2f'), format('s', '^5'), format(True), format(None))
print(format(1234567.891, ',.2f'), format(0.25, '%'), format(255, '#x'), format(-1, '+'), format(10, '08b'))
print(format([1, 2]), format((1,)), format({'a': 1}), format(b'x'))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + '°F'
        return format(self.c, spec or 'g') + '°C'
t = Temp(21.5)
print(format(t), format(t, '.1F'), f'{t:.3}', '{:0>8.2F}'.format(t))
class NoFormat:
    pass
print('default __format__ empty spec', format(NoFormat(), '').startswith('<__main__.NoFormat'))
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError', e)
try:
    format(1, 1)
except TypeError as e:
    print('TypeError', e)
class Bad:
    def __format__(self, spec): return 42
try:
    format(Bad())
except TypeError as e:
    print('TypeError', e)
print('format calls type method, not instance attribute', end=' ')
class X:
    def __format__(self, spec): return 'class'
x = X()
x.__format__ = lambda spec: 'instance'
print(format(x))
print('bool formats as int with spec', format(True, 'd'), format(False, '.1f'), format(True, ''))
print('int subclass', format(type('I', (int,), {})(7), '03'))
print('format of float subclass', format(type('F', (float,), {})(0.5), '.0%'))
print('object.__format__', object.__format__(1, ''))
print('str.__format__', str.__format__('abc', '>4'))
print('nested spec through format()', format(3.14159, '{}'.format('.3f')))
