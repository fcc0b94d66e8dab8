# list and tuple repetition: counts, empty and one-item sequences, in place
# (iterators see the new items), shared references
for k in (-1, 0, 1, 2, 3, 5, 7, 8, 9, 100):
    for s in ([], [1], [1, 2], [None, "a", 3.5]):
        r = s * k
        t = tuple(s) * k
        u = list(s); u *= k
        v = k * s
        assert r == u == v == list(t), (s, k)
        print(k, len(r), r[:7])
a = [1, 2]
it = iter(a)
a *= 3
print(list(it), a)
x = [[]] * 3
x[0].append(1)
print(x)
