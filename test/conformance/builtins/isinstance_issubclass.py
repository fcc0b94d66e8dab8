# isinstance and issubclass, with tuples and special cases
class A: pass
class B(A): pass
class C: pass
b = B()
print('isinstance', isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(b, C))
print('tuple', isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()), isinstance(1, (str, (float, int))))
print('builtins', isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, float), isinstance('s', str), isinstance(b's', bytes))
print('none type', isinstance(None, type(None)), isinstance(None, object))
print('classes are instances of type', isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print('issubclass', issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object), issubclass(bool, int), issubclass(int, float))
print('issubclass tuple', issubclass(B, (C, A)), issubclass(B, (C,)), issubclass(bool, (str, (bytes, int))))
try:
    issubclass(b, A)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(b, b)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, (int, 'str'))
except TypeError as e:
    print('no error? (int matched first)')
try:
    isinstance(1, ('str', int))
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(int, 1)
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str)
    def __subclasscheck__(cls, sub):
        return sub is int
class Anything(metaclass=Meta):
    pass
print('__instancecheck__', isinstance('text', Anything), isinstance(5, Anything))
print('__subclasscheck__', issubclass(int, Anything), issubclass(str, Anything))
print('exact type short-circuits instancecheck', isinstance(Anything(), Anything))
class Fake:
    __class__ = int
print('__class__ override', isinstance(Fake(), int), type(Fake()).__name__)
print('union types', isinstance(1, int | str), isinstance('a', int | str), isinstance(None, int | None), issubclass(bool, int | str))
print('exceptions', isinstance(KeyError(), LookupError), issubclass(KeyError, (ValueError, LookupError)))
print('functions', isinstance(len, object), callable(len), isinstance(print, type))
print('type(obj) vs isinstance', type(True) is int, type(True) is bool)
print('generic alias', end=' ')
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
print('isinstance of class itself', isinstance(B, A), issubclass(type(b), A))
print('nested tuples deep', isinstance(3, (((int,),),)))
