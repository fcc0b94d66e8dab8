# types: ModuleType creation, MethodType binding, new_class, FunctionType construction, coroutine
import types

mod = types.ModuleType("mymod", "Module doc")
print("module:", mod.__name__, mod.__doc__, repr(mod))
mod.value = 42
exec("def hello():\n    return 'hi from ' + __name__", mod.__dict__)
print("exec into module:", mod.hello(), mod.value)
print("module dict keys:", sorted(k for k in vars(mod) if not k.startswith("__")))
empty = types.ModuleType("empty")
print("default doc:", empty.__doc__, empty.__spec__, empty.__loader__, empty.__package__)
try:
    empty.nope
except AttributeError as e:
    print("AttributeError:", e)

class Dog:
    def __init__(self, name):
        self.name = name
def bark(self, times=1):
    return (self.name + "! ") * times
d = Dog("rex")
d.bark = types.MethodType(bark, d)
print("MethodType:", d.bark(2), d.bark.__self__ is d, d.bark.__func__ is bark)

def adder(x):
    return x + 1
code = adder.__code__
clone = types.FunctionType(code, {"__builtins__": __builtins__}, "clone")
print("FunctionType from code:", clone(1), clone.__name__)

def ns(body):
    body["greet"] = lambda self: "hello from " + type(self).__name__
    body["kind"] = "dynamic"
Dyn = types.new_class("Dyn", (object,), {}, ns)
print("new_class:", Dyn().greet(), Dyn.kind, Dyn.__name__)
meta, ns_, kwds = types.prepare_class("X", (), {"metaclass": type})
print("prepare_class:", meta.__name__, type(ns_).__name__, kwds)

@types.coroutine
def gen_coro():
    yield "step"
    return "result"
c = gen_coro()
print("types.coroutine step:", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result:", e.value)

class Desc:
    x = types.DynamicClassAttribute(lambda self: "instance attr")
print("DynamicClassAttribute on instance:", Desc().x)
sn = types.SimpleNamespace(a=1)
print("SimpleNamespace type name:", type(sn).__name__, type(sn).__module__)
print("ModuleType subclass:", type("M", (types.ModuleType,), {})("m").__name__)
print("TracebackType exists:", types.TracebackType.__name__)
try:
    raise ValueError
except ValueError as e:
    print("traceback instance:", isinstance(e.__traceback__, types.TracebackType))
print("CodeType attrs:", code.co_name, code.co_argcount, code.co_varnames, code.co_filename.endswith("types_dynamic.py"))
new_code = code.replace(co_name="renamed")
print("code.replace:", new_code.co_name)
