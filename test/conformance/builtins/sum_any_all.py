# sum, any, all
print('sum', sum([1, 2, 3]), sum([]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print('sum start kw', sum([1, 2], start=100))
print('sum lists', sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sum(5)
except TypeError as e:
    print('TypeError', e)
print('sum floats precision', sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print('sum big ints', sum([2 ** 64] * 4), sum(range(10 ** 6)))
print('sum complex', sum([1j, 2, 0.5]))
print('sum generator', sum(x * x for x in range(5)))
print('sum with float start', sum([1, 2], 0.5), type(sum([1, 2], 0.0)).__name__)
print('any', any([]), any([0, '', None]), any([0, 1]), any('a'), any(x > 3 for x in range(5)))
print('all', all([]), all([1, 'a', [0]]), all([1, 0]), all(''), all(x < 10 for x in range(5)))
calls = []
def check(v):
    calls.append(v)
    return v
print('any short-circuits', any(check(v) for v in [0, 0, 5, 0, 7]), calls)
calls.clear()
print('all short-circuits', all(check(v) for v in [1, 2, 0, 3]), calls)
print('return bool not value', any([[], 'x']), all(['a', 'b']), type(any([5])).__name__)
try:
    any(5)
except TypeError as e:
    print('TypeError', e)
class Truthy:
    def __bool__(self):
        calls.append('bool')
        return True
calls.clear()
print('uses __bool__', all([Truthy(), Truthy()]), calls)
print('nested', all(any(row) for row in [[0, 1], [1, 0]]), any(all(row) for row in [[0, 1], [1, 0]]))
print('sum of bools count', sum(c.isdigit() for c in 'a1b22c333'))
print('sum of dict values', sum({'a': 1, 'b': 2}.values()))
