# re: lookahead and lookbehind assertions
import re

print("positive lookahead:", re.findall(r"\w+(?=:)", "key: value other: x"))
print("negative lookahead:", re.findall(r"\b\w+\b(?!:)", "key: value other: x"))
print("positive lookbehind:", re.findall(r"(?<=\$)\d+", "cost $30 and 40 and $5"))
print("negative lookbehind:", re.findall(r"(?<!\$)\b\d+", "cost $30 and 40 and $5"))
print("lookahead zero width:", re.search(r"foo(?=bar)", "foobar").span())
print("password check:", [bool(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", p))
                          for p in ("Passw0rd", "password", "PASSWORD1x", "Sh0rt")])
print("thousands sep:", re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
print("not followed by:", re.sub(r"q(?!u)", "Q", "quiet qat qi"))
print("overlapping:", [m.start() for m in re.finditer(r"(?=ana)", "bananana")])
print("lookbehind fixed alternatives:", re.findall(r"(?<=ab|cd)x", "abx cdx efx"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(?<=ab|c)x")
except re.error as e:
    print("re.error:", e)
print("lookbehind at start:", re.search(r"(?<!a)b", "bab").start())
print("lookbehind with group:", re.search(r"(?<=(a))b", "ab").groups())
print("lookahead with group:", re.search(r"a(?=(b))", "ab").group(0, 1))
print("nested:", re.findall(r"\d(?=\d(?!\d))", "123 45 6"))
print("word not ending in s:", re.findall(r"\b\w+(?<!s)\b", "cats dog birds fish"))
print("between quotes:", re.findall(r"(?<=\")[^\"]*(?=\")", 'say "hi" and "bye"'))
print("sub in lookaround:", re.sub(r"(?<=a)(?=b)", "-", "abab"))
print("lookahead fail then succeed:", re.match(r"(?!abc)\w+", "abd").group())
print("lookahead anchored:", bool(re.fullmatch(r"(?=\w{3}$)a\w+", "abc")), bool(re.fullmatch(r"(?=\w{3}$)a\w+", "abcd")))
print("bytes lookbehind:", re.findall(rb"(?<=x)\d", b"x1y2x3"))
