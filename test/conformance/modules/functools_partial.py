# functools.partial and partialmethod
from functools import partial, partialmethod

def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
print("kw partial:", square(5), square(base=6))
cube_of_2 = partial(power, 2)
print("positional partial:", cube_of_2(3), cube_of_2(10, mod=1000))
p = partial(power, 3, 4, mod=5)
print("full partial:", p())
print("attrs:", p.func is power, p.args, p.keywords)
print("override kw:", square(3, exp=3))
basetwo = partial(int, base=2)
print("int base 2:", basetwo("10010"))
basetwo.__doc__ = "Convert base 2 string to an int."
print("doc settable:", basetwo.__doc__)
nested = partial(partial(power, 2), 5)
print("flattened nested:", nested(), nested.func is power, nested.args)
print("type:", type(p).__name__, callable(p))
print("partial of builtin:", partial(max, 10)(3, 5), partial(sorted, key=len)(["ccc", "a", "bb"]))
print("extra args appended:", partial(lambda *a: a, 1, 2)(3, 4))
print("kwargs merged:", partial(lambda **k: sorted(k.items()), a=1)(b=2, a=3))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    square()
except TypeError as e:
    print("TypeError:", e)
p.attr = "custom"
print("instance dict:", p.attr)
print("map with partial:", list(map(partial(power, exp=3), range(5))))
print("repr startswith:", repr(partial(int, base=2)).startswith("functools.partial(<class 'int'>"))
print("repr:", repr(partial(int, "1", base=2)))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print("partialmethod:", c.alive)
c.set_dead()
print("partialmethod 2:", c.alive)
class K:
    def f(self, a, b):
        return (a, b)
    g = partialmethod(f, b="B")
print("partialmethod kw:", K().g("A"), K().g(a="x"))
