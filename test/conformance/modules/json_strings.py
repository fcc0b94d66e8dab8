# json: string escaping in both directions
import json

for cp in list(range(0, 0x20)) + [0x22, 0x2F, 0x5C, 0x7F, 0x80, 0xFF, 0x2028, 0xFFFF]:
    ch = chr(cp)
    a = json.dumps(ch)
    u = json.dumps(ch, ensure_ascii=False)
    print("U+%04X ascii=%s raw=%s" % (cp, a, ascii(u)))
print("astral:", json.dumps("\U0001F600\U00010000"), ascii(json.dumps("\U0001F600", ensure_ascii=False)))
print("lone surrogates:", json.dumps("\ud800x\udfff"))
print("decode escapes:", json.loads(r'"\b\f\n\r\t\/\\\""') == '\b\f\n\r\t/\\"')
print("decode uppercase hex:", json.loads(r'"\u00E9\u00e9"'))
print("decode surrogate pair:", ascii(json.loads(r'"\uD83D\uDE00"')))
print("decode reversed pair:", ascii(json.loads(r'"\uDE00\uD83D"')))
print("decode high + non-low:", ascii(json.loads(r'"\uD83Dx"')))
print("raw non-ascii in input:", json.loads('"caf\u00e9 \u65e5"'))
print("raw DEL allowed:", ascii(json.loads('"\x7f"')))
for raw in ['"a\nb"', '"\x00"', '"\x1f"']:
    try:
        json.loads(raw)
    except json.JSONDecodeError as e:
        print("control %s: %s" % (ascii(raw), e))
    print("  strict=False:", ascii(json.loads(raw, strict=False)))
for bad in [r'"\a"', r'"\u"', r'"\uXYZW"', r'"\'"', '"\\']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("bad %r: %s" % (bad, e))
keys = {"é": 1, "\n": 2, '"': 3}
print("escaped keys:", json.dumps(keys))
print("escaped keys roundtrip:", json.loads(json.dumps(keys)) == keys)
long = "x" * 10000 + "é"
print("long string:", len(json.dumps(long)), json.loads(json.dumps(long)) == long)
print("str subclass value:", json.dumps(type("S", (str,), {})("v")))
