# async def / await driven by hand with coro.send(None), no asyncio
class Suspend:
    """An awaitable that suspends once, yielding a value to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        received = yield self.tag
        return f'{self.tag} resumed with {received!r}'
async def child(n):
    r = await Suspend(f'child{n}')
    return r.upper()
async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]
def run(coro):
    value = None
    step = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print('  driver got', yielded)
        step += 1
        value = f'step{step}'
print('result', run(parent()))
async def simple():
    return 42
c = simple()
print('coroutine type', type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('immediate return via StopIteration', e.value)
async def no_await():
    return 'no awaits'
print('run no_await', run(no_await()))
cc = simple()
print('iscoroutine-ish attrs', hasattr(cc, 'send'), hasattr(cc, '__await__'))
cc.close()
c2 = simple()
c2.close()
print('closed never-awaited coroutine cleanly')
async def raises():
    await Suspend('before error')
    raise ValueError('inside coroutine')
try:
    run(raises())
except ValueError as e:
    print('exception propagates', e)
async def catches():
    try:
        await Suspend('waiting')
    except KeyError as e:
        return 'caught thrown ' + repr(e)
co = catches()
print('first', co.send(None))
try:
    co.throw(KeyError('k'))
except StopIteration as e:
    print('throw into coroutine ->', e.value)
c3 = simple()
run(c3)
try:
    c3.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
cc = simple()
try:
    for x in cc:
        pass
except TypeError as e:
    print('TypeError', e)
cc.close()
class Ready:
    def __await__(self):
        return iter([])
async def await_ready():
    return await Ready()
print('await object finishing immediately', run(await_ready()))
class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    run(await_bad())
except TypeError as e:
    print('TypeError', e)
async def await_non_awaitable():
    await 5
try:
    run(await_non_awaitable())
except TypeError as e:
    print('TypeError', e)
async def nested_coroutines(depth):
    if depth == 0:
        return await Suspend('bottom')
    return 'lvl%d(%s)' % (depth, await nested_coroutines(depth - 1))
print('nested', run(nested_coroutines(3)))
print('coroutine function name', simple.__name__, type(simple).__name__)
