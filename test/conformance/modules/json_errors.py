# json: JSONDecodeError msg / pos / lineno / colno
import json

bad_docs = ['', '   ', '{', '[1, 2', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '{a: 1}',
            '[1] x', 'tru', 'nul', '"unterminated', '"bad \\x escape"', '"\\u12"', '01',
            '1.', '.5', '-', '+1', '[1 2]', '{"a":1 "b":2}', '"tab\there"', '\ufeff[1]', 'infinity', '[-]',
            '{"k": [1, {"x": }]}', '{1: 2}', '"\\ud800\\"', '1e', '--1', '0x10']
for doc in bad_docs:
    try:
        json.loads(doc)
        print("%-22r parsed?!" % doc)
    except json.JSONDecodeError as e:
        print("%-22r msg=%r pos=%d line=%d col=%d" % (doc, e.msg, e.pos, e.lineno, e.colno))

try:
    json.loads('{\n  "a": 1,\n  "b": ]\n}')
except json.JSONDecodeError as e:
    print("multiline:", e)
    print("str(e) == formatted:", str(e) == "%s: line %d column %d (char %d)" % (e.msg, e.lineno, e.colno, e.pos))
    print("doc kept:", e.doc.count("\n"))
print("is ValueError:", issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(b'\xff\xfe\x00')
except (json.JSONDecodeError, UnicodeDecodeError) as e:
    print(type(e).__name__)
try:
    json.loads("[1]", object_hook=5)
    print("object_hook not called for list: ok")
except TypeError as e:
    print("TypeError:", e)
dec = json.JSONDecoder()
print("raw_decode:", dec.raw_decode('{"a": 1} trailing'))
print("raw_decode idx:", dec.raw_decode('xx[2]', 2))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print("raw_decode leading ws:", e)
try:
    dec.decode('[1] [2]')
except json.JSONDecodeError as e:
    print("decode extra:", e)
