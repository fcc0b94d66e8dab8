# Argument binding errors and their exact messages
def f(a):
    pass
def g(a, b, c=3):
    pass
def h(*, k):
    pass
def m(a, b, *, x, y):
    pass
def n():
    pass
def p(a, /, b):
    pass
class C:
    def meth(self, a):
        pass
    def __init__(self, v):
        pass
cases = [
    ('f()', lambda: f()),
    ('f(1, 2)', lambda: f(1, 2)),
    ('f(1, 2, 3)', lambda: f(1, 2, 3)),
    ('f(b=1)', lambda: f(b=1)),
    ('f(1, a=1)', lambda: f(1, a=1)),
    ('f(1, b=2)', lambda: f(1, b=2)),
    ('g()', lambda: g()),
    ('g(1)', lambda: g(1)),
    ('g(1, 2, 3, 4)', lambda: g(1, 2, 3, 4)),
    ('g(1, c=1)', lambda: g(1, c=1)),
    ('h()', lambda: h()),
    ('h(1)', lambda: h(1)),
    ('h(k=1, j=2)', lambda: h(k=1, j=2)),
    ('m(1, 2)', lambda: m(1, 2)),
    ('m(1, 2, x=1)', lambda: m(1, 2, x=1)),
    ('m(1, 2, 3)', lambda: m(1, 2, 3)),
    ('m(1)', lambda: m(1)),
    ('n(1)', lambda: n(1)),
    ('n(x=1)', lambda: n(x=1)),
    ('p(a=1, b=2)', lambda: p(a=1, b=2)),
    ('C().meth()', lambda: C(1).meth()),
    ('C().meth(1, 2)', lambda: C(1).meth(1, 2)),
    ('C.meth(1)', lambda: C.meth(1)),
    ('C()', lambda: C()),
    ('C(1, 2)', lambda: C(1, 2)),
    ('lambda', lambda: (lambda x: x)()),
    ('object(1)', lambda: object(1)),
]
for label, fn in cases:
    try:
        fn()
        print(label, 'no error')
    except TypeError as e:
        print(label, '->', e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print('three missing ->', e)
try:
    many()
except TypeError as e:
    print('four missing ->', e)
def kwmany(*, a, b, c):
    pass
try:
    kwmany()
except TypeError as e:
    print('kw three missing ->', e)
def opt(a, b=1):
    pass
try:
    opt(1, 2, 3)
except TypeError as e:
    print('range of counts ->', e)
try:
    opt()
except TypeError as e:
    print('one of two missing ->', e)
def kwopt(a, b=1, *, c=2):
    pass
try:
    kwopt(1, 2, 3)
except TypeError as e:
    print('with kw-only ->', e)
try:
    kwopt(1, 2, 3, c=4)
except TypeError as e:
    print('with kw-only given ->', e)
