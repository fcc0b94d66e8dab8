# Subclassing str, int, float, tuple
class Name(str):
    def greet(self):
        return 'Hello, ' + self
n = Name('ann')
print('str subclass', n, n.greet(), n.upper(), type(n.upper()).__name__, len(n))
print('equality and hash', n == 'ann', hash(n) == hash('ann'), {n: 1}['ann'])
print('concat returns str', type(n + '!').__name__, type(n[0]).__name__)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('shout')
print('__new__ for immutable', u, type(u).__name__)
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged('text', 'important')
print('extra attribute', t, t.tag)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f'{v} is odd')
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print('int subclass', e, e.half(), e + 1, type(e + 1).__name__, isinstance(e, int))
try:
    Even(3)
except ValueError as ex:
    print('ValueError', ex)
class Celsius(float):
    def __repr__(self):
        return f'{float(self):.1f}°C'
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.5)
print('float subclass', repr(c), c.to_f(), c > 20, type(c * 2).__name__)
class Bits(int):
    def __str__(self):
        return bin(self)
print('str override', str(Bits(5)), Bits(5) + 0, f'{Bits(5)}', repr(Bits(5)))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print('tuple subclass', p, p.first, p.swap(), type(p.swap()).__name__, p == (1, 2))
a, b = p
print('unpack', a, b)
class MyBool(int):
    pass
print('bool cannot be subclassed:', end=' ')
try:
    class B2(bool):
        pass
except TypeError as ex:
    print(ex)
class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    def __repr__(self):
        return f'Money({int(self)})'
print('overridden add', Money(3) + 4, 4 + Money(3), sum([Money(1), Money(2)], Money(0)))
class Path(str):
    def __truediv__(self, o):
        return Path(self + '/' + o)
print('custom operator', Path('usr') / 'local' / 'bin')
class Version(tuple):
    def __new__(cls, s):
        return super().__new__(cls, map(int, s.split('.')))
print('comparison inherited', Version('1.10') > Version('1.9'), sorted([Version('2.0'), Version('1.5')]))
print('str methods on subclass keep str result', type(Name('a').strip()).__name__, type(Name('a') * 2).__name__)
print('int() of subclass', type(int(Even(4))).__name__, type(str(Name('x'))).__name__)
