# json: decoding errors and positions, encoder options and chunking, hooks
import json
docs = ['', ' ', '{', '}', '[', ']', '[1', '[1,', '[1,]', '[,1]', '{"a"', '{"a":', '{"a":}', '{"a":1', '{"a":1,', '{"a" :1 , "b" : [ ] }',
 '"\\u"', '"\\u1"', '"\\u123"', '"\\u1234', '"\\u1234"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83d\\u0041"', '"\\ud83d\\uzzzz"', '"\\ude00\\ud83d"',
 '"a\\', '"a\\"', '"\\q"', '"\x01"', '"\x1f"', '"\x7f"', '"é😀"', '"😀\\x"', '["😀", 1, x]', '{"😀": 1, 2}', '[1, 2]]', '"😀" x',
 '-', '-0', '-0.0', '-01', '0.', '0.e1', '0e', '0e+', '0e+1', '0E-1', '1.5e3', '1e500', '-1e500', '123456789012345678901234567890', '1.0000000000000002',
 'NaN', '-NaN', 'Infinity', '-Infinity', '-Inf', 'nul', 'null', 'nulll', 'true', 'True', 'false', 'fals', 'tru e',
 '[true,false,null]', '{"a":{"b":{"c":[]}}}', '  [  ]  ', '\t\n{\r}\n', '[1]\n\n x', '{"a":1}{"b":2}', '{"a":1,"a":2}', '\u00a0[1]', '[1\u00a0]']
for d in docs:
    try:
        r = json.loads(d)
        print(repr(d), 'OK', repr(r))
    except json.JSONDecodeError as e:
        print(repr(d), 'ERR', e.msg, e.pos, e.lineno, e.colno, str(e))
    except Exception as e:
        print(repr(d), 'EXC', type(e).__name__, e)
print(json.loads('"abc"', strict=False), json.loads('"a\tb"', strict=False))
for d in ['"a\nb"', '"\x00"']:
    try: print(repr(json.loads(d, strict=False)))
    except Exception as e: print('ERR', e)
dec = json.JSONDecoder()
for s, i in [('xx[2]', 2), ('😀[2]', 1), ('😀😀 3', 2), ('[1]', 5), ('[1]', 3)]:
    try: print(dec.raw_decode(s, i))
    except Exception as e: print(type(e).__name__, e)
try: dec.raw_decode('[1]', -1)
except Exception as e: print(type(e).__name__, e)
print(json.decoder.scanstring('"abc" def', 1), json.decoder.scanstring('😀"abc😀" def', 2))
try: json.decoder.scanstring('"abc', 10)
except Exception as e: print(type(e).__name__, e)
vals = [None, True, False, 0, -1, 1.5, float('nan'), float('inf'), -float('inf'), 1e16, 'a"b\\c\n\t\x00\x1f\x7f é😀\u2028', [], {}, [[]], {'a': {}}, (1, 2),
        {1: 2, 1.5: 3, True: 4, None: 5, 'x': [1, {'y': None}]}, {False: 1}, [1, [2, [3, [4]]]], 10**30, -10**30]
for v in vals:
    for kw in [{}, {'ensure_ascii': False}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'separators': (',', ':')}, {'sort_keys': True}, {'indent': -1}, {'allow_nan': False}]:
        try: print(json.dumps(v, **kw))
        except Exception as e: print(type(e).__name__, e)
        try: print(list(json.JSONEncoder(**kw).iterencode(v)))
        except Exception as e: print(type(e).__name__, e)
try: json.dumps({(1,2): 3})
except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,2): 3, 'a': 1})))
a = []; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e)
d = {}; d['d'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
try: list(json.JSONEncoder().iterencode(d))
except Exception as e: print(type(e).__name__, e)
class C: pass
try: json.dumps([C()])
except Exception as e: print(type(e).__name__, e)
print(json.dumps([C()], default=lambda o: 'C!'))
def bad(o): return o
try: json.dumps([C()], default=bad)
except Exception as e: print(type(e).__name__, e)
class D(dict):
    def items(self): return [('z', 1), ('a', 2)]
print(json.dumps(D(x=1)), json.dumps(D(x=1), sort_keys=True), list(json.JSONEncoder().iterencode(D(x=1))))
class L(list): pass
print(json.dumps(L([1, 2])), json.dumps({'k': L()}))
class S(str): pass
print(json.dumps(S('x')), json.dumps({S('k'): S('v')}))
try: json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except Exception as e: print(type(e).__name__, e)
try: json.dumps({'b': 1, 2: 3}, sort_keys=True)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True, indent=4))
print(json.dumps([1, 2], indent=True), json.dumps({'a': [1]}, separators=(' ; ', ' = '), indent=1))
print(json.loads('[1.5, 2, 3e2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": NaN, "b": -Infinity}', parse_constant=lambda s: s.lower()))
print(json.loads('[{"a": 1}, {"b": {"c": 2}}]', object_pairs_hook=list))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 1}')), json.loads('[1]'.encode('utf-16')), json.loads('[1]'.encode('utf-32')), json.loads('[1]'.encode('utf-16-le')), json.loads('[1]'.encode('utf-8-sig')))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'), json.detect_encoding(b'\x00\x00\x00{'), json.detect_encoding(b'{\x00\x00\x00'))
print(json.encoder.encode_basestring('a"\n😀'), json.encoder.encode_basestring_ascii('a"\n😀é'), json.encoder.py_encode_basestring_ascii('a"\n😀é'), json.encoder.py_encode_basestring('a"\n😀é\x00'))
deep = '[' * 2000 + ']' * 2000
try: json.loads(deep)
except Exception as e: print(type(e).__name__, e)
x = []
for i in range(3000): x = [x]
try: json.dumps(x)
except Exception as e: print(type(e).__name__, e)
print(json.dumps(1e22), json.dumps(-0.0), json.dumps(2**53+1.0), json.loads('1E400'), json.loads('-0'), json.loads('[0.1, 0.2]'))
import json.scanner, json.decoder, json.encoder
print(json.scanner.py_make_scanner(json.JSONDecoder())('{"a": [1, 2.5, "x", null, true, NaN]}', 0))
print(json.decoder.JSONObject(('"a": 1}', 0), True, json.JSONDecoder().scan_once, None, None))
print(json.JSONEncoder().encode('é'), json.JSONEncoder(ensure_ascii=False).encode('é'))
print(json.dumps({'a': 1}, cls=json.JSONEncoder), json.JSONDecoder(strict=False).decode('"\t"'))
