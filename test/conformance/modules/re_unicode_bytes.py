# re: Unicode case folding and classes, astral characters, bytes patterns
import re

for pat, s in [("i", "ıIİi"), ("I", "ıIİi"), ("s", "ſSs"), ("k", "kKK"), ("µ", "µμΜ"), ("σ", "ςσΣ"),
               ("ß", "ßẞSS"), ("[a-z]+", "İſK"), ("[^a-z]", "İıſKx1"), ("[ǅ]", "ǄǅǆDž"), ("é", "ÉéE")]:
    print("%-8r %-8r" % (pat, s), re.findall(pat, s, re.I), re.findall(pat, s, re.I | re.A))
print(re.findall(r"\w+", "naïve café 日本 ١٢٣ x_y", re.U), re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"\d", "1٣۳߃६"), re.findall(r"\s", " \t\x1c\x85\xa0\u2028\u3000\ufeff"))
print(re.findall(r"\b\w", "ab-cd éf"), re.findall(r"(?a)\b\w", "ab-cd éf"))
s = "a😀b𝐀c😀"
print(re.findall(r".", s), re.search(r"😀+", s).span(), [m.span() for m in re.finditer(r"😀", s)])
print(re.sub(r"[😀-😂]", "<>", s), re.split(r"(😀)", s), len(re.match(r".*", s).group()))
print(re.match(r"(.)(.)(.)", "😀é😀").groups(), re.findall(r"[^a]", "😀a😀"), re.fullmatch(r"\W\w\W", "😀a😀"))
print(re.compile(r"b").search(s, 2).span(), re.compile(r".").findall(s, 1, 4))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve_1"), re.findall(rb"(?i)\xe9", b"\xc9\xe9"), re.findall(rb"[a-z]+", b"ABC", re.I))
print(re.findall(rb"(?L)\w+", b"ab\xe9"), re.sub(rb"\s+", b" ", b"a \t\x85b\xa0c"))
print(re.match(rb"(a)(?P<x>b)", b"ab").groupdict(), re.escape(b"\x00a.\xff"), re.split(rb",", bytearray(b"a,b")))
print(re.sub(rb"(\w)", rb"[\1]", b"ab"), re.subn(rb"x", lambda m: m.group() * 2, b"axx"))
for p, flags in [(r"\u00e9", 0), (r"\U0001F600", 0), (r"\x41", 0), (r"\101", 0), (r"[\u00e0-\u00ff]+", re.I)]:
    print(p, re.findall(p, "éÉ😀AÀ", flags))
try:
    re.compile(rb"\u00e9")
except re.error as e:
    print("bytes \\u:", e)
try:
    re.compile(rb"(?P<\xe9>a)")
except re.error as e:
    print("bytes group name:", e)
print(re.compile("(?P<ñame>a)").groupindex, re.match("(?P<ñame>a)", "a").group("ñame"))
