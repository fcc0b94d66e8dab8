# hash(): ints, floats, tuples, equal values hash equal (str/bytes hashes are not printed)
print('small ints', [hash(i) for i in (0, 1, 2, 100, -3, -1)])
print('-1 maps to -2', hash(-1), hash(-1.0))
print('big ints modulus', hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print('floats', hash(1.0), hash(2.5) == hash(2.5), hash(0.0), hash(-0.0), hash(1e100) == hash(int(1e100)))
print('int float equality', hash(5) == hash(5.0), hash(2 ** 53) == hash(float(2 ** 53)), hash(0.5) == hash(0.5))
print('inf', hash(float('inf')), hash(float('-inf')))
print('bool', hash(True), hash(False))
print('None same each time', hash(None) == hash(None))
print('complex', hash(complex(1, 0)) == hash(1), hash(3j) == hash(3j))
print('tuples', hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print('tuple order matters', hash((1, 2)) != hash((2, 1)))
print('strings equal hash equal', hash('abc') == hash('a' + 'bc'), hash(b'abc') == hash(bytes([97, 98, 99])))
print('frozenset order independent', hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print('range', hash(range(3)) == hash(range(0, 3, 1)))
for obj in ([], {}, set(), bytearray(), slice(1)):
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError', e)
class Custom:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
print('custom', hash(Custom(5)) == hash(5), hash(Custom((1, 2))) == hash((1, 2)))
class Neg:
    def __hash__(self): return -1
print('custom -1 becomes -2', hash(Neg()))
class Huge:
    def __hash__(self): return 2 ** 64
print('custom huge reduced', hash(Huge()) == hash(2 ** 64))
class Bad:
    def __hash__(self): return 1.5
try:
    hash(Bad())
except TypeError as e:
    print('TypeError', e)
print('object hash stable', (lambda o: hash(o) == hash(o))(object()))
print('function hashable', isinstance(hash(len), int), isinstance(hash(lambda: 0), int))
print('hash returns int', type(hash(1.5)).__name__)
print('decimal fractions', hash(0.1) == hash(0.1), hash(1.5) == hash(3 / 2))
