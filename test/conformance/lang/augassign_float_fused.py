# Augmented assignments whose value is + - * over local floats are computed
# on raw doubles when everything is an exact float; every other case must
# behave as the plain operators: ints, float subclasses, objects with
# __iadd__/__isub__, unbound locals, attribute and subscript targets.


class F(float):
    def __sub__(self, other):
        return "F.__sub__"

    def __rsub__(self, other):
        return "F.__rsub__"


class Acc:
    def __init__(self):
        self.v = 1.0
        self.log = []

    def __iadd__(self, other):
        self.log.append(other)
        return self


class Box:
    def __init__(self):
        self.x = 2.0


def floats():
    s = 0.5
    x, y = 1.25, -3.5
    a = [1.0, 2.0, 3.0]
    b = Box()
    for _ in range(3):
        s += x * y - 0.25
        s -= x * 2.0
        s *= y + x
        a[0] -= x * y
        a[2] += a[0] * 1e-3 if False else x * x
        b.x *= x - y
    return s, a, b.x, type(s).__name__


def mixed():
    out = []
    s = 1  # an int current value
    x, y = 1.5, 2.0
    s += x * y
    out.append((s, type(s).__name__))
    t = 2.0
    i, j = 3, 4  # int locals in the value
    t += i * j
    out.append((t, type(t).__name__))
    u = 10
    u -= i * j
    out.append((u, type(u).__name__))
    f = F(5.0)
    f -= x * y
    out.append(f)
    g = 5.0
    g -= F(1.0) * y if False else x * y
    out.append(g)
    acc = Acc()
    acc += x * y
    out.append((acc.log, type(acc).__name__))
    lst = [1, 2.0, "s"]
    lst[0] += x * y
    lst[1] -= x * y
    try:
        lst[2] += x * y
    except TypeError as e:
        out.append(str(e))
    out.append(lst)
    c = complex(1, 1)
    c *= x * y
    out.append(c)
    return out


def unbound():
    s = 1.0
    try:
        s += x * 2.0
    except UnboundLocalError as e:
        return str(e)
    x = 1.0


def order():
    log = []

    class L(list):
        def __getitem__(self, i):
            log.append(("get", i))
            return super().__getitem__(i)

        def __setitem__(self, i, v):
            log.append(("set", i, v))
            super().__setitem__(i, v)

    a = L([1.0, 2.0])
    x = 3.0
    a[1] -= x * x
    return log


print(floats())
print(mixed())
print(unbound())
print(order())
