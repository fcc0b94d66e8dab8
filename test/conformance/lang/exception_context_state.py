# __context__ is set where an exception is raised, not as it propagates; generators see their resumer's handled exception; ExceptionGroup is an Exception
def h():
    e = KeyError('k')
    try: raise e
    except BaseException:
        e.__context__ = None; raise
try:
    try: raise ValueError('v')
    except ValueError: h()
except KeyError as k: print(repr(k.__context__))
import sys
def g(): yield sys.exc_info()[1]
try: raise ValueError('x')
except ValueError: print(repr(next(g())))
def g2():
    try:
        raise KeyError('inner')
    except KeyError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = g2()
print(repr(next(it)), repr(sys.exc_info()[1]))
try: raise ValueError('outer')
except ValueError: print(repr(next(it)))
print(issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
eg = ExceptionGroup('a', [ExceptionGroup('b', [ValueError()])])
print(repr(eg), type(BaseExceptionGroup('a', [ExceptionGroup('x', [ValueError()])])).__name__)
try: raise ExceptionGroup("eg", [ValueError()])
except Exception as e: print('caught', repr(e))
def f():
    raise ValueError('boom')
try:
    try: f()
    except ValueError as e: raise TypeError('t')
except TypeError as t: print(repr(t.__context__))
