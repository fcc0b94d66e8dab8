# copy: functions, classes, modules, methods and weird objects
import copy
import math

def f():
    return 1
print("function copy identity:", copy.copy(f) is f, copy.deepcopy(f) is f)
g = lambda: 2
print("lambda identity:", copy.deepcopy(g) is g)
class C:
    def m(self):
        return "m"
print("class identity:", copy.copy(C) is C, copy.deepcopy(C) is C)
try:
    copy.copy(math)
except TypeError as e:
    print("module TypeError:", e)
print("builtin identity:", copy.deepcopy(len) is len)
inst = C()
bm = inst.m
bm2 = copy.copy(bm)
print("bound method copy works:", bm2(), bm2.__self__ is inst)
bm3 = copy.deepcopy(bm)
print("bound method deepcopy copies self:", bm3.__self__ is not inst, bm3())
print("Ellipsis/NotImplemented:", copy.copy(...) is ..., copy.deepcopy(NotImplemented) is NotImplemented)
print("type objects:", copy.deepcopy(int) is int, copy.deepcopy(type(None)) is type(None))
import re
p = re.compile("a+")
print("compiled pattern identity:", copy.deepcopy(p) is p)
print("complex deep:", copy.deepcopy(1 + 2j) == 1 + 2j)
import weakref
class W:
    pass
wobj = W()
wr = weakref.ref(wobj)
print("weakref copy identity:", copy.copy(wr) is wr, copy.deepcopy(wr) is wr)
data = {"f": f, "lst": [f]}
dd = copy.deepcopy(data)
print("functions inside containers shared:", dd["f"] is f, dd["lst"][0] is f)
class Holder:
    cls_attr = [1]
    def __init__(self):
        self.inst = [2]
h = copy.deepcopy(Holder())
print("class attrs not copied:", h.cls_attr is Holder.cls_attr, "instance attrs copied:", h.inst == [2])
gen = (x for x in range(3))
try:
    copy.deepcopy(gen)
except TypeError as e:
    print("TypeError:", e)
try:
    copy.copy(iter([1]))
    print("list_iterator copy ok")
except TypeError as e:
    print("TypeError:", e)
import io
try:
    copy.deepcopy(io.StringIO("x"))
    print("StringIO deepcopy ok")
except TypeError as e:
    print("TypeError:", e)
print("range copy:", copy.copy(range(5)) == range(5))
print("slice copy:", copy.deepcopy(slice(1, [2], 3)))
print("property:", copy.copy(property()) is not None)
