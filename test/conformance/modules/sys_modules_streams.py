# sys.modules, sys.stdout.write, sys.flags, intern
import sys
import json
import collections.abc

print("sys in modules:", "sys" in sys.modules)
print("json in modules:", "json" in sys.modules)
print("modules[json] is json:", sys.modules["json"] is json)
print("collections.abc loaded:", "collections.abc" in sys.modules)
print("__main__ in modules:", "__main__" in sys.modules)
print("main module name:", sys.modules["__main__"].__name__)
print("modules is dict:", isinstance(sys.modules, dict))
print("not imported yet:", "this_module_does_not_exist" in sys.modules)

n = sys.stdout.write("hello\n")
print("write returned:", n)
n = sys.stdout.write("")
print("empty write returned:", n)
n = sys.stdout.write("h\u00e9\u4e16\n")
print("unicode write returned:", n)
print("stdout has flush:", callable(sys.stdout.flush))
print("stderr.write to stderr:", sys.stderr.write("not compared\n"))
print("stdin has readline:", hasattr(sys.stdin, "readline"))
print("__stdout__ same:", sys.__stdout__ is sys.stdout)
print("stdout encoding lower:", sys.stdout.encoding.lower().replace("-", ""))

for name in ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
             "no_user_site", "no_site", "ignore_environment", "verbose",
             "bytes_warning", "quiet", "hash_randomization", "isolated",
             "dev_mode", "utf8_mode"):
    print("flags.%s exists:" % name, hasattr(sys.flags, name))
print("optimize:", sys.flags.optimize)

a = sys.intern("".join(["in", "tern", "ed"]))
b = sys.intern("interned")
print("intern identity:", a is b)
print("intern value:", a)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)

print("settrace callable:", callable(sys.settrace))
print("exit callable:", callable(sys.exit))
print("displayhook callable:", callable(sys.displayhook))
print("excepthook is __excepthook__:", sys.excepthook is sys.__excepthook__)
