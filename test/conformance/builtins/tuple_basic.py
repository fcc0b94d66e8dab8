# tuples
t = (1, 'two', 3.0, None, [5])
print('repr', t, (), (1,), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
print('indexing', t[0], t[-1], t[1:3], t[::-1])
print('methods', (1, 2, 1, 1).count(1), (1, 2, 3).index(3), ('a', 'b').index('b', 1))
try:
    (1, 2).index(5)
except ValueError as e:
    print('ValueError', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
try:
    t.append(1)
except AttributeError as e:
    print('AttributeError', e)
t[4].append(6)
print('contained list is mutable', t)
print('concat repeat', (1, 2) + (3,), (0,) * 3, 2 * ('a',), () * 5)
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)
print('compare', (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), () < (0,))
print('hashable', hash((1, 2)) == hash((1, 2)), {(1, 2): 'v'}[(1, 2)], len({(1, 2), (1, 2)}))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
print('packing unpacking', end=' ')
packed = 1, 2, 3
a, b, c = packed
print(packed, a, b, c)
print('swap', (lambda x, y: (y, x))(1, 2))
print('single element needs comma', type((1)).__name__, type((1,)).__name__, type(1,).__name__ if False else 'int')
print('empty tuple falsy', bool(()), bool((0,)))
print('in', 2 in (1, 2), 'x' not in ('a',))
print('len min max sum', len(t[:3]), min((3, 1, 2)), max((3, 1, 2)), sum((1, 2, 3)))
print('nested', ((1, 2), (3, (4, 5)))[1][1][0])
print('tuple() of tuple returns equal', tuple(t) == t)
print('sorted returns list', sorted((3, 1, 2)), type(sorted((1,))).__name__)
print('tuple from dict', tuple({'a': 1, 'b': 2}), tuple({'a': 1}.items()))
print('count with nan identity', (float('nan'),).count(float('nan')))
print('comparison stops at first difference', (1, 'a') < (2, 0))
try:
    (1, 'a') < (1, 0)
except TypeError as e:
    print('TypeError', e)
print('repr nested/empty', ((),), ((), ()), (('a',),))
print('tuple of one string', tuple('x'), ('x',))
print('tuple equality with list', (1, 2) == [1, 2])
print('multiplication identity check skipped; values', (1, 2) * 1)
print('iteration', [x * 2 for x in (1, 2, 3)])
print('enumerate tuple', list(enumerate(('a', 'b'))))
print('star in tuple display', (*range(3), *'ab'))
