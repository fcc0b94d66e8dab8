# Making exception instances: plain classes and subclasses, keyword
# arguments, overridden and later replaced __init__/__new__, OSError's
# errno subclasses.


class Plain(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a + b)
        self.extra = (a, b)


e = Plain(1, "two")
print(type(e).__name__, e.args, str(e), repr(e))
print(ValueError().args, ValueError(5).args, repr(KeyError("k")))
try:
    Plain(x=1)
except TypeError as err:
    print("TypeError:", err)
w = WithInit(1)
print(w.args, w.extra)


def late_init(self, *args):
    Exception.__init__(self, "late", *args)


e1 = Plain(1)
Plain.__init__ = late_init
e2 = Plain(1)
del Plain.__init__
e3 = Plain(1)
print(e1.args, e2.args, e3.args)


def late_new(cls, *args):
    obj = Exception.__new__(cls, "new", *args)
    obj.tag = "made by late_new"
    return obj


Plain.__new__ = late_new
e4 = Plain(4)
print(e4.args, e4.tag)
del Plain.__new__
print(Plain(5).args, hasattr(Plain(5), "tag"))
print(type(OSError(2, "x")).__name__, type(OSError(13, "y", "f")).__name__, OSError(2, "x").errno)
print(type(OSError("just a message")).__name__)
for cls in (ArithmeticError, LookupError, StopIteration, SystemExit):
    x = cls(1, 2)
    print(cls.__name__, x.args)
print(StopIteration(7).value, SystemExit(3).code)
try:
    raise Plain
except Plain as err:
    print("raised class:", err.args)
