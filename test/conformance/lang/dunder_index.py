# __index__ and integer conversion protocols (__int__, __float__, __complex__)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
seq = list('abcdefgh')
print('indexing', seq[Idx(2)], 'xyz'[Idx(-1)], (1, 2, 3)[Idx(0)])
print('slicing', seq[Idx(1):Idx(4)], seq[::Idx(3)])
print('bin/oct/hex', bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print('range', list(range(Idx(3))), range(10)[Idx(2)])
print('operator.index style', int(Idx(7)), Idx(7).__index__())
print('repeat', 'ab' * Idx(3), [0] * Idx(2))
print('int() uses __index__', int(Idx(9)))
print('math', __import__('math').factorial(Idx(5)) if hasattr(__import__('math'), 'factorial') else None)
print('bytes', bytes(Idx(2)), bytearray(Idx(1)))
print('chr', chr(Idx(65)))
print('round ndigits', round(3.14159, Idx(2)))
print('list.pop / insert', [1, 2, 3].pop(Idx(0)))
class BadIndex:
    def __index__(self): return 'no'
try:
    [1][BadIndex()]
except TypeError as e:
    print('TypeError', e)
class NoIndex:
    pass
try:
    [1][NoIndex()]
except TypeError as e:
    print('TypeError', e)
try:
    bin(NoIndex())
except TypeError as e:
    print('TypeError', e)
idx = 1.0
try:
    'abc'[idx]
except TypeError as e:
    print('TypeError', e)
class OnlyInt:
    def __int__(self): return 42
print('int() uses __int__', int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print('__int__ not enough for indexing:', e)
class OnlyFloat:
    def __float__(self): return 2.5
print('float()', float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print('TypeError', e)
class IndexFloat:
    def __index__(self): return 3
print('float() falls back to __index__', float(IndexFloat()))
class Cx:
    def __complex__(self): return 1 + 2j
print('complex()', complex(Cx()))
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
class BigIdx:
    def __index__(self): return 2 ** 70
try:
    [1][BigIdx()]
except IndexError as e:
    print('IndexError', e)
print('slice with big __index__', [1, 2][BigIdx():])
print('hex of negative', hex(Idx(-255)))
print('int() of bool', int(True), float(False))
print('isinstance via index', isinstance(Idx(1), int))
