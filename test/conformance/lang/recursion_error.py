# RecursionError at the default limit, and recovery afterwards
import sys
print('default limit', sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('caught', type(e).__name__)
    print('is RuntimeError', isinstance(e, RuntimeError))
def count_depth():
    d = 0
    def go():
        nonlocal d
        d += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return d
dd = count_depth()
print('depth reached in sensible range', 900 < dd <= 1000)
def still_works(n):
    return n if n == 0 else still_works(n - 1)
print('recursion works again', still_works(500))
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    Loop().a
except RecursionError as e:
    print('via __getattr__', type(e).__name__)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('via __repr__', type(e).__name__)
lst = []
lst.append(lst)
print('self-referential list repr', lst)
d = {}
d['self'] = d
print('self-referential dict repr', d)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
sys.setrecursionlimit(200)
try:
    infinite(0)
except RecursionError:
    print('caught with lower limit')
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
def handler_recovers():
    try:
        infinite(0)
    except RecursionError:
        return 'recovered in function'
print(handler_recovers())
