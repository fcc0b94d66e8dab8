# async for, async with, async generators, async comprehensions (manual driver)
class Tick:
    def __await__(self):
        yield 'tick'
class AsyncRange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
class AsyncCM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('  aenter', self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print('  aexit', self.name, et.__name__ if et else None)
        return et is KeyError
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
async def use_async_for():
    out = []
    async for v in AsyncRange(3):
        out.append(v)
    else:
        out.append('else')
    return out
print('async for', run(use_async_for()))
async def use_async_with():
    async with AsyncCM('a') as a, AsyncCM('b') as b:
        inner = a + b
    async with AsyncCM('suppressing'):
        raise KeyError('suppressed')
    return inner
print('async with', run(use_async_with()))
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def consume_agen():
    res = []
    async for v in agen(3):
        res.append(v)
    return res
print('async generator', run(consume_agen()))
async def comprehensions():
    a = [v async for v in agen(3)]
    b = {v: v + 1 async for v in agen(2)}
    c = [v async for v in AsyncRange(4) if v % 2 == 0]
    return a, b, c
print('async comprehensions', run(comprehensions()))
print('async generator type', type(agen(1)).__name__)
async def manual_anext():
    g = agen(2)
    first = await g.__anext__()
    second = await g.__anext__()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return first, second, 'StopAsyncIteration'
print('manual __anext__', run(manual_anext()))
async def asend_demo():
    async def echo():
        received = None
        while True:
            received = yield f'echo {received}'
    g = echo()
    r1 = await g.asend(None)
    r2 = await g.asend('hi')
    await g.aclose()
    return r1, r2
print('asend', run(asend_demo()))
try:
    compile('def f():\n    async for x in y:\n        pass\n', '<a>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('def f():\n    await x\n', '<a>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
async def not_iterable():
    async for v in [1, 2]:
        pass
try:
    run(not_iterable())
except TypeError as e:
    print('TypeError', e)
