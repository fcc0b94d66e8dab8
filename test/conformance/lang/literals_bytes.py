# Bytes literal forms and basic behaviour
b = b'hello'
print('repr', repr(b), b)
print('index int', b[0], b[-1], type(b[0]).__name__)
print('slice bytes', b[1:3], b[::-1], b[10:])
print('escapes', b'\x00\x01\x7f\x80\xff')
print('tab nl', b'\t\n\r\\')
print('list', list(b'AZaz'))
print('len', len(b'\x00' * 5))
print('concat', b'ab' + b'cd', b'ab' * 3)
print('in', b'ell' in b, 104 in b, 0 in b)
print('eq', b'a' == b'a', b'a' < b'b', b'ab' < b'abc')
print('bytes()', bytes(3), bytes([65, 66]), bytes(range(3)))
print('bytes from str', bytes('hé', 'utf-8'), 'hé'.encode('latin-1'))
print('bytearray', bytearray(b'abc'), bytearray(2))
print('bytes repr printable', bytes(range(30, 40)))
print('bytes repr high', bytes([127, 128, 200, 255]))
print('hex', b'\x01\xab'.hex(), bytes.fromhex('41 42 ff'))
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
try:
    b[10]
except IndexError as e:
    print('IndexError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
print('iter', [c for c in b'hi'])
print('hash eq', hash(b'abc') == hash(b'abc'))
print('bool', bool(b''), bool(b'\x00'))
print('decode', b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'))
print('mixed quotes', b'"', b"'", b'\'"')
