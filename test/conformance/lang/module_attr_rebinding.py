# A call site `mod.f(x)` keeps calling the module's current f however the
# module's attribute changes between calls.
import math
import types

m = types.ModuleType("m")
m.f = lambda x: ("first", x)


def call(x):
    return m.f(x), math.floor(x)


print(call(1.5))
m.f = lambda x: ("second", x)
print(call(2.5))
m.__dict__["f"] = lambda x: ("third", x)
print(call(3.5))
setattr(m, "f", lambda x: ("fourth", x))
print(call(4.5))
del m.f
try:
    call(5.5)
except AttributeError as e:
    print("AttributeError:", e)
m.__dict__.update(f=lambda x: ("fifth", x))
print(call(6.5))
orig = math.floor
math.floor = lambda x: "patched"
print(call(7.5))
math.floor = orig
print(call(8.5))
m.__dict__.clear()
try:
    call(9.5)
except AttributeError as e:
    print("AttributeError:", e)
# two modules through one site
m2 = types.ModuleType("m2")
m2.f = lambda x: ("m2", x)
m.f = lambda x: ("m", x)
for mod in (m, m2, m, m2):
    print(mod.f(0))
