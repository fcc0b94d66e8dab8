# optparse: parsing argument lists into Values and leftovers.
import os
os.environ['COLUMNS'] = '80'
import optparse
from optparse import OptionParser, Values, make_option


def show(parser, argv):
    opts, rest = parser.parse_args(argv)
    print(sorted(vars(opts).items()), rest)


p = OptionParser(prog="demo")
p.add_option("-v", "--verbose", action="store_true", dest="verbose")
p.add_option("-q", "--quiet", action="store_false", dest="verbose")
p.add_option("-f", "--file", dest="filename", metavar="FILE")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("-x", type="float", dest="ratio")
p.add_option("--cplx", type="complex")
p.add_option("--big", type="long")
p.add_option("-c", "--count", action="count", dest="level")
p.add_option("-a", "--add", action="append", dest="items")
p.add_option("--const", action="store_const", const=42, dest="answer")
p.add_option("--tag", action="append_const", const="T", dest="tags")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--mode", choices=["a", "b", "c"])
p.add_option("--dry-run", action="store_true")

show(p, [])
show(p, ["-v", "pos1", "-f", "out.txt", "pos2"])
show(p, ["-vq", "-ffile.dat", "-n0x1f"])
show(p, ["-n", "017", "-n", "0b101", "--num=-12"])
show(p, ["-x", "2.5", "--cplx", "1+2j", "--big", "99999999999999999999"])
show(p, ["-ccc", "-c", "--count"])
show(p, ["-a", "one", "--add=two", "--ad", "three"])
show(p, ["--const", "--tag", "--tag"])
show(p, ["--pair", "3", "4", "rest"])
show(p, ["--mode", "b", "--dry"])
show(p, ["--verb", "--fi", "name", "--", "-v", "--file"])
show(p, ["-", "a", "-v", "--", "--"])
show(p, ["-vfx"])
show(p, ["--file=a=b", ""])

# interspersed args off: the first positional stops option processing
p.disable_interspersed_args()
show(p, ["-v", "cmd", "-q", "--file", "x"])
p.enable_interspersed_args()
show(p, ["-v", "cmd", "-q"])

# defaults: set_defaults, set_default, string defaults converted by type
p2 = OptionParser()
p2.add_option("-n", type="int", default="10")
p2.add_option("-s", default="abc")
p2.add_option("-r", type="float")
p2.set_defaults(r="1.5", extra=[1, 2])
p2.set_default("s", "xyz")
d = p2.get_default_values()
print(sorted(vars(d).items()))
p2.set_process_default_values(False)
print(sorted(vars(p2.get_default_values()).items()))
print(p2.defaults == {'n': '10', 's': 'xyz', 'r': '1.5', 'extra': [1, 2]})

# values= argument, and args list not modified
argv = ["-n", "5", "z"]
base = Values({"n": 1, "other": "kept"})
vals, rest = p2.parse_args(argv, base)
print(vals is base, str(vals), rest, argv)

# Values API
v = Values({"a": 1, "b": None})
print(str(v), repr(v).startswith("<Values at 0x"), repr(v).endswith(": {'a': 1, 'b': None}>"))
print(v.ensure_value("b", []), v.ensure_value("a", 5), v.ensure_value("c", 7))
v._update({"a": 10, "b": None, "zzz": 1}, "careful")
print(str(v))
v._update({"zzz": 2}, "loose")
print(str(v))
try:
    v._update({}, "bogus")
except ValueError as e:
    print("ValueError:", e)
print(Values({"a": 1}) == Values({"a": 1}), Values({"a": 1}) == {"a": 1},
      Values({"a": 1}) == {"a": 2}, Values() == 3)
print(str(Values()), str(Values(None)))

# Option inspection
o = make_option("-k", "--key-name", type="string", help="the key")
print(str(o), o.dest, o.type, o.action, o.nargs, o.default, o.takes_value(),
      o.get_opt_string(), repr(o).startswith("<Option at 0x"))
o2 = optparse.Option("-z", action="store_true")
print(o2.dest, o2.type, o2.nargs, o2.takes_value(), o2.get_opt_string())
o3 = optparse.Option("-y", type=int)
print(o3.type, o3.dest)
o4 = optparse.Option("-w", type=str, action="append")
print(o4.type, o4.dest)
o5 = optparse.Option(None, "--only-long", None)
print(o5._short_opts, o5._long_opts, o5.dest)
print(optparse.Option("-c", action="callback", callback=print).dest)
print(optparse.Option("-c", action="callback", callback=print, type="int").dest)
print(optparse.Option("--cb", action="count").dest)

# option management
p3 = OptionParser(add_help_option=False)
opt = p3.add_option("-a", "--alpha")
print(p3.has_option("-a"), p3.has_option("--alpha"), p3.has_option("-h"))
print(p3.get_option("--alpha") is opt, p3.get_option("-b"))
p3.add_options([make_option("-b"), make_option("-c", action="store_true")])
print([str(o) for o in p3.option_list])
p3.remove_option("--alpha")
print([str(o) for o in p3.option_list], p3.has_option("-a"))
try:
    p3.remove_option("-a")
except ValueError as e:
    print("ValueError:", e)
g = p3.add_option_group("Group", "desc")
go = g.add_option("-g", action="store_true")
print(p3.get_option_group("-g") is g, p3.get_option_group("-b"), p3.has_option("-g"))
show(p3, ["-g", "-b", "B"])
g2 = optparse.OptionGroup(p3, "Second")
print(p3.add_option_group(g2) is g2, len(p3.option_groups))

# check_values override
class Checking(OptionParser):
    def check_values(self, values, args):
        return values, [a.upper() for a in args]

c = Checking()
print(c.parse_args(["x", "y"])[1])

# callbacks can see the parser state
def cb(option, opt_str, value, parser, *args, **kw):
    print("cb", str(option), opt_str, value, parser.largs, parser.rargs, args, sorted(kw.items()))
    setattr(parser.values, option.dest, (value, args))

p4 = OptionParser()
p4.add_option("--cb", action="callback", callback=cb, type="int", dest="cbv",
              callback_args=(1, 2), callback_kwargs={"k": "v"})
p4.add_option("-e", action="callback", callback=cb, dest="ev")
show(p4, ["a", "--cb", "7", "b", "-e", "c"])

def eat(option, opt_str, value, parser):
    # consume everything up to the next option
    got = []
    while parser.rargs and not parser.rargs[0].startswith("-"):
        got.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, got)

p5 = OptionParser()
p5.add_option("--list", action="callback", callback=eat, dest="lst")
p5.add_option("-z", action="store_true")
show(p5, ["--list", "a", "b", "c", "-z", "tail"])
print(p5.rargs, p5.largs)
