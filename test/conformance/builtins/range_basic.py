# range objects
r = range(10)
print('repr', r, range(2, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print('list', list(r), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0, -5, -2)))
print('len', len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 5)), len(range(5, 0)))
print('index', r[0], r[-1], range(0, 10, 3)[2], range(5, 0, -1)[-1])
try:
    r[10]
except IndexError as e:
    print('IndexError', e)
print('slice', r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 3)[1:4], range(10)[5:2:-1])
print('slice is range', type(r[1:3]).__name__)
print('membership', 3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 3.5 in r, '3' in r)
print('index method', r.index(7), range(0, 20, 5).index(15), range(0, 10, 2).count(4), range(3).count(5))
try:
    range(0, 10, 2).index(3)
except ValueError as e:
    print('ValueError', e)
print('attributes', range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, range(5).start, range(5).step)
print('equality', range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) == range(0, 1, 5), range(3) == [0, 1, 2])
print('hash equal ranges', hash(range(0, 3)) == hash(range(3)))
print('reversed', list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print('big ranges', range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(0, 10 ** 20, 7)[10 ** 18], range(10 ** 20).index(5))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print('OverflowError', e)
print('negative step', list(range(10, 0, -3)), list(range(-1, -10, -4)))
print('bool', bool(range(0)), bool(range(1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    range('a')
except TypeError as e:
    print('TypeError', e)
print('sum/min/max', sum(range(101)), min(range(3, 9)), max(range(3, 9)))
print('iterate twice', list(range(3)), list(range(3)))
it = iter(range(3))
print('iterator', next(it), next(it), list(it))
print('index with __index__', range(10)[True], range(True, 5))
print('count of negative steps', len(range(0, -10, -3)), list(range(0, -10, -3)))
print('empty ranges', list(range(5, 2)), list(range(2, 5, -1)))
print('range as sequence', list(zip(range(3), 'abc')), sorted(range(3), reverse=True))
print('compare not ordered', end=' ')
try:
    range(1) < range(2)
except TypeError as e:
    print(e)
