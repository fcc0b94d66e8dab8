# types: FunctionType, GeneratorType, ModuleType, MethodType, BuiltinFunctionType, etc.
import types
import sys

def f():
    pass
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
class Slotted:
    __slots__ = ("a",)
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass

checks = [
    ("function", f, types.FunctionType),
    ("lambda", lambda: 0, types.LambdaType),
    ("generator", gen(), types.GeneratorType),
    ("coroutine", None, types.CoroutineType),
    ("async gen", agen(), types.AsyncGeneratorType),
    ("bound method", C().m, types.MethodType),
    ("classmethod bound", C.cm, types.MethodType),
    ("staticmethod via class", C.sm, types.FunctionType),
    ("unbound via class", C.m, types.FunctionType),
    ("builtin function", len, types.BuiltinFunctionType),
    ("builtin method", [].append, types.BuiltinMethodType),
    ("module", sys, types.ModuleType),
    ("code", f.__code__, types.CodeType),
    ("frame", sys._getframe(), types.FrameType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
    ("method-wrapper", (1).__add__, types.MethodWrapperType),
    ("wrapper descriptor", int.__add__, types.WrapperDescriptorType),
    ("method descriptor", str.join, types.MethodDescriptorType),
    ("classmethod descriptor", dict.__dict__["fromkeys"], types.ClassMethodDescriptorType),
    ("getset descriptor", type(f).__dict__["__name__"], types.GetSetDescriptorType),
    ("member descriptor", Slotted.__dict__["a"], types.MemberDescriptorType),
    ("cell", (lambda x: lambda: x)(1).__closure__[0], types.CellType),
    ("GenericAlias", list[int], types.GenericAlias),
    ("UnionType", int | str, types.UnionType),
    ("MappingProxy", type.__dict__, types.MappingProxyType),
]
for label, obj, typ in checks:
    if label == "coroutine":
        c = coro()
        print("%-24s %s" % (label, isinstance(c, typ)))
        c.close()
        continue
    print("%-24s %s" % (label, isinstance(obj, typ)))
g = gen()
print("generator attrs:", g.gi_running, g.gi_frame is not None, type(g).__name__)
next(g)
try:
    next(g)
except StopIteration:
    print("generator done, gi_frame None:", g.gi_frame is None)
print("function is not builtin:", isinstance(f, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
print("type names:", types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__, types.MethodType.__name__)
print("resolve_bases:", types.resolve_bases((int, str)))
print("has get_original_bases (3.12+):", hasattr(types, "get_original_bases"))
