# super().m(...) call sites remember what they found per instance class:
# redefining methods, diamonds, several instance classes through one site,
# keywords, builtin bases, properties and __class__ changes must all see
# the current MRO.
class A:
    def f(self, x):
        return "A.f(%s)" % x

    def g(self, x, y=2):
        return "A.g(%s,%s)" % (x, y)


class B(A):
    def f(self, x):
        return "B>" + super().f(x)

    def g(self, x, y=3):
        return "B>" + super().g(x, y=y)


class C(A):
    def f(self, x):
        return "C>" + super().f(x)


class D(B, C):
    def f(self, x):
        return "D>" + super().f(x)


for o in [B(), D(), B(), D()]:
    print(o.f(1), o.g(1), o.g(1, 9))

A.f = lambda self, x: "newA.f(%s)" % x
print(B().f(2), D().f(2))


def cf(self, x):
    return "C2>" + super(C, self).f(x)


C.f = cf
print(D().f(3))
del C.f
print(D().f(4))


class L(list):
    def append(self, x):
        super().append(x * 2)
        return len(self)


lst = L()
print([lst.append(i) for i in range(3)], lst)


class P:
    @property
    def v(self):
        return "P.v"

    def h(self):
        return "P.h"


class Q(P):
    @property
    def v(self):
        return "Q>" + super().v

    def h(self):
        return "Q>" + super().h()


class R(P):
    def h(self):
        return "R.h"


q = Q()
print(q.v, q.h())
q.__class__ = type("Q2", (Q, R), {})
print(q.v, q.h())


class Counter:
    def __init__(self, n=0):
        self.n = n


class Named(Counter):
    def __init__(self, name, n=5):
        super().__init__(n=n)
        self.name = name


print(vars(Named("a")), vars(Named("b", 7)))
try:
    class Bad(A):
        def f(self):
            return super().nope()
    Bad().f()
except AttributeError as e:
    print("AttributeError", e)
