# list.sort and sorted: keys, reverse, stability, errors
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print('sort', nums)
nums.sort(reverse=True)
print('reverse', nums)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print('default', sorted(words))
print('key lower', sorted(words, key=str.lower))
print('key len', sorted(words, key=len))
print('key len reverse', sorted(words, key=len, reverse=True))
records = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
print('stable by age', sorted(records, key=lambda r: r[1]))
print('stable reverse keeps original order of equals', sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print('multi-pass stable sort', sorted(by_name, key=lambda r: r[1]))
print('tuple key', sorted(records, key=lambda r: (-r[1], r[0])))
print('sort returns None', [3, 1].sort())
print('sorted returns new list', sorted((3, 1, 2)), sorted('cba'), sorted({3: 'x', 1: 'y'}), sorted({5, 1, 3}))
mixed = [3, 1.5, True, -2, 0.0]
print('mixed numbers', sorted(mixed))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError (message depends on comparison order)', "'<' not supported" in str(e))
try:
    [3, None, 1].sort()
except TypeError as e:
    print('TypeError (message depends on comparison order)', "'<' not supported" in str(e))
try:
    sorted([1, 2], key=lambda x: 'a' if x == 1 else 1)
except TypeError as e:
    print('TypeError (message depends on comparison order)', "'<' not supported" in str(e))
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print('TypeError', e)
lst = [3, 2, 1]
try:
    lst.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('key exception propagates', e, 'list unchanged or sorted partially:', sorted(lst))
calls = []
def key(x):
    calls.append(x)
    return -x
print('key called once per item', sorted([1, 2, 3], key=key), sorted(calls))
print('sort lists of lists', sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print('sort strings by unicode code point', sorted(['é', 'e', 'z', 'E', 'Z', '1', ' ']))
print('sort None key is identity', sorted([2, 1], key=None))
big = list(range(1000, 0, -1))
big.sort()
print('big sort', big[:3], big[-3:])
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Item({self.v})'
print('custom __lt__', sorted([Item(3), Item(1), Item(2)]))
print('reverse of equal keys stable', sorted([(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0], reverse=True))
print('sorted with key and default comparison of floats', sorted([0.1, -0.0, 0.0, float('inf'), -float('inf')]))
