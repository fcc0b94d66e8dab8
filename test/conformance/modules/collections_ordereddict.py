# collections.OrderedDict: ordering, move_to_end, popitem, equality, repr
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2; od["a"] = 1; od["c"] = 3
print("repr:", od)
print("keys:", list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print("move_to_end:", list(od))
od.move_to_end("b", last=False)
print("move_to_end first:", list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print("popitem last:", od.popitem(), list(od))
print("popitem first:", od.popitem(last=False), list(od))
od["x"] = 9; od["y"] = 8
od["b"] = 20
print("reassign keeps position:", od)
del od["b"]; od["b"] = 2
print("delete and reinsert goes to end:", od)
print("pop:", od.pop("x"), od.pop("missing", "dflt"))
try:
    od.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print("od == od order-sensitive:", a == b)
print("od == dict order-insensitive:", a == dict(b), dict(a) == b)
print("reversed:", list(reversed(a)))
print("fromkeys:", OrderedDict.fromkeys("abc", 0))
print("setdefault:", a.setdefault("z", 3), a)
print("update:", end=" ")
a.update([("w", 0)], v=5)
print(a)
print("copy:", a.copy() == a, type(a.copy()).__name__)
print("items reversed:", list(reversed(a.items()))[:2])
print("empty repr:", OrderedDict())
print("union:", OrderedDict(a=1) | {"b": 2})
print("isinstance dict:", isinstance(a, dict))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get_(self, k):
        if k not in self:
            return None
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)

c = LRU(2)
c.put(1, "a"); c.put(2, "b"); c.get_(1); c.put(3, "c")
print("LRU:", list(c.items()))
print("subclass repr:", c)
