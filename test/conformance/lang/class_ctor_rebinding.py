# Instantiation follows __new__ and __init__ as they are now, when they are
# replaced or deleted on the class or on a base after instances were made.


class Base:
    def __init__(self, x):
        self.x = ("base", x)


class Child(Base):
    pass


print(Child(1).x)


def child_init(self, x):
    self.x = ("child", x)


Child.__init__ = child_init
print(Child(2).x)
del Child.__init__
print(Child(3).x)


def base_init2(self, x):
    self.x = ("base2", x)


Base.__init__ = base_init2
print(Child(4).x, Base(5).x)


def new(cls, *args):
    o = object.__new__(cls)
    o.made_by = "new"
    return o


Base.__new__ = new
c = Child(6)
print(c.x, c.made_by)


class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


print(B(7).x)
del A.__init__
try:
    B(8)
except TypeError as e:
    print("TypeError:", e)
print(type(Child(9)).__name__)


class Other:
    pass


def make_other(cls):
    return Other()


class Swap:
    def __init__(self):
        print("never runs: __new__ returned another type")


Swap.__new__ = make_other
print(type(Swap()).__name__)
for i in range(3):
    class K:
        def __init__(self, i=i):
            self.i = i
    print(K().i)
