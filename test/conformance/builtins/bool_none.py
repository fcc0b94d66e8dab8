# bool and None: arithmetic, repr, identity, conversion
print('repr', repr(True), repr(False), str(True), repr(None), str(None))
print('isinstance int', isinstance(True, int), issubclass(bool, int), type(True).__name__)
print('arith', True + True, True * 10, True - False, True / 2, True // 2, -True, ~True, ~False)
print('comparisons', True == 1, False == 0, True > False, True == 1.0, True is True)
print('bitwise stays bool', True & False, True | False, True ^ True, type(True & True).__name__)
print('bitwise with int gives int', True & 3, type(True | 2).__name__, True << 2)
print('sum of bools', sum([True, True, False, True]))
print('as index', ['zero', 'one'][True], 'abc'[False])
print('bool()', bool(), bool(0), bool(1), bool(-1), bool(''), bool('False'), bool([]), bool(None))
print('int/float of bool', int(True), float(False), str(True).lower())
print('format', f'{True}', f'{True:d}', f'{True:>6}', format(False, '03'), '%d %s' % (True, False))
print('hash', hash(True) == hash(1), hash(False) == hash(0))
print('dict key collision', {True: 'a', 1: 'b', 1.0: 'c'}, {False: 1, 0: 2})
print('set collision', {True, 1, 1.0}, {0, False, 0.0})
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError', e)
print('bool(x) calls __bool__', bool(type('T', (), {'__bool__': lambda s: False})()))
print('None singleton', None is None, type(None)() is None, None == None, None != 0)
print('None is falsy', not None, bool(None), None or 'default', None and 'never')
try:
    None + 1
except TypeError as e:
    print('TypeError', e)
try:
    None < 1
except TypeError as e:
    print('TypeError', e)
try:
    None.attr
except AttributeError as e:
    print('AttributeError', e)
try:
    None()
except TypeError as e:
    print('TypeError', e)
try:
    len(None)
except TypeError as e:
    print('TypeError', e)
try:
    for x in None:
        pass
except TypeError as e:
    print('TypeError', e)
try:
    None[0]
except TypeError as e:
    print('TypeError', e)
print('function returns None', (lambda: None)(), print.__call__ is not None)
def noreturn():
    pass
print('implicit return', noreturn())
print('None in containers', [None], {None: None}, (None,))
print('sorted with None key', sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
print('type(None)', type(None), type(None).__name__)
print('bool is int subclass arithmetic', True + 0.5, True * 1j)
print('True/False are keywords: cannot assign', end=' ')
try:
    exec('True = 1')
except SyntaxError as e:
    print(e.msg)
