# Slice assignment and deletion on lists and bytearrays
L = list(range(10))
L[2:4] = ['a', 'b', 'c']
print('grow', L)
L[1:6] = []
print('shrink', L)
L[:0] = [-2, -1]
print('prepend', L)
L[len(L):] = [100]
print('append', L)
L[:] = 'xyz'
print('replace all', L)
L = list(range(10))
L[::2] = 'ABCDE'
print('extended', L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
L[::-3] = [0, 0, 0, 0]
print('neg extended', L)
L = list(range(10))
del L[1:3]
print('del slice', L)
del L[::2]
print('del step', L)
del L[::-1]
print('del all reversed', L)
L = list(range(10))
del L[5:]
del L[-1]
del L[0]
print('del mixed', L)
L = [1, 2, 3]
L[1:2] = range(5)
print('iterable rhs', L)
L[0:0] = (x * 2 for x in [7])
print('generator rhs', L)
L = [1, 2, 3]
L[1:] = L
print('self assign', L)
try:
    L[0:1] = 5
except TypeError as e:
    print('TypeError', e)
L = [0] * 5
L[10:20] = [9]
print('beyond end', L)
L[-100:1] = ['s']
print('before start', L)
L[3:1] = ['ins']
print('reversed bounds insert', L)
b = bytearray(b'hello world')
b[0:5] = b'HELLO'
print('bytearray', b)
b[5:6] = b'___'
print('bytearray grow', b)
del b[::2]
print('bytearray del step', b)
b[:] = b''
print('bytearray clear', b)
t = (1, 2, 3)
try:
    t[0:1] = [0]
except TypeError as e:
    print('TypeError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
s = 'abc'
try:
    s[0:1] = 'z'
except TypeError as e:
    print('TypeError', e)
L = list(range(6))
L[1:5:2] = ('p', 'q')
print('step 2 tuple rhs', L)
L[5:0:-2] = 'XYZ'
print('neg step rhs', L)
d = list('abcdef')
del d[-2:]
print('del neg', d)
