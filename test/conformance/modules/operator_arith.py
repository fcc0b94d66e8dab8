# operator: arithmetic, bitwise, comparison and logical function forms
import operator as op

print("add sub mul:", op.add(2, 3), op.sub(2, 3), op.mul(2, 3))
print("truediv floordiv mod:", op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2), op.mod(-7, 2))
print("pow neg pos abs:", op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-5))
print("matmul exists:", callable(op.matmul))
print("invert inv:", op.invert(5), op.inv(0))
print("and or xor:", op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print("shifts:", op.lshift(1, 10), op.rshift(1024, 3))
print("comparisons:", op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print("not_ truth:", op.not_([]), op.truth([0]), op.truth(""))
print("is_ is_not:", op.is_(None, None), op.is_not(1, None))
print("index:", op.index(7), op.index(True))
try:
    op.index(7.0)
except TypeError as e:
    print("TypeError:", e)
print("concat:", op.concat([1], [2]), op.concat("a", "b"))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("contains:", op.contains([1, 2], 2), op.contains("abc", "d"))
print("countOf indexOf:", op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
print("dunder aliases:", op.__add__(1, 2), op.__mul__("a", 3), op.__lt__(1, 2))
print("sets via or_:", sorted(op.or_({1}, {2})), sorted(op.and_({1, 2}, {2, 3})))
print("str mod:", op.mod("%s-%s", ("a", "b")))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    op.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
print("length_hint:", op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(x for x in []), op.length_hint(object(), 7))
print("call (3.11):", op.call(max, 3, 9, 2), op.call(dict, a=1))

class V:
    def __init__(self, x):
        self.x = x
    def __matmul__(self, other):
        return self.x * other.x
    def __neg__(self):
        return "negated"
print("matmul custom:", op.matmul(V(3), V(4)), op.neg(V(1)))
print("sorted by op:", sorted([3, 1, 2], key=op.neg))
from functools import reduce
print("reduce xor:", reduce(op.xor, [5, 3, 5]))
