# A function keeps seeing the current binding of a global or builtin name
# however that binding changes between calls.
import builtins
import sys

x = 1


def get_x():
    return x


def get_len(s):
    return len(s)


def show(label):
    try:
        print(label, get_x())
    except NameError as e:
        print(label, "NameError:", e)


show("start")
x = 2
show("module store")


def set_global(v):
    global x
    x = v


set_global(3)
show("global stmt")
globals()["x"] = 4
show("globals()[]")
globals().update(x=5)
show("update")
globals().setdefault("y", 0)
exec("x = 6", globals())
show("exec")
setattr(sys.modules[__name__], "x", 7)
show("setattr module")
del x
show("after del")
globals()["x"] = 8
show("restored")
globals().pop("x")
show("after pop")
x = 9
show("again")

print("len", get_len("abc"))
len = lambda s: 100
print("shadowed", get_len("abc"))
del len
print("unshadowed", get_len("abc"))
orig = builtins.len
builtins.len = lambda s: -1
print("builtins patched", get_len("abc"))
builtins.len = orig
print("builtins restored", get_len("abc"))

# the same code object run with other globals
code = get_x.__code__
ns = {"x": "other"}
f2 = type(get_x)(code, ns)
print("other globals", f2(), get_x())
ns["x"] = "changed"
print("other globals changed", f2(), get_x())
del ns["x"]
try:
    f2()
except NameError as e:
    print("NameError:", e)
ns["__builtins__"] = {"x": "from builtins dict"}
f3 = type(get_x)(code, ns)
print(f3())

# a loop that rebinds the global it reads
total = 0


def bump():
    global total
    total += 1
    return total


for _ in range(1000):
    bump()
print("total", total, get_x())
