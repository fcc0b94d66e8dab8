# functools.lru_cache: cache_info, maxsize, typed, cache_clear
from functools import lru_cache

calls = []

@lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 1, 2]:
    sq(n)
print("calls:", calls)
print("cache_info:", sq.cache_info())
ci = sq.cache_info()
print("fields:", ci.hits, ci.misses, ci.maxsize, ci.currsize)
sq.cache_clear()
print("after clear:", sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fib(80):", fib(80))
print("fib info:", fib.cache_info())

@lru_cache(maxsize=None)
def unbounded(x):
    return x
for i in range(5):
    unbounded(i)
unbounded(0)
print("unbounded:", unbounded.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print("maxsize 0:", nocache.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print("typed:", t(1), t(1.0), t(True), t.cache_info().currsize)

@lru_cache()
def u(x):
    return type(x).__name__
print("untyped:", u(1), u(1.0), u.cache_info().currsize)

@lru_cache
def kw(a, b=2):
    return a + b
kw(1); kw(1, 2); kw(1, b=2); kw(a=1, b=2); kw(b=2, a=1)
print("kw calls distinct entries:", kw.cache_info().misses)

@lru_cache
def unhashable(x):
    return x
try:
    unhashable([1])
except TypeError as e:
    print("TypeError:", e)
print("wrapped:", sq.__wrapped__(7), sq.__name__)
print("cache_parameters:", sq.cache_parameters(), t.cache_parameters())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)

class Obj:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=8)
    def compute(self, x):
        self.n += 1
        return x * 2
o = Obj()
o.compute(2); o.compute(2); o.compute(3)
print("method cache:", o.n, Obj.compute.cache_info().hits)
