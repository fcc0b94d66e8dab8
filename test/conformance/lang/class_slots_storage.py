# __slots__: each class has its own storage for a slot name; member descriptors get/set/delete it
class A:
    __slots__ = ('x', 'y')
class B(A):
    __slots__ = ('z', 'x')
b = B()
b.x = 1; b.y = 2; b.z = 3
print(b.x, b.y, b.z, B.x.__get__(b))
try: A.x.__get__(b)
except AttributeError as e: print("AE", e)
A.x.__set__(b, 10)
print(A.x.__get__(b), b.x)
del b.y
try: b.y
except AttributeError as e: print('AE', e)
try: del b.y
except AttributeError as e: print('AE', e)
class C(B): pass
c = C(); c.z = 5; c.q = 6; print(c.z, c.q, c.__dict__)
class D:
    __slots__ = ('__priv',)
    def __init__(self): self.__priv = 7
    def get(self): return self.__priv
print(D().get())
import copy
b2 = copy.copy(b); print(b2.x, b2.z)
try: A().w = 1
except AttributeError as e: print('AE', e)
