# Slicing reads on lists, strings, tuples, ranges
s = 'abcdefgh'
L = list(range(10))
print('basic', s[1:4], L[2:5])
print('open', s[:3], s[5:], s[:], L[:2], L[8:])
print('negative', s[-3:], s[:-3], s[-5:-2], L[-1:])
print('step', s[::2], s[1::2], L[::3], L[1:8:3])
print('reverse', s[::-1], L[::-1], s[::-2], L[8:2:-2])
print('neg step bounds', s[5::-1], s[:5:-1], s[-1:-4:-1])
print('out of range', s[10:], s[-100:2], L[5:100], s[100:-100:-1])
print('empty', s[3:1], s[3:3], L[5:2], s[1:5:-1])
print('tuple', (1, 2, 3, 4)[1:3], (1, 2, 3)[::-1])
print('range', range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:4])
print('bytes', b'hello'[1:3], bytearray(b'hello')[::-1])
print('slice obj', s[slice(1, 4)], s[slice(None, None, -1)], L[slice(2)])
print('copy is new', L[:] is L, L[:] == L)
print('big indices', s[2 ** 70:], s[-2 ** 70:2], L[:2 ** 64])
print('index method', s[True:], L[False:True])
class I:
    def __index__(self): return 2
print('__index__', s[I():], L[:I()], s[I()])
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    s['a':]
except TypeError as e:
    print('TypeError', e)
try:
    s[1.0:]
except TypeError as e:
    print('TypeError', e)
try:
    s[1.5]
except TypeError as e:
    print('TypeError', e)
class Rec:
    def __getitem__(self, k): return k
r = Rec()
print('getitem receives', r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1])
print('slice repr', r[1:], repr(slice(None)), slice(1, 2, 3))
print('slice attrs', r[1:2:3].start, r[1:2:3].stop, r[1:2:3].step)
print('slice indices', slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(2, 100, 2).indices(6))
print('nested', [[1, 2, 3], [4, 5, 6]][1][::-1])
print('string chars', s[0], s[-1], s[len(s) - 1])
for i in range(-3, 3):
    print('step -1 from', i, L[i::-1][:3])
