# lists.py - list operations: append/pop/insert, indexing and slice
# read/assign/delete, index/count/in, sort (ints, strings, tuples, reverse),
# list comprehensions (nested, filtered), extend/+/*, reverse, copying,
# a list used as stack and as queue, enumerate/zip.


def build(n):
    a = []
    for i in range(n):
        a.append((i * 7919) % 100003)
    return a


def stack_queue(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 2:
            total += stack.pop() - stack.pop()
    q = list(range(2000))
    for i in range(n // 20):
        q.append(q.pop(0) + i % 7)
    q.insert(0, -1)
    q.insert(len(q) // 2, -2)
    return total, len(stack), sum(q), q[:3]


def slicing(a):
    acc = 0
    n = len(a)
    for i in range(0, n - 100, 7):
        s = a[i:i + 50]
        acc += s[0] + s[-1] + len(s)
        acc += sum(a[i:i + 100:10])
    b = a[:]
    b[10:20] = [0] * 5
    b[::2] = b[1::2] + [1] * (len(b[::2]) - len(b[1::2]))
    del b[5:15]
    del b[::3]
    rev = a[::-1]
    return acc, len(b), sum(b) % 1000003, rev[:3]


def searching(a):
    small = a[:6000]
    hits = 0
    for x in range(0, 100003, 97):
        if x in small:
            hits += small.index(x)
    return hits, small.count(small[10]), a.count(0)


def sorting(a):
    s1 = sorted(a)
    s2 = sorted(a, reverse=True)
    words = ["w%05d" % x for x in a[:40000]]
    words.sort()
    tuples = [(x % 100, -x, str(x)) for x in a[:40000]]
    tuples.sort()
    b = a[:]
    b.reverse()
    b.sort(key=lambda x: x % 1000)
    return s1[:3], s2[:3], words[:2], tuples[:2], b[:5]


def comprehensions(n):
    sq = [i * i for i in range(n)]
    odd = [x for x in sq if x & 1]
    grid = [[i * j for j in range(60)] for i in range(60)]
    flat = [v for row in grid for v in row if v % 3 == 0]
    pairs = [(i, j) for i in range(200) for j in range(i) if (i + j) % 7 == 0]
    transposed = [[row[i] for row in grid] for i in range(60)]
    return len(odd), sum(odd) % 1000003, len(flat), len(pairs), transposed[7][9]


def combine(n):
    a = list(range(n))
    b = [x * 2 for x in a]
    c = a + b
    c.extend(range(100))
    d = [0, 1] * (n // 2)
    e = c * 2
    total = 0
    for i, (x, y) in enumerate(zip(a, b)):
        total += i * x - y
    return len(c), len(d), len(e), total, c == e[:len(c)], a < b, [1, 2] < [1, 2, 0]


def bubble(n):
    a = [(i * 37 + 11) % n for i in range(n)]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a[:5], a[-5:]


def main():
    a = build(300000)
    sq = stack_queue(1000000)
    sl = slicing(a)
    se = searching(a)
    so = sorting(a)
    co = comprehensions(800000)
    cb = combine(500000)
    bu = bubble(2800)
    print("stack_queue", sq)
    print("slicing", sl)
    print("searching", se)
    print("sorting", so)
    print("comprehensions", co)
    print("combine", cb)
    print("bubble", bu)
    print("checksum", (sq[0] + sq[1] + sq[2] + sl[0] + sl[1] + sl[2] + sum(se) + sum(co) + sum(cb[:4]) + sum(bu[0])) % 1000000007)


main()
