# Deep recursion with a raised recursion limit
import sys
sys.setrecursionlimit(100000)
print('limit', sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print('depth 50000', depth(50000))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print('sum via recursion', sum_list(list(range(30000))))
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print('mutual recursion', even(40000), odd(40001))
def build(n):
    if n == 0:
        return []
    return [build(n - 1)]
nested = build(20000)
d = 0
cur = nested
while cur:
    cur = cur[0]
    d += 1
print('nested list depth', d)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(30000):
    head = Node(head)
print('method recursion', head.length())
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print('yield from chain', sum(1 for _ in gen_depth(5000)))
def deep_exc(n):
    if n == 0:
        raise ValueError('bottom')
    return deep_exc(n - 1)
try:
    deep_exc(40000)
except ValueError as e:
    print('exception from depth', e)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print('ackermann(2, 3)', ackermann(2, 3))
