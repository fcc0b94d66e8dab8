# contextlib.contextmanager: setup/teardown, exceptions inside, decorator use, errors
from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

with tag("p") as t:
    print("  body, got", t)

@contextmanager
def guarded(label):
    print("enter", label)
    try:
        yield
    except ValueError as e:
        print("  handled in generator:", e)
    finally:
        print("exit", label)

with guarded("A"):
    raise ValueError("oops")
print("after A: suppressed because generator swallowed it")
try:
    with guarded("B"):
        raise KeyError("not handled")
except KeyError as e:
    print("propagated:", repr(e))

@contextmanager
def reraise_as():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e
try:
    with reraise_as():
        1 / 0
except RuntimeError as e:
    print("converted:", e, "| cause:", type(e.__cause__).__name__)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def swallow_then_yield_again():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_then_yield_again():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("decorated")
def work(x):
    print("  working on", x)
    return x * 2
print("decorator result:", work(21))
print("reusable decorator:", work(1))

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print("second use of a generator cm fails:", type(e).__name__)

@contextmanager
def stop_iteration_inside():
    yield
try:
    with stop_iteration_inside():
        raise StopIteration("inside body")
except StopIteration as e:
    print("StopIteration propagated intact:", e)
print("gen attr:", type(tag("x")).__name__)
