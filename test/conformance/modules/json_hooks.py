# json: object_hook, object_pairs_hook, custom decoders, round trips
import json
from collections import OrderedDict
from fractions import Fraction

doc = '{"b": 1, "a": {"c": 2, "c": 3}, "list": [{"x": 1}]}'
print("object_hook:", json.loads(doc, object_hook=lambda d: sorted(d.items())))
print("pairs hook:", json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print("pairs hook OrderedDict:", json.loads(doc, object_pairs_hook=OrderedDict))
print("pairs wins over hook:", json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
order = []
def trace(d):
    order.append(sorted(d))
    return d
json.loads('{"outer": {"inner": {"deep": 1}}, "z": {}}', object_hook=trace)
print("hook order inner first:", order)

def as_fraction(d):
    if "__fraction__" in d:
        return Fraction(d["num"], d["den"])
    return d
def enc_fraction(o):
    if isinstance(o, Fraction):
        return {"__fraction__": True, "num": o.numerator, "den": o.denominator}
    raise TypeError
s = json.dumps({"half": Fraction(1, 2), "list": [Fraction(2, 3)]}, default=enc_fraction)
print("encoded:", s)
print("decoded:", json.loads(s, object_hook=as_fraction))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print("cls decoder:", json.loads('{"a": {"b": 1}}', cls=Dec))

roundtrip = {"str": "é\n\"", "int": -5, "big": 2 ** 70, "float": 0.1, "list": [1, [2, [3]]],
             "none": None, "bool": [True, False], "empty": {"": ""}}
print("roundtrip:", json.loads(json.dumps(roundtrip)) == roundtrip)
print("roundtrip indent ascii off:", json.loads(json.dumps(roundtrip, indent=3, ensure_ascii=False)) == roundtrip)
t = (1, 2)
print("tuple becomes list:", json.loads(json.dumps(t)))
print("int keys become str:", json.loads(json.dumps({1: "a"})))
print("float precision:", json.loads(json.dumps(1 / 3)) == 1 / 3, json.dumps(1 / 3))
print("large int exact:", json.loads(json.dumps(10 ** 40 + 1)) == 10 ** 40 + 1)
print("negative zero:", json.dumps(-0.0), json.loads("-0.0"))
print("unicode keys:", json.loads(json.dumps({"ключ": "значение"})))
