# Identity (is), equality and singletons
a = [1, 2]
b = a
c = [1, 2]
print('same object', a is b, a is c, a == c, a is not c)
b.append(3)
print('alias sees mutation', a)
print('None singleton', None is None, type(None)() is None)
print('True/False singletons', (1 == 1) is True, bool(0) is False, bool([]) is False)
print('Ellipsis singleton', ... is Ellipsis, type(...)() is Ellipsis)
print('NotImplemented singleton', type(NotImplemented)() is NotImplemented)
print('empty tuple equality', () == tuple(), tuple([]) == ())
x = object()
print('object identity', x is x, x == x, object() == object())
def f(): pass
print('function identity', f is f, f == f)
class C:
    def m(self): pass
o = C()
print('bound methods are new objects each access but equal', o.m == o.m)
print('class attribute function same', C.m is C.m)
print('id equal iff same object', id(a) == id(b), id(a) == id(c))
d1 = {'k': a}
d2 = dict(d1)
print('shallow copy shares values', d2['k'] is a, d2 is not d1)
lst = [a] * 3
print('list multiply repeats references', lst[0] is lst[1] is a)
s1 = 'hello'
s2 = s1
print('str alias', s1 is s2)
t1 = (1, [2])
t2 = t1
t2[1].append(3)
print('tuple containing list mutated through alias', t1)
nan = float('nan')
print('nan identity in containers', nan in [nan], [nan] == [nan], nan == nan)
print('type identity', type(1) is int, type(True) is bool, type(True) is int)
print('isinstance vs type', isinstance(True, int), type(True) == int)
class Eq:
    def __eq__(self, other): return True
e = Eq()
print('eq overridden but is unaffected', e == 5, e is None)
print('is not with None idiom', [v for v in [0, None, '', False] if v is not None])
print('list.index/count use == with identity shortcut', [nan].count(nan), [float('nan')].count(nan))
print('in uses identity or ==', e in [1], 2 in [e])
print('dict key lookup identity shortcut', {nan: 'found'}[nan])
try:
    {float('nan'): 1}[float('nan')]
except KeyError:
    print('different nan objects are different keys')
print('frozenset/tuple equal but not identical', (1, 2) == (1, 2), frozenset([1]) == frozenset([1]))
print('small ints compare equal', 256 == 255 + 1, 10 ** 20 == 10 ** 20)
