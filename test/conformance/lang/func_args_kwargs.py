# *args and **kwargs in definitions and calls
def f(*args, **kwargs):
    return args, kwargs
print('empty', f())
print('positional', f(1, 2, 3))
print('keyword', f(a=1, b=2))
print('both', f(1, 'x', key='v'))
print('args type', type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
def g(a, b, *rest, c, d=4, **extra):
    return f'a={a} b={b} rest={rest} c={c} d={d} extra={extra}'
print(g(1, 2, c=3))
print(g(1, 2, 3, 4, 5, c=6, d=7, e=8, f=9))
print(g(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
args = (10, 20)
kw = {'c': 30}
print('unpack call', g(*args, **kw))
def order(**kw):
    return list(kw)
print('kwargs order preserved', order(z=1, a=2, m=3))
print('kwargs order with dict', order(**{'q': 1, 'b': 2}, c=3))
def modify(*args, **kwargs):
    kwargs['added'] = True
    return kwargs
orig = {'x': 1}
print('callee copy', modify(**orig), orig)
def star_only(*, a, b=2):
    return a, b
print('keyword-only', star_only(a=1), star_only(b=3, a=4))
def count_args(*a):
    return len(a)
print('star many', count_args(*range(100)), count_args(*'hello', *[1]))
print('generator as star', count_args(*(x for x in range(5))))
def echo(**kw):
    return kw
print('non-identifier key', echo(**{'not valid': 1, '1x': 2}))
try:
    echo(**{1: 2})
except TypeError as e:
    print('TypeError', e)
def name_clash(a, **kw):
    return a, kw
print('kw named like param goes to param', name_clash(a=1, b=2))
try:
    name_clash(1, a=2)
except TypeError as e:
    print('TypeError', e)
def kwargs_named_self(self, **kw):
    return kw
print('self in kwargs', kwargs_named_self(0, other=1))
def default_and_star(a, b=2, *c):
    return a, b, c
print('default then star', default_and_star(1), default_and_star(1, 3, 5, 7))
def collect(first, *others, sep='-'):
    return sep.join([first, *others])
print('join style', collect('a', 'b', 'c'), collect('x', sep='+'), collect('p', 'q', sep=''))
class C:
    def m(self, *a, **k):
        return a, k
print('method star', C().m(1, x=2), C.m(C(), 3))
print('print with star', *['a', 'b'], sep='|')
nested = {'outer': {'inner': 1}}
def show(**kw): return kw
print('nested dict value', show(**nested))
print('mixing', f(1, *[2, 3], 4, *(), x=1, **{'y': 2}))
