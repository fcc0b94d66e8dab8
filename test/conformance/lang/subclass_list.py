# Subclassing list
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print('stack', s, s.peek(), len(s), type(s).__name__)
print('isinstance', isinstance(s, list), isinstance(s, Stack))
print('slicing returns list', type(s[1:]).__name__, s[1:])
print('concat returns list', type(s + [5]).__name__, type(s * 2).__name__)
s += [9]
print('iadd keeps type', type(s).__name__, s)
print('repr from list', repr(s))
print('equality with list', Stack([1]) == [1], [1] == Stack([1]))
class Logged(list):
    def append(self, v):
        print('  Logged.append', v)
        super().append(v)
    def __setitem__(self, i, v):
        print('  Logged.__setitem__', i, v)
        super().__setitem__(i, v)
l = Logged()
l.append(1)
l.extend([2, 3])
l[0] = 10
l += [4]
print('extend/+= bypass overridden append', l)
class Sorted(list):
    def __init__(self, iterable=()):
        super().__init__(sorted(iterable))
    def add(self, v):
        super().append(v)
        super().sort()
print('custom init', Sorted([3, 1, 2]))
class WithAttrs(list):
    pass
w = WithAttrs([1])
w.name = 'has dict'
print('subclass instances have __dict__', w.name, w)
class Uniq(list):
    def __contains__(self, v):
        print('  custom __contains__')
        return super().__contains__(v)
    def __iter__(self):
        print('  custom __iter__')
        return super().__iter__()
    def __len__(self):
        return 100
u = Uniq([1, 2])
print('in', 1 in u)
print('list() uses __iter__', list(u))
print('len overridden', len(u), 'bool uses __len__', bool(Uniq()))
print('sorted uses __iter__', sorted(u))
class Typed(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f'expected {self.kind.__name__}, got {type(v).__name__}')
        super().append(v)
t = Typed(int, [1, 2])
try:
    t.append('x')
except TypeError as e:
    print('TypeError', e)
print('typed', t)
class Reversed(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(-1 - i)
        return super().__getitem__(i)
r = Reversed([1, 2, 3])
print('overridden __getitem__', r[0], r[2], list(r), r[0:2])
class CmpList(list):
    def __eq__(self, o):
        return len(self) == len(o)
    __hash__ = None
print('custom eq', CmpList([1, 2]) == [3, 4], CmpList([1]) != [1, 2])
print('copy returns list', type(Stack([1]).copy()).__name__)
print('sort in place keeps type', type(Sorted([2, 1])).__name__)
