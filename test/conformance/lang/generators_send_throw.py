# Generator send(), throw() and close()
def echo():
    print('  echo started')
    received = None
    while True:
        try:
            received = yield f'got {received}'
        except ValueError as e:
            print('  caught in generator:', e)
            received = 'after ValueError'
        except GeneratorExit:
            print('  GeneratorExit received, cleaning up')
            raise
g = echo()
print('prime', g.send(None))
print('send', g.send('hello'))
print('send', g.send(42))
print('throw handled', g.throw(ValueError('bad')))
print('send after throw', g.send('x'))
g.close()
print('closed')
try:
    g.send('more')
except StopIteration:
    print('send after close raises StopIteration')
g2 = echo()
try:
    g2.send('not none')
except TypeError as e:
    print('TypeError', e)
def unhandled():
    yield 1
    yield 2
g3 = unhandled()
next(g3)
try:
    g3.throw(KeyError('k'))
except KeyError as e:
    print('throw propagates', repr(e))
print('generator finished after unhandled throw', list(g3))
g4 = unhandled()
try:
    g4.throw(IndexError('before start'))
except IndexError as e:
    print('throw before start propagates', e)
print('and it is finished', list(g4))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  finally on close')
g5 = with_finally()
next(g5)
g5.close()
print('close again is a no-op', g5.close())
g6 = with_finally()
g6.close()
print('close before start runs no finally')
def ignores_exit():
    try:
        yield 'x'
    except GeneratorExit:
        print('  ignoring exit')
    yield 'after exit'
g7 = ignores_exit()
next(g7)
try:
    g7.close()
except RuntimeError as e:
    print('RuntimeError', e)
print('finish it', list(g7))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'value is discarded'
g8 = returns_on_close()
next(g8)
print('close returns', g8.close())
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulator()
next(acc)
for v in (10, 20, 30):
    print('running total', acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print('final total via StopIteration.value', e.value)
def throw_type():
    try:
        yield
    except TypeError as e:
        yield 'handled ' + repr(e)
g9 = throw_type()
next(g9)
print(g9.throw(TypeError))
print(g9.throw(TypeError('instance')) if False else 'skip')
def running():
    yield g10.gi_running
g10 = running()
print('gi_running inside', next(g10))
def reenter():
    yield next(g11)
g11 = reenter()
try:
    next(g11)
except ValueError as e:
    print('ValueError', e)
