# optparse: command-line errors (usage + "prog: error: msg", exit 2) and
# the exceptions raised for badly built options.
import os
os.environ['COLUMNS'] = '80'
import io
import contextlib
import optparse
from optparse import OptionParser


def attempt(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            opts, rest = parser.parse_args(argv)
        print("ok", sorted(vars(opts).items()), rest)
    except SystemExit as e:
        print("exit", repr(e.code))
        print("stdout:", repr(out.getvalue()))
        print("stderr:", repr(err.getvalue()))


p = OptionParser(prog="tool", usage="%prog [opts] file")
p.add_option("-n", "--number", type="int")
p.add_option("-x", "--ratio", type="float")
p.add_option("-z", "--cplx", type="complex")
p.add_option("--mode", type="choice", choices=("fast", "slow"))
p.add_option("--verbose", action="store_true")
p.add_option("--version-info", action="store_true")
p.add_option("--pair", type="int", nargs=2)
p.add_option("-p", type="string", nargs=3)

attempt(p, ["--bogus"])
attempt(p, ["-q"])
attempt(p, ["-nq"])
attempt(p, ["-n"])
attempt(p, ["--number"])
attempt(p, ["-n", "abc"])
attempt(p, ["-n", "0x"])
attempt(p, ["-n", "09"])
attempt(p, ["-n", "1.5"])
attempt(p, ["-x", "nan"])
attempt(p, ["-x", "one"])
attempt(p, ["-z", "1+"])
attempt(p, ["--mode", "medium"])
attempt(p, ["--mode=fast", "--mo", "slow"])
attempt(p, ["--ver"])
attempt(p, ["--verbose=yes"])
attempt(p, ["--pair", "1"])
attempt(p, ["--pair", "1", "b"])
attempt(p, ["-p", "a", "b"])
attempt(p, ["-pab", "c", "d"])
attempt(p, ["--", "--bogus"])

# prog defaults to basename(sys.argv[0]); SUPPRESS_USAGE drops the usage
import sys
saved = sys.argv[0]
sys.argv[0] = "/some/dir/myscript.py"
q = OptionParser(usage=optparse.SUPPRESS_USAGE)
attempt(q, ["--nope"])
q2 = OptionParser(usage="Usage: %prog ARGS")
print(q2.usage, q2.get_usage(), end="")
attempt(q2, ["-Z"])
sys.argv[0] = saved

# error() and exit() directly
e = io.StringIO()
try:
    with contextlib.redirect_stderr(e):
        p.error("custom trouble")
except SystemExit as ex:
    print("exit", ex.code, repr(e.getvalue()))
try:
    with contextlib.redirect_stderr(e):
        p.exit(5, "bye\n")
except SystemExit as ex:
    print("exit", ex.code, repr(e.getvalue()))
try:
    p.exit()
except SystemExit as ex:
    print("exit", ex.code)

# an error() that raises instead of exiting
class Raising(OptionParser):
    def error(self, msg):
        raise ValueError(msg)

r = Raising()
r.add_option("-n", type="int")
for argv in (["-n", "x"], ["--zz"], ["-n"]):
    try:
        r.parse_args(argv)
    except ValueError as exc:
        print("ValueError:", exc)

# exception classes
print(str(optparse.BadOptionError("--foo")))
amb = optparse.AmbiguousOptionError("--f", ["--foo", "--far"])
print(str(amb), amb.possibilities, amb.opt_str)
print(str(optparse.OptionValueError("bad value")))
oe = optparse.OptionError("something", optparse.Option("-a", "--aa"))
print(str(oe), oe.option_id, oe.msg)
print(str(optparse.OptionError("plain", "")))
print(issubclass(optparse.OptionConflictError, optparse.OptionError),
      issubclass(optparse.AmbiguousOptionError, optparse.BadOptionError),
      issubclass(optparse.OptionError, optparse.OptParseError),
      issubclass(optparse.OptParseError, Exception))

# bad Option construction
def build(*a, **kw):
    try:
        optparse.Option(*a, **kw)
        print("built")
    except (optparse.OptionError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)

build()
build(None, "")
build("x")
build("-a", "b")
build("--")
build("-ab")
build("a-")
build("---x")
build("-a", "--b", foo=1, bar=2)
build("-a", action="jump")
build("-a", type="bogus")
build("-a", type=list)
build("-a", action="store_true", type="int")
build("-a", type="choice")
build("-a", type="choice", choices="abc")
build("-a", type="choice", choices={"a": 1})
build("-a", type="int", choices=["1"])
build("-a", action="store", const=1)
build("-a", action="store_true", nargs=2)
build("-a", action="callback")
build("-a", action="callback", callback=len, callback_args=[1])
build("-a", action="callback", callback=len, callback_kwargs=[1])
build("-a", callback=len)
build("-a", callback_args=(1,))
build("-a", callback_kwargs={})
build("-a", action="count", type="int")
build("--aaa", action="callback", callback=len, type="int", nargs=2)

# conflicts
c = OptionParser()
c.add_option("-a", "--all")
try:
    c.add_option("-a", "--all", "-b")
except optparse.OptionConflictError as exc:
    print("OptionConflictError:", exc)
try:
    c.add_option("-h")
except optparse.OptionConflictError as exc:
    print("OptionConflictError:", exc)
try:
    OptionParser(conflict_handler="ignore")
except ValueError as exc:
    print("ValueError:", exc)
rs = OptionParser(conflict_handler="resolve", add_help_option=False)
first = rs.add_option("-a", "--all", action="store_true")
second = rs.add_option("-b", "--all", action="store_true", dest="second")
print(first._short_opts, first._long_opts, [str(o) for o in rs.option_list])
third = rs.add_option("-a", action="store_true", dest="third")
print([str(o) for o in rs.option_list])
attempt(rs, ["-a", "--all"])
grp = rs.add_option_group("G")
grp.add_option("-b", action="store_false", dest="gb")
print([str(o) for o in rs.option_list], [str(o) for o in grp.option_list])

# bad add_option / add_option_group arguments
for call in (lambda: c.add_option(42), lambda: c.add_option(optparse.Option("-q"), x=1),
             lambda: c.add_option_group(3), lambda: c.add_option_group(optparse.OptionGroup(rs, "t")),
             lambda: c.add_option_group(optparse.OptionGroup(c, "t"), "x")):
    try:
        call()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)

# bad string default is reported when the defaults are computed
d = OptionParser()
d.add_option("-n", type="int", default="ten")
try:
    d.get_default_values()
except optparse.OptionValueError as exc:
    print("OptionValueError:", exc)
