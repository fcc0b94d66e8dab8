# re: anchors ^ $ \A \Z with and without MULTILINE
import re

text = "first line\nsecond line\nthird\n"
print("^ no M:", re.findall(r"^\w+", text))
print("^ M:", re.findall(r"^\w+", text, re.M))
print("$ no M:", re.findall(r"\w+$", text))
print("$ M:", re.findall(r"\w+$", text, re.M))
print("\\A with M:", re.findall(r"\A\w+", text, re.M))
print("\\Z with M:", re.findall(r"\w+\Z", "a\nb", re.M), re.findall(r"\w+\Z", "a\nb\n", re.M))
print("$ before trailing newline:", bool(re.search(r"b$", "ab\n")), bool(re.search(r"b\Z", "ab\n")))
print("$ not before two newlines:", bool(re.search(r"b$", "ab\n\n")))
print("fullmatch vs $:", bool(re.match(r"ab$", "ab\n")), bool(re.fullmatch(r"ab", "ab\n")))
print("empty string anchors:", bool(re.match(r"^$", "")), bool(re.match(r"\A\Z", "")))
print("^$ M lines:", re.findall(r"^$", "a\n\nb\n", re.M))
print("count empty lines:", len(re.findall(r"^\s*$", "x\n\n  \ny", re.M)))
print("sub line starts:", re.sub(r"(?m)^", "# ", "a\nb"))
print("sub line ends:", repr(re.sub(r"(?m)$", ";", "a\nb\n")))
print("search with ^ at pos:", re.compile(r"^b").search("ab", 1))
print("M ^ at pos after newline:", re.compile(r"^b", re.M).search("a\nb", 2).span())
print("\\A with pos:", re.compile(r"\Aa").search("ba", 1))
print("endpos $:", re.compile(r"a$").search("aab", 0, 2).span())
print("\\b at ends:", [m.span() for m in re.finditer(r"\b", "hi there")])
print("\\b with non-word string:", re.findall(r"\b", "!!"))
print("\\Z vs \\z:", end=" ")
try:
    re.compile(r"a\z")
    print("compiled")
except re.error as e:
    print("re.error:", e)
print("unicode line sep not newline:", re.findall(r"^\w", "a\u2028b", re.M))
print("\\r not newline:", re.findall(r"^\w", "a\rb", re.M))
print("anchored alternation:", re.findall(r"^(?:cat|dog)$", "cat\ndog\ncow", re.M))
