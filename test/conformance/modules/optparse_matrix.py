# optparse: every pair of a set of tricky argument tokens, parsed with
# interspersed arguments on and off (clusters, abbreviations, '=', '--', '-').
import os
os.environ['COLUMNS'] = '80'
import io
import itertools
import contextlib
import optparse

TOKENS = ["-a", "-abc", "-bX", "-n", "-n0x10", "5", "pos", "--", "-", "--al",
          "--alpha=1", "--num=7", "--pair", "--ch=gr", "-vv", "--zz", ""]


def make(interspersed):
    p = optparse.OptionParser(prog="mx")
    p.add_option("-a", action="store_true")
    p.add_option("-b", dest="bee")
    p.add_option("-c", action="store_const", const=3)
    p.add_option("-n", "--num", type="int")
    p.add_option("--alpha", action="store_true")
    p.add_option("--alps", action="count")
    p.add_option("--pair", nargs=2)
    p.add_option("--choice", choices=["red", "green", "blue"])
    p.add_option("-v", action="count", dest="verb", default=0)
    if not interspersed:
        p.disable_interspersed_args()
    return p


for argv in itertools.product(TOKENS, repeat=2):
    argv = list(argv)
    for inter in (True, False):
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                opts, rest = make(inter).parse_args(argv)
            shown = sorted((k, v) for k, v in vars(opts).items() if v)
            print(argv, inter, shown, rest)
        except SystemExit as e:
            print(argv, inter, "exit", e.code, err.getvalue().splitlines()[-1])
