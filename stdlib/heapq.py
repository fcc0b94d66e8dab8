"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting from 0; a[0] is always the smallest item. heappush, heappop,
heapify, heapreplace and heappushpop keep that invariant; merge,
nsmallest and nlargest are built on them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    '''Merge sorted inputs into one sorted iterator (lazily).

    Equal items keep the order of the inputs they come from. key and
    reverse have the meaning they have for sorted().
    '''
    if reverse:
        pop, replace, make = _heappop_max, _heapreplace_max, _heapify_max
        sign = -1
    else:
        pop, replace, make = heappop, heapreplace, heapify
        sign = 1
    # entries: [sort key, tie-breaker, value, iterator]; the tie-breaker
    # orders equal keys by input position (negated when reversed, so the
    # max-heap still prefers the earlier input)
    heap = []
    for pos, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            heap.append([k, sign * pos, value, it])
            break
    make(heap)
    while len(heap) > 1:
        entry = heap[0]
        while True:
            yield entry[2]
            it = entry[3]
            for value in it:
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
                break
            else:
                pop(heap)
                break
            entry = heap[0]
            if len(heap) == 1:
                break
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        it = iter(iterable)
        best = min(it, default=missing) if key is None else min(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # a max-heap of the n best (key, arrival, item): a newcomer replaces the
    # worst only when strictly smaller, so ties keep the earliest items
    it = iter(iterable)
    heap = []
    for i, item in zip(range(n), it):
        heap.append((item if key is None else key(item), i, item))
    if not heap:
        return []
    _heapify_max(heap)
    worst = heap[0][0]
    i = n
    for item in it:
        k = item if key is None else key(item)
        if k < worst:
            _heapreplace_max(heap, (k, i, item))
            worst = heap[0][0]
        i += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        it = iter(iterable)
        best = max(it, default=missing) if key is None else max(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # a min-heap of the n best (key, -arrival, item): among equal keys the
    # latest arrival sits on top and is the first to go
    it = iter(iterable)
    heap = []
    for i, item in zip(range(n), it):
        heap.append((item if key is None else key(item), -i, item))
    if not heap:
        return []
    heapify(heap)
    worst = heap[0][0]
    i = n
    for item in it:
        k = item if key is None else key(item)
        if worst < k:
            heapreplace(heap, (k, -i, item))
            worst = heap[0][0]
        i += 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
