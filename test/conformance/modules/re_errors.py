# re: re.error messages, attributes and other error types
import re

bad = [
    r"(abc",
    r"abc)",
    r"[abc",
    r"a{2,1}",
    r"*",
    r"a++?" ,
    r"(?P<>x)",
    r"(?P<a>x)(?P<a>y)",
    r"\1",
    r"(?z)",
    r"(?<x)",
    r"x\\\\\\",
    "\\",
    r"[\d-z]",
    r"(?#unterminated",
    r"a{1,2",
    r"(?P<n",
    r"(?(x)a|b)",
    r"(?(1)a|b|c)",
    r"\N{NOT A REAL NAME}",
    r"a|*",
    r"(?i",
    r"[b-a]",
]
for pat in bad:
    try:
        re.compile(pat)
        print("%-22r compiled OK" % pat)
    except re.error as e:
        print("%-22r error: %s | msg=%r pos=%r" % (pat, e, e.msg, e.pos))

try:
    re.compile("ab\ncd(")
except re.error as e:
    print("multiline error:", e, "| lineno", e.lineno, "colno", e.colno, "pattern", repr(e.pattern))
print("re.error is Exception:", issubclass(re.error, Exception), re.error.__name__)
print("re.error module:", re.error.__module__)
print("has PatternError (3.13+ only):", hasattr(re, "PatternError"))
try:
    re.compile(5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print("compile of Pattern returns same:", re.compile(re.compile("a")).pattern)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError:", e)
print("\\N named ok:", re.findall(r"\N{LATIN SMALL LETTER E WITH ACUTE}", "café"))
