# contextlib: suppress, closing, nullcontext
from contextlib import suppress, closing, nullcontext
import os

with suppress(FileNotFoundError):
    os.remove("/nonexistent/definitely/missing.txt")
print("FileNotFoundError suppressed")
with suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed (multiple types)")
with suppress(LookupError):
    {}["k"]
print("subclass suppressed via LookupError")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("other exception passes:", e)
with suppress():
    pass
print("empty suppress ok")
try:
    with suppress():
        raise TypeError("suppress() with no types suppresses nothing")
except TypeError as e:
    print("TypeError:", e)
def first_int(values):
    for v in values:
        with suppress(ValueError):
            return int(v)
    return None
print("first_int:", first_int(["a", "b", "42", "7"]), first_int(["x"]))
with suppress(ZeroDivisionError):
    print("before error")
    1 / 0
    print("never")
print("after suppressed block")
s = suppress(ValueError)
with s:
    raise ValueError
with s:
    raise ValueError
print("suppress is reusable")
with suppress(Exception):
    raise ExceptionGroup("eg", [ValueError()])
print("ExceptionGroup suppressed by Exception")

class Door:
    def __init__(self):
        self.state = "open"
    def close(self):
        self.state = "closed"
        print("Door.close called")
d = Door()
with closing(d) as thing:
    print("inside closing:", thing is d, d.state)
print("after closing:", d.state)
d2 = Door()
try:
    with closing(d2):
        raise RuntimeError("boom")
except RuntimeError:
    print("closed even on error:", d2.state)

with nullcontext() as v:
    print("nullcontext default:", v)
with nullcontext(42) as v:
    print("nullcontext value:", v)
def process(file_or_none):
    cm = open(file_or_none) if file_or_none else nullcontext("stdin-stub")
    with cm as f:
        return f
print("optional cm:", process(None))
try:
    with nullcontext():
        raise KeyError("nullcontext does not suppress")
except KeyError as e:
    print("KeyError:", e)
