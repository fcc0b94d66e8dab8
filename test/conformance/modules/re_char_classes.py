# re: character classes, escapes, word boundaries
import re

s = "Tab\there, num 42, under_score, dash-ed.\nEnd_9 ünï"
print("\\d:", re.findall(r"\d", s))
print("\\D+:", re.findall(r"\D+", "a1bc22d")[:3])
print("\\w+:", re.findall(r"\w+", s))
print("\\W+:", re.findall(r"\W+", "a, b.c"))
print("\\s:", re.findall(r"\s", s))
print("\\S+ count:", len(re.findall(r"\S+", s)))
print("\\b words:", re.findall(r"\b\w", "one two-three"))
print("\\B:", re.findall(r"\Bo\B", "foo boot obo"))
print("range:", re.findall(r"[a-f0-3]+", "face 1234 zebra"))
print("negated:", re.findall(r"[^aeiou\s]+", "hello world"))
print("literal ] and -:", re.findall(r"[]a-]", "a]b-c"), re.findall(r"[a\-z]", "a-bz"))
print("caret not first:", re.findall(r"[a^]", "^a^b"))
print("escapes in class:", re.findall(r"[\d.]+", "v1.2.3 x"), re.findall(r"[\s,]+", "a, b"))
print("dot in class literal:", re.findall(r"[.]", "a.b.c"))
print("\\n \\t escapes:", re.findall(r"\t|\n", s))
print("hex/unicode escapes:", re.findall(r"\x41|\u00fc|\U0001F600", "AüB😀"))
print("octal escape:", re.findall(r"\101", "ABA"))
print("unicode classes:", re.findall(r"[α-ω]+", "abc αβγ xyz ω"))
print("case-insens range:", re.findall(r"[a-c]+", "ABCabc", re.I))
print("quantifiers:", re.findall(r"\d{2,3}", "1 12 123 1234 12345"))
print("{n}:", re.findall(r"a{3}", "aaaaaaa"), "{,2}:", re.findall(r"a{,2}", "aaa"))
print("literal brace:", re.findall(r"a{x}", "a{x}"), re.findall(r"{", "{}"))
print("?:", re.findall(r"colou?r", "color colour colouur"))
print("special chars escaped:", re.findall(r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", r"x.*+?()[]{}|^$\y"))
print("posix-like not supported literally:", re.findall(r"[[:alpha:]]", "a:["))
print("\\w includes digits/underscore:", re.fullmatch(r"\w+", "a_1") is not None)
print("\\d unicode digits:", re.findall(r"\d+", "x٤٥y"))
print("\\s unicode:", len(re.findall(r"\s", "\u00a0\u2003\u3000 \x1c")))
for bad in (r"[a", r"[z-a]", r"\p{L}"):
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error %r: %s" % (bad, e))
