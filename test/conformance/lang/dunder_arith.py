# Arithmetic dunder methods
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V' + repr(self.c)
    def _op(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*[pow(a, o, mod) for a in self.c])
        return self._op(o, lambda a, b: a ** b)
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __round__(self, n=None): return V(*[round(a, n) for a in self.c])
    def __trunc__(self): return 'trunc called'
    def __floor__(self): return 'floor called'
    def __ceil__(self): return 'ceil called'
a, b = V(6, 9), V(2, 4)
print('+', a + b, a + 1)
print('-', a - b)
print('*', a * b, a * 2)
print('/', a / b)
print('//', a // b)
print('%', a % b)
print('**', a ** 2, pow(a, 2, 5))
print('divmod', divmod(a, b))
print('<< >>', a << 1, a >> 1)
print('& | ^', a & b, a | b, a ^ b)
print('@', a @ b)
print('unary', -a, +a, abs(V(-1, 2)), ~a)
print('round', round(V(1.26, 2.5)), round(V(1.26, 2.5), 1))
import math
print('math hooks', math.trunc(a), math.floor(a), math.ceil(a))
try:
    a + 'str'
except TypeError as e:
    print('TypeError', e)
try:
    'str' + a
except TypeError as e:
    print('TypeError', e)
try:
    a < b
except TypeError as e:
    print('TypeError', e)
class NoNeg:
    pass
for expr in ('-NoNeg()', '+NoNeg()', '~NoNeg()', 'abs(NoNeg())'):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented
    def __repr__(self): return f'${self.cents / 100:.2f}'
print('sum with start', sum([Money(150), Money(275)], Money(0)))
try:
    sum([Money(1)])
except TypeError as e:
    print('TypeError', e)
class Both:
    def __add__(self, o): return 'left add'
    def __radd__(self, o): return 'right add'
print('both sides', Both() + Both(), 1 + Both(), Both() + 1)
