# pprint: line breaking at several widths and indents
import pprint

data = {'name': 'x' * 30, 'list': list(range(30)),
        'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': {'d': {'e': 'f' * 40}}},
        'tup': (1,), 'set': {3, 1, 2}, 'fs': frozenset({10, 20, 30}),
        'empty': [], 'et': (), 'ed': {}, 'es': set()}
for w in (80, 40, 20, 10, 1, -5):
    print('--- width', w)
    pprint.pprint(data, width=w)
for ind in (0, 2, 4):
    print('--- indent', ind)
    pprint.pprint(data, indent=ind, width=30)
pprint.pprint({1: 'a' * 50, 2: {3: 'b' * 50}}, indent=3, width=40)
pprint.pprint([(1,), ((1,),), ((1, 2),)] * 4, width=15)
pprint.pprint([1, {2: 3}, {(1, 2): 'x', (0, 5): 'y', 1: 'mixed'}] * 3)
pprint.pprint({None: 1, 1: 2, 'a': 3}, width=10)
pprint.pprint(set(range(40)), width=30)
pprint.pprint(frozenset(range(40)), width=30)
pprint.pprint({('a', 1): [1.5, 2.25j], frozenset(): 'v'}, width=30)
p = pprint.PrettyPrinter(indent=2, width=20)
p.pprint({'a': list(range(10))})
print(p.pformat((1, 2)), p.isreadable([1]), p.isrecursive([1]))
print(pprint.pformat(10 ** 40, width=5))
