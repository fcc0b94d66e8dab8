# copy: copy vs deepcopy of nested builtin structures
import copy

orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "set": {6}, "str": "s", "num": 7}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
print("shallow new dict:", sh is not orig, sh == orig)
print("shallow shares inner:", sh["list"] is orig["list"], sh["tuple"] is orig["tuple"])
print("deep new inner:", dp["list"] is not orig["list"], dp["list"][1] is not orig["list"][1])
print("deep tuple with mutable copied:", dp["tuple"] is not orig["tuple"], dp["tuple"][1] is not orig["tuple"][1])
orig["list"][1].append(99)
print("after mutation shallow:", sh["list"], "deep:", dp["list"])
t = (1, 2, "x")
print("immutable tuple copy identity:", copy.copy(t) is t, copy.deepcopy(t) is t)
for v in (1, 2.5, "str", b"b", None, True, frozenset([1]), range(3), len, type):
    print("atomic %s: copy is same %s, deepcopy is same %s" % (type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v))
fs = frozenset([1, (2, 3)])
print("frozenset deep:", copy.deepcopy(fs) == fs)
l = [1, 2, 3]
print("list copy types:", type(copy.copy(l)).__name__, copy.copy(l) is not l)
ba = bytearray(b"ab")
print("bytearray copied:", copy.copy(ba) is not ba, copy.deepcopy(ba) == ba)
shared = [0]
container = [shared, shared]
dc = copy.deepcopy(container)
print("deepcopy keeps sharing:", dc[0] is dc[1], dc[0] is not shared)
memo = {}
d1 = copy.deepcopy(shared, memo)
d2 = copy.deepcopy(shared, memo)
print("memo reuse:", d1 is d2, id(shared) in memo)
nested = [[[[1]]]]
nd = copy.deepcopy(nested)
print("deep nesting:", nd == nested, nd[0][0][0] is not nested[0][0][0])
dd = {1: {"a": [1]}}
print("dict copy method shallow:", dd.copy()[1] is dd[1])
print("list slice shallow:", l[:] is not l)
print("copy.error:", copy.Error is copy.error, issubclass(copy.Error, Exception))
import collections
od = collections.OrderedDict(a=[1])
print("OrderedDict deep:", copy.deepcopy(od), copy.deepcopy(od)["a"] is not od["a"])
dq = collections.deque([[1]], maxlen=5)
dq2 = copy.deepcopy(dq)
print("deque deep:", dq2, dq2[0] is not dq[0], dq2.maxlen)
ddict = collections.defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(ddict)
print("defaultdict deep:", dd2.default_factory is list, dd2["k"] is not ddict["k"])
