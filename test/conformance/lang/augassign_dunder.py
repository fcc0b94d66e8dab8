# Augmented assignment dispatch: __iadd__ vs __add__ fallback
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('  __add__')
        return Acc(self.v + o)
    def __iadd__(self, o):
        print('  __iadd__')
        self.v += o
        return self
    def __repr__(self): return f'Acc({self.v})'
class NoI:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('  __add__ only')
        return NoI(self.v + o)
    def __radd__(self, o):
        print('  __radd__')
        return NoI(o + self.v)
    def __repr__(self): return f'NoI({self.v})'
a = Acc(1); a0 = a
a += 2
print('iadd', a, a is a0)
n = NoI(1); n0 = n
n += 2
print('fallback add', n, n is n0)
m = 5
m += NoI(1)
print('radd via aug', m)
class NotImpl:
    def __iadd__(self, o):
        print('  __iadd__ NotImplemented')
        return NotImplemented
    def __add__(self, o):
        print('  __add__ used')
        return 'added'
x = NotImpl()
x += 1
print('after NotImplemented', x)
class ReturnsOther:
    def __imul__(self, o):
        return 'something else'
r = ReturnsOther()
r *= 3
print('rebinds to result', r)
class Nothing:
    pass
z = Nothing()
try:
    z += 1
except TypeError as e:
    print('TypeError', e)
try:
    z -= 1
except TypeError as e:
    print('TypeError', e)
try:
    z **= 2
except TypeError as e:
    print('TypeError', e)
class All:
    def __init__(self): self.log = []
    def _rec(name):
        def f(self, o):
            self.log.append(name)
            return self
        return f
    __isub__ = _rec('isub'); __imul__ = _rec('imul'); __itruediv__ = _rec('itruediv')
    __ifloordiv__ = _rec('ifloordiv'); __imod__ = _rec('imod'); __ipow__ = _rec('ipow')
    __ilshift__ = _rec('ilshift'); __irshift__ = _rec('irshift'); __iand__ = _rec('iand')
    __ior__ = _rec('ior'); __ixor__ = _rec('ixor'); __imatmul__ = _rec('imatmul')
q = All()
q -= 1; q *= 1; q /= 1; q //= 1; q %= 1; q **= 1
q <<= 1; q >>= 1; q &= 1; q |= 1; q ^= 1; q @= 1
print('all inplace', q.log)
lst = [1, 2]
lst *= 2
print('list imul', lst)
lst *= 0
print('list imul 0', lst)
ba = bytearray(b'ab')
ba += b'cd'
ba *= 2
print('bytearray', ba)
d = {'a': 1}
d |= {'b': 2}
d |= [('c', 3)]
print('dict ior', d)
