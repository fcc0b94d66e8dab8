# copy: __copy__, __deepcopy__, __reduce_ex__, __getstate__/__setstate__, copyreg
import copy
import copyreg

class Custom:
    def __init__(self, items):
        self.items = items
        self.log = []
    def __copy__(self):
        c = Custom(self.items)
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", isinstance(memo, dict))
        c = Custom(copy.deepcopy(self.items, memo))
        c.log = ["deep-copied"]
        return c
obj = Custom([1, [2]])
c = copy.copy(obj)
print("__copy__:", c.log, c.items is obj.items)
dc = copy.deepcopy(obj)
print("__deepcopy__:", dc.log, dc.items is not obj.items, dc.items)
print("nested calls __deepcopy__:")
copy.deepcopy([obj, obj])

class State:
    def __init__(self):
        self.keep = [1]
        self.cache = "expensive"
    def __getstate__(self):
        s = self.__dict__.copy()
        del s["cache"]
        return s
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = "rebuilt"
s = copy.deepcopy(State())
print("getstate/setstate:", s.keep, s.cache)
s2 = copy.copy(State())
print("shallow uses them too:", s2.cache)

class Reduce:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduce, (self.a, self.b * 2))
r = copy.copy(Reduce(1, 2))
print("__reduce__:", r.a, r.b)

class NotCopyable:
    def __reduce_ex__(self, proto):
        raise TypeError("nope, not copyable")
try:
    copy.copy(NotCopyable())
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))
copyreg.pickle(Point, reduce_point)
p = copy.copy(Point(1, 2))
print("copyreg:", p.x, p.y)

class WithNew:
    def __new__(cls, *args):
        print("  __new__ called with", args)
        return super().__new__(cls)
    def __init__(self, v):
        print("  __init__ called")
        self.v = v
w = WithNew(5)
print("copy does not call __init__:")
w2 = copy.copy(w)
print("copied v:", w2.v)

class ListSub(list):
    pass
ls = ListSub([1, [2]])
ls.attr = "x"
ls2 = copy.deepcopy(ls)
print("list subclass deep:", type(ls2).__name__, ls2, ls2.attr, ls2[1] is not ls[1])
class DictSub(dict):
    pass
ds = copy.copy(DictSub(a=1))
print("dict subclass copy:", type(ds).__name__, ds)
print("replace function exists (3.13+):", hasattr(copy, "replace"))
