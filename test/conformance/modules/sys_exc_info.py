# sys.exc_info and sys.exception-like behaviour in 3.11
import sys

print("outside:", sys.exc_info())

try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print("type:", t.__name__)
    print("value:", repr(v))
    print("tb has tb_lineno:", isinstance(tb.tb_lineno, int))
    print("v.__traceback__ is tb:", v.__traceback__ is tb)

print("after except:", sys.exc_info())

def inner():
    return sys.exc_info()[0]

try:
    1 / 0
except ZeroDivisionError:
    print("seen from callee:", inner().__name__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("t")
        except TypeError:
            print("nested:", sys.exc_info()[0].__name__)
        print("back to outer:", sys.exc_info()[0].__name__)
except Exception:
    pass

def gen():
    try:
        raise IndexError("i")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

g = gen()
print("gen first:", next(g))
print("caller after yield:", sys.exc_info())
print("gen second:", next(g))

try:
    raise RuntimeError("r")
except RuntimeError:
    pass
finally:
    print("in finally after handled:", sys.exc_info())

try:
    try:
        raise OSError("x")
    finally:
        print("finally during propagation:", sys.exc_info()[0].__name__)
except OSError:
    pass
