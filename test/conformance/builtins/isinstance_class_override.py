# isinstance() when the type test fails: __class__ overridden by a property
# or __getattribute__ is consulted, the default one is not.
class A: pass
class B(A): pass
class Proxy:
    @property
    def __class__(self):
        return B
class GA:
    def __getattribute__(self, n):
        if n == '__class__':
            return A
        return object.__getattribute__(self, n)
print(isinstance(5, list), isinstance([], list), isinstance(B(), A), isinstance(A(), B))
print(isinstance(Proxy(), A), isinstance(Proxy(), B), isinstance(Proxy(), Proxy))
print(isinstance(GA(), A), isinstance(GA(), GA))
print(isinstance(1, (str, int)), isinstance(True, int))
p = Proxy()
try:
    p.__class__ = A
except Exception as e:
    print(type(e).__name__)
