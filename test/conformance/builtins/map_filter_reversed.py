# map, filter, reversed
print('map', list(map(str, [1, 2, 3])), list(map(lambda x: x * x, range(4))), list(map(pow, [2, 3], [3, 2])))
print('map shortest', list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
print('map builtin method', list(map(str.upper, ['a', 'b'])), list(map(len, ['', 'ab', 'abc'])))
m = map(int, ['1', '2'])
print('map iterator', type(m).__name__, next(m), list(m), list(m))
try:
    map(str)
except TypeError as e:
    print('TypeError', e)
try:
    list(map(5, [1]))
except TypeError as e:
    print('TypeError', e)
mm = map(int, ['1', 'x', '3'])
print('lazy error', next(mm), end=' ')
try:
    next(mm)
except ValueError as e:
    print('ValueError', e)
print('filter', list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print('filter str', ''.join(filter(str.isalpha, 'a1b2c3')))
f = filter(None, (0, 5, 0, 6))
print('filter iterator', type(f).__name__, next(f), list(f))
try:
    filter(None)
except TypeError as e:
    print('TypeError', e)
print('reversed', list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
print('reversed dict views', list(reversed({'a': 1, 'b': 2}.values())), list(reversed({'a': 1, 'b': 2}.items())))
r = reversed([1, 2, 3])
print('reversed iterator', type(r).__name__, next(r), list(r))
for bad in ({1, 2}, iter([1]), (x for x in 'a'), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print('reversed after append', list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.pop()
lst.pop()
print('reversed after shrinking', list(r))
print('chain of lazy ops', list(map(lambda x: x * 10, filter(lambda x: x > 1, reversed(range(5))))))
print('map with None function', end=' ')
try:
    list(map(None, [1]))
except TypeError as e:
    print(e)
print('sum of map', sum(map(int, '12345')))
print('map over dict', sorted(map(lambda kv: kv[0] * kv[1], {'a': 2, 'b': 3}.items())))
