# operator comparisons go through rich comparison protocol
import operator as op

class Rec:
    log = []
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        Rec.log.append("%s.__eq__" % self.name)
        return NotImplemented
    def __lt__(self, other):
        Rec.log.append("%s.__lt__" % self.name)
        return NotImplemented
    def __gt__(self, other):
        Rec.log.append("%s.__gt__" % self.name)
        return NotImplemented

a, b = Rec("a"), Rec("b")
print("eq falls back to identity:", op.eq(a, b), op.eq(a, a))
print("log:", Rec.log)
Rec.log.clear()
try:
    op.lt(a, b)
except TypeError as e:
    print("TypeError:", e)
print("reflected tried:", Rec.log)
print("ne default:", op.ne(a, b))

class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other
    def __eq__(self, other):
        return self.v == other
print("custom lt:", op.lt(Num(1), 2), op.gt(2, Num(1)))
print("reflection of gt:", op.gt(5, Num(1)))
print("eq with int:", op.eq(Num(3), 3), op.eq(3, Num(3)), op.ne(Num(3), 4))

class Sub(int):
    def __eq__(self, other):
        return "sub-eq"
    __hash__ = int.__hash__
print("subclass priority:", op.eq(1, Sub(1)))
print("list compare:", op.lt([1, 2], [1, 3]), op.lt([1, 2], [1, 2, 0]), op.eq([1], [1.0]))
print("tuple compare:", op.gt((2,), (1, 9)), op.le((), ()))
print("str compare:", op.lt("Z", "a"), op.lt("abc", "abd"))
try:
    op.lt([1], (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    op.ge(None, None)
except TypeError as e:
    print("TypeError:", e)
print("chained via and:", op.lt(1, 2) and op.lt(2, 3))
print("nan compare:", op.eq(float("nan"), float("nan")), op.is_(None, None))
print("set compare:", op.lt({1}, {1, 2}), op.le({1, 2}, {1, 2}), op.gt({1, 3}, {2}))
print("dict eq:", op.eq({"a": 1}, {"a": 1}))
try:
    op.lt({}, {})
except TypeError as e:
    print("TypeError:", e)
