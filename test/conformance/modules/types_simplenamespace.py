# types.SimpleNamespace and MappingProxyType
import types

ns = types.SimpleNamespace(a=1, b="two")
print("repr:", ns)
print("attrs:", ns.a, ns.b)
ns.c = [3]
del ns.a
print("mutated:", ns, vars(ns))
print("eq:", types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
print("empty:", types.SimpleNamespace())
print("from dict:", types.SimpleNamespace(**{"k": "v", "n": None}))
print("nested repr:", types.SimpleNamespace(inner=types.SimpleNamespace(z=0)))
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
rec = types.SimpleNamespace()
rec.self = rec
print("recursive repr:", rec)
print("unhashable:", end=" ")
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
class Sub(types.SimpleNamespace):
    pass
print("subclass repr:", Sub(q=1))
print("__dict__ is dict:", type(ns.__dict__).__name__)
print("order of keys kept:", types.SimpleNamespace(z=1, a=2, m=3))

d = {"x": 1, "y": [2]}
mp = types.MappingProxyType(d)
print("proxy:", mp, mp["x"], len(mp), list(mp), "y" in mp, mp.get("z", 0))
try:
    mp["x"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del mp["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    mp.pop("x")
except AttributeError as e:
    print("AttributeError:", e)
d["z"] = 26
print("live view:", mp["z"], len(mp))
mp["y"].append(3)
print("values mutable:", d["y"])
print("copy is dict:", type(mp.copy()).__name__, mp.copy() == d)
print("items/keys/values:", list(mp.items()), list(mp.keys()), list(mp.values()))
print("union (3.9+):", mp | {"w": 0})
print("eq dict:", mp == d)
print("class __dict__ is proxy:", type(int.__dict__).__name__)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("reversed:", list(reversed(mp)))
