# try/except/else/finally execution order
def run(action):
    log = []
    try:
        log.append('try')
        action()
        log.append('try end')
    except ValueError:
        log.append('except ValueError')
    except (TypeError, KeyError) as e:
        log.append('except ' + type(e).__name__)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
def ok(): pass
def val(): raise ValueError
def typ(): raise TypeError('t')
def key(): {}['x']
print('ok', run(ok))
print('value', run(val))
print('type', run(typ))
print('key', run(key))
try:
    run(lambda: 1 / 0)
except ZeroDivisionError as e:
    print('propagated', e)
def else_raises():
    try:
        pass
    except Exception:
        print('not reached')
    else:
        raise RuntimeError('from else')
    finally:
        print('finally after else raise')
try:
    else_raises()
except RuntimeError as e:
    print('caught', e)
def handler_raises():
    try:
        raise KeyError('k')
    except KeyError:
        raise IndexError('from handler')
    finally:
        print('finally after handler raise')
try:
    handler_raises()
except IndexError as e:
    print('caught', e, 'context', repr(e.__context__))
def first_match():
    try:
        raise KeyError('x')
    except LookupError:
        return 'LookupError matched first'
    except KeyError:
        return 'KeyError'
print(first_match())
def bare():
    try:
        raise OSError('os')
    except:
        return 'bare except'
print(bare())
e_var = 'before'
try:
    raise ValueError('v')
except ValueError as e_var:
    print('inside', e_var)
print('as-name deleted after handler', 'e_var' in dir())
def try_finally_only():
    try:
        return 'try value'
    finally:
        print('finally runs before return completes')
print(try_finally_only())
x = 0
try:
    x = 1
finally:
    x += 10
print('finally modifies', x)
def else_not_after_return():
    try:
        return 'returned in try'
    except Exception:
        pass
    else:
        print('else skipped when try returns')
    finally:
        print('finally still runs')
print(else_not_after_return())
def exc_in_finally():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('replacement')
try:
    exc_in_finally()
except Exception as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
