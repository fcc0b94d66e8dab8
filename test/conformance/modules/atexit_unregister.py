# atexit: unregister removes every registration of a function
import atexit

def a():
    print("a runs")
def b():
    print("b runs (should not)")
def c(x):
    print("c runs with", x)

atexit.register(a)
atexit.register(b)
atexit.register(c, 1)
atexit.register(b)
atexit.register(c, 2)
atexit.unregister(b)
print("unregister returns:", atexit.unregister(b))
atexit.unregister(lambda: None)
print("unregister of never-registered is fine")
def d():
    print("d runs once")
atexit.register(d)
atexit.unregister(d)
atexit.register(d)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)

class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self):
        print("Eq handler", self.tag)
    def __eq__(self, other):
        return isinstance(other, Eq)
    __hash__ = object.__hash__
e1, e2 = Eq(1), Eq(2)
atexit.register(e1)
atexit.register(e2)
atexit.unregister(Eq(3))
print("unregister uses ==, both Eq handlers removed")
print("end of main")
