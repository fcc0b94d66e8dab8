# re: match / search / fullmatch and compiled pattern pos/endpos
import re

def show(label, m):
    print(label, "->", None if m is None else (m.group(), m.span()))

show("match at start", re.match(r"\d+", "123abc"))
show("match not at start", re.match(r"\d+", "abc123"))
show("search anywhere", re.search(r"\d+", "abc123def456"))
show("search none", re.search(r"\d+", "abcdef"))
show("fullmatch whole", re.fullmatch(r"\w+", "hello"))
show("fullmatch partial", re.fullmatch(r"\w+", "hello world"))
show("fullmatch alternation", re.fullmatch(r"a|ab", "ab"))
show("match alternation", re.match(r"a|ab", "ab"))
show("empty pattern", re.match(r"", "abc"))
show("empty string search", re.search(r"x*", ""))
show("match vs ^ in search", re.search(r"^b", "ab"))

p = re.compile(r"o+")
show("compiled search", p.search("foo boo"))
show("pos=3", p.search("foo boo", 3))
show("pos and endpos", p.search("foo boooo", 5, 7))
show("match with pos", p.match("foo", 1))
show("match with pos 0", p.match("foo", 0))
show("^ with pos", re.compile(r"^o").search("foo", 1))
show("fullmatch endpos", re.compile(r"fo").fullmatch("foo", 0, 2))
show("negative pos", p.search("oo", -5))
show("endpos beyond", p.search("oo", 0, 100))

print("bool of match:", bool(re.match("a", "a")), re.match("b", "a") is None)
if m := re.search(r"(\d+)-(\d+)", "range 10-20 end"):
    print("walrus:", m.group(1), m.group(2), int(m[2]) - int(m[1]))
print("bytes pattern:", re.search(rb"\d+", b"ab42").group())
try:
    re.search(r"\d", b"123")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(rb"\d", "123")
except TypeError as e:
    print("TypeError:", e)
print("unicode:", re.search(r"é+", "caféé!").group(), re.search(r"\w+", "日本語 text").group())
print("dot not newline:", re.match(r".+", "ab\ncd").group())
print("match object type:", type(re.match("a", "a")).__name__, type(p).__name__)
print("re.Match/re.Pattern:", isinstance(re.match("a", "a"), re.Match), isinstance(p, re.Pattern))
