# weakref.ref and proxy while the referent is alive (no finalization timing tested)
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name
    def __repr__(self):
        return "Obj(%r)" % self.name

o = Obj("a")
r = weakref.ref(o)
print("deref:", r() is o, r().name)
print("type:", type(r).__name__, isinstance(r, weakref.ReferenceType))
print("callback None:", r.__callback__)
def cb(ref):
    print("callback")
r2 = weakref.ref(o, cb)
print("callback attr:", r2.__callback__ is cb)
print("with callback is new:", r2 is not r)
print("equality while alive:", r == r2, r == weakref.ref(o))
print("hash equals object hash:", hash(r) == hash(o))
print("getweakrefcount >= 2:", weakref.getweakrefcount(o) >= 2, weakref.getweakrefcount(Obj("fresh")))
print("getweakrefs contains:", r in weakref.getweakrefs(o))
for value in (1, "str", (1, 2), [1], {"a": 1}, None):
    try:
        weakref.ref(value)
        print(type(value).__name__, "weakref ok")
    except TypeError as e:
        print("TypeError:", e)
class L(list):
    pass
print("list subclass weakrefable:", weakref.ref(L([1]))  is not None)
def f():
    pass
print("functions/classes weakrefable:", weakref.ref(f)() is f, weakref.ref(Obj)() is Obj)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
class SlottedWR:
    __slots__ = ("x", "__weakref__")
s = SlottedWR()
print("slots with __weakref__:", weakref.ref(s)() is s)

p = weakref.proxy(o)
print("proxy attr:", p.name, p.greet())
p.name = "changed"
print("proxy setattr:", o.name)
print("proxy type:", type(p).__name__, isinstance(p, Obj))
print("proxy repr starts:", repr(p).startswith("<weakproxy at"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print("proxy == object:", p == o)
lst = L([3, 1, 2])
pl = weakref.proxy(lst)
print("proxy len/index/iter:", len(pl), pl[0], sorted(pl))
def adder(x):
    return x + 1
pc = weakref.proxy(adder)
print("callable proxy:", pc(1), type(pc).__name__)
class RefSub(weakref.ref):
    def __init__(self, obj, callback=None, **extra):
        super().__init__(obj, callback)
        self.extra = extra
rs = RefSub(o, tag="t")
print("ref subclass:", rs() is o, rs.extra)
