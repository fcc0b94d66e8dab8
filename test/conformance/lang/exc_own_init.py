# Exception classes with their own __init__ (made by BaseException.__new__,
# which keeps the arguments, then the class's __init__), keywords included.
class V(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a * 10)
        self.b = b
v = V(1)
print(v.args, v.b, str(v), repr(v))
v = V(1, b=5)
print(v.args, v.b)
class W(Exception):
    def __init__(self, *a, **k):
        self.k = k
w = W(1, 2, z=3)
print(w.args, w.k)
class O(OSError):
    def __init__(self, *a):
        super().__init__(*a)
o = O(2, "nope")
print(type(o).__name__, o.errno, o.strerror)
class N(Exception):
    def __init__(self):
        pass
print(N().args)
try:
    raise V(3)
except ValueError as e:
    print("caught", e.args)
