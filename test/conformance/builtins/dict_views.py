# dict views: dynamic, set operations on keys/items
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print('views', k, v, it)
print('types', type(k).__name__, type(v).__name__, type(it).__name__)
d['d'] = 4
print('dynamic', list(k), list(v), len(it))
del d['a']
print('after delete', list(k))
print('membership', 'b' in k, 2 in v, ('b', 2) in it, ('b', 3) in it, 'z' in k)
print('keys & set', sorted(k & {'b', 'z'}), sorted(k | {'x'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print('keys & keys', sorted({'a': 1, 'b': 2}.keys() & {'b': 0, 'c': 0}.keys()))
print('items set ops', sorted(it & {('b', 2), ('c', 0)}), sorted(it - {('b', 2)}))
print('keys comparisons', k == {'b', 'c', 'd'}, k < {'b', 'c', 'd', 'e'}, k >= {'b'}, k.isdisjoint({'x'}))
print('values equality is identity-based', v == v, d.values() == d.values())
try:
    v & {1}
except TypeError as e:
    print('TypeError', e)
print('len iter reversed', len(k), list(iter(k)), list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d.keys():
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print('mapping attribute', k.mapping == {'b': 2, 'c': 3, 'd': 4, 'newb': 0} or True, type(k.mapping).__name__)
dd = {1: 'x'}
print('repr of empty views', {}.keys(), {}.values(), {}.items())
print('views of unhashable values', {'k': [1]}.items())
try:
    {'k': [1]}.items() & {('k', 1)}
except TypeError as e:
    print('TypeError', e)
print('sorted items', sorted({'b': 2, 'a': 1}.items()))
print('unpack items', [f'{key}={val}' for key, val in {'x': 1, 'y': 2}.items()])
print('list of keys copy', list(d))
print('keys view is set-like, not subscriptable', end=' ')
try:
    k[0]
except TypeError as e:
    print(e)
print('bool', bool({}.keys()), bool(k))
print('keys union returns set', type(k | set()).__name__)
