# traceback: format_exception_only for many exception kinds, notes (3.11)
import traceback

class CustomStr(Exception):
    def __str__(self):
        return "custom message"
class NoMsg(Exception):
    pass
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("cannot str")

excs = [ValueError("v"), KeyError("k"), KeyError(), IndexError("list index out of range"),
        NoMsg(), NoMsg("a", "b"), CustomStr(), OSError(2, "No such file or directory"),
        FileNotFoundError(2, "No such file or directory", "x.txt"), StopIteration(5),
        SystemExit(3), KeyboardInterrupt(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        ZeroDivisionError("division by zero"), AssertionError(), Exception(""), Exception("multi\nline")]
for e in excs:
    print(repr(traceback.format_exception_only(type(e), e)))
print("bad __str__:", traceback.format_exception_only(BadStr()))
print("new one-arg form:", traceback.format_exception_only(ValueError("one-arg")))

class Outer:
    class InnerError(Exception):
        pass
print("nested class qualname:", traceback.format_exception_only(Outer.InnerError("x")))
import json
try:
    json.loads("{")
except json.JSONDecodeError as e:
    print("module-qualified:", traceback.format_exception_only(e))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note\nwith newline")
print("notes:", traceback.format_exception_only(e))
print("__notes__:", e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)

try:
    compile("x = (1,\n", "<snippet>", "exec")
except SyntaxError as se:
    print("SyntaxError:")
    print("".join(traceback.format_exception_only(se)), end="")
    print("attrs:", se.filename, se.lineno, se.offset, se.msg)
try:
    compile("a = 1 +* 2", "<expr>", "exec")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)), end="")
try:
    compile("def f():\nreturn 1", "<indent>", "exec")
except IndentationError as se:
    print("".join(traceback.format_exception_only(se)), end="")
eg = ExceptionGroup("several", [ValueError("a"), TypeError("b")])
print("ExceptionGroup only:", traceback.format_exception_only(eg))
