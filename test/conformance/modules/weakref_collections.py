# weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet while items are alive
import weakref

class Item:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return "Item(%s)" % self.key

items = [Item(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for it in items:
    wvd["k%d" % it.key] = it
print("len:", len(wvd))
print("get:", wvd["k2"], wvd.get("k9"), wvd.get("k9", "dflt"))
print("contains:", "k1" in wvd, "zz" in wvd)
print("keys sorted:", sorted(wvd.keys()))
print("values sorted:", sorted((v.key for v in wvd.values())))
print("items:", sorted((k, v.key) for k, v in wvd.items()))
del wvd["k0"]
print("after del:", sorted(wvd))
print("pop:", wvd.pop("k1"), len(wvd))
print("setdefault:", wvd.setdefault("k2", items[4]), wvd.setdefault("new", items[0]))
try:
    wvd["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    wvd["bad"] = 5
except TypeError as e:
    print("TypeError:", e)
print("valuerefs count:", len(wvd.valuerefs()))
print("copy:", sorted(dict(wvd.copy()).keys()))
wvd.update({"u": items[3]})
print("update:", wvd["u"])

wkd = weakref.WeakKeyDictionary()
for it in items:
    wkd[it] = it.key * 10
print("wkd len:", len(wkd), "get:", wkd[items[3]], wkd.get(Item(99), "absent"))
print("wkd contains:", items[0] in wkd, Item(0) in wkd)
print("wkd values:", sorted(wkd.values()))
del wkd[items[0]]
print("wkd after del:", len(wkd))
try:
    wkd["str-key"] = 1
except TypeError as e:
    print("TypeError:", e)
print("keyrefs:", len(wkd.keyrefs()))

ws = weakref.WeakSet(items[:3])
print("WeakSet len:", len(ws), items[0] in ws, items[4] in ws)
ws.add(items[4])
ws.discard(items[0])
print("WeakSet after add/discard:", sorted(i.key for i in ws))
ws2 = weakref.WeakSet([items[1], items[2]])
print("subset:", ws2 <= ws, ws2 < ws, ws == weakref.WeakSet(ws))
print("union/intersection:", sorted(i.key for i in (ws | ws2)), sorted(i.key for i in (ws & ws2)))
print("difference:", sorted(i.key for i in ws - ws2))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
print("pop from WeakSet removes:", ws.pop() is not None, len(ws))
ws.clear()
print("cleared:", len(ws))
