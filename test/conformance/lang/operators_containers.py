# Operators on sequences and containers
print('+ lists', [1] + [2, 3], 'tuples', (1,) + (2,), 'str', 'a' + 'b', 'bytes', b'a' + b'b')
print('* repeat', [0] * 3, 3 * [0], (1, 2) * 2, 'ab' * 3, b'x' * 2, [1] * 0, 'z' * -5)
print('in', 2 in [1, 2], 'b' in 'abc', 'bc' in 'abc', '' in 'abc', 3 in (1, 2), 'k' in {'k': 1}, 1 in {1: 'v'}, 1 in {1, 2})
print('in range', 5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in range(5))
print('not in', 'x' not in 'abc', [] not in [[]])
print('bytes in', 97 in b'abc', b'b' in b'abc', bytearray(b'b') in b'abc')
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    [1] * 1.5
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError', e)
try:
    {1} + {2}
except TypeError as e:
    print('TypeError', e)
try:
    {'a': 1} + {'b': 2}
except TypeError as e:
    print('TypeError', e)
print('dict | merge', {'a': 1, 'b': 2} | {'b': 3, 'c': 4})
print('set ops', sorted({1, 2} | {3}), sorted({1, 2} & {2}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
print('set compare', {1} <= {1, 2}, {1, 2} >= {1, 2}, {1} < {1}, {3} > set())
print('comparison of sequences', [1, 2] < [1, 2, 0], (2,) > (1, 9), 'abc' < 'abd', b'a' < b'b')
print('equality across types', [1] == [1.0], (1,) == [1], 'a' == b'a', range(3) == range(0, 3), range(0) == range(2, 2))
print('len', len([1, 2]), len('abc'), len({}), len(range(5)), len(b'\x00'))
lst = [3, 1, 2]
print('min/max on sequences', min(lst), max('hello'), max([[1, 2], [1, 3]]))
print('unary not on containers', not [], not [0], not '', not {0: 0})
print('chain membership', 1 in [1] == True, (1 in [1]) == True)
nested = [[1, 2], [3]]
print('membership is shallow', 1 in nested, [3] in nested)
print('str in list', 'a' in ['abc'], 'abc' in ['abc'])
print('tuple in', (1, 2) in [(1, 2)], (1, 2) in {(1, 2): 0})
print('list * negative', [1, 2] * -1)
big = [0] * 100000
print('big repeat', len(big), sum(big))
print('concatenation creates new', lst + [] is lst, lst[:] is lst)
