# generators.py - generator functions, pipelines of generators, generator
# expressions consumed by sum/max/any, yield from (delegation, recursion),
# send(), and generators left unfinished.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def take_mod(src, m):
    for x in src:
        yield x % m


def pipeline(n):
    return sum(take_mod(squares(evens(count_up(n))), 1000003))


def chain(*iterables):
    for it in iterables:
        yield from it


def flatten(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree


def build_tree(depth, start):
    if depth == 0:
        return start
    return [build_tree(depth - 1, start * 3 + k) for k in range(3)]


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def delegate():
    result = yield from accumulator()
    yield result * 2


def running(n):
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(n):
        last = acc.send(i % 100)
    d = delegate()
    next(d)
    for i in range(10):
        d.send(i)
    doubled = d.send(None)
    return last, doubled


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000000007


def genexprs(n):
    s1 = sum(x * 3 for x in range(n) if x % 3 != 1)
    s2 = max((x * 7919) % 10007 for x in range(n))
    s3 = any(x > n for x in range(n))
    s4 = sum(1 for _ in (y for y in range(n) if y & 1))
    pairs = sum(i * j for i in range(150) for j in range(i, 150))
    return s1 + s2 + int(s3) + s4 + pairs


def first_n(gen, n):
    out = []
    for x in gen:
        if len(out) >= n:
            break
        out.append(x)
    return out


def main():
    p = pipeline(2500000)
    c = sum(chain(range(500000), count_up(500000), (x for x in range(500000))))
    f = sum(flatten(build_tree(11, 0)))
    r = running(1000000)
    g = genexprs(1000000)
    fl = 0
    for k in range(10000):
        fl += first_n(fib_gen(), 30)[-1] + k
    zipped = sum(a * b for a, b in zip(count_up(400000), evens(count_up(800000))))
    print("pipeline", p, "chain", c, "flatten", f, "running", r)
    print("genexprs", g, "fib", fl, "zipped", zipped)
    print("checksum", (p + c + f + r[0] + r[1] + g + fl + zipped) % 1000000007)


main()
