# collections.ChainMap: lookups, writes go to first map, new_child, parents
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print("lookup:", cm["color"], cm["user"], cm["size"])
print("len:", len(cm))
print("keys order:", list(cm))
print("items:", list(cm.items()))
print("get:", cm.get("nope"), cm.get("nope", 0))
print("contains:", "color" in cm, "x" in cm)
cm["color"] = "blue"
print("write to first:", cli, defaults["color"])
del cm["size"]
print("delete from first:", cli, cm["size"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
child = cm.new_child()
child["user"] = "root"
print("new_child:", child["user"], cm["user"], child.maps[0])
child2 = cm.new_child({"z": 26})
print("new_child with map:", child2["z"], len(child2.maps))
print("parents:", cm.parents["size"], len(cm.parents.maps))
print("maps is list:", type(cm.maps).__name__, cm.maps[0] is cli)
print("repr:", ChainMap({"a": 1}, {"b": 2}))
print("empty:", ChainMap(), len(ChainMap()), ChainMap().maps)
try:
    ChainMap()["k"]
except KeyError as e:
    print("KeyError:", e)
print("pop:", cm.pop("color"), cli)
try:
    cm.pop("user")
except KeyError as e:
    print("pop KeyError:", e)
c3 = ChainMap({"a": 1}, {"a": 2, "b": 3})
print("dict():", dict(c3))
print("copy:", c3.copy(), c3.copy().maps[1] is c3.maps[1])
print("eq:", c3 == {"a": 1, "b": 3})
print("union:", c3 | {"c": 4})
c3 |= {"d": 5}
print("ior:", c3.maps[0])
c3.clear()
print("clear first only:", c3.maps)
scopes = ChainMap({"x": 1})
inner = scopes.new_child({"y": 2})
innermost = inner.new_child({"x": 10})
print("scopes:", innermost["x"], innermost["y"], innermost.parents["x"])
