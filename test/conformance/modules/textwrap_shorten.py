# textwrap: shorten and TextWrapper details
import textwrap

s = "Hello  world! This is a fairly long sentence."
for width in (5, 10, 11, 12, 15, 20, 30, 50):
    print("shorten(%d): %r" % (width, textwrap.shorten(s, width)))
print("custom placeholder:", textwrap.shorten(s, 20, placeholder="..."))
print("whitespace collapsed:", textwrap.shorten("a   b\n\tc", 80))
print("fits exactly:", textwrap.shorten("abc def", 7))
try:
    textwrap.shorten("long text here", 3, placeholder=" [...]")
except ValueError as e:
    print("ValueError:", e)
print("single long word:", repr(textwrap.shorten("Supercalifragilistic", 10)))
print("break_long_words kw:", textwrap.shorten("a verylongword", 10, break_long_words=True))
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder="~")
print("max_lines wrapper:", w.wrap("alpha beta gamma delta epsilon"))
print("attrs:", w.width, w.max_lines, repr(w.placeholder), w.expand_tabs, w.tabsize, w.break_long_words)
w2 = textwrap.TextWrapper()
print("defaults:", w2.width, repr(w2.initial_indent), w2.fix_sentence_endings, w2.break_on_hyphens, w2.drop_whitespace)
table = [("name", "description"), ("wrap", "Wraps the single paragraph in text so every line is at most width characters long."),
         ("fill", "Wraps and joins into a single string.")]
for name, desc in table:
    lines = textwrap.wrap(desc, 30)
    print("%-6s %s" % (name, lines[0]))
    for l in lines[1:]:
        print("%-6s %s" % ("", l))
print("shorten strips edges:", repr(textwrap.shorten("   padded text   ", 40)))
print("shorten tabs/newlines:", textwrap.shorten("a\tb\nc d", 7))
print("shorten width equals length:", textwrap.shorten("abcdef ghi", 10))
print("placeholder only fits:", textwrap.shorten("word another", 6, placeholder="..."))
ww = textwrap.TextWrapper(width=10, expand_tabs=False, replace_whitespace=False)
print("no expand tabs:", ww.wrap("a\tb c"))
print("wrap(0 width words):", textwrap.wrap("x y z", 1))
