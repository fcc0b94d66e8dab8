# pprint: the depth limit, in one-line and multi-line output
import pprint

data = {'a': {'b': {'c': {'d': 1}}}, 'l': [[], [[1, [2, [3]]]]], 't': ((1,), (2, (3,)))}
for d in (1, 2, 3, 4):
    print('--- depth', d)
    pprint.pprint(data, depth=d)
    pprint.pprint(data, depth=d, width=20)
    print(pprint.pformat([[[[1]]], (((2,),),)], depth=d))
pprint.pprint([{'a': 1}] * 3, depth=1)
pprint.pprint(((1,),), depth=1)
pprint.pprint({'empty': {}, 'el': [], 'et': ()}, depth=1)
for bad in (0, -1):
    try:
        pprint.pformat([1], depth=bad)
    except ValueError as e:
        print('ValueError:', e)
