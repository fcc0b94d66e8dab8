# re: flags IGNORECASE MULTILINE DOTALL VERBOSE ASCII, inline and scoped flags
import re

print("I:", re.findall(r"abc", "ABC abc AbC", re.IGNORECASE))
print("I class:", re.findall(r"[a-c]+", "ABCxabc", re.I))
print("I unicode:", re.match(r"straße", "STRASSE", re.I), bool(re.match(r"é", "É", re.I)))
print("M:", re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE))
print("no M:", re.findall(r"^\w+", "one\ntwo"))
print("M $:", re.findall(r"\w+$", "one\ntwo\n", re.M))
print("S:", re.match(r"a.b", "a\nb", re.DOTALL) is not None, re.match(r"a.b", "a\nb") is not None)
verbose = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-\s]?            # optional separator
    (?P<num>\d{4})    # number
    \ x               # escaped space is literal
    [ ]y              # space in class is literal
""", re.VERBOSE)
print("X:", verbose.match("555-1234 x y").groupdict())
print("X # in class:", re.match(r"[#]a # comment", "#a", re.X).group())
print("A \\w:", re.findall(r"\w+", "naïve café", re.ASCII))
print("unicode \\w:", re.findall(r"\w+", "naïve café"))
print("A \\d:", re.findall(r"\d", "1٣3", re.A), re.findall(r"\d", "1٣3"))
print("combined:", re.findall(r"^a.", "A\nab\nAc", re.I | re.M | re.S))
print("flag values:", int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.L), int(re.U))
print("flag repr:", repr(re.I), repr(re.I | re.M), repr(re.compile("a", re.I).flags))
print("flags attr:", re.compile("a").flags == re.U, re.compile("a", re.I | re.S).flags == re.I | re.S | re.U)
print("bytes flags:", re.compile(b"a").flags)
print("inline (?i):", re.findall(r"(?i)abc", "ABC abc"))
print("inline (?m):", re.findall(r"(?m)^x", "x\nx"))
print("inline (?s):", bool(re.match(r"(?s)a.b", "a\nb")))
print("inline (?x):", bool(re.match(r"(?x) a b c ", "abc")))
print("inline multiple (?im):", re.findall(r"(?im)^a", "A\na"))
print("scoped (?i:...):", re.findall(r"a(?i:b)c", "abc aBc ABC abC"))
print("scoped off (?-i:...):", re.findall(r"(?i)a(?-i:b)c", "abc ABC AbC aBc"))
print("scoped s:", bool(re.match(r"(?s:a.)b", "a\nb")), bool(re.match(r"(?s:a).b", "a\nb")))
print("inline flags in flags attr:", re.compile(r"(?i)x").flags & re.I != 0)
try:
    re.compile(r"a(?i)b")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"x", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(rb"x", re.U)
except ValueError as e:
    print("ValueError:", e)
print("NOFLAG (3.11):", re.NOFLAG == 0, repr(re.NOFLAG))
print("RegexFlag:", type(re.I).__name__, re.I in re.RegexFlag)
print("long names:", re.IGNORECASE is re.I, re.DOTALL is re.S, re.VERBOSE is re.X)
print("sub flags kw:", re.sub(r"a", "x", "aAa", flags=re.I))
print("split flags:", re.split(r"x", "aXbxc", flags=re.I))
