# optparse: help text layout (IndentedHelpFormatter, TitledHelpFormatter),
# usage/version printing, %default, groups, wrapping at $COLUMNS.
import os
os.environ['COLUMNS'] = '80'
import io
import sys
import contextlib
import optparse
from optparse import (OptionParser, OptionGroup, IndentedHelpFormatter,
                      TitledHelpFormatter, SUPPRESS_HELP)


def build(**kw):
    p = OptionParser(**kw)
    p.add_option("-f", "--file", dest="filename", metavar="FILE",
                 help="write the report to FILE instead of the standard output stream, which is the default")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                 help="don't print status messages to stdout")
    p.add_option("-n", type="int", default=7, help="number of things [default: %default]")
    p.add_option("--level", type="choice", choices=["lo", "hi"], help="level (default %default)")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("--a-very-long-option-name-indeed", metavar="SOMETHING_LONG",
                 help="short help")
    p.add_option("--pair", nargs=2, type="float", help="two numbers")
    p.add_option("-x")
    return p


def dump(text):
    # show trailing spaces too
    for line in text.split("\n"):
        print("|" + line + "|")
    print("-" * 20)


p = build(prog="rpt", usage="%prog [options] INPUT...", version="%prog 1.2",
          description="Produce a report from INPUT. This description is long enough that it has to be wrapped by textwrap across several lines of the help output.",
          epilog="See the manual for %prog details; the epilog is wrapped too and it is long enough to need two lines.")
g = OptionGroup(p, "Dangerous Options",
                "Caution: use these options at your own risk.  It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--gamma", metavar="G", default="g0", help="gamma value, default %default")
p.add_option_group(g)
g2 = p.add_option_group("Empty group")
g3 = p.add_option_group("Only description", description="Nothing but words here.")
dump(p.format_help())
dump(p.format_option_help())
dump(p.get_usage())
print(repr(p.get_version()))
dump(g.format_help(p.formatter))

out = io.StringIO()
p.print_help(out)
print(out.getvalue() == p.format_help())
p.print_usage(out)
p.print_version(out)
print(repr(out.getvalue()[-60:]))

# the help/version actions print to stdout and exit 0
for argv in (["--help"], ["-h"], ["--version"], ["--vers"]):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            p.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code, len(buf.getvalue()), repr(buf.getvalue()[:40]))

# Titled formatter, with groups
t = build(formatter=TitledHelpFormatter(), prog="tp", description="Titled.")
tg = t.add_option_group("Extra", "Extra options here.")
tg.add_option("-e", "--extra", help="an extra")
dump(t.format_help())

# other widths and formatter parameters
for cols in ("40", "120", "junk"):
    os.environ["COLUMNS"] = cols
    dump(build(prog="w").format_help())
os.environ["COLUMNS"] = "80"
dump(build(prog="w", formatter=IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60, short_first=0)).format_help())
f = IndentedHelpFormatter()
f.set_short_opt_delimiter("")
f.set_long_opt_delimiter(" ")
dump(build(prog="d", formatter=f).format_help())
for bad in (lambda: f.set_short_opt_delimiter("="), lambda: f.set_long_opt_delimiter("")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
f2 = IndentedHelpFormatter()
f2.default_tag = None
dump(build(prog="nt", formatter=f2).format_help())
print(f.width, f.max_help_position, f.help_position, f.indent_increment, f.short_first)
print(IndentedHelpFormatter(width=30).max_help_position, IndentedHelpFormatter(width=10).max_help_position)
print(TitledHelpFormatter().short_first, TitledHelpFormatter().indent_increment)

# no options at all, no help option, usage suppressed
dump(OptionParser(add_help_option=False, prog="bare").format_help())
dump(OptionParser(usage=optparse.SUPPRESS_USAGE, prog="s").format_help())
e = OptionParser(add_help_option=False, prog="e")
e.add_option_group("Only group").add_option("-o", help="o")
dump(e.format_help())
# version without %prog and prog from argv[0]
saved = sys.argv[0]
sys.argv[0] = "/x/y/tool.py"
v = OptionParser(version="1.0")
dump(v.format_help())
print(v.get_prog_name(), v.get_version(), v.expand_prog_name("a %prog b %prog"))
sys.argv[0] = saved
print(OptionParser().get_version() == "", OptionParser().version)
# description with %prog, usage prefix stripped
u = OptionParser(prog="pp", usage="usage: %prog x", description="%prog does things")
dump(u.format_help())
u.set_usage("USAGE: other")
print(u.usage)
u.set_usage(None)
print(u.usage)
u.set_description("new desc")
print(u.get_description())
# option strings in the help, formatter tables
print(sorted(p.formatter.option_strings[o] for o in p.option_list))
print(p.formatter.help_position, p.formatter.help_width)
# a help text with only whitespace / empty help
w = OptionParser(prog="w")
w.add_option("-a", help="")
dump(w.format_help())
print(optparse.HelpFormatter.NO_DEFAULT_VALUE, optparse.NO_DEFAULT)
print(optparse.make_option is optparse.Option, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE)
print(sorted(optparse.__all__))
