# traceback: chained exceptions (__cause__, __context__), suppression, exception groups
import os
import traceback

def norm(text):
    return text.replace(__file__, "<FILE>")

def fail_parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse %r" % s) from e

try:
    fail_parse("abc")
except RuntimeError as e:
    print(norm("".join(traceback.format_exception(e))), end="")
    print("cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

print("==== implicit context")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(norm("".join(traceback.format_exception(e))), end="")
    print("context:", repr(e.__context__), "cause:", e.__cause__)

print("==== from None")
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(norm("".join(traceback.format_exception(e))), end="")
    print("context kept:", repr(e.__context__), "suppress:", e.__suppress_context__)

print("==== chain=False")
try:
    fail_parse("z")
except RuntimeError as e:
    print(norm("".join(traceback.format_exception(e, chain=False))), end="")

print("==== exception-only chain")
try:
    fail_parse("q")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print("cause type:", te.__cause__.exc_type.__name__)
    print([line for line in te.format() if not line.startswith("  ")])

print("==== exception group")
def raise_group():
    raise ExceptionGroup("batch failed", [ValueError("first"), TypeError("second")])
try:
    raise_group()
except ExceptionGroup as eg:
    print(norm("".join(traceback.format_exception(eg))), end="")
    print("exceptions:", eg.exceptions, eg.message)
try:
    raise_group()
except* ValueError as eg:
    print("except* ValueError:", eg.exceptions)
except* TypeError as eg:
    print("except* TypeError:", eg.exceptions)
