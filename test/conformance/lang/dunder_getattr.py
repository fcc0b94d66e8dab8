# __getattr__ fallback semantics
class Proxy:
    def __init__(self, target):
        self._target = target
        self.own = 'own attribute'
    def __getattr__(self, name):
        print('  __getattr__', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print('normal attribute no hook', p.own)
p.sort()
print('delegated method', p._target, p.count(1))
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
class Default:
    x = 'class attr'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Default()
print('class attr found first', d.x)
print('dynamic', d.dyn_hello)
print('getattr default with hook raising', getattr(d, 'nothing', 'fallback'))
print('hasattr', hasattr(d, 'dyn_x'), hasattr(d, 'other'))
try:
    d.other
except AttributeError as e:
    print('custom message', e)
class NotForDunders:
    def __getattr__(self, name):
        return lambda *a: f'hooked {name}'
n = NotForDunders()
print('explicit dunder attribute', n.__len__())
try:
    len(n)
except TypeError as e:
    print('implicit dunder lookup bypasses __getattr__:', e)
class Lazy:
    def __getattr__(self, name):
        print('  computing', name)
        value = len(name)
        setattr(self, name, value)
        return value
lz = Lazy()
print('first', lz.abc)
print('cached', lz.abc)
class WrongError:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(WrongError(), 'x', 'default')
except KeyError as e:
    print('non-AttributeError propagates through getattr default', repr(e))
print('hasattr only swallows AttributeError:', end=' ')
try:
    hasattr(WrongError(), 'x')
except KeyError:
    print('KeyError propagated')
class PropFails:
    @property
    def p(self):
        return self.missing_inner
    def __getattr__(self, name):
        return f'__getattr__({name})'
print('AttributeError inside property triggers __getattr__ with property name', PropFails().p)
class ClassLevel:
    pass
def module_like_getattr(name):
    return 'not used for instances'
ClassLevel.__getattr__ = lambda self, name: f'patched {name}'
print('__getattr__ added after creation', ClassLevel().anything)
class Meta(type):
    def __getattr__(cls, name):
        return f'class-level {name}'
class WithMeta(metaclass=Meta):
    real = 1
print('metaclass __getattr__', WithMeta.real, WithMeta.virtual)
try:
    WithMeta().virtual
except AttributeError as e:
    print('instances do not use metaclass __getattr__:', e)
class Recursive:
    def __init__(self):
        self.data = {'a': 1}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
r = Recursive()
print('dict-backed', r.a)
try:
    r.b
except AttributeError as e:
    print('AttributeError', e, e.__suppress_context__)
print('AttributeError name attr', end=' ')
try:
    object().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
