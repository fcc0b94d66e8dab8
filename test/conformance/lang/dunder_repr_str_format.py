# __repr__, __str__, __format__, and how builtins use them
class Both:
    def __repr__(self): return 'Both<repr>'
    def __str__(self): return 'Both<str>'
b = Both()
print(b, str(b), repr(b), f'{b}', f'{b!r}', '%s %r' % (b, b), '{} {!r}'.format(b, b))
print('containers use repr', [b], (b,), {'k': b})
class ReprOnly:
    def __repr__(self): return 'ReprOnly()'
print('str falls back to repr', str(ReprOnly()), f'{ReprOnly()}')
class StrOnly:
    def __str__(self): return 'just str'
print('repr does not use str', repr(StrOnly()).startswith('<__main__.StrOnly object'))
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
    def __str__(self): return 'Fmt-str'
f = Fmt()
print(format(f), format(f, 'xyz'), f'{f:>10}', '{:abc}'.format(f), '{0:{1}}'.format(f, 'nested'))
print('str() does not use __format__', str(f), '%s' % f)
class NoFormat:
    def __str__(self): return 'nf'
print('default format with empty spec uses str', format(NoFormat()), f'{NoFormat()}')
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print('TypeError', e)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError', e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'{type(self).__name__}({self.x!r}, {self.y!r})'
    def __format__(self, spec):
        if spec == 'polar':
            return 'polar-form'
        return f'({format(self.x, spec)}, {format(self.y, spec)})'
p = Point(1.5, 'a')
print(repr(p), f'{Point(1.25, 2.5):.1f}', f'{p:polar}')
class Sub(Point):
    pass
print('type(self).__name__ in repr', repr(Sub(1, 2)))
class StrSub(str):
    def __str__(self): return 'overridden __str__'
    def __repr__(self): return 'overridden __repr__'
s = StrSub('raw')
print('str subclass', str(s), repr(s), s + '!', f'{s}', '%s' % s, format(s))
class IntSub(int):
    def __repr__(self): return 'IntSub!'
print('int subclass', IntSub(5), str(IntSub(5)), f'{IntSub(5)}', f'{IntSub(5):03d}', [IntSub(5)])
print('print calls str', end=' ')
print(Both(), ReprOnly(), sep=' | ')
class Recursive:
    def __init__(self): self.items = [self]
    def __repr__(self): return f'Recursive({self.items!r})' if False else 'Recursive(...)'
print(Recursive().items)
print('ascii uses repr', ascii(Both()), ascii(Point('é', 1)))
print('repr of builtins', repr('a'), repr(1.0), repr(None), repr(True), repr(...), repr(NotImplemented))
print('str of builtins', str('a'), str(1.0), str(None), str(b'x'), str([1, 'a']))
print('object default format', format(object(), '') .startswith('<object object'))
