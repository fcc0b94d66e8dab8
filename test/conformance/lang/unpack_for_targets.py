# Unpacking and other targets in for loops
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for n, name in pairs:
    print('pair', n, name)
for i, (a, b) in enumerate([('x', 'y'), ('p', 'q')]):
    print('enum nested', i, a, b)
for [a, b] in [[1, 2]]:
    print('list target', a, b)
for (a, (b, c)) in [(1, (2, 3))]:
    print('deep', a, b, c)
d = {'k': 'v', 'k2': 'v2'}
for k, v in d.items():
    print('items', k, v)
class O: pass
o = O()
for o.attr in range(3):
    pass
print('attr target', o.attr)
lst = [None] * 3
for i, lst[i] in enumerate('abc'):
    pass
print('subscript target', lst)
dct = {}
for dct['last'] in 'xyz':
    pass
print('dict target', dct)
for x in []:
    print('never')
print('loop var unchanged if empty', 'x' in dir())
for x in [1, 2]:
    pass
print('loop var leaks', x)
for a, *b in [(1, 2, 3)]:
    print('star', a, b)
try:
    for a, b in [(1, 2), (3,)]:
        print('ok', a, b)
except ValueError as e:
    print('ValueError', e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print('TypeError', e)
for ch in 'hi':
    print('char', ch)
for key in {'b': 1, 'a': 2}:
    print('dict order key', key)
seq = [1, 2, 3]
for item in seq:
    if item == 1:
        seq.append(4)
    print('mutating iteration', item)
try:
    dd = {1: 1}
    for kk in dd:
        dd[kk + 1] = 1
except RuntimeError as e:
    print('RuntimeError', e)
try:
    s = {1}
    for kk in s:
        s.add(kk + 1)
except RuntimeError as e:
    print('RuntimeError', e)
for i in range(3):
    i = 10
    print('rebinding loop var', i)
for _ in range(2):
    print('underscore target')
total = 0
for x, y in zip(range(3), range(10, 13)):
    total += x * y
print('zip total', total)
