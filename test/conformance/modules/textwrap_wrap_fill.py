# textwrap: wrap and fill with various widths and options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump.")
for width in (10, 20, 35, 70):
    print("width=%d:" % width)
    for line in textwrap.wrap(text, width):
        print("  |%s|" % line)
print("fill 30:")
print(textwrap.fill(text, 30))
print("initial/subsequent indent:")
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print("long word broken:", textwrap.wrap("a" * 25, 10))
print("long word not broken:", textwrap.wrap("short " + "b" * 15 + " end", 10, break_long_words=False))
print("hyphens:", textwrap.wrap("well-known state-of-the-art thing", 12))
print("no hyphen break:", textwrap.wrap("well-known state-of-the-art thing", 12, break_on_hyphens=False))
print("whitespace replaced not collapsed:", textwrap.wrap("a\tb\n\nc   d", 80))
print("expand_tabs:", textwrap.wrap("x\ty", 80, tabsize=4))
print("replace_whitespace False:", textwrap.wrap("a\nb c", 80, replace_whitespace=False))
print("drop_whitespace False:", textwrap.wrap("  hello   world  ", 7, drop_whitespace=False))
print("empty:", textwrap.wrap(""), textwrap.wrap("   "), repr(textwrap.fill("")))
print("fix_sentence_endings:", textwrap.fill("End. Next sentence! Another? Yes.", 80, fix_sentence_endings=True))
print("max_lines:", textwrap.wrap(text, 20, max_lines=3))
print("max_lines placeholder:", textwrap.wrap(text, 20, max_lines=2, placeholder=" [more]"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print("TextWrapper:", w.wrap("one two three four five six"))
w.width = 25
print("TextWrapper width change:", w.fill("one two three four five six"))
print("unicode:", textwrap.wrap("héllo wörld ünïcode", 8))
print("exact fit:", textwrap.wrap("abcde fghij", 5), textwrap.wrap("abcde fghij", 11))
