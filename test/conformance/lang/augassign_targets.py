# Augmented assignment on every kind of target
x = 10
x += 5; print('name +=', x)
x -= 3; print('name -=', x)
x *= 2; print('name *=', x)
x //= 5; print('name //=', x)
x **= 3; print('name **=', x)
x %= 7; print('name %=', x)
x <<= 4; print('name <<=', x)
x >>= 2; print('name >>=', x)
x |= 0b1; print('name |=', x)
x &= 0b110; print('name &=', x)
x ^= 0xff; print('name ^=', x)
x /= 2; print('name /=', x)
class Obj:
    def __init__(self):
        self.count = 0
        self.items = []
o = Obj()
o.count += 1
o.count *= 10
print('attr', o.count)
o.items += [1]
o.items += (2, 3)
print('attr list', o.items)
d = {'a': 1}
d['a'] += 41
d.setdefault('b', []).append(0)
d['b'] += [1]
print('subscript dict', d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 3
print('subscript list', lst)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print('nested subscript', grid)
s = 'ab'
s += 'cd'
s *= 2
print('str', s)
t = (1,)
t2 = t
t += (2,)
print('tuple new object', t, t2, t is t2)
l1 = [1]
l2 = l1
l1 += [2]
print('list in place', l1, l2, l1 is l2)
l3 = [1]
l4 = l3
l3 = l3 + [2]
print('list plus rebinding', l3, l4)
calls = []
def key():
    calls.append('key')
    return 'k'
def target():
    calls.append('target')
    return store
store = {'k': 1}
target()[key()] += 5
print('evaluated once', store, calls)
class Counter:
    def __init__(self): self.gets = 0; self._v = 0
    @property
    def v(self):
        self.gets += 1
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
c = Counter()
c.v += 3
c.v += 4
print('property aug', c.v, c.gets)
tt = ([1],)
try:
    tt[0] += [2]
except TypeError as e:
    print('TypeError', e)
print('but mutated', tt)
a = b = 5
a += 1
print('ints immutable', a, b)
fs = frozenset({1})
fs |= {2}
print('frozenset aug', sorted(fs), type(fs).__name__)
st = {1}
st2 = st
st |= {2}
print('set in place', st is st2, sorted(st2))
f = 1.5
f **= 2
print('float', f)
try:
    undefined_name += 1
except NameError as e:
    print('NameError', e)
