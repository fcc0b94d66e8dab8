# int/float conversions, comparisons at the 2**53 boundary
big = 2 ** 53
print('exact', float(big), float(big + 1), float(big + 2), float(big + 3))
print('int(float(n))', int(float(big + 1)), int(float(big + 3)))
print('comparisons exact', big + 1 == float(big + 1), big + 1 > float(big + 1), big + 1 < float(big + 2))
print('float vs huge int', float(2 ** 1023) == 2 ** 1023, float(2 ** 1023) < 2 ** 1023 + 1, 1e308 < 10 ** 309)
print('int vs inf/nan', 10 ** 1000 < float('inf'), (10 ** 1000 == float('nan')), 10 ** 1000 > float('-inf'))
print('sorted mixed exact', sorted([big + 1, float(big), big - 1, float(big + 2)]))
print('max keeps type', repr(max(big + 1, float(big))), repr(max(float(big), big)))
print('dict key unify', {1: 'int', 1.0: 'float'}, {big + 1: 'a', float(big + 1): 'b'})
print('hash match', hash(float(big)) == hash(big), hash(0.5) == hash(0.5), hash(-0.0) == hash(0))
print('in list', float(big) in [big], big + 1 in [float(big + 1)])
print('rounding int->float half even', float(2 ** 53 + 1), float(2 ** 54 + 2), float(2 ** 54 + 6))
print('true division exact', (2 ** 60 + 1) / 1, (10 ** 30) / (10 ** 15), 1 / 3)
print('huge / huge', (10 ** 400) / (10 ** 399), (10 ** 400 + 1) // (10 ** 399))
print('int / float', 2 ** 60 / 2.0, 10 ** 20 / 1e10)
vals = [1.0, 1.5, -1.5, 1e10, 1e-10, 2.0 ** 63, 2.0 ** 64]
print('int()', [int(v) for v in vals])
print('round()', [round(v) for v in vals])
print('float(int(x)) round trip', [float(int(v)) == v for v in vals])
for v in (float('inf'), float('nan')):
    for fn in (int, round):
        try:
            fn(v)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, v, type(e).__name__, e)
try:
    float(10 ** 309)
except OverflowError as e:
    print('OverflowError', e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print('OverflowError', e)
print('int + float overflow', end=' ')
try:
    10 ** 309 + 0.5
except OverflowError as e:
    print(e)
print('comparison never overflows', 10 ** 309 > 1e308, 10 ** 309 == 1e308)
print('str float round trip', float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
print('int from float string', end=' ')
try:
    int('1.0')
except ValueError as e:
    print(e)
print('int(float(str))', int(float('1e5')))
print('bool conversions', float(True), int(2.5) == 2, bool(0.0), bool(-0.0), bool(float('nan')))
