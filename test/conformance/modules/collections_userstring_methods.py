# collections.UserString: every str method through the wrapper, with
# positional and keyword arguments, UserString arguments where they are
# accepted, result types (the caller's subclass), operators and errors
from collections import UserString


class Sub(UserString):
    pass


class Loud(str):
    # a str subclass as data: its overrides must be used
    def upper(self):
        return 'LOUD'

    def split(self, sep=None, maxsplit=-1):
        return ['overridden']


def show(label, thunk):
    try:
        r = thunk()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


u = UserString('Hello World')
s = Sub('  tab\there\nnext line  ')
x = UserString('l')

calls = [
    ('capitalize', (), {}), ('casefold', (), {}), ('lower', (), {}), ('upper', (), {}),
    ('swapcase', (), {}), ('title', (), {}),
    ('isalnum', (), {}), ('isalpha', (), {}), ('isascii', (), {}), ('isdecimal', (), {}),
    ('isdigit', (), {}), ('isidentifier', (), {}), ('islower', (), {}), ('isnumeric', (), {}),
    ('isprintable', (), {}), ('isspace', (), {}), ('istitle', (), {}), ('isupper', (), {}),
    ('center', (20,), {}), ('center', (20, '*'), {}), ('center', (), {'width': 15}),
    ('ljust', (16, '.'), {}), ('rjust', (16,), {}), ('zfill', (14,), {}), ('zfill', (), {'width': 13}),
    ('count', ('l',), {}), ('count', (x,), {}), ('count', ('l', 3), {}), ('count', ('l', None, None), {}),
    ('count', ('l',), {'start': 4, 'end': 10}), ('count', (), {'sub': 'o'}),
    ('find', (x, 4), {}), ('find', ('z',), {}), ('rfind', (x,), {}), ('rfind', ('o',), {'end': 5}),
    ('index', ('W',), {}), ('index', ('z',), {}), ('rindex', ('l', 0, 4), {}),
    ('index', (x,), {}),
    ('endswith', ('ld',), {}), ('endswith', (('x', 'd'),), {}), ('endswith', (), {'suffix': 'Hello', 'end': 5}),
    ('startswith', ('He',), {}), ('startswith', ('W', 6), {}), ('startswith', (), {'prefix': 'x'}),
    ('startswith', (x,), {}),
    ('removeprefix', ('Hello ',), {}), ('removeprefix', (UserString('He'),), {}),
    ('removesuffix', ('World',), {}), ('removesuffix', (UserString('ld'),), {}),
    ('strip', (), {}), ('strip', ('Hd',), {}), ('lstrip', (), {'chars': 'eH'}), ('rstrip', (None,), {}),
    ('strip', (x,), {}),
    ('partition', (' ',), {}), ('rpartition', ('o',), {}), ('partition', (), {'sep': 'W'}),
    ('split', (), {}), ('split', ('o',), {}), ('split', (None, 1), {}), ('rsplit', (), {'maxsplit': 1}),
    ('rsplit', (), {'sep': 'l', 'maxsplit': 2}),
    ('splitlines', (), {}), ('splitlines', (True,), {}), ('splitlines', (), {'keepends': True}),
    ('expandtabs', (), {}), ('expandtabs', (2,), {}), ('expandtabs', (), {'tabsize': 4}),
    ('replace', ('l', 'L'), {}), ('replace', (x, UserString('_')), {}), ('replace', ('l', 'L', 2), {}),
    ('replace', (), {'old': 'o', 'new': '0', 'maxsplit': 1}),
    ('translate', ({ord('l'): 'L', ord('o'): None},), {}), ('translate', (str.maketrans('lo', 'LO'),), {}),
    ('join', (['a', 'b', 'c'],), {}), ('join', (), {'seq': 'xyz'}),
    ('format', (), {}), ('format_map', ({},), {}),
    ('encode', (), {}), ('encode', ('ascii',), {}), ('encode', (None, None), {}),
    ('encode', (), {'encoding': 'utf-16-le', 'errors': 'strict'}),
]
for sample in (u, s):
    print('=====', repr(sample), type(sample).__name__)
    for name, args, kwargs in calls:
        show('%s %r %r' % (name, args, kwargs), lambda: getattr(sample, name)(*args, **kwargs))

print('===== arity errors')
show('upper(1)', lambda: u.upper(1))
show('center()', lambda: u.center())
show('count()', lambda: u.count())
show('count 4 args', lambda: u.count('a', 1, 2, 3))
show('replace(1 arg)', lambda: u.replace('a'))
show('removeprefix kw', lambda: u.removeprefix(prefix='H'))
show('split bad kw', lambda: u.split(x=1))
show('zfill()', lambda: u.zfill())
show('format fields', lambda: UserString('{0}-{x}-{y!r}').format(1, x=2, y='z'))
show('format_map', lambda: UserString('{a}{b}').format_map({'a': 1, 'b': u}))

print('===== str subclass as data')
loud = UserString(Loud('quiet words'))
show('data type', lambda: type(loud.data).__name__)
show('upper', lambda: loud.upper())
show('split', lambda: loud.split())
show('lower', lambda: loud.lower())
show('sub slice', lambda: s[2:5])
show('sub index', lambda: s[-3])

print('===== operators')
for other in (UserString('abc'), 'abc', Sub('Hello World'), 'Hello World', 3):
    for op in ('==', '!=', '<', '<=', '>', '>=', '+'):
        show('u %s %r' % (op, other), lambda: eval('u %s other' % op))
        show('%r %s u' % (other, op), lambda: eval('other %s u' % op))
show('u * 2', lambda: u * 2)
show('2 * s', lambda: 2 * s)
show('u * -1', lambda: u * -1)
show('u * 1.5', lambda: u * 1.5)
show('mod', lambda: UserString('%s|%r|%d') % ('a', u, 3))
show('mod dict', lambda: UserString('%(k)s') % {'k': u})
show('rmod str', lambda: '<%s>' % u)
show('rmod int', lambda: 5 % UserString('x'))
show('in', lambda: ('World' in u, x in u, 'z' in u))
show('in int', lambda: 1 in u)
show('add None', lambda: u + None)
show('radd list', lambda: [1] + u)
show('conversions', lambda: (int(UserString('42')), float(UserString('2.5')), complex(UserString('1+2j'))))
show('str/repr', lambda: (str(u), repr(s), ascii(UserString('é'))))
show('len/bool', lambda: (len(u), bool(UserString('')), bool(u)))
show('hash', lambda: hash(u) == hash('Hello World'))
show('iter', lambda: list(UserString('abc')))
show('reversed', lambda: list(reversed(UserString('abc'))))
show('format()', lambda: format(u, '*^17'))
show('fstring', lambda: f'{u}|{u!r}|{u:>12}')
show('getnewargs', lambda: u.__getnewargs__())
show('maketrans', lambda: u.maketrans('ab', 'cd'))
show('init', lambda: (UserString(12), UserString([1]), UserString(u).data, type(UserString(u).data).__name__))
show('sorted', lambda: sorted([UserString('b'), UserString('a'), UserString('c')]))
show('set', lambda: len({UserString('a'), UserString('a')}))
show('lt int', lambda: u < 1)
show('NotImplemented?', lambda: u.__eq__(1))
show('names', lambda: [(getattr(UserString, n).__name__, getattr(UserString, n).__qualname__)
                       for n in ('upper', 'count', 'center', 'split', 'encode', '__eq__', '__len__')])
show('module', lambda: {getattr(UserString, n).__module__ for n in ('upper', 'zfill', 'format', '__add__')})
show('copy', lambda: __import__('copy').copy(s))
