# Exception chaining: __context__, __cause__, __suppress_context__
def show(e):
    print(' ', type(e).__name__, repr(str(e)),
          'cause=' + repr(e.__cause__), 'context=' + repr(e.__context__),
          'suppress=' + str(e.__suppress_context__))
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print('implicit chaining')
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise TypeError('second') from v
except TypeError as e:
    print('explicit cause')
    show(e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second') from None
except TypeError as e:
    print('from None')
    show(e)
try:
    raise KeyError('k') from ValueError('unrelated')
except KeyError as e:
    print('cause outside handler')
    show(e)
try:
    raise RuntimeError('r') from ZeroDivisionError
except RuntimeError as e:
    print('cause given as class is instantiated')
    show(e)
try:
    raise RuntimeError from TypeError('t')
except RuntimeError as e:
    print('raise class from instance')
    show(e)
try:
    raise ValueError('x') from 'not an exception'
except TypeError as e:
    print('bad cause ->', type(e).__name__, e)
try:
    try:
        try:
            raise OSError('a')
        except OSError:
            raise KeyError('b')
    except KeyError:
        raise IndexError('c')
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print('three-level chain', chain)
try:
    try:
        1 / 0
    finally:
        raise NameError('in finally')
except NameError as e:
    print('finally raise context')
    show(e)
e1 = ValueError('manual')
e1.__cause__ = KeyError('set by hand')
print('manual cause', repr(e1.__cause__), e1.__suppress_context__)
e2 = ValueError('x')
print('fresh exception', e2.__cause__, e2.__context__, e2.__suppress_context__, e2.__traceback__)
try:
    try:
        raise ValueError('inner')
    except ValueError as inner:
        err = inner
        raise err
except ValueError as e:
    print('re-raise same object, context is not itself:', e.__context__ is None)
def no_cycle():
    try:
        raise KeyError('a')
    except KeyError as a:
        try:
            raise ValueError('b')
        except ValueError as b:
            try:
                raise a
            except KeyError as again:
                return again.__context__
print('context cycle broken:', repr(no_cycle()), repr(no_cycle().__context__))
try:
    try:
        raise ValueError('v')
    except ValueError:
        pass
    raise TypeError('after handled')
except TypeError as e:
    print('no context after handler completed:', e.__context__)
