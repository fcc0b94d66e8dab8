# list slicing, comparisons, repetition and misc behaviour
L = list(range(10))
print('slices', L[2:5], L[:3], L[7:], L[::3], L[::-1][:3], L[-3:-1], L[5:2:-1])
print('slice copy', L[:] == L, L[:] is L)
L2 = L[:]
L2[0] = 'changed'
print('copy independent', L[0], L2[0])
print('compare', [1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print('compare nested', [[1, 2], 3] < [[1, 3], 0], [[1]] == [[1]])
print('compare mixed numeric', [1, 2.0] == [1.0, 2], [True] == [1])
print('repeat', [0] * 4, [1, 2] * 2, 2 * ['x'], [] * 10, [1] * -1)
rows = [[0] * 3] * 2
rows[0][0] = 'shared'
print('repeat shares inner lists', rows)
rows = [[0] * 3 for _ in range(2)]
rows[0][0] = 'independent'
print('comprehension builds independent', rows)
print('concat', [1] + [2], [] + [], [[1]] + [[2]])
print('in / not in', 3 in L, 30 not in L, [1] in [[1], [2]])
print('len/min/max/sum', len(L), min(L), max(L), sum(L))
print('bool', bool([]), bool([0]), bool([[]]))
print('nested repr', [1, [2, [3, [4]]]], [None, True, 'x', 1.5, (1,), {}])
lst = [1, 2, 3]
lst[1:2] = [20, 21, 22]
print('slice replace grows', lst)
lst[::2] = ['a', 'b', 'c']
print('extended slice replace', lst)
print('index/negative', lst[-1], lst[-len(lst)])
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print('TypeError', e)
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError', e)
print('equal to tuple', [1] == (1,))
print('list hash', end=' ')
try:
    hash([1])
except TypeError as e:
    print(e)
print('unpack', *[1, 2, 3])
a, *b = [1, 2, 3]
print('star unpack', a, b)
print('list of chars', list('hey'), ''.join(['h', 'e', 'y']))
print('zip to lists', [list(t) for t in zip([1, 2], 'ab')])
matrix = [[1, 2], [3, 4], [5, 6]]
print('transpose', [list(c) for c in zip(*matrix)])
print('flatten', sum(matrix, []))
print('enumerate', list(enumerate(['a', 'b'], 1)))
print('reversed', list(reversed([1, 2, 3])))
print('self-containing', end=' ')
x = [1]
x.append(x)
print(x, x[1][1][0], len(x))
print('equality with self-reference', x == x)
print('dedup preserve order', list(dict.fromkeys([3, 1, 3, 2, 1])))
print('list from generator with condition', [i for i in range(20) if i % 7 == 3])
