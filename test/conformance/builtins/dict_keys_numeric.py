# dict key equality: 1, 1.0 and True are the same key; first key object is kept
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print('one key', d, len(d))
d2 = {True: 'bool first'}
d2[1] = 'int'
print('first key kept', d2)
d3 = {1.0: 'a', 1: 'b'}
print('literal', d3)
d4 = {0: 'zero', False: 'false', 0.0: 'fz', -0.0: 'nz'}
print('zeros', d4)
print('lookup with equal key', {1: 'x'}[True], {True: 'y'}[1.0], {2.0: 'z'}[2])
print('in', 1.0 in {1: 0}, True in {1: 0}, 2 in {2.0: 0})
s = {1, 1.0, True}
print('set', s, {True, 1}, {1.0, 1}, {0, False, 0.0})
print('complex key', {1: 'a', 1 + 0j: 'b'})
print('big int vs float keys', {2 ** 53: 'i', float(2 ** 53): 'f'}, {2 ** 53 + 1: 'i', float(2 ** 53 + 1): 'f'})
del d[True]
print('delete via equal key', d)
d5 = {}
d5[1] = 'a'
d5.pop(1.0)
print('pop via float', d5)
counts = {}
for x in [1, 1.0, True, 2, 2.0]:
    counts[x] = counts.get(x, 0) + 1
print('counting mixed', counts)
print('fromkeys', dict.fromkeys([1, 1.0, True, 'a']))
print('update keeps original key', {1: 'a'} | {1.0: 'b'}, {1.0: 'b'} | {True: 'c'})
print('setdefault', {1: 'orig'}.setdefault(True, 'new'))
print('nan keys distinct', len({float('nan'): 1, float('nan'): 2}))
nan = float('nan')
print('same nan object found', {nan: 'found'}[nan])
print('tuple keys', {(1, 2): 'a', (1.0, 2.0): 'b'})
print('string vs bytes keys distinct', len({'a': 1, b'a': 2}))
print('frozenset key', {frozenset({1, 2}): 'fs'}[frozenset({2, 1})])
print('-0.0 and 0', {0: 'a', -0.0: 'b'})
print('str keys distinct from int', {'1': 'str', 1: 'int'})
