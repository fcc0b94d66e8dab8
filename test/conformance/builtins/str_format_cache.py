# str.format: each format string is parsed once and cached, so every case
# runs twice; a parse error comes after the fields before it are looked up.
class P:
    x = 5
cases = [("{0} {", (1,), {}), ("{5} {", (1,), {}), ("{} {}", (1, 2), {}), ("{0}{1}{0}", ("a", "b"), {}), ("{a.x}", (), {"a": P()}),
         ("{0[1]}", ([4, 5],), {}), ("{:>{w}}", ("r",), {"w": 5}), ("}", (), {}), ("{!z}", (1,), {}), ("{0!r:>5}", ("q",), {}),
         ("{} {0}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0:{1}{2}}", (3.14159, ".", "2f"), {}), ("{{}} {}", (7,), {}),
         ("{0:{{}}}", (1,), {}), ("{0!s:^9}|{1:+d}", ("mid", 4), {}), ("{:,}", (1234567,), {}), ("{0.y}", (P(),), {})]
for f, a, k in cases:
    for _ in range(2):
        try:
            print(repr(f.format(*a, **k)))
        except Exception as e:
            print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
