# The with statement with custom context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return 'value of ' + self.name
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with CM('a') as v:
    print('body got', v)
with CM('b'):
    print('no as clause')
try:
    with CM('c') as v:
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
with CM('d', suppress=True):
    raise KeyError('suppressed')
print('continues after suppression')
def ret_from_with():
    with CM('e'):
        return 'returned'
print(ret_from_with())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        if i == 1:
            break
print('after loop')
class Self:
    def __enter__(self): return self
    def __exit__(self, *args): return None
    def hello(self): return 'hello from self'
with Self() as s:
    print(s.hello())
with CM('f') as (x):
    print('parenthesized target', x)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (p, q):
    print('unpacking target', p, q)
holder = {}
with Pair() as holder['k']:
    pass
print('subscript target', holder)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with EnterFails():
        print('body should not run')
except RuntimeError as e:
    print('caught', e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except TypeError as e:
    print('exit exception wins', e, 'context', repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'non-empty string'
with Truthy():
    raise ZeroDivisionError
print('truthy non-bool suppresses')
