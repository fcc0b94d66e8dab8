# string.capwords and string.Formatter
import string

print("capwords:", string.capwords("hello   world  foo"))
print("capwords mixed:", string.capwords("hELLO wORLD"))
print("capwords sep:", string.capwords("a-b-c", "-"))
print("capwords sep keeps empties:", string.capwords("a--b", "-"))
print("capwords leading ws:", repr(string.capwords("  leading\tand\ntrailing  ")))
print("vs title:", "they're bill's".title(), "|", string.capwords("they're bill's"))
print("capwords empty:", repr(string.capwords("")))

f = string.Formatter()
print("format:", f.format("{0} {name} {1:>5}", "a", "b", name="N"))
print("auto numbering:", f.format("{} {} {}", 1, 2, 3))
print("attr/index:", f.format("{0.real} {1[x]} {2[0]}", 3, {"x": "X"}, [9]))
print("conversion:", f.format("{0!r} {0!s} {0!a}", "é"))
print("nested spec:", f.format("{0:{1}}", 3.14159, ".2f"))
print("vformat:", f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print("parse:", list(f.parse("x{0:>3}y{name!r}z{{lit}}")))
print("parse no fields:", list(f.parse("plain")))
try:
    f.format("{} {0}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError:", e)

class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
print("custom get_value:", Default().format("{a} {b} {0}", "p", a=1))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec == "u":
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
print("custom spec:", Upper().format("{0:u} {1:>4} {2!l}", "abc", 7, "XYZ"))
print("check_unused_args default:", f.check_unused_args(set(), (), {}))
print("str.format parity:", f.format("{:08.3f}|{:^7}|{:+d}|{:x}|{:,}", 3.14159, "mid", 5, 255, 1234567)
      == "{:08.3f}|{:^7}|{:+d}|{:x}|{:,}".format(3.14159, "mid", 5, 255, 1234567))
