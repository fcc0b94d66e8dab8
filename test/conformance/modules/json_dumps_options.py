# json.dumps: indent, sort_keys, separators, ensure_ascii, default
import json

data = {"name": "Zoë", "tags": ["a", "b"], "nested": {"z": 1, "a": [1, {"k": None}]}, "empty": {}, "el": []}
print("indent=2:")
print(json.dumps(data, indent=2))
print("indent=0:")
print(json.dumps([1, [2]], indent=0))
print("indent='\\t':")
print(json.dumps({"a": [1]}, indent="\t"))
print("indent string:")
print(json.dumps({"a": 1}, indent="--"))
print("indent None:", json.dumps(data))
print("sort_keys:", json.dumps(data, sort_keys=True))
print("compact:", json.dumps(data, separators=(",", ":")))
print("custom seps:", json.dumps({"a": [1, 2]}, separators=(" ; ", " = ")))
print("indent default item sep has no trailing space:")
print(json.dumps({"a": 1, "b": 2}, indent=1))
print("ensure_ascii False:", json.dumps(data, ensure_ascii=False))
print("ensure_ascii astral:", json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
print("ensure_ascii control chars:", json.dumps("\u2028\x08\x0c", ensure_ascii=False))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("sort mixed keys TypeError:", e)

import datetime
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    if isinstance(o, datetime.date):
        return o.isoformat()
    raise TypeError("no way: " + type(o).__name__)
print("default:", json.dumps({"s": {3, 1, 2}, "c": 1 + 2j, "d": datetime.date(2020, 1, 2)}, default=default))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError from default:", e)
print("default returns non-serializable chain:", json.dumps({1, 2}, default=lambda o: tuple(sorted(o))))

class Enc(json.JSONEncoder):
    def default(self, o):
        if hasattr(o, "to_json"):
            return o.to_json()
        return super().default(o)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def to_json(self):
        return {"x": self.x, "y": self.y}
print("cls=:", json.dumps([Pt(1, 2)], cls=Enc))
enc = json.JSONEncoder(sort_keys=True, indent=None, separators=(",", ":"))
print("encoder.encode:", enc.encode({"b": 1, "a": [1.5, None]}))
print("iterencode chunks:", list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print("item/key separator attrs:", repr(enc.item_separator), repr(enc.key_separator))
