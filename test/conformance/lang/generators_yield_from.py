# yield from: delegation, return values, send/throw forwarding
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('  inner returned', result)
    yield 3
print('delegation', list(outer()))
def from_iterables():
    yield from [1, 2]
    yield from 'ab'
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {'k': 1}
print('any iterable', list(from_iterables()))
def echo_inner():
    while True:
        v = yield
        if v == 'stop':
            return 'stopped'
        print('  inner got', v)
def echo_outer():
    r = yield from echo_inner()
    print('  outer got result', r)
    yield 'outer done'
g = echo_outer()
next(g)
g.send('a')
g.send('b')
print('send forwarded; final', g.send('stop'))
def catching_inner():
    try:
        yield 'i1'
    except KeyError as e:
        print('  inner caught', repr(e))
        yield 'i-recovered'
def thrower_outer():
    yield from catching_inner()
    yield 'o-after'
g = thrower_outer()
print(next(g))
print('throw forwarded', g.throw(KeyError('x')))
print(next(g))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('  inner finally')
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print('  outer finally')
g = closing_outer()
next(g)
g.close()
print('close propagated to both')
def depth(n):
    if n == 0:
        return 0
    r = yield n
    sub = yield from depth(n - 1)
    return sub + 1
g = depth(3)
out = []
try:
    v = next(g)
    while True:
        out.append(v)
        v = g.send(v * 100)
except StopIteration as e:
    out.append(('returned', e.value))
print('recursive delegation', out)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print('flatten', list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def gen_return_value():
    return 'only return'
    yield
def wrapper():
    v = yield from gen_return_value()
    yield v
print('yield from immediately-returning', list(wrapper()))
class Sub:
    def __iter__(self):
        return iter([7, 8])
def from_custom():
    r = yield from Sub()
    yield ('result of plain iterator', r)
print(list(from_custom()))
def inner_unhandled():
    yield 1
def outer_unhandled():
    try:
        yield from inner_unhandled()
    except ValueError as e:
        yield 'outer caught ' + str(e)
g = outer_unhandled()
next(g)
print(g.throw(ValueError('up')))
def send_to_list():
    yield from [1, 2]
g = send_to_list()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print('AttributeError', e)
