# itertools: composed recipes written from scratch
import itertools as it
import operator
from collections import deque

def take(n, iterable):
    return list(it.islice(iterable, n))

def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)

def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)

def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def batched(iterable, n):
    i = iter(iterable)
    while batch := tuple(it.islice(i, n)):
        yield batch

def sliding_window(iterable, n):
    i = iter(iterable)
    window = deque(it.islice(i, n - 1), maxlen=n)
    for x in i:
        window.append(x)
        yield tuple(window)

def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

def dotproduct(a, b):
    return sum(map(operator.mul, a, b))

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

print("take:", take(3, it.count(10)))
print("nth:", nth(range(10), 3), nth(range(3), 10, "none"))
print("all_equal:", all_equal("aaaa"), all_equal("aaba"), all_equal(""))
print("unique_everseen:", list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print("grouper:", list(grouper("ABCDEFG", 3, "x")))
print("batched:", list(batched("ABCDEFG", 3)))
print("sliding_window:", list(sliding_window("ABCDE", 3)))
print("roundrobin:", "".join(roundrobin("ABC", "D", "EF")))
print("flatten:", list(flatten([[1, 2], [3], [], [4, 5]])))
print("dotproduct:", dotproduct([1, 2, 3], [4, 5, 6]))
print("powerset:", list(powerset("abc")))
print("quantify:", quantify([1, 0, 3, "", None, "x"]), quantify(range(10), lambda x: x % 3 == 0))
print("tabulate:", take(5, map(lambda x: x * x, it.count())))
print("running max:", list(it.accumulate([5, 3, 8, 1, 9], max)))
print("pairwise sums:", list(it.starmap(operator.add, it.pairwise([1, 2, 3, 4]))))
print("transpose:", list(zip(*[(1, 2, 3), (4, 5, 6)])))
print("repeatfunc:", list(it.starmap(pow, it.repeat((2, 3), 3))))
print("first true:", next(filter(None, [0, "", 7, 8]), "dflt"))
print("iter_index:", [i for i, x in enumerate("abcabc") if x == "b"])
