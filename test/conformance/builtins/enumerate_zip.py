# enumerate and zip (including strict=True)
print('enumerate', list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-2)), list(enumerate([], 5)))
e = enumerate(['x', 'y'])
print('iterator', type(e).__name__, next(e), next(e), next(e, 'done'))
print('big start', list(enumerate('ab', 2 ** 64)))
try:
    enumerate(5)
except TypeError as ex:
    print('TypeError', ex)
try:
    enumerate('a', 1.5)
except TypeError as ex:
    print('TypeError', ex)
print('enumerate dict', list(enumerate({'k': 1, 'j': 2})))
print('zip', list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print('zip shortest', list(zip([1, 2, 3], 'ab')), list(zip('a', range(100))))
print('zip strict ok', list(zip([1, 2], 'ab', strict=True)))
for args in [([1, 2, 3], 'ab'), ('ab', [1, 2, 3]), ('ab', 'cd', 'e'), ('a', 'bc', 'de')]:
    try:
        list(zip(*args, strict=True))
    except ValueError as ex:
        print('ValueError', ex)
print('zip unzip', list(zip(*[(1, 'a'), (2, 'b')])))
print('zip to dict', dict(zip('abc', range(3))))
z = zip([1, 2], [3, 4])
print('zip iterator', type(z).__name__, next(z), list(z), list(z))
consumed = []
def gen():
    for i in range(5):
        consumed.append(i)
        yield i
print('zip stops early', list(zip(gen(), 'ab')), 'consumed', consumed)
print('zip with iterator twice', list(zip(*[iter(range(6))] * 2)))
try:
    zip(1, 2)
except TypeError as ex:
    print('TypeError', ex)
print('enumerate + zip', [(i, a, b) for i, (a, b) in enumerate(zip('xy', 'pq'))])
print('zip strict generator lengths', end=' ')
try:
    list(zip(gen(), range(3), strict=True))
except ValueError as ex:
    print(ex)
print('enumerate reversed not allowed', end=' ')
try:
    reversed(enumerate('ab'))
except TypeError as ex:
    print(ex)
print('unequal strict error message variants done')
