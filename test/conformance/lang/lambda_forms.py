# Lambda expressions
sq = lambda x: x * x
print('simple', sq(7), sq.__name__)
print('no args', (lambda: 'const')())
print('defaults', (lambda a, b=2: a + b)(1), (lambda a, b=2: a + b)(1, 10))
print('varargs', (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print('kwonly', (lambda *, k: k)(k='kw'))
print('conditional body', (lambda n: 'neg' if n < 0 else 'pos')(-1))
print('tuple result', (lambda a, b: (b, a))(1, 2))
print('sorted key', sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print('map', list(map(lambda x: x + 1, [1, 2, 3])))
print('filter', list(filter(lambda x: x % 2, range(8))))
pairs = [(1, 'b'), (2, 'a'), (0, 'c')]
print('sort by second', sorted(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print('compose', compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print('curried', curry(1)(2)(3))
print('immediately invoked nested', (lambda x: (lambda y: x * y))(3)(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print('recursive', fact(10))
print('repr kind', type(sq).__name__, sq.__qualname__)
class C:
    m = lambda self: 'lambda method'
    s = staticmethod(lambda: 'static lambda')
print('as method', C().m(), C.s())
print('in dict', {'add': lambda a, b: a + b}['add'](2, 3))
print('walrus in lambda', (lambda: (y := 5) + y)())
ops = [lambda x, n=n: x ** n for n in range(4)]
print('powers', [f(2) for f in ops])
print('lambda returns None', (lambda: None)())
print('lambda with star unpack', (lambda *a: sum(a))(*range(5)))
print('lambda doc', sq.__doc__)
try:
    exec('lambda: yield')
except SyntaxError as e:
    print('SyntaxError', e.msg)
f = lambda: (yield 1)
print('lambda generator', list(f()))
try:
    exec('x = lambda: return 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print('lambda annotations', sq.__annotations__ if hasattr(sq, '__annotations__') else None)
print('argcount', (lambda a, b, *c, d, **e: 0).__code__.co_argcount)
print('nested defaults', (lambda a=(lambda: 5)(): a)())
