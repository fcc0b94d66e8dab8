# The del statement in all its forms
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
a, b, c = 1, 2, 3
del a, b
print('del tuple of names', 'a' in dir(), 'b' in dir(), c)
p = q = 5
del (p, q)
print('del parenthesized', 'p' in dir())
r, s = 1, 2
del [r, s]
print('del list form', 'r' in dir())
L = [0, 1, 2, 3, 4]
del L[0]
print('del index', L)
del L[-1]
print('del neg index', L)
del L[0:1], L[0]
print('del multiple', L)
try:
    del L[10]
except IndexError as e:
    print('IndexError', e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
print('del key', d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O:
    cls_attr = 'class'
o = O()
o.x = 1
o.y = 2
del o.x
print('del attr', hasattr(o, 'x'), o.y)
try:
    del o.x
except AttributeError as e:
    print('AttributeError', e)
try:
    del o.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del O.cls_attr
print('del class attr', hasattr(O, 'cls_attr'))
def f():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print('del local', f())
g = 10
def h():
    global g
    del g
h()
print('del global', 'g' in globals())
nested = {'k': [1, {'z': 0}]}
del nested['k'][1]['z']
print('nested', nested)
class Recorder:
    def __delitem__(self, k):
        print('__delitem__', k)
    def __delattr__(self, n):
        print('__delattr__', n)
rr = Recorder()
del rr[1], rr[1:2], rr['a', 'b']
del rr.anything
try:
    exec('del f()')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('del 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
def uses_then_deletes():
    try:
        del never_bound
    except NameError as e:
        print('NameError', e)
uses_then_deletes()
for i in range(2):
    pass
del i
print('loop var deleted', 'i' in dir())
