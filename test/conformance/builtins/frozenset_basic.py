# frozenset
f = frozenset([3, 1, 2, 3])
print('repr', f, frozenset(), frozenset('a'))
print('sorted', sorted(f), len(f), 2 in f)
print('hashable', hash(f) == hash(frozenset({1, 2, 3})), {f: 'value'}[frozenset([1, 2, 3])])
print('set of frozensets', len({frozenset({1}), frozenset({1}), frozenset({2})}))
print('methods', sorted(f.union({9})), sorted(f.intersection([1, 9])), sorted(f.difference({1})), sorted(f.symmetric_difference({1, 7})))
print('predicates', f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({8}))
print('copy', f.copy() == f, type(f.copy()).__name__)
for attr in ('add', 'remove', 'discard', 'pop', 'clear', 'update'):
    print('has', attr, hasattr(f, attr))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
g = f
g |= {10}
print('|= rebinds to new frozenset', sorted(g), sorted(f), g is f)
print('operators', sorted(f | {4}), sorted(f & {1, 2}), sorted(f - {3}), sorted(f ^ {3, 4}))
print('result type follows left operand', type(f | {4}).__name__, type({4} | f).__name__)
print('comparisons', frozenset({1}) < f, f <= f, f == {1, 2, 3}, f != frozenset())
print('frozenset in set', frozenset({1, 2}) in {frozenset({2, 1})})
print('nested frozensets', sorted(sorted(x) for x in frozenset({frozenset({1}), frozenset({2, 3})})))
print('from dict', sorted(frozenset({'b': 1, 'a': 2})))
try:
    frozenset([[1]])
except TypeError as e:
    print('TypeError', e)
print('bool', bool(frozenset()), bool(frozenset({0})))
print('frozenset of set', sorted(frozenset({1, 2})), type(frozenset(set())).__name__)
print('hash of empty equal', hash(frozenset()) == hash(frozenset([])))
print('as dict key for graph edges', {frozenset({'a', 'b'}): 1}[frozenset({'b', 'a'})])
print('strings sorted', sorted(frozenset('hello')))
