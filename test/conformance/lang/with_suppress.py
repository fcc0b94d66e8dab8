# __exit__ return values: suppression rules and exception details
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None)
        return et is not None and issubclass(et, self.types)
s = Suppress(KeyError, IndexError)
with s:
    {}['missing']
print('suppressed KeyError', s.seen)
with s:
    [][0]
print('suppressed IndexError', s.seen)
try:
    with s:
        raise ValueError('not listed')
except ValueError as e:
    print('not suppressed', e, s.seen)
with s:
    pass
print('no exception', s.seen)
class ReturnsZero:
    def __enter__(self): pass
    def __exit__(self, *a): return 0
try:
    with ReturnsZero():
        raise TypeError('zero is falsy')
except TypeError as e:
    print('falsy return propagates', e)
class ReturnsList:
    def __enter__(self): pass
    def __exit__(self, *a): return [0]
with ReturnsList():
    raise TypeError('non-empty list is truthy')
print('truthy list suppressed')
def in_function():
    with Suppress(ZeroDivisionError):
        x = 1 / 0
        return 'not reached'
    return 'after with in function'
print(in_function())
results = []
for i in range(4):
    with Suppress(ValueError):
        if i % 2:
            raise ValueError(i)
        results.append(i)
print('loop with suppression', results)
class Catcher:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.exc = ev
        return True
with Catcher() as c:
    raise OSError(5, 'io failed')
print('caught object', type(c.exc).__name__, c.exc.errno, c.exc.strerror)
with Catcher() as c:
    raise SystemExit(4)
print('even SystemExit can be suppressed', type(c.exc).__name__, c.exc.code)
class ExitSeesInstance:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('  exit got instance of', type(ev).__name__, 'args', ev.args)
        return True
with ExitSeesInstance():
    raise KeyError
with ExitSeesInstance():
    raise KeyError('with arg')
class Reraise:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('translated') from ev
try:
    with Reraise():
        raise ValueError('original')
except RuntimeError as e:
    print('translated exception', e, '<- cause', repr(e.__cause__))
def gen():
    with Suppress(GeneratorExit) as s:
        yield 1
        yield 2
    print('  after with in generator')
    yield 3
g = gen()
print('gen first', next(g))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
