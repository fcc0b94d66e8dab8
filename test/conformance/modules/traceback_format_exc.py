# traceback: format_exc / print_exc / format_exception with paths normalized
import io
import os
import sys
import traceback

def norm(text):
    return text.replace(__file__, "<FILE>").replace(os.path.dirname(__file__), "<DIR>")

def level3(n):
    raise ValueError("bad value %d" % n)

def level2(n):
    level3(n)

def level1():
    level2(7)

try:
    level1()
except ValueError:
    print(norm(traceback.format_exc()), end="")

print("---- print_exc to file")
buf = io.StringIO()
try:
    {}["missing"]
except KeyError:
    traceback.print_exc(file=buf)
print(norm(buf.getvalue()), end="")

print("---- limit=1")
try:
    level1()
except ValueError:
    print(norm(traceback.format_exc(limit=1)), end="")

print("---- limit=-1 (innermost)")
try:
    level1()
except ValueError:
    print(norm(traceback.format_exc(limit=-1)), end="")

print("---- caret markers (3.11)")
def compute():
    total = 10 + int("x1")
    return total
try:
    compute()
except ValueError:
    print(norm(traceback.format_exc()), end="")

print("---- format_exception list")
try:
    level2(1)
except ValueError as e:
    parts = traceback.format_exception(e)
    print("parts:", len(parts), repr(parts[0]), repr(parts[-1]))
    parts2 = traceback.format_exception(type(e), e, e.__traceback__)
    print("old signature same:", parts == parts2)

print("---- no exception")
print(repr(traceback.format_exc()))
print("---- print_exception(e) to file")
out = io.StringIO()
try:
    raise TypeError("typed")
except TypeError as e:
    traceback.print_exception(e, file=out)
print(norm(out.getvalue()), end="")
print("---- exception with no traceback")
print(traceback.format_exception(ValueError("detached")))
