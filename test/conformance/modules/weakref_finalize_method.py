# weakref: finalize (explicit call and atexit), WeakMethod
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def method(self):
        return "method of " + self.name

def cleanup(tag, *, loud=False):
    print("cleanup", tag, "loud" if loud else "quiet")
    return "cleaned-" + tag

r1 = Resource("r1")
f1 = weakref.finalize(r1, cleanup, "one", loud=True)
print("alive:", f1.alive)
pk = f1.peek()
print("peek:", pk[0] is r1, pk[1].__name__, pk[2], pk[3])
print("call returns:", f1())
print("alive after call:", f1.alive, "second call:", f1())
print("peek after:", f1.peek())
r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "two")
dt = f2.detach()
print("detach:", dt[0] is r2, dt[1].__name__, dt[2:], f2.alive, f2())
r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "at-exit")
print("atexit default:", f3.atexit)
r4 = Resource("r4")
f4 = weakref.finalize(r4, cleanup, "not-at-exit")
f4.atexit = False
r5 = Resource("r5")
f5 = weakref.finalize(r5, print, "finalizer registered later runs first at exit")
try:
    weakref.finalize(5, print)
except TypeError as e:
    print("TypeError:", e)

res = Resource("m")
wm = weakref.WeakMethod(res.method)
print("WeakMethod call:", wm()(), wm().__self__ is res, wm().__func__ is Resource.method)
print("WeakMethod equality:", wm == weakref.WeakMethod(res.method))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
print("proxy types:", weakref.ProxyTypes[0].__name__, len(weakref.ProxyTypes))
print("end of main; r3 and r5 finalizers run at exit")
