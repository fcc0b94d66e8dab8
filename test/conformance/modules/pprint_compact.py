# pprint: compact=True packs several items per line
import collections
import pprint

pprint.pprint(list(range(100)), compact=True)
pprint.pprint(list(range(100)), compact=True, width=33, indent=3)
pprint.pprint([['ab' * i] * i for i in range(8)], compact=True, width=30)
pprint.pprint([1, 'a', 2.5, None, (1, 'b')] * 4, width=40, compact=True)
pprint.pprint([[1, 2, 3], [4, 5, 6]] * 5, indent=4, width=25, compact=True)
pprint.pprint(collections.deque(['abc' * 5] * 10, maxlen=12), compact=True, width=40)
pprint.pprint({'k': list(range(50)), 'j': tuple(range(30))}, compact=True, width=40)
pprint.pprint([list(range(15)), 'x' * 50, list(range(3))] * 2, compact=True, width=30)
