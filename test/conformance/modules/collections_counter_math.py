# collections.Counter: arithmetic and set-like operations
from collections import Counter

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print("a + b:", a + b)
print("a - b:", a - b)
print("b - a:", b - a)
print("a | b:", a | b)
print("a & b:", a & b)
print("+a:", +Counter(a=2, b=-1, c=0))
print("-a:", -Counter(a=2, b=-1, c=0))
x = Counter(a=2); x += Counter(a=1, b=-5)
print("+=:", x)
x = Counter(a=2, b=1); x -= Counter(a=5)
print("-=:", x)
x = Counter(a=2); x |= Counter(a=1, b=3)
print("|=:", x)
x = Counter(a=2, b=1); x &= Counter(a=1)
print("&=:", x)
print("comparisons:", Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2))
print("superset:", Counter(a=2, b=1) >= Counter(a=1), Counter(a=1) < Counter(a=1))
print("sum counters:", sum([Counter("ab"), Counter("bc"), Counter("cd")], Counter()))
try:
    Counter("a") + {"a": 1}
except TypeError as e:
    print("TypeError:", e)
def anagram(s, t):
    return Counter(s) == Counter(t)
print("anagram:", anagram("listen", "silent"), anagram("abc", "abd"))
inv = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4)
print("stock after order:", inv - order, "shortage:", order - inv)
print("most_common after math:", (Counter("aaabbc") + Counter("ccc")).most_common())
c = Counter({"x": 1.5, "y": 2})
print("floats:", c + Counter({"x": 0.5}))
print("subclass of dict:", isinstance(Counter(), dict))
class MyCounter(Counter):
    pass
r = MyCounter("aa") + MyCounter("b")
print("subclass add type:", type(r).__name__, r)
print("repr subclass:", MyCounter("ab"))
