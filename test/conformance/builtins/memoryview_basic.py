# memoryview basics
b = b'hello world'
m = memoryview(b)
print('len tobytes', len(m), m.tobytes(), bytes(m))
print('index', m[0], m[-1], type(m[0]).__name__)
print('slice', m[0:5].tobytes(), type(m[0:5]).__name__, m[::2].tobytes(), m[-5:].tobytes())
print('tolist', m[:3].tolist(), memoryview(b'').tolist())
print('properties', m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.nbytes)
print('equality', m == b, m[:5] == b'hello', m == memoryview(b'hello world'))
print('hex', memoryview(b'\x01\xff').hex())
try:
    m[0] = 72
except TypeError as e:
    print('TypeError', e)
ba = bytearray(b'abcdef')
mv = memoryview(ba)
mv[0] = ord('A')
mv[1:3] = b'BC'
print('writable view modifies', ba, mv.readonly)
sub = mv[3:]
sub[0] = ord('D')
print('sub view shares memory', ba)
try:
    mv[0:2] = b'xyz'
except ValueError as e:
    print('ValueError', e)
print('bytes from view slice', bytes(mv[1:4]))
print('in and iteration', 66 in mv, list(mv[:2]))
with memoryview(b'ctx') as cm:
    print('context manager', cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print('ValueError after release', e)
mv2 = memoryview(b'release')
mv2.release()
try:
    len(mv2)
except ValueError as e:
    print('ValueError', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError', e)
print('decode via bytes', bytes(memoryview(b'caf\xc3\xa9')).decode())
print('cast', memoryview(b'\x01\x00\x02\x00').cast('H').tolist() == [1, 2] or memoryview(b'\x01\x00\x02\x00').cast('H').tolist() == [256, 512])
print('obj', memoryview(b'x').obj == b'x')
