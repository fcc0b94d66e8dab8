# getattr, setattr, hasattr, delattr
class Obj:
    cls_attr = 'class'
    def method(self):
        return 'method called'
o = Obj()
o.x = 1
print('getattr', getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'method')(), getattr(o, 'missing', 'default'), getattr(o, 'missing', None))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError', e)
try:
    getattr(o)
except TypeError as e:
    print('TypeError', e)
setattr(o, 'y', 2)
setattr(o, 'with space', 'allowed')
setattr(o, '123', 'digits')
print('setattr', o.y, getattr(o, 'with space'), getattr(o, '123'))
print('hasattr', hasattr(o, 'x'), hasattr(o, 'cls_attr'), hasattr(o, 'nope'), hasattr(o, '__class__'), hasattr(5, 'real'))
delattr(o, 'x')
print('delattr', hasattr(o, 'x'))
try:
    delattr(o, 'x')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(o, 'cls_attr')
except AttributeError as e:
    print('AttributeError', e)
print('on modules', getattr(__import__('math'), 'pi') > 3, hasattr(__import__('sys'), 'argv'))
print('on builtins types', getattr(str, 'upper')('x'), getattr('abc', 'upper')(), getattr(1, 'bit_length')())
for target in (1, 'str', [1], None):
    try:
        setattr(target, 'attr', 1)
    except AttributeError as e:
        print('AttributeError', e)
setattr(Obj, 'added', lambda self: 'added method')
print('setattr on class', o.added())
print('getattr default not evaluated lazily', getattr(o, 'y', print('  default expression is evaluated anyway')))
class Dyn:
    def __getattr__(self, name):
        if name == 'special':
            return 'dynamic'
        raise AttributeError(name)
d = Dyn()
print('getattr with __getattr__', getattr(d, 'special'), getattr(d, 'other', 'fallback'), hasattr(d, 'special'), hasattr(d, 'other'))
class Raises:
    @property
    def bad(self):
        raise ValueError('property error')
try:
    hasattr(Raises(), 'bad')
except ValueError as e:
    print('hasattr propagates non-AttributeError', e)
print('getattr dunder', getattr(o, '__class__').__name__, getattr(Obj, '__name__'))
names = ['x1', 'x2', 'x3']
for i, n in enumerate(names):
    setattr(o, n, i * 10)
print('dynamic names', [getattr(o, n) for n in names])
print('vars after setattr', sorted(k for k in vars(o) if k.startswith('x')))
print('str subclass names', getattr(o, type('S', (str,), {})('y')))
