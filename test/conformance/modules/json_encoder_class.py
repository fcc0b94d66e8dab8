# json: JSONEncoder / JSONDecoder classes and configuration
import json

enc = json.JSONEncoder()
print("defaults:", enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys, enc.indent)
print("separators default:", repr(enc.item_separator), repr(enc.key_separator))
enc_i = json.JSONEncoder(indent=2)
print("separators with indent:", repr(enc_i.item_separator), repr(enc_i.key_separator))
print("encode str:", enc.encode("é"), "encode int:", enc.encode(5))
try:
    enc.default(object())
except TypeError as e:
    print("default raises:", str(e))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return {"__set__": sorted(o)}
        return json.JSONEncoder.default(self, o)
print("subclass:", json.dumps({"s": {3, 1}, "f": frozenset([2])}, cls=SetEncoder, sort_keys=True))
print("subclass kwargs passthrough:", json.dumps({"b": {1}, "a": 0}, cls=SetEncoder, sort_keys=True, indent=1))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print("override encode:", json.dumps({"a": "b"}, cls=Upper))

x = [1]
y = [x, x]
print("check_circular False with shared:", json.dumps(y, check_circular=False))

dec = json.JSONDecoder()
print("decoder attrs:", dec.strict, dec.object_hook, dec.object_pairs_hook)
print("decode:", dec.decode(' {"k": [true]} '))
d2 = json.JSONDecoder(parse_float=str, parse_int=str, parse_constant=str)
print("all parse hooks:", d2.decode("[1, 2.5, NaN, -Infinity]"))
def multi(s):
    dec = json.JSONDecoder()
    pos, out = 0, []
    s = s.strip()
    while pos < len(s):
        obj, end = dec.raw_decode(s, pos)
        out.append(obj)
        pos = end
        while pos < len(s) and s[pos].isspace():
            pos += 1
    return out
print("concatenated docs:", multi('{"a": 1} [2, 3]  "x" 4'))
print("public names:", sorted(n for n in json.__all__))
