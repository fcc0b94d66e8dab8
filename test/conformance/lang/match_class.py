# match: class patterns, __match_args__, builtins with self-matching
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x=0) | Point(y=0):
            return 'on an axis'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
        case Circle(Point(x, y), r=radius):
            return f'circle at {x},{y} r={radius}'
        case _:
            return 'not a shape'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Circle(Point(1, 2), 3), 'x']:
    print(where(p))
def builtins(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n):
            return f'int {n}'
        case float(f):
            return f'float {f}'
        case str(s):
            return f'str {s!r}'
        case bytes(b):
            return f'bytes {b!r}'
        case list([a, *_]):
            return f'non-empty list starting {a}'
        case dict({'k': v}):
            return f'dict with k={v}'
        case tuple(t):
            return f'tuple {t}'
        case _:
            return 'other'
for v in [True, 7, 2.5, 'hi', b'b', [9, 8], {'k': 1}, (1, 2), None, []]:
    print(repr(v), '->', builtins(v))
class NoArgs:
    pass
def no_match_args(v):
    match v:
        case NoArgs(a=1):
            return 'keyword works'
        case NoArgs():
            return 'bare works'
    return 'no'
o = NoArgs(); o.a = 1
print(no_match_args(o), no_match_args(NoArgs()))
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
class TooFew:
    __match_args__ = ('a',)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
class Sub(Point):
    pass
print('subclass instance matches base pattern', where(Sub(4, 4)))
def missing_attr(v):
    match v:
        case Point(z=1):
            return 'has z'
    return 'attribute missing -> no match'
print(missing_attr(Point(1, 1)))
notaclass = 'string'
try:
    match 1:
        case notaclass.upper():
            pass
except TypeError as e:
    print('TypeError', e)
def isinstance_check(v):
    match v:
        case int() | float() as num:
            return f'number {num}'
    return 'not number'
print(isinstance_check(3), isinstance_check(3.5), isinstance_check('3'))
class Dyn:
    __match_args__ = ('val',)
    @property
    def val(self):
        print('  property accessed')
        return 10
match Dyn():
    case Dyn(10):
        print('matched property via match_args')
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
