# functools.reduce: with and without initializer, errors, laziness
from functools import reduce
import operator

print("sum:", reduce(operator.add, [1, 2, 3, 4]))
print("product:", reduce(operator.mul, range(1, 6)))
print("initial:", reduce(operator.add, [1, 2, 3], 10))
print("empty with initial:", reduce(operator.add, [], "start"))
print("single no initial:", reduce(operator.add, [42]))
print("single with initial:", reduce(operator.add, [42], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print("max:", reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print("concat:", reduce(operator.concat, ["a", "b", "c"]))
print("lists:", reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print("dict build:", reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print("digits to int:", reduce(lambda a, d: a * 10 + d, [1, 2, 3, 4]))
print("gcd chain:", reduce(__import__("math").gcd, [48, 180, 24]))
print("nested access:", reduce(operator.getitem, ["a", "b", 0], {"a": {"b": ["deep"]}}))
print("compose:", reduce(lambda f, g: lambda x: g(f(x)), [str.strip, str.upper, len])("  hey "))
calls = []
def f(a, b):
    calls.append((a, b))
    return a - b
print("left fold:", reduce(f, [10, 1, 2, 3]), calls)
print("generator:", reduce(operator.add, (x * x for x in range(4))))
print("keyword initial not allowed:", end=" ")
try:
    reduce(operator.add, [1], initial=0)
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(5, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(operator.add)
except TypeError as e:
    print("TypeError:", e)
print("strings bigint:", reduce(operator.mul, range(1, 30)))
print("bool and:", reduce(operator.and_, [True, True, False]), reduce(operator.or_, [0, 0, 4]))
print("set union:", sorted(reduce(operator.or_, [{1}, {2, 3}, {3, 4}])))
