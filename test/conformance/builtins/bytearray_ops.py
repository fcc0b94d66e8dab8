# bytearray: mutation methods and behaviour
ba = bytearray(b'hello')
print('repr', ba, type(ba).__name__, len(ba))
ba[0] = ord('H')
print('setitem', ba)
ba.append(33)
print('append', ba)
ba.extend(b' world')
ba.extend([33, 33])
print('extend', ba)
ba.insert(0, ord('>'))
print('insert', ba)
print('pop', ba.pop(), ba.pop(0), ba)
ba.remove(ord('o'))
print('remove first o', ba)
try:
    ba.remove(ord('z'))
except ValueError as e:
    print('ValueError', e)
ba.reverse()
print('reverse', ba)
ba.reverse()
ba[1:3] = b'EL'
print('slice assign', ba)
ba[0:0] = b'[['
print('slice insert', ba)
del ba[0:2]
print('slice delete', ba)
ba += b'!'
print('+=', ba)
ba *= 2
print('*=', ba)
print('copy independent', (c := ba.copy()) == ba, c is not ba)
ba.clear()
print('clear', ba, len(ba))
for bad, exc in [('ba.append(256)', ValueError), ('ba.append(-1)', ValueError), ("ba.append('a')", TypeError), ('bytearray(b"x")[5]', IndexError), ("ba.extend('str')", TypeError), ('bytearray().pop()', IndexError)]:
    try:
        exec(bad)
    except exc as e:
        print(bad, '->', type(e).__name__, e)
print('constructors', bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x' * 3), bytearray(range(3)))
print('methods return bytearray', type(bytearray(b'ab').upper()).__name__, bytearray(b'a b').split())
print('decode', bytearray(b'caf\xc3\xa9').decode())
print('comparison', bytearray(b'a') < b'b', bytearray(b'x') == b'x')
print('unhashable', end=' ')
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(e)
print('concat types', type(bytearray(b'a') + b'b').__name__, type(b'a' + bytearray(b'b')).__name__)
print('iteration ints', list(bytearray(b'AB')))
print('index returns int, slice bytearray', bytearray(b'abc')[1], bytearray(b'abc')[1:])
print('fromhex', bytearray.fromhex('01 02'), bytearray(b'\x01\x02').hex())
b2 = bytearray(b'abcdef')
b2[::2] = b'XYZ'
print('extended slice assign', b2)
del b2[::2]
print('extended slice delete', b2)
b3 = bytearray(b'xyz')
b3[1] = 0
print('set zero byte', b3)
print('in', 120 in b3, b'z' in b3)
print('bytes(bytearray) copies', bytes(b3), type(bytes(b3)).__name__)
