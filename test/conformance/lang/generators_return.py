# Generator return values and StopIteration semantics (PEP 479)
def gen_return():
    yield 1
    return 'result'
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', repr(e.value), 'args', e.args)
def gen_return_none():
    yield 1
g = gen_return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print('no return -> value', e.value, 'args', e.args)
def gen_return_tuple():
    return (1, 2)
    yield
try:
    next(gen_return_tuple())
except StopIteration as e:
    print('tuple value', e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration('inside')
g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', repr(e.__cause__))
def leaks_stop_from_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_stop_from_next())
except RuntimeError as e:
    print('next() inside generator:', e)
def safe_next():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return 'finished'
        yield v
print('safe pattern', list(safe_next()))
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('plain iterator may raise')
        return self.n
print('class iterator StopIteration fine', list(Iter()))
e = StopIteration(5)
print('StopIteration(5).value', e.value)
e2 = StopIteration()
print('StopIteration().value', e2.value)
print('for loop ignores return value', [x for x in gen_return()])
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
g = gen_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return in finally', e.value)
def generator_returns_generator():
    yield 'outer'
    return (x for x in 'inner')
g = generator_returns_generator()
next(g)
try:
    next(g)
except StopIteration as e:
    print('returned generator', list(e.value))
def stop_in_genexpr():
    return list(next(iter([])) if x else x for x in [0, 1])
try:
    stop_in_genexpr()
except RuntimeError as e:
    print('genexpr StopIteration ->', type(e).__name__, e)
try:
    [next(iter([])) for _ in range(1)]
except StopIteration:
    print('list comprehension lets StopIteration escape')
