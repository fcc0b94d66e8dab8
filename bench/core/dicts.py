# dicts.py - dict insert/lookup/update/delete/iteration with str, int and
# tuple keys; dict comprehensions; counting by hand (get, setdefault, `in`);
# items()/keys()/values(); update(); grouping; 1 == 1.0 == True keys.


def int_keys(n):
    d = {}
    for i in range(n):
        d[(i * 7919) % n] = i
    hits = 0
    for i in range(0, n * 2, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        del d[i]
    s = 0
    for k, v in d.items():
        s += k ^ v
    return len(d), hits, s


def str_keys(n):
    words = ["w%d" % (i % 5000) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    firsts = {}
    for i, w in enumerate(words):
        if w not in firsts:
            firsts[w] = i
    groups = {}
    for w in words[:50000]:
        groups.setdefault(w[-1], []).append(w)
    total = 0
    for w in counts:
        total += counts[w] * firsts[w]
    return len(counts), total, sorted((k, len(v)) for k, v in groups.items())


def tuple_keys(n):
    grid = {}
    for x in range(n):
        for y in range(n):
            grid[(x, y)] = (x * y) % 10
    live = 0
    for x in range(1, n - 1):
        for y in range(1, n - 1):
            s = (grid[(x - 1, y)] + grid[(x + 1, y)] + grid[(x, y - 1)]
                 + grid[(x, y + 1)])
            if s > 18:
                live += 1
    return len(grid), live


def comprehensions(n):
    sq = {i: i * i for i in range(n)}
    inv = {v: k for k, v in sq.items() if k % 3 == 0}
    names = {"k%d" % i: i for i in range(n // 4)}
    merged = dict(names)
    merged.update({"k%d" % i: -i for i in range(0, n // 4, 2)})
    merged.update(extra=1, more=2)
    s = sum(merged.values()) + sum(inv.keys()) % 1000003
    keys = list(merged.keys())
    return len(sq), len(inv), len(merged), s, keys[:3], keys[-2:]


def mixed_numeric_keys():
    d = {1: "int", 2.0: "float"}
    d[1.0] = "float-one"
    d[True] = "true"
    d[2] = "two"
    return sorted(d.items())


def memo_paths(n):
    memo = {}

    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key in memo:
            return memo[key]
        v = (paths(r - 1, c) + paths(r, c - 1)) % 1000000007
        memo[key] = v
        return v

    total = 0
    for r in range(0, n, 10):
        for c in range(0, n, 10):
            total = (total + paths(r, c)) % 1000000007
    return len(memo), total


def pop_and_copy(n):
    d = {i: str(i) for i in range(n)}
    popped = 0
    while len(d) > n // 2:
        k, v = d.popitem()
        popped += k + len(v)
    c = d.copy()
    for k in list(c):
        if k % 3 == 0:
            c.pop(k)
    return popped, len(c), c.pop(-1, "missing"), min(c), max(c)


def main():
    a = int_keys(500000)
    b = str_keys(600000)
    c = tuple_keys(450)
    d = comprehensions(300000)
    e = mixed_numeric_keys()
    f = memo_paths(300)
    g = pop_and_copy(300000)
    print("int", a)
    print("str", b[:2], b[2][:5])
    print("tuple", c)
    print("comp", d)
    print("mixed", e)
    print("memo", f)
    print("pop", g)
    print("checksum", (sum(a) + b[0] + b[1] + sum(c) + sum(d[:4]) + sum(f) + g[0] + g[1]) % 1000000007)


main()
