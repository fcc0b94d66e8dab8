# operator: in-place forms and item setters
import operator as op

a = [1, 2]
r = op.iadd(a, [3])
print("iadd list mutates:", a, r is a)
t = (1, 2)
r = op.iadd(t, (3,))
print("iadd tuple new:", t, r)
s = "ab"
print("iadd str:", op.iadd(s, "c"), s)
print("isub imul:", op.isub(10, 3), op.imul(4, 5))
l2 = [0]
print("imul list:", op.imul(l2, 3), l2)
print("itruediv ifloordiv imod:", op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4))
print("ipow:", op.ipow(3, 3))
print("ibitwise:", op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 4), op.irshift(32, 2))
st = {1, 2}
r = op.ior(st, {3})
print("ior set mutates:", sorted(st), r is st)
r = op.isub({1, 2, 3}, {2})
print("isub set:", sorted(r))
print("iconcat:", op.iconcat([1], [2]))
d = {"a": 1}
r = op.ior(d, {"b": 2})
print("ior dict:", d, r is d)

class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return "plain add"
acc = Acc()
r = op.iadd(acc, 5)
print("custom __iadd__:", r is acc, acc.v)
class NoI:
    def __add__(self, other):
        return "fallback add"
print("fallback to __add__:", op.iadd(NoI(), 1))

lst = [1, 2, 3, 4]
op.setitem(lst, 0, "x")
print("setitem:", lst)
op.delitem(lst, 1)
print("delitem:", lst)
print("getitem:", op.getitem(lst, -1), op.getitem("hello", slice(1, 3)))
op.setitem(lst, slice(0, 2), ["a", "b", "c"])
print("setitem slice:", lst)
op.delitem(lst, slice(None, None, 2))
print("delitem slice:", lst)
dd = {}
op.setitem(dd, "k", "v")
print("setitem dict:", dd)
try:
    op.delitem(dd, "zz")
except KeyError as e:
    print("KeyError:", e)
try:
    op.setitem((1,), 0, 2)
except TypeError as e:
    print("TypeError:", e)
x = 5
x = op.iadd(x, 1)
print("int rebind:", x)
