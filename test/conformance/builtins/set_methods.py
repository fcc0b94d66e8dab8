# set methods (printing sorted contents or small-int sets)
s = {3, 1, 2}
print('repr small ints', s, set(), {0})
s.add(4)
s.add(1)
print('add', sorted(s))
s.discard(10)
s.discard(4)
print('discard', sorted(s))
s.remove(3)
print('remove', sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
print('pop from single', {7}.pop())
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
s = {1, 2, 3}
s.update([4, 5], (6,), range(7, 9))
print('update many', sorted(s))
s.intersection_update({1, 2, 3, 4, 100})
print('intersection_update', sorted(s))
s.difference_update({1}, [2])
print('difference_update', sorted(s))
s.symmetric_difference_update({4, 5})
print('symmetric_difference_update', sorted(s))
a, b = {1, 2, 3}, {3, 4}
print('union', sorted(a.union(b)), sorted(a.union(b, [9], 'x' if False else [10])))
print('intersection', sorted(a.intersection(b)), sorted(a.intersection(b, {3})), sorted(a.intersection()))
print('difference', sorted(a.difference(b)), sorted(a.difference(b, {1})))
print('symmetric_difference', sorted(a.symmetric_difference(b)))
print('subset', {1}.issubset(a), a.issubset(a), {5}.issubset(a), a.issubset([1, 2, 3, 4]))
print('superset', a.issuperset({1, 2}), a.issuperset([1, 9]))
print('disjoint', a.isdisjoint({7, 8}), a.isdisjoint([3]))
c = a.copy()
c.add(100)
print('copy', sorted(a), sorted(c))
c.clear()
print('clear', c, len(c))
print('methods accept any iterable', sorted(set('hello')), sorted({'z'}.union('ab')))
try:
    {1} | [2]
except TypeError as e:
    print('operators need sets:', e)
try:
    set([[]])
except TypeError as e:
    print('TypeError', e)
try:
    {1}.add([])
except TypeError as e:
    print('TypeError', e)
print('discard unhashable', end=' ')
try:
    {1}.discard([])
except TypeError as e:
    print(e)
print('contains frozenset for set element', frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
print('len', len({1, 2, 2, 3}), len(set('aabbcc')))
print('set from dict', sorted(set({'b': 1, 'a': 2})))
print('set of tuples', sorted({(1, 2), (1, 2), (0, 1)}))
print('set of strings sorted', sorted({'pear', 'apple', 'fig'}))
print('dedup', sorted(set([3, 1, 3, 2, 1])))
print('set comprehension', sorted({x % 5 for x in range(20)}))
print('bool', bool(set()), bool({0}))
print('equality', {1, 2} == {2, 1}, {1} == frozenset({1}), {1} != {1, 2})
big = set(range(1000))
big -= set(range(0, 1000, 2))
print('big', len(big), min(big), max(big), sum(big))
print('small int repr order', {5, 3, 1}, {10, 1, 100} == {1, 10, 100})
