# Changing a dict while iterating over it: size changes are caught at the
# next step, keys swapped for others (same size) are caught when the count
# of remaining entries runs out, value changes are seen, and an exhausted
# iterator stays exhausted. (Swapping every key as the loop goes ends
# quietly in CPython when its table is compacted and raises "keys changed"
# in pys: see test/DIFFERENCES.md.)


def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def swap_first():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[1]
            d[11] = 0
    return seen


def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 100] = 0
    return d


def shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
    return d


def values_change():
    d = {"a": 1, "b": 2, "c": 3}
    out = []
    for k, v in d.items():
        out.append((k, v))
        d["c"] = v * 100
    return out, list(d.values())


def sticky():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    hints = [it.__length_hint__()]
    next(it)
    hints.append(it.__length_hint__())
    rest = list(it)
    d[99] = 1
    return hints, rest, list(it), it.__length_hint__()


def sticky_error():
    d = {1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    d[5] = 5
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    d.pop(5)
    try:
        next(it)
    except RuntimeError as e:
        out.append(str(e))
    return out, it.__length_hint__()


def views():
    d = dict.fromkeys("abcd", 0)
    out = []
    for k in d.keys():
        d[k] += 1
    out.append(sorted(d.items()))
    vi = iter(d.values())
    next(vi)
    d.popitem()
    try:
        next(vi)
    except RuntimeError as e:
        out.append(str(e))
    return out


for name, fn in [("swap_first", swap_first), ("grow", grow),
                 ("shrink", shrink), ("values_change", values_change), ("sticky", sticky),
                 ("sticky_error", sticky_error), ("views", views)]:
    attempt(name, fn)
