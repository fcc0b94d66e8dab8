# functools.cache, wraps, update_wrapper
from functools import cache, wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

count = 0
@cache
def slow(n):
    global count
    count += 1
    return n * 10
print("cache:", slow(1), slow(1), slow(2), "computed:", count)
print("cache_info:", slow.cache_info())
print("cache maxsize None:", slow.cache_parameters()["maxsize"])

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print("factorial:", factorial(20), factorial.cache_info().currsize)

def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("traced", fn(*args, **kwargs))
    return wrapper

@trace
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name
greet.extra = 1
print("call:", greet("bob"))
print("name:", greet.__name__, "qualname:", greet.__qualname__)
print("doc:", greet.__doc__)
print("annotations:", greet.__annotations__)
print("module:", greet.__module__)
print("wrapped:", greet.__wrapped__("x"))

def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def named():
    "doc"
print("without wraps:", named.__name__, named.__doc__)

def attrs(f):
    f.tag = "T"
    return f
@attrs
def base():
    pass
@trace
def base2():
    pass
base2_w = wraps(base)(lambda: None)
print("__dict__ updated:", base2_w.tag, base2_w.__name__)
print("WRAPPER_ASSIGNMENTS:", WRAPPER_ASSIGNMENTS)
print("WRAPPER_UPDATES:", WRAPPER_UPDATES)

def custom(f):
    def w():
        return f()
    return update_wrapper(w, f, assigned=("__name__",), updated=())
@custom
def fn_c():
    "c doc"
print("custom assigned:", fn_c.__name__, fn_c.__doc__)

class Callable:
    def __call__(self):
        return 1
c = Callable()
w = wraps(c)(lambda: 2)
print("missing attrs ok:", w.__name__, w() , w.__wrapped__ is c)

def deco_with_args(prefix):
    def deco(fn):
        @wraps(fn)
        def inner(*a):
            return prefix + str(fn(*a))
        return inner
    return deco
@deco_with_args(">> ")
def add(a, b):
    return a + b
print("decorator factory:", add(2, 3), add.__name__)
