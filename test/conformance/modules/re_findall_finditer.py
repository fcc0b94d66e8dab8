# re: findall / finditer shapes and empty matches
import re

text = "a1 b22 c333 d"
print("findall no groups:", re.findall(r"\d+", text))
print("findall one group:", re.findall(r"([a-z])\d+", text))
print("findall two groups:", re.findall(r"([a-z])(\d+)", text))
print("findall optional group:", re.findall(r"([a-z])(\d*)", text))
print("findall nested groups:", re.findall(r"(([a-z])\d)", text))
print("findall non-capturing:", re.findall(r"(?:[a-z])\d", text))
print("findall none:", re.findall(r"x", text))
print("findall empty matches:", re.findall(r"\d*", "a12b"))
print("findall x*:", re.findall(r"x*", "axxb"))
print("findall overlapping no:", re.findall(r"aa", "aaaa"))
print("findall overlapping via lookahead:", re.findall(r"(?=(aa))", "aaaa"))
print("findall words:", re.findall(r"\b\w+\b", "It's a dog-eat-dog world."))
print("findall unmatched group -> '':", re.findall(r"(a)|(b)", "ab"))
print("findall with pos:", re.compile(r"\d").findall("1a2b3", 1, 4))
print("findall bytes:", re.findall(rb"[a-z]+", b"ab 12 cd"))

for m in re.finditer(r"(?P<w>[a-z])(?P<n>\d*)", text):
    print("  finditer:", m.span(), m.group("w"), repr(m.group("n")))
print("finditer empty:", [(m.start(), m.group()) for m in re.finditer(r"b*", "abbc")])
it = re.finditer(r"\d", "1 2")
print("finditer is iterator:", iter(it) is it, next(it).group(), next(it).group())
try:
    next(it)
except StopIteration:
    print("finditer exhausted")
print("finditer count:", sum(1 for _ in re.finditer(r"o", "foo boo zoo")))
print("finditer compiled pos/endpos:", [m.group() for m in re.compile(r"\w").finditer("abcdef", 2, 5)])
print("empty after match (3.7+):", re.findall(r"\b|:+", "a::bc"))
print("sub empty matches:", re.sub(r"x*", "-", "abxd"))
print("dollar empty:", re.findall(r"$", "a\nb\n"), re.findall(r"$", "a\nb\n", re.M))
