# itertools.accumulate with func and initial
from itertools import accumulate
import operator

print("default sums:", list(accumulate([1, 2, 3, 4, 5])))
print("empty:", list(accumulate([])))
print("single:", list(accumulate([7])))
print("mul:", list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print("max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print("min:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], min)))
print("initial:", list(accumulate([1, 2, 3], initial=100)))
print("initial empty:", list(accumulate([], initial=5)))
print("initial None:", list(accumulate([1, 2], initial=None)))
print("func kw + initial:", list(accumulate([1, 2, 3], func=operator.mul, initial=10)))
print("strings:", list(accumulate("abcd")))
print("lists:", list(accumulate([[1], [2], [3]])))
print("floats:", list(accumulate([0.1, 0.2, 0.3])))
print("lambda:", list(accumulate([1, 2, 3, 4], lambda a, b: a * 10 + b)))
print("amortization:", list(accumulate([1000, -90, -90, -90], lambda bal, pmt: round(bal * 1.05 + pmt, 2))))
print("generator input:", list(accumulate(x * x for x in range(5))))
print("first-order recurrence:", list(accumulate(range(8), lambda x, _: 2 * x, initial=1))[:6])
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate(5)
except TypeError as e:
    print("TypeError:", e)
it = accumulate([1, 2, 3])
print("lazy next:", next(it), next(it))
calls = []
def f(a, b):
    calls.append((a, b))
    return a + b
list(accumulate([1, 2, 3], f))
print("func calls:", calls)
