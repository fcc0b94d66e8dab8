# re: greedy, non-greedy, possessive quantifiers and atomic groups (3.11)
import re

html = "<b>bold</b> and <i>italic</i>"
print("greedy:", re.findall(r"<.*>", html))
print("lazy:", re.findall(r"<.*?>", html))
print("lazy +?:", re.match(r"a+?", "aaa").group(), "greedy +:", re.match(r"a+", "aaa").group())
print("lazy ??:", re.match(r"ab??", "ab").group(), "greedy ?:", re.match(r"ab?", "ab").group())
print("lazy {m,n}?:", re.match(r"a{2,4}?", "aaaa").group(), re.match(r"a{2,4}", "aaaa").group())
print("lazy with anchor:", re.match(r"(.*?)(\d+)$", "abc123").groups())
print("greedy with anchor:", re.match(r"(.*)(\d+)$", "abc123").groups())
print("lazy empty:", re.findall(r"a*?", "aa"))
print("backtracking:", re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups())
print("quoted strings:", re.findall(r'"(.*?)"', 'x "a" y "b c" z'))
print("possessive *+:", re.match(r"a*+a", "aaa"), re.match(r"a*+b", "aaab").group())
print("possessive ++:", re.findall(r"\d++", "12 345"))
print("possessive ?+:", re.match(r"a?+a", "a"))
print("possessive {}+:", re.match(r"a{1,3}+a", "aaa"), re.match(r"a{1,3}+a", "aaaa").group())
print("atomic group:", re.match(r"(?>a+)a", "aaa"), re.match(r"(?>a+)b", "aab").group())
print("atomic alternation:", re.match(r"(?>ab|a)c", "ac").group(), re.match(r"(?>a|ab)c", "abc"))
print("normal alternation backtracks:", re.match(r"(?:a|ab)c", "abc").group())
print("nested quantifiers:", re.match(r"(ab)+", "ababab").group(), re.match(r"(ab)+?", "ababab").group())
print("{0}:", re.match(r"a{0}b", "b").group())
print("exact count lazy:", re.match(r"a{2}?", "aaa").group())
try:
    re.compile(r"a**")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"a{3,2}")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"*a")
except re.error as e:
    print("re.error:", e)
print("large repeat ok:", len(re.match(r"a{1000}", "a" * 1000).group()))
print("catastrophic-safe example:", bool(re.match(r"(?:a|b)*c", "ab" * 50 + "c")))
print("minimal to delimiter:", re.sub(r"\[(.+?)\]", r"<\1>", "[a] and [b]"))
