# type() and object(): introspection basics
print('type of values', type(1), type(1.0), type('s'), type([]), type(()), type({}), type(set()), type(None), type(len), type(type))
print('__name__', [t.__name__ for t in (int, float, str, list, tuple, dict, set, frozenset, bytes, bytearray, range, slice, complex, bool, object, type)])
print('__qualname__ and __module__ of builtins', int.__qualname__, int.__module__, type(None).__module__)
o = object()
print('object()', type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
print('object has no __dict__', hasattr(o, '__dict__'))
print('object dunder methods', [m for m in ('__eq__', '__hash__', '__repr__', '__str__', '__init__', '__new__', '__setattr__', '__dir__') if hasattr(o, m)])
print('object.__eq__ returns NotImplemented for different', o.__eq__(object()), o.__eq__(o))
print('object.__ne__', o.__ne__(o))
print('type is its own type', type(type) is type, type(object) is type, isinstance(object, type), issubclass(type, object))
print('mro of bool', [c.__name__ for c in bool.__mro__])
print('__bases__', int.__bases__, bool.__bases__, object.__bases__)
print('type(x) vs x.__class__', type(1) is (1).__class__, [].__class__.__name__)
class A:
    pass
a = A()
a.__class__ = type('B', (), {})
print('assign __class__', type(a).__name__)
try:
    (1).__class__ = float
except TypeError as e:
    print('TypeError', e)
print('type comparisons', type(1) == int, type(True) == int, type(1) in (int, float))
print('type() requires 1 or 3 args', end=' ')
try:
    type(1, 2)
except TypeError as e:
    print(e)
print('__init_subclass__ and __subclasshook__ on object', hasattr(object, '__init_subclass__'), hasattr(object, '__subclasshook__'))
print('subclasses of bool', bool.__subclasses__())
print('type.__call__ creates instance', type.__call__(int, '5'))
print('object.__new__', type(object.__new__(A)).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError', e)
print('callable types', all(callable(t) for t in (int, str, type, object)))
print('instance check for type objects', isinstance(int, object), isinstance(int, type))
print('repr of type', repr(A).startswith("<class '__main__.A'>"), repr(int))
print('NoneType call', type(None)())
print('NotImplementedType/ellipsis names', type(NotImplemented).__name__, type(...).__name__)
class M:
    def m(self): pass
print('function type names', type(lambda: 0).__name__, type(len).__name__, type([].append).__name__, type(M().m).__name__, type(M.m).__name__)
print('generator / code types', type((x for x in ())).__name__, type((lambda: 0).__code__).__name__)
print('module type', type(__import__('sys')).__name__)
