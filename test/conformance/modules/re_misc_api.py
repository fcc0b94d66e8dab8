# re: argument handling, errors and less common API corners
import re

print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', -5), re.split('a', 'bab', True))
for bad in [lambda: re.sub('a', 'b', 'aaa', 1.5), lambda: re.split('a', 'bab', 1.5), lambda: re.compile('a').match('a', 1.5),
            lambda: re.compile('a', 'x'), lambda: re.compile(bytearray(b'a')), lambda: re.sub('a', 5, 'a'),
            lambda: re.sub('a', lambda m: 5, 'a'), lambda: re.compile('a').search('ba', 10**30),
            lambda: re.match('(a)', 'a').expand(5), lambda: re.sub(b'x', 'y', b'axc'), lambda: re.sub('x', b'y', 'axc')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub(b'x', 'y', b'abc'), re.compile('a').match('ba', True), re.compile('a').search('ba', 10**18))
print(re.sub('a', lambda m: None, 'bab'), re.compile('a').match(string='a', pos=0, endpos=1))
m = re.match('(a)(b)?', 'a')
print(m.expand(r'\1-\2-\g<0>'), m.span(True), m.groups("d"), m.regs)
for bad in [r'\3', r'\g<3>', r'\g<x>', r'\g<-1>', r'\777', r'\z']:
    try:
        print(m.expand(bad))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.compile(r'(?P<x>a)').sub(r'\g<x>\g<0>\g<1>\g<01>', 'a'), re.sub(r'(a)', r'\0\07\101\n\\', 'a'))
print(re.findall(b'a', bytearray(b'aba')), re.match(b'a', memoryview(b'ab')).group(), re.sub(b'x', b'y', memoryview(b'axb')))
print(repr(re.compile('(?i)a')), repr(re.compile('a', re.U)), repr(re.compile(b'a', re.L)), repr(re.compile('x' * 210))[-12:])
print(re.compile('a') != re.compile('a'), re.compile('a') == 'a', re.compile('a') is re.compile('a'))
s = re.Scanner([(r"\d+", lambda sc, t: ("NUM", int(t))), (r"[a-z]+", lambda sc, t: ("ID", t)), (r"\s+", None),
                (r"(\+)|(-)", lambda sc, t: ("OP", t))])
print(s.scan("abc 12 + x - 5 ?"))
print(re.I | 1 << 12, re.RegexFlag(0), re.RegexFlag(2), list(re.I | re.M), re.M in re.I | re.M, ~re.I)
print(f"{re.I}", "%s %d" % (re.I, re.I), format(re.M, "d"), str(re.A), hash(re.I) == 2, re.I == 2, re.I + 1, type(re.I & 2).__name__)
print(re.compile("(?a)\\w").flags, re.compile(b"(?L)\\w").flags, re.compile("(?u)x").flags, re.compile("(?x) a").flags)
print(re.error("msg"), re.error("msg", "pat", 2), re.error("m", "a\nb", 2).lineno, re.error("m").pos)
e = re.error("m", b"a\nbc", 3)
print(e, e.lineno, e.colno, e.pos, e.pattern, e.args)
print(re.purge(), re.escape("a-b c\t\n#&~"), re.escape(""), re.escape("é😀"))
print(re.compile(r"\w+").fullmatch("abc def", 4).span(), re.compile(r"(?s).+", re.M).search("a\nb").group())
