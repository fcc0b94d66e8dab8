# re.sub with strings: backreferences, \g<>, count, escapes
import re

print("simple:", re.sub(r"\s+", " ", "a   b \t\n c"))
print("backref \\1:", re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host and me@there"))
print("swap:", re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print("\\g<name>:", re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-05"))
print("\\g<0>:", re.sub(r"\d+", r"[\g<0>]", "a1b22"))
print("\\g<1> then digit:", re.sub(r"(a)", r"\g<1>0", "aa"))
print("count=1:", re.sub(r"a", "A", "banana", count=1))
print("count=2 positional:", re.sub(r"a", "A", "banana", 2))
print("count=0 all:", re.sub(r"a", "A", "banana", count=0))
print("escape in repl \\n:", repr(re.sub(r",", r"\n", "a,b")))
print("literal backslash:", re.sub(r"/", r"\\", "a/b/c"))
print("unmatched group -> empty:", re.sub(r"(a)|b", r"[\1]", "ab"))
print("empty pattern:", re.sub(r"", "-", "abc"))
print("anchors:", re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print("case-insensitive:", re.sub(r"cat", "dog", "Cat CAT cat", flags=re.I))
print("compiled sub:", re.compile(r"\d").sub("#", "a1b2c3", 2))
print("bytes:", re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print("subn:", re.subn(r"o", "0", "foo boo"))
print("subn count:", re.subn(r"o", "0", "foo boo", count=3))
print("subn none:", re.subn(r"x", "y", "abc"))
print("tab/unicode escape repl:", repr(re.sub("x", r"\t", "axb")))
for bad_repl in (r"\2", r"\g<nope>", r"\g<1", "\\"):
    try:
        re.sub(r"(a)", bad_repl, "a")
    except (re.error, IndexError) as e:
        print("bad repl %r: %s: %s" % (bad_repl, type(e).__name__, e))
try:
    re.sub(r"a", r"\q", "a")
except re.error as e:
    print("unknown escape:", e)
print("repl with $:", re.sub(r"x", "$1", "x"))
print("str with percent:", re.sub(r"x", "%s", "x"))
print("group 10 vs 1+0:", re.sub("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", r"\10", "abcdefghij"))
