# json.loads: all value types and number parsing
import json

docs = ['null', 'true', 'false', '0', '-0', '-12', '1.5', '-0.0', '1e3', '1E-2', '2.5e+2',
        '12345678901234567890123', '1.0000000000000000000001', '"s"', '"\\u00e9\\n\\t\\"\\\\\\/"',
        '"\\ud83d\\ude00"', '"\\ud800"', '[]', '[1, "a", null]', '{}', '{"a": {"b": [1, {}]}}',
        ' \n\t [ 1 , 2 ] \r\n ', 'NaN', 'Infinity', '-Infinity', '"日本"']
for d in docs:
    v = json.loads(d)
    print("%-32r -> %r (%s)" % (d, v, type(v).__name__))
print("duplicate keys last wins:", json.loads('{"a": 1, "a": 2}'))
print("key order preserved:", list(json.loads('{"z": 1, "a": 2, "m": 3}')))
print("bytes input:", json.loads(b'{"k": [1]}'))
print("utf-16 bytes:", json.loads('"x"'.encode("utf-16")))
print("utf-8 BOM bytes:", json.loads(b'\xef\xbb\xbf[1]'))
print("bytearray:", json.loads(bytearray(b"2")))
print("big exponent:", json.loads("1e400"), json.loads("-1e400"))
print("parse_float Fraction:", json.loads("[1.10, 2]", parse_float=__import__("fractions").Fraction))
print("parse_int:", json.loads("[1, 2]", parse_int=lambda s: int(s) * 10))
print("parse_int float:", json.loads("7", parse_int=float))
print("parse_constant:", json.loads("[NaN, Infinity]", parse_constant=lambda s: "<" + s + ">"))
print("huge int:", json.loads("9" * 50) == int("9" * 50))
print("nested depth:", json.loads("[" * 50 + "]" * 50) == eval("[" * 50 + "]" * 50))
print("strict=False control chars:", repr(json.loads('"a\tb"', strict=False)))
print("lone surrogate roundtrip:", json.dumps(json.loads('"\\udc00"')))
print("numbers types:", [type(x).__name__ for x in json.loads("[1, 1.0, 1e0, -0]")])
print("-0.0 vs -0:", repr(json.loads("-0.0")), repr(json.loads("-0")))
print("whitespace kinds allowed:", json.loads("\t\n\r [\t1\n,\r2 ]"))
try:
    json.loads("\u00a0[1]")
except json.JSONDecodeError as e:
    print("nbsp not whitespace:", e.msg)
print("nested types:", type(json.loads('{"a": []}')["a"]).__name__, type(json.loads('[{}]')[0]).__name__)
print("empty key:", json.loads('{"": 0}'))
print("string with null:", repr(json.loads('"a\\u0000b"')))
print("big float precision kept as float:", json.loads("0.1000000000000000055511151231257827"))
print("exponent int-like is float:", json.loads("1E2"), type(json.loads("1E2")).__name__)
print("unicode escapes case:", json.loads('"\\u00C9\\u00e9"'))
