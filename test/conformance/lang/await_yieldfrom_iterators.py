# await on a types.coroutine generator; yield from a Python iterator keeps
# the StopIteration value; bound methods expose their function's attributes
import types
@types.coroutine
def s(): yield 'tick'
async def main(): await s(); return 5
c = main()
print(c.send(None))
try: c.send(None)
except StopIteration as e: print('done', e.value)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('v')
        return self.n
def g(): print('result', (yield from It()))
print(list(g()))
class M:
    def f(self, x: int) -> int:
        "doc of f"
        return x
m = M().f
print(m.__annotations__, m.__globals__ is globals(), m.__doc__, m.__code__.co_varnames[:2], m.__defaults__)
try: m.nope
except AttributeError as e: print('AttributeError', e)
