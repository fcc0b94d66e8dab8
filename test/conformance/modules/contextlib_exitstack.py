# contextlib.ExitStack: callbacks LIFO, enter_context, push, pop_all, exception handling
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda: log.append("callback 2"))
    log.append("body with " + ",".join(names))
print("LIFO:", log)

log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    moved = stack.pop_all()
log.append("after with")
moved.close()
print("pop_all transfers:", log)

def exit_fn(exc_type, exc, tb):
    print("  push exit fn saw:", exc_type.__name__ if exc_type else None)
    return exc_type is KeyError
with ExitStack() as stack:
    stack.push(exit_fn)
    raise KeyError("suppressed by pushed exit")
print("after suppressed KeyError")
try:
    with ExitStack() as stack:
        stack.push(exit_fn)
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError propagates:", e)

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as stack:
    stack.push(CM("pushed-not-entered"))
    stack.enter_context(CM("entered"))
print("done push/enter")

def failing_cb():
    raise RuntimeError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(print, "  later callback still runs")
        stack.callback(failing_cb)
        raise ValueError("body error")
except RuntimeError as e:
    print("callback error replaces, context:", repr(e.__context__))
r = ExitStack().callback(print, "x")
print("callback returns the callable:", r is print)
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)
files = []
with ExitStack() as stack:
    for i in range(3):
        files.append(stack.enter_context(res("f%d" % i, files)))
print("dynamic number of cms:", files)
