# vars() and dir() on own classes (sorted, non-dunder subsets)
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 'i'
        self._private = 'p'
    def child_method(self): pass
    @property
    def prop(self): return 1
c = Child()
print('vars(instance)', vars(c))
print('vars(class) keys', sorted(k for k in vars(Child) if not k.startswith('__')))
print('dir(instance) non-dunder', [n for n in dir(c) if not n.startswith('__')])
print('dir(class) non-dunder', [n for n in dir(Child) if not n.startswith('__')])
print('dir sorted', dir(c) == sorted(dir(c)))
print('dir includes dunders', '__init__' in dir(c), '__class__' in dir(c))
class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print('custom __dir__ sorted and kept duplicates?', dir(WithDir()))
class Slotted:
    __slots__ = ('a', 'b')
print('dir slotted', [n for n in dir(Slotted()) if not n.startswith('__')])
try:
    vars(Slotted())
except TypeError as e:
    print('TypeError', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
def f():
    local_one = 1
    local_two = 2
    return sorted(vars()), sorted(dir())
print('vars()/dir() without args in function', f())
import math
print('dir(module) subset', [n for n in ['pi', 'sqrt', 'floor', 'nothing'] if n in dir(math)])
print('vars(module) is __dict__', vars(math) is math.__dict__)
c.new_attr = 5
print('vars reflects new attrs', sorted(vars(c)))
vars(c)['via_vars'] = 'set through vars'
print('vars dict is live', c.via_vars)
print('dir of int has bit_length', 'bit_length' in dir(int), 'real' in dir(5))
print('dir of list non-dunder', [n for n in dir([]) if not n.startswith('_')])
print('dir of dict non-dunder', [n for n in dir({}) if not n.startswith('_')])
print('dir of str count', len([n for n in dir('') if not n.startswith('_')]))
print('dir of class with metaclass attr', [n for n in dir(type('M', (type,), {'meta_attr': 1})('K', (), {})) if n == 'meta_attr'])
