# sys: recursion limit get/set and RecursionError
import sys

old = sys.getrecursionlimit()
print("default limit is int:", isinstance(old, int))
print("default limit >= 1000:", old >= 1000)

sys.setrecursionlimit(200)
print("new limit:", sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
    print("is RuntimeError:", isinstance(e, RuntimeError))

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

print("150 deep ok:", countdown(150))

sys.setrecursionlimit(5000)
print("raised limit:", sys.getrecursionlimit())
print("3000 deep ok:", countdown(3000))

for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)

try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)

sys.setrecursionlimit(old)
print("restored:", sys.getrecursionlimit() == old)

# recursion through a method and __repr__
class Node:
    def __init__(self, n):
        self.n = n
    def total(self):
        return self.n if self.n == 0 else self.n + Node(self.n - 1).total()

print("method recursion:", Node(500).total())
