# __getattribute__ intercepts every attribute access
class Logged:
    def __init__(self):
        self.x = 1
    def method(self):
        return 'method result'
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('  __getattribute__', name)
        return super().__getattribute__(name)
l = Logged()
print('attr', l.x)
print('method', l.method())
try:
    l.missing
except AttributeError as e:
    print('AttributeError', e)
class WithBoth:
    def __getattribute__(self, name):
        if name == 'special':
            return 'from __getattribute__'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback {name}'
w = WithBoth()
print(w.special, '|', w.other)
class Hide:
    def __init__(self):
        self.public = 'visible'
        self._private = 'secret'
    def __getattribute__(self, name):
        if name.startswith('_') and not name.startswith('__'):
            raise AttributeError(f'{name} is private')
        return object.__getattribute__(self, name)
h = Hide()
print('public', h.public)
try:
    h._private
except AttributeError as e:
    print('AttributeError', e)
print('but __dict__ access still works', object.__getattribute__(h, '_private'))
class Counter:
    def __init__(self):
        object.__setattr__(self, 'reads', 0)
        self.value = 10
    def __getattribute__(self, name):
        if name != 'reads':
            object.__setattr__(self, 'reads', object.__getattribute__(self, 'reads') + 1)
        return object.__getattribute__(self, name)
c = Counter()
c.value; c.value; c.value
print('reads counted', c.reads)
class Implicit:
    def __getattribute__(self, name):
        print('  intercepted', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 5
    def __repr__(self):
        return 'Implicit()'
i = Implicit()
print('len() bypasses __getattribute__', len(i))
print('repr() bypasses', repr(i))
print('explicit i.__len__()', i.__len__())
class Upper:
    def __init__(self):
        self.name = 'lower'
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
print('transform values', Upper().name)
class Raises:
    def __getattribute__(self, name):
        raise AttributeError('always ' + name)
    def __getattr__(self, name):
        return 'recovered ' + name
print('AttributeError from __getattribute__ goes to __getattr__:', Raises().x)
class TypeAttr:
    cls_attr = 'class level'
    def __getattribute__(self, name):
        return 'instance intercept'
print('class access not intercepted', TypeAttr.cls_attr, TypeAttr().cls_attr)
print('type(obj) still works', type(TypeAttr()).__name__)
