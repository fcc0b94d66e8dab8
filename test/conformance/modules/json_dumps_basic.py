# json.dumps: types, float formatting, escaping
import json

values = [None, True, False, 0, -17, 10**30, 1.0, 0.1, -2.5e-8, 1e16, 1e22, 123456789.123,
          "", "plain", 'quote"back\\slash', "tab\tnl\ncr\r", "\x00\x1f\x7f", "é日本😀",
          [], [1, [2, [3]]], (), (1, "a"), {}, {"a": 1, "b": [True, None]}]
for v in values:
    print("%-28r -> %s" % (v, json.dumps(v)))
print("nan/inf:", json.dumps(float("nan")), json.dumps(float("inf")), json.dumps([float("-inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print("non-str keys:", json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print("skipkeys:", json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
for bad in (set([1]), b"bytes", object.__new__(type("Custom", (), {})), 1j):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", str(e))
print("bool subclass of int:", json.dumps(True), json.dumps(int(True)))
class MyInt(int):
    def __repr__(self):
        return "nope"
class MyStr(str):
    pass
class MyFloat(float):
    def __repr__(self):
        return "nope"
print("subclasses:", json.dumps([MyInt(5), MyStr("s"), MyFloat(1.5)]))
print("dict subclass:", json.dumps(__import__("collections").OrderedDict([("z", 1), ("a", 2)])))
print("namedtuple as list:", json.dumps(__import__("collections").namedtuple("P", "x y")(1, 2)))
print("circular:", end=" ")
lst = []
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print("equal lists twice:", json.dumps([[1], [1]]))
shared = [1]
print("shared not circular:", json.dumps([shared, shared]))
print("float repr parity:", all(json.dumps(x) == repr(x) for x in (0.1, 1/3, 2.0**60, 5e-324)))
