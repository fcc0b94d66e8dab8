# Exception messages: str() and repr() of exceptions with various args
cases = [
    ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(42),
    ValueError(None), ValueError(''), ValueError(['list']), KeyError('key'),
    KeyError(), KeyError('a', 'b'), KeyError(0), IndexError('idx'),
    OSError(), OSError('just message'), OSError(1, 'perm'), OSError(1, 'perm', 'file'),
    OSError(1, 'perm', 'f1', None, 'f2'), FileNotFoundError(2, 'missing', 'p'),
    StopIteration(), StopIteration(1), SystemExit(2), UnicodeError('u'),
    Exception('multi\nline'), AssertionError(), NameError('n'),
]
for e in cases:
    print(f'{type(e).__name__:<18} str={str(e)!r:<34} repr={e!r}')
class Custom(Exception):
    def __str__(self):
        return 'custom str'
print('custom', str(Custom('ignored')), repr(Custom('args kept')))
class CustomRepr(Exception):
    def __repr__(self):
        return 'CustomRepr!'
print('custom repr', repr(CustomRepr()), str(CustomRepr('x')))
try:
    raise Custom
except Exception as e:
    print('printed', e)
def fmt(e):
    return f'{type(e).__name__}: {e}'
try:
    {}['missing']
except KeyError as e:
    print(fmt(e))
try:
    {}[('tuple', 'key')]
except KeyError as e:
    print(fmt(e))
try:
    {}['']
except KeyError as e:
    print(fmt(e))
print('exception in format', f'{ValueError("fmt")}', '{}'.format(KeyError('k')), '%s' % IndexError('i'))
print('exception equality is identity', ValueError('a') == ValueError('a'))
print('name error attr', NameError('x', name='x').name if hasattr(NameError('x'), 'name') else None)
e = AttributeError('msg', name='attr', obj=None)
print('AttributeError kwargs', e, e.name)
e = ImportError('cannot import', name='mod', path='/p')
print('ImportError kwargs', e, e.name, e.path)
try:
    raise ValueError('with note')
except ValueError as e:
    e.add_note('a note')
    print('notes', e.__notes__, str(e))
