# contextlib: practical patterns built from context managers
from contextlib import contextmanager, ExitStack, suppress
import io

@contextmanager
def temp_attr(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        setattr(obj, name, old)

class Config:
    debug = False
with temp_attr(Config, "debug", True):
    print("inside:", Config.debug)
print("restored:", Config.debug)

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print("rolled back because:", e)
        raise
    else:
        print("committed")

db = {"a": 1}
with transaction(db) as t:
    t["b"] = 2
print("db:", db)
try:
    with transaction(db) as t:
        t["c"] = 3
        raise ValueError("constraint violated")
except ValueError:
    pass
print("db after rollback:", db)

@contextmanager
def indent_writer(out, level=[0]):
    level[0] += 1
    try:
        yield lambda s: out.write("  " * level[0] + s + "\n")
    finally:
        level[0] -= 1
out = io.StringIO()
with indent_writer(out) as w:
    w("level one")
    with indent_writer(out) as w2:
        w2("level two")
    w("back to one")
print(out.getvalue(), end="")

calls = []
@contextmanager
def tracked(name):
    calls.append("enter " + name)
    yield
    calls.append("exit " + name)
def run_all(names):
    with ExitStack() as stack:
        for n in names:
            stack.enter_context(tracked(n))
        calls.append("work")
run_all(["x", "y"])
print("tracked:", calls)

@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count:", state["n"])
with counter() as c:
    for _ in range(5):
        c["n"] += 1

def safe_int(s):
    with suppress(ValueError, TypeError):
        return int(s)
    return "invalid"
print("safe_int:", [safe_int(v) for v in ["1", "x", None, "3"]])
@contextmanager
def yielding_generator_value():
    yield (i * i for i in range(4))
with yielding_generator_value() as g:
    print("yielded generator:", list(g))
