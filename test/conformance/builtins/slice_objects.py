# slice objects
s = slice(1, 10, 2)
print('repr', s, slice(5), slice(None), slice(1, None), slice(None, None, -1))
print('attrs', s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(5).step)
print('indices', s.indices(20), s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4))
print('indices negative', slice(-3, None).indices(10), slice(-100, 100).indices(5), slice(None, -1, -2).indices(7))
print('indices step none', slice(2, 4).indices(10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)
data = list(range(10))
print('use on list', data[s], data[slice(None, 3)], 'abcdef'[slice(None, None, -2)])
print('range(*indices)', list(range(*slice(1, None, 3).indices(10))))
print('equality', slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1))
try:
    hash(slice(1))
except TypeError as e:
    print('TypeError', e)
print('arbitrary objects allowed', slice('a', 'b', 'c'), slice([1], None))
try:
    [1, 2][slice('a')]
except TypeError as e:
    print('TypeError', e)
class Seq:
    def __getitem__(self, item):
        if isinstance(item, slice):
            return ('slice', item.start, item.stop, item.step)
        return ('index', item)
q = Seq()
print('custom getitem', q[1:2], q[::3], q[:], q[-1], q['x':'y'])
print('comparison', slice(1, 2) < slice(1, 3))
print('type', type(s).__name__, isinstance(s, slice))
print('slice with big numbers', slice(0, 10 ** 20).indices(5), 'abc'[slice(-10 ** 20, 10 ** 20)])
print('assignment with slice object', end=' ')
lst = list('abcdef')
lst[slice(1, 3)] = 'XY'
del lst[slice(None, None, 2)]
print(lst)
