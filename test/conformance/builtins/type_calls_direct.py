# Calls of the builtin types with positional arguments (made without the
# argument binder) against their subclasses and keyword forms (made through
# __new__/__init__): same results, same errors.
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Seq:
    def __iter__(self):
        return iter([3, 1, 2])


class S:
    def __str__(self):
        return "from __str__"


class I:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __bool__(self):
        return False


for f in [
    lambda: range(5), lambda: range(2, 9, 3), lambda: range(-3), lambda: range(True),
    lambda: len(range(10 ** 20)), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 0),
    lambda: range(1, 2, 3, 4), lambda: range(stop=3), lambda: list(range(3, 0, -1)),
    lambda: list(), lambda: list("ab"), lambda: list(Seq()), lambda: list(1), lambda: list(1, 2),
    lambda: list(iterable=[1]), lambda: list({"k": 1}), lambda: list((x * 2 for x in range(3))),
    lambda: tuple(), lambda: tuple([1, 2]), lambda: tuple(5), lambda: tuple(1, 2),
    lambda: str(), lambda: str(12), lambda: str(S()), lambda: str(b"x"), lambda: str(b"x", "ascii"),
    lambda: str(object=7), lambda: str(1, 2, 3, 4),
    lambda: int(), lambda: int("12"), lambda: int(" -7 "), lambda: int(3.9), lambda: int(I()),
    lambda: int("ff", 16), lambda: int("0x1f", 0), lambda: int("x"), lambda: int("1", 99),
    lambda: int("12", base=8), lambda: int(1, 2, 3), lambda: int([1]),
    lambda: float(), lambda: float(3), lambda: float(" 1e3 "), lambda: float("inf"), lambda: float(I()),
    lambda: float("abc"), lambda: float(1, 2), lambda: float([]),
    lambda: bool(), lambda: bool([]), lambda: bool([0]), lambda: bool(I()), lambda: bool(1, 2),
    lambda: dict(), lambda: dict([(1, 2), (3, 4)]), lambda: dict({"a": 1}), lambda: dict(a=1, b=2),
    lambda: dict([("a", 1)], b=2), lambda: dict(1), lambda: dict([1]), lambda: dict({}, {}),
    lambda: sorted(set("abca")), lambda: set(), lambda: set(5), lambda: set([1], [2]), lambda: set(x=1),
    lambda: sorted(frozenset(range(3))), lambda: frozenset(), lambda: frozenset(1, 2),
    lambda: type(object()), lambda: object(1),
]:
    show(f)

fs = frozenset([1])
t = (1, 2)
print(frozenset(fs) is fs, tuple(t) is t, str("s") == "s")
l1 = [1, 2]
print(list(l1) is l1, list(l1) == l1)


class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.made = True


class D(dict):
    pass


class T(tuple):
    pass


class F(float):
    pass


print(L([1, 2]), L([1]).made, type(L()).__name__)
print(D(a=1), D([(1, 2)]), type(D()).__name__)
print(T([1, 2]), type(T()).__name__, F(2), type(F("1.5")).__name__)
print(type(frozenset.__new__(frozenset, [1])).__name__)
