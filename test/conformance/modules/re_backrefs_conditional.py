# re: backreferences in patterns and conditional groups
import re

print("doubled words:", re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
print("named backref:", re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"yo\"").group())
print("numeric backref:", bool(re.match(r"(a)(b)\2\1", "abba")), bool(re.match(r"(a)(b)\2\1", "abab")))
print("backref case-insensitive:", bool(re.match(r"(a)\1", "aA", re.I)))
print("palindrome 5:", [w for w in ["level", "hello", "radar", "abcba"] if re.fullmatch(r"(\w)(\w)\w\2\1", w)])
print("repeated char:", re.findall(r"((\w)\2+)", "aabcccdeeee"))
print("backref to unmatched group fails:", re.match(r"(a)?b\1", "b"))
print("conditional by number:", [bool(re.fullmatch(r"(<)?\w+(?(1)>)", s)) for s in ("<a>", "a", "<a", "a>")])
print("conditional by name:", [bool(re.fullmatch(r"(?P<p>\()?\d+(?(p)\))", s)) for s in ("(1)", "2", "(3", "4)")])
print("conditional with else:", [re.fullmatch(r"(a)?(?(1)b|c)", s) is not None for s in ("ab", "c", "ac", "b")])
print("email-ish conditional:", re.match(r"(<)?(\w+@\w+\.com)(?(1)>|$)", "<u@e.com>").group(2))
try:
    re.compile(r"(a)\2")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(?P=nope)")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(?(2)a|b)")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(?P<n>a)(?P<n>b)")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"(?P<1n>a)")
except re.error as e:
    print("re.error:", e)
print("backref in lookahead:", re.findall(r"(\w)(?=\1)", "aabbc"))
print("\\g in pattern not allowed:", end=" ")
try:
    re.compile(r"(a)\g<1>")
    print("compiled")
except re.error as e:
    print("re.error:", e)
print("html tag pair:", re.findall(r"<(\w+)>.*?</\1>", "<b>x</b><i>y</b></i>"))
print("sub with pattern backref:", re.sub(r"(\w)\1", r"<\1\1>", "aabbcd"))
print("group reference 10+:", bool(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj")))
