# optparse: extending Option with new types and actions, option_list /
# standard_option_list, Values.read_file/read_module, parse_args() on sys.argv.
import os
os.environ['COLUMNS'] = '80'
import sys
import io
import contextlib
import tempfile
from copy import copy
import optparse
from optparse import Option, OptionParser, OptionValueError, Values, make_option


def check_csv(option, opt, value):
    items = value.split(",")
    if "" in items:
        raise OptionValueError("option %s: empty item in %r" % (opt, value))
    return items


class MyOption(Option):
    TYPES = Option.TYPES + ("csv",)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["csv"] = check_csv
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value)
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


p = OptionParser(option_class=MyOption, prog="ext")
p.add_option("--names", action="extend", type="csv", dest="names")
p.add_option("--cols", type="csv", default="a,b")
p.add_option("-v", action="store_true")
o, a = p.parse_args(["--names", "x,y", "--names=z", "rest"])
print(sorted(vars(o).items()), a)
print(p.format_help())
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args(["--names", "x,,y"])
except SystemExit as e:
    print(e.code, repr(err.getvalue()))
try:
    Option("--names", action="extend")
except optparse.OptionError as e:
    print("OptionError:", e)


# a checker added through CHECK_METHODS
class Required(Option):
    ATTRS = Option.ATTRS + ["required"]

    def _check_required(self):
        if self.required and not self.takes_value():
            raise optparse.OptionError("required flag makes no sense here", self)

    CHECK_METHODS = Option.CHECK_METHODS + [_check_required]


print(Required("-r", required=True).required)
try:
    Required("-r", action="store_true", required=True)
except optparse.OptionError as e:
    print("OptionError:", e)


# option_list and standard_option_list
class Std(OptionParser):
    standard_option_list = [make_option("-s", "--std", action="store_true")]

s = Std(option_list=[make_option("-o", dest="out")], version="9", prog="std")
print([str(x) for x in s.option_list])
print(s.format_help())

# parse_args() reads sys.argv[1:]
saved = sys.argv[:]
sys.argv[:] = ["prog", "-s", "x", "-o", "O"]
print(str(s.parse_args()[0]), s.parse_args()[1])
sys.argv[:] = saved

# Values.read_file / read_module
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "conf.py")
    with open(path, "w") as fh:
        fh.write("verbose = 3\nname = 'cfg'\nunused = None\n")
    v = Values({"verbose": 0, "unused": 1})
    v.read_file(path)
    print(sorted(vars(v).items()))
    v.read_file(path, "loose")
    print(sorted(k for k in vars(v) if not k.startswith("__")), v.name)
v2 = Values({"sep": None, "pathsep": None, "nothing": 1})
v2.read_module("os")
print(v2.sep, v2.pathsep, v2.nothing)

# destroy breaks the parser apart
dp = OptionParser()
dp.add_option_group("G").add_option("-g")
dp.destroy()
print(hasattr(dp, "option_list"), hasattr(dp, "_short_opt"), hasattr(dp, "formatter"))

# parse state attributes after parsing
pp = OptionParser()
pp.add_option("-a", action="store_true")
print(pp.rargs, pp.largs, pp.values)
vals, rest = pp.parse_args(["q", "-a", "--", "-a"])
print(pp.rargs, pp.largs, pp.values is vals, rest)

# remaining args are a new list; the option_list of a group is separate
print(OptionParser().get_default_values().__dict__)
p6 = OptionParser(add_help_option=False)
p6.add_option("--alpha", action="store_true")
p6.add_option("--alps", action="store_true")
p6.add_option("--beta", action="store_true")
for argv in (["--al"], ["--alp"], ["--alph"], ["--b"], ["--alpha"], ["--alps"]):
    try:
        with contextlib.redirect_stderr(io.StringIO()) as e:
            print(argv, str(p6.parse_args(argv)[0]))
    except SystemExit:
        print(argv, e.getvalue().splitlines()[-1])
print(optparse._match_abbrev("--a", {"--a": 1, "--ab": 2}))
try:
    optparse._match_abbrev("--x", {"--xa": 1, "--xb": 2, "--xc": 3})
except optparse.AmbiguousOptionError as e:
    print(e)
