# re: Match object repr and attributes, expand, Pattern repr
import re

m = re.search(r"(?P<k>\w+)=(?P<v>\d+)", "set x=42;")
print("repr:", repr(m))
print("repr empty:", repr(re.match(r"", "abc")))
print("repr bytes:", repr(re.match(rb"a.", b"ab")))
print("repr long:", repr(re.match(r".*", "x" * 60)))
print("repr quote:", repr(re.match(r".+", "it's")))
print("string:", m.string, "re is pattern:", m.re.pattern)
print("pos/endpos:", m.pos, m.endpos)
p = re.compile(r"\d")
m2 = p.search("a1b2", 2, 4)
print("pos/endpos set:", m2.pos, m2.endpos, m2.group())
print("regs:", m.regs)
print("expand:", m.expand(r"\g<v> <- \g<k> (\1)"))
print("expand newline:", repr(m.expand(r"\2\n")))
print("getitem named:", m["k"], m["v"])
print("iter not supported:", end=" ")
try:
    iter(m)
except TypeError as e:
    print("TypeError:", e)
try:
    len(m)
except TypeError as e:
    print("TypeError:", e)
print("Pattern repr:", repr(re.compile(r"a+b")), repr(re.compile(r"x", re.I | re.M)))
print("Pattern repr bytes:", repr(re.compile(rb"\d")))
print("Pattern repr quote:", repr(re.compile("it's")))
print("pattern attrs:", p.pattern, p.groups, dict(p.groupindex), p.flags)
print("groupindex readonly:", type(re.compile(r"(?P<a>x)").groupindex).__name__)
print("pattern eq:", re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I))
print("pattern hashable:", hash(re.compile("ab")) == hash(re.compile("ab")))
import copy
print("copy match identity:", copy.copy(m) is m, copy.deepcopy(p) is p)
print("match __class_getitem__:", re.Match[str] is not None)
mb = re.match(rb"(a)(b)?", b"a")
print("bytes groups:", mb.groups(), mb.group(1), mb.span(2))
m3 = re.match(r"(a)(b)", "ab")
print("group tuple types:", type(m3.group(1, 2)).__name__, type(m3.group()).__name__)
print("span types:", type(m3.span()).__name__)
class S(str):
    pass
m4 = re.match(r"a", S("abc"))
print("subclass string kept:", type(m4.string).__name__, type(m4.group()).__name__)
