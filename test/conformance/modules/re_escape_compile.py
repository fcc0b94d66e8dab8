# re.escape, compile reuse, purge, template-like uses
import re

samples = ["a.b", "1+1=2", "(x)", "[y]", "{z}", "a|b", "^$", "back\\slash", "tab\t", "new\nline",
           "spaces here", "under_score", "dash-ed", "hash#", "amp&", "tilde~", "quote'\"", "é", "", "%!@:,<>=/"]
for s in samples:
    esc = re.escape(s)
    ok = re.fullmatch(esc, s) is not None
    print("%-18r -> %-24r roundtrip=%s" % (s, esc, ok))
print("escape bytes:", re.escape(b"a.b*c"))
words = ["c++", "c#", "f.net"]
alt = re.compile("|".join(map(re.escape, words)))
print("alternation of escaped:", alt.findall("i like c++ and c# not f.net or fxnet"))
print("sorted longest first:", re.findall("|".join(map(re.escape, sorted(["a", "ab", "abc"], key=len, reverse=True))), "abcab"))
p1 = re.compile(r"\d+")
p2 = re.compile(r"\d+")
print("compile equal patterns:", p1 == p2, p1.pattern == p2.pattern)
re.purge()
print("purge returns None:", re.purge())
print("module funcs accept Pattern:", re.findall(p1, "a1b22"), re.sub(p1, "#", "a1b22"))
try:
    re.findall(p1, "a1", re.I)
except ValueError as e:
    print("ValueError:", e)
print("template-like:", re.compile(r"(?P<a>\w)").sub(r"[\g<a>]", "ab"))
print("scanner via finditer:", [m.group() for m in re.compile(r"\s*(\d+|[+*()-])").finditer("1 + (22*3)")])
print("fullmatch with escaped user input:", bool(re.fullmatch(re.escape("a.b") + r"\d", "a.b1")), bool(re.fullmatch("a.b" + r"\d", "axb1")))
print("copy of pattern:", __import__("copy").copy(p1) is p1)
print("Pattern.scanner exists:", hasattr(p1, "scanner"))
sc = re.compile(r"[a-z]+|\d+").scanner("ab12cd")
print("scanner.match:", [m.group() for m in iter(sc.match, None)])
print("re.compile of flags only:", re.compile("", re.I).flags & re.I)
