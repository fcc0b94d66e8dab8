# s[i] of str: code points, not UTF-16 units, with astral characters before,
# at and after the index; negative indices; errors.
cases = ["abc", "", "a\U0001F600b", "\U0001F600xyz", "xyz\U0001F600", "\U0001F600" * 3, "é\u00ffß", "a" * 40 + "\U0001F600" + "b" * 5]
for s in cases:
    out = []
    for i in list(range(-10, 10)) + [39, 40, 41, 45, 46, 47]:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append("E")
    print(len(s), out)
words = "alpha Beta gamma Delta \U0001F600moji".split()
print([w[0].isupper() for w in words], [w[-1] for w in words], [w[1] for w in words])
try:
    "abc"[True]
except IndexError:
    pass
print("abc"[True], "abc"[False])
