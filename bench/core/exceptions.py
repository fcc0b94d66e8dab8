# exceptions.py - raising and catching in loops: built-in and custom
# exception classes with hierarchies and attributes, try/except/else/finally,
# re-raise, raise ... from, exceptions propagating through several frames,
# with-statement context managers, EAFP-style KeyError/IndexError handling.


class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, value):
        super().__init__("bad %s: %r" % (field, value))
        self.field = field
        self.value = value


class LimitError(AppError):
    def __init__(self, limit):
        self.limit = limit


def validate(i):
    if i % 7 == 0:
        raise ValidationError("seven", i)
    if i % 11 == 0:
        raise LimitError(i)
    if i % 13 == 0:
        raise ValueError(i)
    return i


def catch_loop(n):
    ok = bad = lim = val = 0
    fin = 0
    for i in range(n):
        try:
            validate(i)
        except ValidationError as e:
            bad += len(e.field) + (e.value & 1)
        except LimitError as e:
            lim += e.limit % 3
        except (ValueError, TypeError) as e:
            val += e.args[0] % 5
        else:
            ok += 1
        finally:
            fin += 1
    return ok, bad, lim, val, fin


def deep(k):
    if k == 0:
        raise KeyError("bottom")
    return deep(k - 1) + 1


def propagate(n):
    caught = 0
    for i in range(n):
        try:
            deep(i % 20)
        except KeyError as e:
            caught += len(e.args[0])
    return caught


def eafp(n):
    d = {}
    lst = list(range(100))
    misses = 0
    for i in range(n):
        try:
            d[i % 1000] += 1
        except KeyError:
            d[i % 1000] = 1
            misses += 1
        try:
            misses += lst[i % 150] * 0
        except IndexError:
            misses += 1
        try:
            int("x%d" % i if i % 4 == 0 else "%d" % i)
        except ValueError:
            misses += 1
    return misses, sum(d.values())


def chained(n):
    count = 0
    msg_len = 0
    for i in range(n):
        try:
            try:
                1 // (i % 3)
            except ZeroDivisionError as e:
                raise AppError("wrapped") from e
        except AppError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                count += 1
            msg_len += len(str(e))
    return count, msg_len


def reraise(n):
    seen = 0
    for i in range(n):
        try:
            try:
                raise LimitError(i)
            except AppError:
                seen += 1
                raise
        except LimitError as e:
            seen += e.limit & 1
    return seen


class Resource:
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.closed += 1
        return exc_type is ArithmeticError


def with_blocks(n):
    suppressed = 0
    for i in range(n):
        with Resource():
            if i % 2:
                suppressed += 1
                raise ArithmeticError(i)
    return suppressed, Resource.opened, Resource.closed


def finally_returns(n):
    acc = 0
    for i in range(n):
        acc += f(i)
    return acc


def f(i):
    try:
        if i % 2:
            return 1
        raise RuntimeError
    except RuntimeError:
        return 2
    finally:
        i += 1


def main():
    a = catch_loop(500000)
    b = propagate(100000)
    c = eafp(250000)
    d = chained(250000)
    e = reraise(250000)
    w = with_blocks(250000)
    g = finally_returns(400000)
    print("catch", a)
    print("propagate", b, "eafp", c, "chained", d, "reraise", e)
    print("with", w, "finally", g)
    try:
        validate(14)
    except AppError as exc:
        print("message", str(exc), repr(exc.value), type(exc).__name__)
    print("checksum", (sum(a) + b + sum(c) + sum(d) + e + sum(w) + g) % 1000000007)


main()
