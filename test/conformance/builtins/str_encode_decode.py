# encode/decode with codecs and error handlers
s = 'héllo wörld €'
print('utf-8', s.encode(), s.encode('utf-8'), s.encode('UTF8'), len(s.encode()))
print('latin-1', 'héllo'.encode('latin-1'), 'héllo'.encode('iso-8859-1'))
print('ascii strict', end=' ')
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.encoding, e.start, e.end, e.reason)
print('ascii ignore', s.encode('ascii', 'ignore'))
print('ascii replace', s.encode('ascii', 'replace'))
print('ascii xmlcharrefreplace', s.encode('ascii', 'xmlcharrefreplace'))
print('ascii backslashreplace', s.encode('ascii', 'backslashreplace'))
print('latin-1 with euro', end=' ')
try:
    s.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
print('utf-16/32 lengths', len('ab'.encode('utf-16-le')), len('ab'.encode('utf-32-be')), 'a'.encode('utf-16-be'))
print('astral utf-8', '😀'.encode(), len('😀'.encode('utf-16-le')))
b = 'héllo €'.encode()
print('decode', b.decode(), b.decode('utf-8'), bytes(b).decode(encoding='utf-8'))
bad = b'ab\xffcd\xc3'
for errors in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    print('decode', errors, repr(bad.decode('utf-8', errors)))
try:
    bad.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
    print('attrs', e.encoding, e.start, e.end, e.reason, e.object)
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print('truncated', e)
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print('surrogate bytes', e)
print('latin-1 decodes everything', bytes(range(250, 256)).decode('latin-1'))
print('ascii decode error', end=' ')
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
print('surrogateescape round trip', bad.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == bad)
print('encode surrogate', end=' ')
try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print(e)
print('surrogatepass', '\ud800'.encode('utf-8', 'surrogatepass'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    'x'.encode('utf-8', 'no-such-handler')
except LookupError as e:
    print('LookupError', e)
print('bytearray decode', bytearray(b'caf\xc3\xa9').decode())
print('str() with encoding', str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'))
print('bytes() with encoding', bytes('é', 'utf-8'), bytes('é', encoding='latin-1'))
try:
    bytes('é')
except TypeError as e:
    print('TypeError', e)
try:
    str(b'x', 'ascii', 'strict', 'extra')
except TypeError as e:
    print('TypeError', e)
print('BOM utf-8-sig', 'x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
print('len chars vs bytes', len('日本語'), len('日本語'.encode()))
print('encode returns bytes', type('a'.encode()).__name__)
