# Generator functions: laziness, state, iteration protocol
def count_up(n):
    print('  start')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  exhausted')
g = count_up(2)
print('created, nothing run yet', type(g).__name__)
print('next', next(g))
print('next', next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    next(g)
except StopIteration:
    print('stays exhausted')
print('list()', list(count_up(3)))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print('manual next on infinite', [next(inf) for _ in range(5)])
print('continues', next(inf))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
first = []
for v in f:
    if v > 100:
        break
    first.append(v)
print('fib below 100', first)
print('resume after break', next(f))
g = count_up(1)
print('iter(g) is g', iter(g) is g)
print('has __next__', hasattr(g, '__next__'), hasattr(g, 'send'))
def empty():
    return
    yield
print('empty generator', list(empty()))
def gen_with_return_in_loop(items):
    for x in items:
        if x is None:
            return
        yield x
print('early return', list(gen_with_return_in_loop([1, 2, None, 3])))
def multiple_yields():
    yield 'a'
    yield 'b'
    yield 'c'
print('unpack generator', *multiple_yields())
a, b, c = multiple_yields()
print('tuple unpack', a, b, c)
print('in operator consumes', 'b' in multiple_yields())
m = multiple_yields()
print('in consumes until found', 'a' in m, list(m))
def yield_expr_value():
    x = yield 1
    print('  received', x)
    y = yield 2
    print('  received', y)
g = yield_expr_value()
print('next gives', next(g))
print('next again', next(g))
try:
    next(g)
except StopIteration:
    print('done; yields received None when using next()')
print('gi_running', g.gi_running, 'gi_frame after finish', g.gi_frame)
g2 = count_up(1)
print('gi_frame before start', g2.gi_frame is not None)
print('generator name', g2.__name__, g2.__qualname__)
def yield_in_expression():
    result = (yield 'first') if True else None
    print('  result of yield expression', result)
    yield ('second', (yield 'third'))
print(list(yield_in_expression()))
def gen_sum():
    total = 0
    for i in range(5):
        total += i
        yield total
print('running totals', list(gen_sum()), sum(gen_sum()), max(gen_sum()))
print('zip generators', list(zip(count_up(0), multiple_yields())))
