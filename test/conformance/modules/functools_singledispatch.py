# functools.singledispatch and singledispatchmethod
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping

@singledispatch
def describe(obj):
    return "object:" + type(obj).__name__

@describe.register
def _(obj: int):
    return "int:%d" % obj

@describe.register(float)
def _describe_float(obj):
    return "float:%.1f" % obj

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "seq of %d" % len(obj)

@describe.register
def _(obj: Mapping):
    return "mapping keys=%s" % sorted(obj)

def for_str(obj):
    return "str:" + obj
describe.register(str, for_str)

print(describe(5))
print(describe(True))
print(describe(2.5))
print(describe([1, 2]))
print(describe((1,)))
print(describe({"b": 1, "a": 2}))
print(describe("hi"))
print(describe(b"x"))
print(describe(None))

class MyInt(int):
    pass
print("subclass:", describe(MyInt(3)))
print("registry keys:", sorted(k.__name__ for k in describe.registry))
print("dispatch:", describe.dispatch(bool).__name__, describe.dispatch(dict).__name__)
print("dispatch object:", describe.dispatch(object).__name__)

@describe.register
def _(obj: Sequence):
    return "abc sequence"
print("abc dispatch for range:", describe(range(3)))
print("concrete list still wins:", describe([1]))

try:
    @describe.register
    def _(obj):
        return "no annotation"
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])

class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError("cannot handle " + type(arg).__name__)
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]

s = Shape()
print("method int:", s.area(4))
print("method tuple:", s.area((3, 5)))
try:
    s.area("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
