# sorted, min, max with key/default and their errors
data = [5, -2, 9, 0, 3]
print('min max', min(data), max(data), min(4, 2, 8), max('apple', 'pear', 'fig'))
print('key', min(data, key=abs), max(data, key=lambda x: -x), max(['aa', 'b', 'ccc'], key=len))
print('ties keep first', max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min(['bb', 'aa', 'cc'], key=len))
print('default', min([], default='empty'), max([], default=None), min([], key=abs, default=0), max([7], default=99))
print('strings', min('hello'), max('hello'), min(['b', 'A', 'a']), max(['b', 'A', 'a'], key=str.lower))
print('mixed numbers', min(1, 2.5, True), max(0, -0.0), max(-0.0, 0), min(3, 3.0), min(3.0, 3))
print('generators', min(x * x for x in range(-3, 3)), max((len(w) for w in ['a', 'abc']), default=0))
print('dict', max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get), min({'x': 1}.values()))
for call in ['min([])', 'max([])', 'min()', 'max(1)', "min([1, 'a'])", 'max([], default=1, key=None, extra=2)', 'min(1, 2, default=0)', 'max([1], key=5)']:
    try:
        print(call, '->', eval(call))
    except (ValueError, TypeError) as e:
        print(call, '->', type(e).__name__, e)
print('sorted', sorted([3, 1, 2]), sorted('bca'), sorted((2, 1)), sorted({3, 1}), sorted({'b': 1, 'a': 2}), sorted(x for x in [2, 1]))
print('sorted key reverse', sorted(['bb', 'a', 'ccc'], key=len, reverse=True), sorted([1, -3, 2], key=abs))
print('sorted stability', sorted([('b', 1), ('a', 1), ('c', 0)], key=lambda t: t[1]))
print('sorted returns new list', type(sorted('x')).__name__)
try:
    sorted()
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1], key=1)
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print('TypeError', e)
print('min/max of one', min([7]), max('z'))
print('nan in max', max([1, float('nan'), 3]), max([float('nan'), 1, 3]))
print('min with key returning tuples', min([('b', 2), ('a', 2), ('c', 1)], key=lambda t: (t[1], t[0])))
print('max of lists', max([[1, 2], [1, 3], [0, 9]]))
print('min of sets uses subset order', min([{1, 2}, {1}]) == {1, 2} or min([{1, 2}, {1}]) == {1})
