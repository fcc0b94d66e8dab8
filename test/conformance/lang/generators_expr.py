# Generator expressions
g = (x * x for x in range(5))
print('type', type(g).__name__)
print('consume', list(g), list(g))
print('sum', sum(x for x in range(101)))
print('with condition', list(x for x in range(10) if x % 3 == 0))
print('nested for', list((a, b) for a in range(2) for b in 'xy'))
print('nested with conditions', list(a * b for a in range(4) if a for b in range(4) if b > a))
print('in call no extra parens', max(len(w) for w in ['a', 'abc', 'ab']))
print('sorted genexpr', sorted((c for c in 'hello'), reverse=True))
print('dict from genexpr', dict((k, len(k)) for k in ['aa', 'b']))
print('join', '-'.join(str(i) for i in range(4)))
print('any/all', any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
evaluated = []
def src():
    evaluated.append('source')
    return [1, 2]
g = (x for x in src())
print('outer iterable evaluated at creation', evaluated)
try:
    g2 = (x for x in 5)
except TypeError as e:
    print('TypeError at creation', e)
def lazy():
    for i in range(3):
        print('  producing', i)
        yield i
g = (v * 10 for v in lazy())
print('nothing produced yet')
print('first', next(g))
print('second', next(g))
x = 'outer x'
g = (x for x in 'ab')
print('loop var does not leak', list(g), x)
g = (i for i in range(3))
print('iter is self', iter(g) is g)
matrix = [[1, 2], [3, 4]]
print('flatten', list(v for row in matrix for v in row))
print('tuple()', tuple(i for i in 'abc'))
print('set sorted', sorted(set(i % 3 for i in range(10))))
g = (1 / x for x in [1, 0])
print('first ok', next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('error raised lazily', e)
print('generator dead after error', list(g))
def use_send():
    g = (x for x in range(3))
    return g.send(None), next(g)
print('genexpr send(None)', use_send())
class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
print('class body genexpr first iterable', C.total)
class D:
    factor = 2
    try:
        res = list(v * factor for v in range(3))
    except NameError as e:
        res = 'NameError: ' + str(e)
print('class var not visible inside genexpr', D.res)
print('genexpr with walrus', [y for x in range(3) if (y := x * 2)])
gen = (i for i in range(10))
print('partial consumption', next(gen), next(gen), sum(gen))
print('min with default', min((x for x in []), default='empty'))
