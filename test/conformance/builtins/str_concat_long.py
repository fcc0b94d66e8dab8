# Strings grown by += and by prepending past many powers of two (pys
# flattens them at each one), with astral and non-ASCII pieces; the
# results are checked through len, slices, find and hash-independent sums.
pieces = ["ab", "\u00e9", "\U0001f600", "xyz ", "\u4e2d\u6587", ""]
s = ""
p = ""
for i in range(20000):
    w = pieces[i % len(pieces)]
    s += w
    s += str(i % 10)
    p = w + p
    if i in (500, 1023, 4096, 16383):
        print(i, len(s), len(p), s[-7:], p[:5], s.count("\U0001f600"))
print(len(s), len(p), s[:12], s[-12:], p[-12:])
print(sum(map(ord, s)) % 1000003, sum(map(ord, p)) % 1000003)
print(s.find("9ab0"), s.rfind("\u00e9"), p.find("\U0001f600\U0001f600"))
t = s
t += "!"
print(len(t), len(s), t[-2:], s == t[:-1], t.endswith("!"))
both = s + p
print(len(both), both[len(s) - 3:len(s) + 3])
