# Keyword-only and positional-only parameters
def pos_only(a, b, /, c):
    return a, b, c
print('pos only', pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
def kw_only(a, *, b, c=3):
    return a, b, c
print('kw only', kw_only(1, b=2), kw_only(a=1, b=2, c=4))
try:
    kw_only(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    kw_only(1)
except TypeError as e:
    print('TypeError', e)
def full(a, /, b, *, c):
    return a, b, c
print('full', full(1, 2, c=3), full(1, b=2, c=3))
def posonly_kwargs(a, /, **kw):
    return a, kw
print('same name in kwargs', posonly_kwargs(1, a=2))
def defaults_mixed(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e
print('defaults', defaults_mixed(1, d=4), defaults_mixed(1, 9, 8, d=7, e=6))
print('code flags', full.__code__.co_posonlyargcount, full.__code__.co_kwonlyargcount, full.__code__.co_argcount)
print('varnames', full.__code__.co_varnames)
def with_star(a, /, *args, b):
    return a, args, b
print('star between', with_star(1, 2, 3, b=4))
try:
    with_star(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    exec('def bad(a, /, /, b): pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('def bad(*, /, a): pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('def bad(*): pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
lam = lambda x, /, y, *, z: (x, y, z)
print('lambda params', lam(1, 2, z=3), lam(1, y=2, z=3))
class K:
    def method(self, a, /, *, flag=False):
        return a, flag
    @staticmethod
    def smeth(x, /):
        return x
print('method', K().method(5, flag=True), K.smeth(6))
try:
    K().method(a=5)
except TypeError as e:
    print('TypeError', e)
print('builtin pos only', len([1, 2]), divmod(7, 2))
try:
    len(obj=[1])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print('TypeError', e)
print('sorted kw', sorted([3, 1, 2], reverse=True))
