# id() compared, never printed
a = [1, 2]
b = a
c = [1, 2]
print('same object same id', id(a) == id(b))
print('equal but distinct objects', id(a) != id(c))
print('id is int', type(id(a)).__name__)
print('id stable', id(a) == id(a))
print('is matches id equality', (a is b) == (id(a) == id(b)), (a is c) == (id(a) == id(c)))
x = object()
ids = {id(x)}
ids.add(id(x))
print('set of ids', len(ids))
objs = [object() for _ in range(5)]
print('live objects have distinct ids', len({id(o) for o in objs}) == 5)
def f():
    return a
print('function returns same object', id(f()) == id(a))
print('None/True/False singletons', id(None) == id(None), id(True) == id(1 == 1))
class K:
    pass
k = K()
print('class attribute lookup same function', id(K.__init__) == id(K.__init__))
print('id of class stable', id(K) == id(type(k)))
lst = [k, k]
print('list holds same object', id(lst[0]) == id(lst[1]) == id(k))
t = (a,)
print('tuple element identity', id(t[0]) == id(a))
d = {'key': a}
print('dict value identity', id(d['key']) == id(a))
copy = list(a)
print('copy has new id', id(copy) != id(a), copy == a)
print('id of mutable after mutation unchanged', (lambda before: (a.append(3), id(a) == before)[1])(id(a)))
