# Starred unpacking in assignments and displays
a, *b = [1, 2, 3, 4]
print('tail', a, b)
*a, b = [1, 2, 3, 4]
print('head', a, b)
a, *b, c = range(5)
print('middle', a, b, c)
a, *b, c = [1, 2]
print('empty star', a, b, c)
*a, = 'abc'
print('only star', a)
[a, *b] = (1,)
print('star list syntax', a, b)
(a, *b), c = 'xyz', 0
print('nested star', a, b, c)
a, *b = 'hello'
print('string star', a, b, type(b).__name__)
first, *_, last = range(10)
print('underscore', first, last, _)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
try:
    exec('*a, *b = [1, 2]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('*a = [1, 2]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print('display list', [*range(3), *'ab', 9])
print('display tuple', (*[1, 2], 3))
print('display set', sorted({*[1, 2], *(2, 3)}))
print('display dict', {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw):
    return args, kw
print('call star', f(*[1, 2], 3, *(4,)))
print('call dstar', f(**{'x': 1}, y=2, **{'z': 3}))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(*1)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
t = 1, *[2, 3]
print('bare tuple star', t)
for x, *rest in [(1, 2, 3), (4,), 'ab']:
    print('for star', x, rest)
print('star in return', (lambda *a: (*a, 'end'))(1, 2))
z = [*()]
print('empty', z, (*(), ), {**{}})
a, *b, c, d = range(10)
print('two after', a, b, c, d)
