# Nested try statements and handler selection
def level3(kind):
    if kind == 'value':
        raise ValueError('v3')
    if kind == 'key':
        raise KeyError('k3')
    if kind == 'zero':
        return 1 / 0
    return 'ok'
def level2(kind):
    try:
        return level3(kind)
    except KeyError as e:
        return 'level2 handled ' + repr(e)
    finally:
        print('  level2 finally', kind)
def level1(kind):
    try:
        return level2(kind)
    except ValueError as e:
        return 'level1 handled ' + str(e)
for kind in ('ok', 'value', 'key', 'zero'):
    try:
        print(kind, '->', level1(kind))
    except ZeroDivisionError as e:
        print(kind, '-> top level', e)
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong handler')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise KeyError('b')
        except KeyError as kb:
            print('innermost handler', repr(kb), 'context', repr(kb.__context__))
        print('back in first handler')
except Exception:
    print('not reached')
else:
    print('outer else since everything handled')
def handler_order():
    try:
        raise FileNotFoundError('nf')
    except OSError as e:
        return 'OSError handler for ' + type(e).__name__
    except FileNotFoundError:
        return 'never'
print(handler_order())
def except_tuple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-ish ' + type(e).__name__
    except (ValueError,):
        return 'value'
    except Exception as e:
        return 'generic ' + type(e).__name__
for exc in (KeyError, IndexError, ValueError, UnicodeDecodeError('utf-8', b'', 0, 1, 'r'), OSError):
    print(except_tuple(exc))
errors = (ZeroDivisionError, OverflowError)
try:
    2.0 ** 10000
except errors as e:
    print('tuple variable', type(e).__name__)
try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError', e)
count = 0
def retry():
    global count
    for attempt in range(5):
        try:
            count += 1
            if attempt < 3:
                raise ConnectionError('try again')
            return attempt
        except ConnectionError:
            continue
print('retry succeeded at', retry(), 'count', count)
def handler_exception_name_scope():
    try:
        raise ValueError('scoped')
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return 'unbound: ' + str(e)
print(handler_exception_name_scope())
