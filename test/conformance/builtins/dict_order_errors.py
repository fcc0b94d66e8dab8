# dict insertion order, popitem order, KeyError messages
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print('insertion order', list(d))
d['alpha'] = 99
print('update keeps position', list(d.items()))
del d['zeta']
d['zeta'] = 0
print('reinsert goes to end', list(d))
print('popitem order', [d.popitem() for _ in range(len(d))])
d = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del d[i]
d[0] = 'back'
print('after deletes', list(d))
print('comprehension order', list({c: 0 for c in 'hello'}))
print('dict(zip) order', list(dict(zip('cab', range(3)))))
print('merge order', list({'b': 1, 'a': 2} | {'c': 3, 'b': 4}))
print('kwargs order', list(dict(z=1, y=2, x=3)))
print('update order', end=' ')
u = {'a': 1}
u.update([('c', 3), ('b', 2), ('a', 0)])
print(list(u.items()))
for key in ['missing', 42, (1, 2), None, 3.5, '', ('single',), frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print('KeyError', repr(e), str(e), e.args)
try:
    {'a': 1}['A']
except KeyError as e:
    print('KeyError case sensitive', e)
try:
    d = {'a': 1}
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)
try:
    {'a': 1}[[1]]
except TypeError as e:
    print('TypeError', e)
try:
    {'a': 1}.pop([])
except TypeError as e:
    print('TypeError', e)
try:
    [] in {}
except TypeError as e:
    print('TypeError', e)
print('get with unhashable raises too', end=' ')
try:
    {}.get([])
except TypeError as e:
    print(e)
big = {i: i * i for i in range(1000)}
print('big dict', len(big), big[999], list(big)[:3], list(big)[-1])
for i in range(0, 1000, 3):
    del big[i]
print('after many deletes', len(big), list(big)[:4])
print('equal dicts different order repr', {'a': 1, 'b': 2}, {'b': 2, 'a': 1})
