# re: groups, group(), groupdict, span/start/end, lastindex/lastgroup
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (\d+))?", "Jane Doe 42 extra")
print("group():", m.group(), "| group(0):", m.group(0))
print("group(1,2):", m.group(1, 2), "by name:", m.group("first", "last"))
print("groups():", m.groups())
print("groupdict():", m.groupdict())
print("__getitem__:", m[0], m[1], m["last"], m[3])
print("span/start/end:", m.span(), m.span(1), m.start(2), m.end(2), m.span("last"), m.start(3))
print("lastindex/lastgroup:", m.lastindex, m.lastgroup)

m2 = re.match(r"(a)(b)?(c)?", "a")
print("unmatched groups:", m2.groups(), m2.groups("-"), m2.group(2))
print("unmatched span:", m2.span(2), m2.start(3), m2.end(3))
print("lastindex partial:", m2.lastindex, m2.lastgroup)
m3 = re.match(r"(?P<x>a)(?P<y>b)?", "a")
print("groupdict default:", m3.groupdict(), m3.groupdict("N/A"))
print("lastgroup named:", m3.lastgroup)

m4 = re.match(r"((a)(b))", "ab")
print("nested groups:", m4.groups(), m4.lastindex)
m5 = re.match(r"(a)|(b)", "b")
print("alternation groups:", m5.groups(), m5.lastindex)
m6 = re.match(r"(a|b)*", "abab")
print("repeated group keeps last:", m6.group(1), m6.span(1))
m7 = re.match(r"(?:x)(y)", "xy")
print("non-capturing:", m7.groups(), m7.re.groups)
print("no groups:", re.match(r"abc", "abc").groups(), re.match("abc", "abc").lastindex)

for bad in (5, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError(%r): %s" % (bad, e))
try:
    m.span(9)
except IndexError as e:
    print("span IndexError:", e)

p = re.compile(r"(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?")
print("groupindex:", dict(p.groupindex), "groups:", p.groups)
for s in ["2024-05-17", "1999-12", "x2001-01"]:
    m = p.search(s)
    print(" ", s, m.groupdict(), m.lastgroup, m.lastindex)
print("mixed named/numbered:", re.match(r"(a)(?P<n>b)(c)", "abc").groups(), re.match(r"(a)(?P<n>b)(c)", "abc").group(2))
print("group count 100:", re.match("(a)" * 100, "a" * 100).lastindex)
