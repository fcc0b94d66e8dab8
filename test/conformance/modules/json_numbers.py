# json: number encoding and decoding edge cases
import json
import sys

floats = [0.0, -0.0, 1.0, 1.5, 0.1, 1e-7, 1e-5, 0.0001, 1e15, 1e16, 1e17, 123456789012345.6,
          2.0 ** 53, 2.0 ** 64, 1.7976931348623157e308, 5e-324, 3.141592653589793, 100.0, 1 / 7]
for f in floats:
    s = json.dumps(f)
    print("%-24s back_equal=%s" % (s, json.loads(s) == f))
ints = [0, 1, -1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 2 ** 64, 10 ** 50, True, False]
print("ints:", json.dumps(ints))
print("decoded ints exact:", json.loads(json.dumps(ints[:-2])) == ints[:-2])
print("number forms:", json.loads("[0, -0, 0.0, 0e0, 0E+0, 10e-1, 1.25e2, 5E-1]"))
print("leading zeros bad:", end=" ")
for s in ["00", "-01", "1.e5", "1e+", "0.", "- 1"]:
    try:
        json.loads(s)
        print(s, "ok;", end=" ")
    except json.JSONDecodeError as e:
        print("%s -> %s;" % (s, e.msg), end=" ")
print()
print("int digits limit (3.11):", sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else "n/a")
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e).split(";")[0])
print("4300 digits ok:", len(str(json.loads("9" * 4300))))
print("float big literal:", json.loads("1" * 400 + ".0"))
print("float tiny:", json.loads("1e-400"), json.loads("-1e-400"))
print("nan/inf out:", json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps({"x": [float("inf")]}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print("allow_nan=False finite ok:", json.dumps(1.5, allow_nan=False))
print("loads NaN is nan:", json.loads("NaN") != json.loads("NaN"))
class F(float):
    pass
print("float subclass:", json.dumps(F(2.5)), json.dumps(F("nan")))
import enum
class Color(enum.IntEnum):
    RED = 1
print("IntEnum:", json.dumps(Color.RED), json.dumps({Color.RED: "r"}))
class Fl(float, enum.Enum):
    HALF = 0.5
print("float Enum:", json.dumps(Fl.HALF))
