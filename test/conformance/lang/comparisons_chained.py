# Chained and mixed comparisons
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(3) < v(2) < v(1), calls); calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls); calls.clear()
x = 5
print('range check', 0 <= x < 10, 0 < x <= 4, x > 3 >= 3)
print('is chain', None is None is None, [] is not [] is not None)
print('in chain', 1 in (1, 2) in [(1, 2)], 'a' not in 'bcd' == True)
print('int float', 1 == 1.0, 2 < 2.5, 3 >= 3.0, 1 != 1.0000001)
print('big float', 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 == float(2 ** 53))
print('big vs inf', 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'))
nan = float('nan')
print('nan', nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print('bool int', True == 1, False == 0, True > False, True < 2)
print('complex eq', 1 + 0j == 1, 1j == 1j, 1j != 2j)
try:
    1j < 2j
except TypeError as e:
    print('TypeError', e)
print('str', 'abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'a' == 'a')
print('list', [1, 2] < [1, 3], [1, 2] < [1, 2, 3], [2] > [1, 100], [] == [])
print('tuple', (1, 'a') < (1, 'b'), (1, 2) == (1, 2), (1,) != (1, 0))
print('mixed eq', 1 == '1', [1] == (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print('set', {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1} < {2})
print('dict eq order', {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
for a, b in [(1, 'a'), ('a', 1), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        a < b
    except TypeError as e:
        print('TypeError', e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError', e)
print('list short circuit', [1, 'a'] < [2, 0])
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        calls.append(('lt', self.n, o.n))
        return self.n < o.n
a, b, c = C(1), C(2), C(3)
print('custom chain', a < b < c, calls); calls.clear()
print('custom reversed', c > b, calls); calls.clear()
print('identity', a is a, a is not b, a == a, a != b)
print('None compare', None == None, None != 0, None == False)
