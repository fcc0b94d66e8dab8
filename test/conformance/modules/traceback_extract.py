# traceback: extract_tb, extract_stack, walk_tb, FrameSummary, StackSummary, TracebackException
import sys
import traceback

def a():
    b()
def b():
    c()
def c():
    raise RuntimeError("deep")

try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print("count:", len(frames))
    for fs in frames:
        print("  name=%s line=%r lineno_is_int=%s file_ok=%s" % (fs.name, fs.line, isinstance(fs.lineno, int), fs.filename == __file__))
    linenos = [fs.lineno for fs in frames]
    print("relative line deltas:", [n - linenos[0] for n in linenos])
    print("limit=2:", [fs.name for fs in traceback.extract_tb(tb, limit=2)])
    print("unpack FrameSummary:", len(tuple(frames[0])), frames[-1][2], frames[-1][3])
    print("walk_tb:", [f.f_code.co_name for f, lineno in traceback.walk_tb(tb)])
    print("tb chain:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    formatted = frames.format()
    print("StackSummary.format entries:", len(formatted), formatted[-1].splitlines()[-1].strip())
    te = traceback.TracebackException.from_exception(e)
    print("TracebackException:", te.exc_type.__name__, str(te), [f.name for f in te.stack])
    print("format_exception_only:", list(te.format_exception_only()))

def where():
    return traceback.extract_stack()
stack = where()
print("extract_stack last two:", [fs.name for fs in stack[-2:]])
def limited():
    return traceback.extract_stack(limit=1)
print("extract_stack limit:", [fs.name for fs in limited()])
print("stack lines:", stack[-1].line)
fs = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
print("FrameSummary manual:", fs.filename, fs.lineno, fs.name, fs.line, repr(fs))
ss = traceback.StackSummary.from_list([("f.py", 1, "g", "pass"), fs])
print("from_list format:", ss.format())
print("format_list:", traceback.format_list([("m.py", 3, "h", "return 1")]))

def gen():
    yield 1
    raise KeyError("in generator")
g = gen()
next(g)
try:
    next(g)
except KeyError as e:
    print("generator frame:", [f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    [1][5]
except IndexError as e:
    print("module-level frame:", [f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("eval frames:", [(f.name, f.filename) for f in traceback.extract_tb(e.__traceback__)][1:])
    print("tb_lineno vs frame:", e.__traceback__.tb_lineno == traceback.extract_tb(e.__traceback__)[0].lineno)
try:
    e
except NameError as ne:
    print("except-as name deleted:", ne)
