# textwrap: dedent and indent
import textwrap

s = """\
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print("mixed tabs/spaces no common:", repr(textwrap.dedent("\tx\n    y")))
print("common tab:", repr(textwrap.dedent("\tx\n\t\ty")))
print("blank lines ignored:", repr(textwrap.dedent("   a\n\n   b\n")))
print("whitespace-only lines normalized:", repr(textwrap.dedent("  a\n      \n  b")))
print("no indent:", repr(textwrap.dedent("a\n  b")))
print("empty:", repr(textwrap.dedent("")))
print("single line:", repr(textwrap.dedent("     only")))
print("windows newlines kept:", repr(textwrap.dedent("  a\r\n  b\r\n")))

print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print("custom predicate:", repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
print("predicate odd lines:", repr(textwrap.indent("1\n2\n3\n", "#", lambda l: int(l) % 2 == 1)))
print("whitespace-only not indented:", repr(textwrap.indent("a\n   \nb", "  ")))
print("no trailing newline:", repr(textwrap.indent("x", "--")))
print("crlf:", repr(textwrap.indent("a\r\nb", ">")))
print("roundtrip:", textwrap.dedent(textwrap.indent("x\n  y\n", "    ")) == "x\n  y\n")
code = textwrap.dedent("""
    for i in range(3):
        total = i * 2
    result = total
""")
ns = {}
exec(code, ns)
print("exec dedented:", ns["result"])
