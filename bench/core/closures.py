# closures.py - closures over local variables, nonlocal counters, closure
# factories, lambdas, sorted/min/max with key=lambda, map/filter, functools-
# free compose and memoize, late binding with default arguments, decorators.


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n):
    # number of partitions of n (pentagonal number theorem)
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


def counting(n):
    counters = [make_counter(i, i % 3 + 1) for i in range(100)]
    total = 0
    for i in range(n):
        total += counters[i % 100]()
    return total


def adders(n):
    fs = make_adders(50)
    acc = 0
    for i in range(n):
        acc = fs[i % 50](acc) % 1000003
    return acc


def pipelines(n):
    double = lambda x: x * 2
    inc = lambda x: x + 1
    square = lambda x: x * x % 10007
    f = compose(square, inc, double)
    g = compose(f, f)
    return sum(map(g, range(n)))


def sorting(n):
    recs = [((i * 7919) % 1009, "n%d" % ((i * 31) % 997), i) for i in range(n)]
    by_first = sorted(recs, key=lambda r: r[0])
    by_name = sorted(recs, key=lambda r: (r[1], -r[2]))
    by_neg = sorted(recs, key=lambda r: -r[2] % 101, reverse=True)
    lo = min(recs, key=lambda r: (r[1], r[0]))
    hi = max(recs, key=lambda r: r[0] * 1000 + r[2] % 1000)
    return by_first[n // 2], by_name[0], by_name[-1], by_neg[0], lo, hi


def functional(n):
    evens = list(filter(lambda x: x % 2 == 0, range(n)))
    sq = list(map(lambda x: x * x % 1000, evens))
    pairs = list(map(lambda a, b: a - b, sq, reversed(sq)))
    kept = [p for p in filter(None, pairs)]
    return len(evens), sum(sq), sum(kept), len(kept)


def scoped(n):
    total = 0

    def outer(a):
        def middle(b):
            def inner(c):
                return a * 100 + b * 10 + c
            return inner
        return middle

    for i in range(n):
        total += outer(i % 10)(i % 7)(i % 3)
    return total


def accumulate_with(n):
    log = []

    def record(x):
        log.append(x)
        return len(log)

    state = {"sum": 0}

    def add(x):
        state["sum"] += x
        return record(x)

    for i in range(n):
        add(i % 17)
    return state["sum"], len(log)


def main():
    c = counting(1000000)
    a = adders(1000000)
    p = pipelines(300000)
    s = sorting(100000)
    fn = functional(600000)
    sc = scoped(300000)
    acc = accumulate_with(600000)
    parts = 0
    for i in range(0, 1201):   # bottom-up, to keep the recursion shallow
        parts = partitions(i)
    print("counting", c, "adders", a, "pipelines", p)
    print("sorting", s)
    print("functional", fn, "scoped", sc, "accumulate", acc)
    print("partitions", parts, len(partitions.cache))
    print("checksum", (c + a + p + sum(x[2] for x in s) + sum(fn) + sc + sum(acc) + parts) % 1000000007)


main()
