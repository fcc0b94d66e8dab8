# callable, iter (incl. sentinel form), next with default
class C:
    def __call__(self): return 'called'
class D:
    pass
print('callable', callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable(1), callable('s'), callable(print), callable(C.__call__))
it = iter([1, 2])
print('next', next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    next(iter([]), )
except StopIteration:
    print('StopIteration from empty')
try:
    iter(42)
except TypeError as e:
    print('TypeError', e)
queue = [3, 2, 1, 0, 5, 6]
print('iter sentinel', list(iter(queue.pop, 0)), 'left', queue)
count = 0
def counter():
    global count
    count += 1
    return count
print('sentinel stops at value', list(iter(counter, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError', e)
si = iter(lambda: 1, 1)
print('sentinel immediate', list(si), next(si, 'exhausted'))
print('callable_iterator type', type(iter(counter, 100)).__name__)
class Reader:
    def __init__(self, chunks): self.chunks = list(chunks)
    def read(self): return self.chunks.pop(0) if self.chunks else ''
r = Reader(['ab', 'cd', ''])
print('read loop', ''.join(iter(r.read, '')))
g = (x for x in 'ab')
print('generator next', next(g), next(g), next(g, 'end'))
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
c = Counter()
print('custom iterator next', next(c), next(c), next(c, 'stop'))
print('next default with falsy', next(iter([]), 0), next(iter([]), ''), next(iter([False]), True))
print('iter of dict', list(iter({'a': 1, 'b': 2})))
print('iter of iterator is itself', (lambda i: iter(i) is i)(iter([])))
print('builtin next keyword?', end=' ')
try:
    next(iter([]), default=1)
except TypeError as e:
    print('TypeError', e)
