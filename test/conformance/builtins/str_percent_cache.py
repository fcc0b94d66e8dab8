# %-formatting: each format is parsed once and cached, so every case runs
# twice; errors must come at the same point as in CPython (after the '*'
# arguments before them are taken).
cases = [("%d %s", (1, "a")), ("%5d|%-5d|%05d", (3, 4, 5)), ("%*d|%-*d", (4, 7, 3, 8)), ("%.*f", (2, 3.14159)),
 ("%(a)s-%(b)d", {"a": "x", "b": 2}), ("%%d %d", (9,)), ("%", ()), ("%*", (5,)), ("%*", ("x",)), ("%(a", {}),
 ("%d %d", (1,)), ("%d", (1, 2)), ("%z", (1,)), ("%5%", ()), ("%c%c", (65, "b")), ("%r %a", ("é", "é")),
 ("%x %X %o %#x %#o", (255, 255, 8, 255, 8)), ("%+d % d", (5, 5)), ("%.3s", ("abcdef",)), ("%e %g %G", (12345.678, 0.0001, 1e20)),
 ("%s", ([1, 2],)), ("%d", ("x",)), ("%f", ("x",)), ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%d", (True,)), ("%s", (None,)),
 ("%-*d|", (-6, 1)), ("%i %u", (3, 4)), ("%.2f%%", (99.5,)), ("%s", "str"), ("%s %s", "ab"), ("%d", 2**70), ("%x", -255)]
for f, v in cases:
    for _ in range(2):
        try:
            r = f % v
            print(repr(r))
        except Exception as e:
            print(type(e).__name__, e)
print(b"%s %d %b %c" % (b"x", 3, b"y", 65))
try:
    b"%z" % (1,)
except ValueError as e:
    print(e)
try:
    "%b" % (1,)
except ValueError as e:
    print(e)
fmt = "".join("%d" for _ in range(3))
print(fmt % (1, 2, 3))
for i in range(600):
    s = ("%d-" + str(i)) % i
print(s)
