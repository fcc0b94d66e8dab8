# calls.py - function call overhead: recursion, positional/keyword/default
# arguments, *args/**kwargs, methods-free plain function calls.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b):
    return a + b


def add3(a, b, c=1):
    return a + b + c


def kw_only(x, *, scale=2, offset=0):
    return x * scale + offset


def varargs(*args):
    total = 0
    for a in args:
        total += a
    return total


def kwargs(**kw):
    return kw.get("a", 0) - kw.get("b", 0)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def small_calls(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i)
        acc = add3(acc, i, c=-i)
        acc = add3(acc, 1)
        acc = kw_only(acc, scale=1, offset=-1)
        acc = kw_only(acc, offset=i & 3) - acc - (i & 3)
        acc += varargs(1, 2, 3) - 6
        acc += kwargs(a=i, b=i)
        acc = add(b=acc, a=1) - 1
    return acc


def main():
    total = 0
    f = fib(30)
    total += f
    a = ackermann(2, 300) + ackermann(3, 5)
    total += a
    t = tak(24, 16, 8)
    total += t
    s = small_calls(900000)
    total += s
    print("fib", f, "ack", a, "tak", t, "small", s)
    print("checksum", total)


main()
