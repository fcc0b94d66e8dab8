# Reflected operands and the subclass-first rule
log = []
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        log.append('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        log.append('A.__radd__')
        return 'A radd'
    def __sub__(self, o):
        log.append('A.__sub__')
        return 'A sub'
    def __rsub__(self, o):
        log.append('A.__rsub__')
        return 'A rsub'
class B:
    def __add__(self, o):
        log.append('B.__add__')
        return NotImplemented
    def __radd__(self, o):
        log.append('B.__radd__')
        return 'B radd'
print(A(1) + B(), log); log.clear()
print(B() + A(1), log); log.clear()
print(5 + A(1), log); log.clear()
print(A(1) - 5, log); log.clear()
print(5 - A(1), log); log.clear()
class SubA(A):
    def __rsub__(self, o):
        log.append('SubA.__rsub__')
        return 'SubA rsub'
print('subclass reflected first', A(1) - SubA(2), log); log.clear()
class SubNoOverride(A):
    pass
print('subclass without override: left first', A(1) - SubNoOverride(2), log); log.clear()
class Neither:
    def __add__(self, o):
        log.append('Neither.__add__')
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print('TypeError', e, log); log.clear()
class R:
    def __rmul__(self, o): return f'rmul({o!r})'
    def __rtruediv__(self, o): return f'rtruediv({o!r})'
    def __rfloordiv__(self, o): return f'rfloordiv({o!r})'
    def __rmod__(self, o): return f'rmod({o!r})'
    def __rpow__(self, o): return f'rpow({o!r})'
    def __rlshift__(self, o): return f'rlshift({o!r})'
    def __rrshift__(self, o): return f'rrshift({o!r})'
    def __rand__(self, o): return f'rand({o!r})'
    def __ror__(self, o): return f'ror({o!r})'
    def __rxor__(self, o): return f'rxor({o!r})'
    def __rmatmul__(self, o): return f'rmatmul({o!r})'
    def __rdivmod__(self, o): return f'rdivmod({o!r})'
r = R()
print(2 * r, 2 / r, 2 // r, 2 % r, 2 ** r)
print(2 << r, 2 >> r, 2 & r, 2 | r, 2 ^ r)
print('x' * r if False else [1] @ r if False else 'skip', divmod(7, r), 'seq' * r)
print('list * custom', [1] * r)
print('pow 3-arg no reflection:', end=' ')
try:
    pow(2, r, 5)
except TypeError as e:
    print(e)
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.__radd__ wins over int.__add__'
print(1 + MyInt(2))
print(MyInt(2) + 1)
class MyFloat(float):
    def __rsub__(self, o):
        return 'MyFloat rsub'
print(1.5 - MyFloat(1))
print(10 - MyFloat(1))
class Str(str):
    def __radd__(self, o):
        return 'Str radd'
print('x' + Str('y'))
class Eq:
    def __eq__(self, o):
        log.append('Eq.__eq__')
        return NotImplemented
print('both eq NotImplemented falls back to identity', Eq() == Eq(), log); log.clear()
e = Eq()
print('identity', e == e, e != e, log); log.clear()
