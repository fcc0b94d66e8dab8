# Container protocol: __getitem__, __setitem__, __delitem__, __contains__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f'cell {key} out of range')
            return self.cells.get(key, '.')
        if isinstance(key, slice):
            return f'slice {key.start}:{key.stop}:{key.step}'
        raise TypeError(f'bad key type {type(key).__name__}')
    def __setitem__(self, key, value):
        print('  set', key, value)
        if isinstance(key, tuple):
            self.cells[key] = value
    def __delitem__(self, key):
        print('  del', key)
        if isinstance(key, tuple):
            self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = '#'
g[(2, 1)] = '@'
print('get', g[0, 1], g[1, 1], g[2, 1])
print('slice', g[1:5], g[::2])
try:
    g[5, 5]
except IndexError as e:
    print('IndexError', e)
try:
    g['x']
except TypeError as e:
    print('TypeError', e)
print('contains', '#' in g, '%' in g, '%' not in g)
del g[0, 1]
print('after del', g[0, 1], '#' in g)
g[0:2] = 'slice assign'
del g[::-1]
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i
s = Seq(4)
print('membership via __getitem__ iteration', 9 in s, 10 in s)
print('iteration via __getitem__', list(s), sorted(s, reverse=True))
print('unpack via __getitem__', *s)
class ContainsTruthy:
    def __contains__(self, v): return 'non-empty'
print('contains result coerced to bool', 1 in ContainsTruthy(), 1 not in ContainsTruthy())
class NotContainer:
    pass
try:
    1 in NotContainer()
except TypeError as e:
    print('TypeError', e)
class ReadOnly:
    def __getitem__(self, k): return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print('TypeError', e)
try:
    NotContainer()[0]
except TypeError as e:
    print('TypeError', e)
class Matrix:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        self.log.append(k)
        return self
m = Matrix()
m[1][2, 3][..., 0][:, ::2]
print('keys received', m.log)
class ClassGetItem:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]'
print('__class_getitem__', ClassGetItem[int], ClassGetItem['x'])
print('builtin generic alias', list[int], dict[str, int])
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
class Default(dict):
    pass
dd = Default(a=1)
print('dict subclass contains', 'a' in dd, 1 in dd)
class Negative:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        return self.data[i]
n = Negative('abc')
print('manual negative index', n[-1], n[0])
