# collections.defaultdict: default_factory, __missing__, repr
from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print("repr:", d)
print("dict():", dict(d))
print("default_factory:", d.default_factory is list)
print("get does not create:", d.get("zz"), "zz" in d)
print("in does not create:", "q" in d, len(d))
_ = d["new"]
print("access creates:", "new" in d, d["new"])
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print("counts:", sorted(counts.items()))
nd = defaultdict(lambda: "N/A")
nd["x"] = 1
print("lambda factory:", nd["x"], nd["y"])
none = defaultdict()
print("no factory:", none.default_factory, repr(none))
try:
    none["missing"]
except KeyError as e:
    print("KeyError:", e)
sd = defaultdict(set)
sd["a"].add(1); sd["a"].add(1); sd["b"].add(2)
print("set factory:", dict(sd))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print("nested:", t["a"]["b"]["c"], list(t["a"].keys()))
d2 = defaultdict(int, {"x": 5}, y=6)
print("init with data:", sorted(d2.items()))
c = d2.copy()
print("copy type:", type(c).__name__, c.default_factory is int)
print("repr int:", defaultdict(int, {"k": 1}))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
d.default_factory = None
try:
    d["nope"]
except KeyError as e:
    print("factory None KeyError:", e)
print("missing direct:", defaultdict(str).__missing__("k") == "")
print("union:", defaultdict(int, a=1) | {"b": 2})
print("eq dict:", defaultdict(int, a=1) == {"a": 1})

class Dflt(dict):
    def __missing__(self, key):
        return key.upper()
dm = Dflt(a="x")
print("__missing__ dict subclass:", dm["a"], dm["b"], dm.get("b"), "b" in dm)
print("setdefault:", counts.setdefault("z", 100), counts["z"])
