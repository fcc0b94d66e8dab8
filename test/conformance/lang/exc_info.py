# sys.exc_info() and sys.exception() inside and outside handlers
import sys
print('outside', sys.exc_info())
try:
    raise ValueError('boom')
except ValueError:
    t, v, tb = sys.exc_info()
    print('inside', t.__name__, v, type(tb).__name__)
    print('exception()', repr(sys.exception()))
print('after handler', sys.exc_info())
def show():
    t, v, _ = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None)
try:
    raise KeyError('k')
except KeyError:
    print('in called function', show())
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise TypeError('inner')
    except TypeError:
        print('nested inner', show())
    print('restored outer', show())
print('after all', show())
try:
    try:
        raise IndexError('i')
    finally:
        print('in finally during propagation', show())
except IndexError:
    pass
try:
    pass
finally:
    print('in finally without exception', show())
def gen():
    try:
        raise OSError('gen')
    except OSError:
        yield show()
        yield show()
try:
    raise LookupError('caller')
except LookupError:
    g = gen()
    print('generator inside caller handler', next(g))
print('generator resumed outside', next(g))
try:
    raise ZeroDivisionError('z')
except ZeroDivisionError as e:
    print('exc_info value is e', sys.exc_info()[1] is e)
    print('tb is e.__traceback__', sys.exc_info()[2] is e.__traceback__)
    print('tb_lineno type', type(e.__traceback__.tb_lineno).__name__)
def raise_and_catch():
    try:
        1 / 0
    except ZeroDivisionError:
        return show()
print('from function', raise_and_catch(), 'then', show())
try:
    raise ValueError('x')
except ValueError:
    try:
        raise
    except ValueError:
        print('bare re-raise caught', show())
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('__exit__ exc_info', show(), 'arg type', a[0].__name__ if a[0] else None)
        return True
with Ctx():
    raise RuntimeError('in with')
print('after with', show())
