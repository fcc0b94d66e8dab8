# contextlib: AbstractContextManager, ContextDecorator, with-statement protocol details
from contextlib import AbstractContextManager, ContextDecorator
import contextlib

class Simple(AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        print("  Simple exit:", exc_type)
        return None
with Simple() as s:
    print("default __enter__ returns self:", isinstance(s, Simple))

class Duck:
    def __enter__(self):
        return "duck"
    def __exit__(self, *a):
        return False
print("structural isinstance:", isinstance(Duck(), AbstractContextManager), isinstance(object(), AbstractContextManager))
with open(__file__) as fh:
    print("file-like is cm:", isinstance(fh, AbstractContextManager))
try:
    class Incomplete(AbstractContextManager):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

class timed(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("start", self.label)
        return self
    def __exit__(self, *exc):
        print("stop", self.label)
        return False

@timed("decorated function")
def compute(x):
    print("  computing", x)
    return x ** 2
print("result:", compute(4))
with timed("with block"):
    print("  inside")

class Suppressing:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  __exit__ args:", exc_type.__name__ if exc_type else None, type(exc).__name__, tb is not None)
        return True
with Suppressing():
    raise ValueError("swallowed")
print("after swallowed")

class Order:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("  enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("  exit", self.n)
with Order(1) as a, Order(2) as b:
    print("  body", a, b)
with (Order(3) as c,
      Order(4) as d):
    print("  parenthesized", c, d)

class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Order(5), FailEnter():
        print("never")
except RuntimeError as e:
    print("enter failure unwinds earlier:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("exit exception replaces, context:", repr(e.__context__))
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
print("AbstractAsyncContextManager exists:", hasattr(contextlib, "AbstractAsyncContextManager"))
