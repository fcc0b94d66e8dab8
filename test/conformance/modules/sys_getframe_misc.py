# sys._getframe, sys.getsizeof absent checks not needed; settrace-free misc
import sys

def who():
    return sys._getframe().f_code.co_name

def caller():
    return sys._getframe(1).f_code.co_name

def outer_fn():
    return who(), caller()

print("frame names:", outer_fn())

def local_peek():
    x = 10
    y = "s"
    f = sys._getframe()
    return sorted(k for k in f.f_locals)

print("f_locals keys:", local_peek())

try:
    sys._getframe(10000)
except ValueError as e:
    print("ValueError:", e)

print("module frame name:", sys._getframe().f_code.co_name)
print("f_globals is globals:", sys._getframe().f_globals is globals())
print("f_back of module frame is None:", sys._getframe().f_back is None)

def lineno():
    return sys._getframe(1).f_lineno

here = lineno()
print("lineno is int:", isinstance(here, int), here > 0)

print("getswitchinterval float:", isinstance(sys.getswitchinterval(), float))
sys.setswitchinterval(0.01)
print("switchinterval set:", sys.getswitchinterval())
print("is_finalizing:", sys.is_finalizing())
print("prefix str:", isinstance(sys.prefix, str))
print("api_version int:", isinstance(sys.api_version, int))
print("orig_argv list:", isinstance(sys.orig_argv, list))
print("stdlib_module_names has json:", "json" in sys.stdlib_module_names)
print("stdlib_module_names has os:", "os" in sys.stdlib_module_names)
print("float_repr_style:", sys.float_repr_style)
print("dont_write_bytecode bool:", isinstance(sys.dont_write_bytecode, bool))
