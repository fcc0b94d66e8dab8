# contextlib: redirect_stdout, redirect_stderr, chdir (3.11)
import contextlib
import io
import os
import sys
import tempfile

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured line 1")
    print("captured", "line", 2, sep="-")
    sys.stdout.write("raw write\n")
print("target is buf:", target is buf)
print("captured:", repr(buf.getvalue()))
print("stdout restored:", sys.stdout is sys.__stdout__)

outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    with contextlib.redirect_stdout(inner):
        print("to inner")
    print("outer again")
print("nested:", repr(outer.getvalue()), repr(inner.getvalue()))

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("error text", file=sys.stderr)
    sys.stderr.write("more\n")
print("stderr captured:", repr(err.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as f:
    help_text = "x"
    print("not shown")
print("redirected value accessible later:", repr(f.getvalue()))
try:
    with contextlib.redirect_stdout(io.StringIO()):
        raise ValueError("inside redirect")
except ValueError:
    print("restored after exception:", sys.stdout is sys.__stdout__)
rd = contextlib.redirect_stdout(io.StringIO())
with rd:
    print("first use")
with rd:
    print("reentrant/reusable")
print("reused ok")
with contextlib.redirect_stdout(None):
    pass
print("None target accepted")

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print("chdir inside:", os.path.realpath(os.getcwd()) == os.path.realpath(d))
        with contextlib.chdir(".."):
            print("nested chdir parent:", os.path.realpath(os.getcwd()) == os.path.realpath(os.path.dirname(d)))
        print("back to d:", os.path.realpath(os.getcwd()) == os.path.realpath(d))
    print("restored cwd:", os.getcwd() == start)
    try:
        with contextlib.chdir(os.path.join(d, "missing")):
            pass
    except FileNotFoundError:
        print("FileNotFoundError for missing dir")
print("cwd unchanged:", os.getcwd() == start)
