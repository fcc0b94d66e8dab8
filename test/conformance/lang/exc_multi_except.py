# Catching several exception types, exception groups basics
def risky(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('v')
    if kind == 'zero':
        return 1 / 0
    return 'fine'
for kind in ('key', 'index', 'type', 'value', 'zero', 'none'):
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, '-> lookup family:', type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, '-> type/value:', type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, '-> arithmetic:', e)
    else:
        print(kind, '-> no error:', result)
group = (KeyError, IndexError)
try:
    risky('index')
except group as e:
    print('tuple in variable', type(e).__name__)
def nested_tuple():
    try:
        risky('value')
    except ((KeyError, IndexError), ValueError) as e:
        return 'nested tuple works? ' + type(e).__name__
try:
    print(nested_tuple())
except TypeError as e:
    print('TypeError', e)
try:
    try:
        risky('zero')
    except (KeyError,):
        print('wrong')
except ZeroDivisionError:
    print('single-element tuple did not match; outer caught')
handlers = []
for exc_type in (ValueError, TypeError):
    try:
        raise exc_type('dynamic')
    except (ValueError if exc_type is ValueError else TypeError) as e:
        handlers.append(type(e).__name__)
print('expression as handler', handlers)
try:
    raise ExceptionGroup('group', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
except* ValueError as eg:
    print('except* ValueError got', [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print('except* TypeError got', [str(x) for x in eg.exceptions])
eg = ExceptionGroup('msg', [KeyError('a'), OSError('b')])
print('group str', str(eg), len(eg.exceptions), eg.message)
match_, rest = eg.split(KeyError)
print('split', [repr(x) for x in match_.exceptions], [repr(x) for x in rest.exceptions])
print('subgroup', eg.subgroup(OSError).exceptions)
try:
    try:
        raise ExceptionGroup('outer', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as rest_group:
    print('unhandled remainder re-raised', [repr(x) for x in rest_group.exceptions])
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError', e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print('ValueError', e)
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print('BaseExceptionGroup type', type(beg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
