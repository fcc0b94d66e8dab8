# set operators and in-place operators, comparisons
a = {1, 2, 3, 4}
b = {3, 4, 5}
print('|', sorted(a | b), '&', sorted(a & b), '-', sorted(a - b), sorted(b - a), '^', sorted(a ^ b))
print('chained', sorted(a | b | {9}), sorted(a & b & {4}), sorted((a - b) | (b - a)) == sorted(a ^ b))
c = set(a)
c |= {10}
print('|=', sorted(c))
c &= {1, 2, 10, 11}
print('&=', sorted(c))
c -= {1}
print('-=', sorted(c))
c ^= {2, 3}
print('^=', sorted(c))
alias = c
c |= {99}
print('in-place keeps identity', alias is c, sorted(alias))
print('comparisons', {1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} > {2})
print('not total order', {1} < {2}, {2} < {1}, {1} == {2})
print('== with frozenset', {1, 2} == frozenset({1, 2}), frozenset() == set())
print('mixed result types', type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__, type(frozenset({1}) & {1}).__name__)
for expr in ("{1} | [2]", "{1} & 'a'", "{1} - (1,)", "{1} ^ None", "{1} < [1]", "{1} + {2}"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print('in / not in', 3 in a, 9 not in a, 'x' in set('xyz'))
print('dict keys with set ops', sorted({'a': 1, 'b': 2}.keys() | {'c'}), sorted({'a', 'b'} & {'a': 0}.keys()))
print('empty set ops', set() | set(), sorted(set() ^ {1}), {1} - {1})
print('sorted of strings', sorted({'b', 'a'} | {'c'}))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print('venn', sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes), len(evens ^ threes))
print('subset via operator', set('ab') <= set('abc'), set('abd') <= set('abc'))
print('set equality with different construction', set([1, 2, 3]) == {3, 2, 1} == set(range(1, 4)))
x = {1, 2}
x |= x
x &= x
print('self ops', sorted(x))
x -= x
print('self subtract', x)
