# Tuple/list unpacking in assignment
a, b = 1, 2
print('simple', a, b)
a, b = b, a
print('swap', a, b)
(c, d) = [3, 4]
print('paren', c, d)
[e, f] = (5, 6)
print('bracket', e, f)
g, = [7]
print('single', g)
(h,) = 'x'
print('single paren', h)
i, (j, k) = 1, (2, 3)
print('nested', i, j, k)
(l, m), [n, o] = 'ab', 'cd'
print('nested str', l, m, n, o)
p, q, r = 'xyz'
print('string', p, q, r)
s, t = {'k1': 1, 'k2': 2}
print('dict keys', s, t)
u, v = range(2)
print('range', u, v)
w, x = (y for y in [10, 20])
print('generator', w, x)
aa = bb = cc = 0
print('chained', aa, bb, cc)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 'set'
print('left to right', idx, lst)
obj = type('O', (), {})()
obj.a, obj.b = 'A', 'B'
print('attributes', obj.a, obj.b)
dd = {}
dd['x'], dd['y'] = 1, 2
print('subscripts', dd)
x1 = y1 = [1]
x1.append(2)
print('same object', y1)
first, second = second, first = 1, 2
print('multi target', first, second)
for bad in ['a, b = 1, 2, 3', 'a, b = [1]', 'a, b = 1', 'a, (b, c) = 1, (2,)', 'a, b = "xyz"']:
    try:
        exec(bad, {})
    except (ValueError, TypeError) as ex:
        print(bad, '->', type(ex).__name__, ex)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n * 11
ia, ib, ic = It()
print('iterator', ia, ib, ic)
try:
    ia, ib = It()
except ValueError as ex:
    print('iterator too many:', ex)
