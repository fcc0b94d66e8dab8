# List comprehensions
print('basic', [x * 2 for x in range(5)])
print('condition', [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print('if-else in expr', ['even' if x % 2 == 0 else 'odd' for x in range(4)])
print('nested loops', [(i, j) for i in range(3) for j in range(i)])
print('nested comprehension', [[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print('transpose', [[row[i] for row in matrix] for i in range(3)])
print('flatten', [v for row in matrix for v in row])
print('flatten with filter', [v for row in matrix if sum(row) > 6 for v in row if v % 2])
print('strings', [c.upper() for c in 'abc'])
print('tuples unpack', [a + b for a, b in [(1, 2), (3, 4)]])
print('star unpack target', [rest for _, *rest in [(1, 2, 3), (4, 5)]])
print('enumerate', [f'{i}:{v}' for i, v in enumerate('xy')])
print('zip', [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print('function calls', [len(w) for w in 'the quick brown fox'.split()])
print('empty', [x for x in []], [x for x in range(5) if False])
print('dict iteration', [k for k in {'b': 1, 'a': 2}])
print('walrus in condition', [y for x in range(6) if (y := x * x) > 5])
print('nested lambda capture', [f(10) for f in [lambda v, k=k: v + k for k in range(3)]])
print('comprehension of comprehensions', [sum(x for x in range(n)) for n in range(5)])
print('ternary filter', [x if x > 0 else 0 for x in [-2, 3, -1, 4]])
print('method on result', [s.strip() for s in [' a ', 'b ']].count('a'))
print('range with step', [i for i in range(10, 0, -3)])
print('chained conditions', [x for x in range(30) if x > 5 and x < 15 or x == 29])
print('star in element', [[*p, 0] for p in [(1,), (2, 3)]])
def squares(n):
    return [i ** 2 for i in range(n)]
print('in function', squares(6))
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print('class body first iterable', K.doubled)
big = [i for i in range(10000)]
print('large', len(big), big[-1], sum(big))
print('side effects order', [print('  item', i) or i for i in range(2)])
print('nested three deep', [a + b + c for a in 'xy' for b in '12' for c in '!?'])
print('identity', [x for x in [None, 0, '', False]])
print('bools', [bool(x) for x in [None, 0, '', False, 'a']])
print('list of lists independent', [[0] * 2 for _ in range(2)])
l = [[0] * 2] * 2
l[0][0] = 1
print('multiplied list aliasing', l)
