# pprint: sort_dicts, pp() and mixed unorderable keys
import pprint

d = {'b': 1, 'a': 2, 'c': [3] * 30, 'aa': {'z': 1, 'y': 2}}
pprint.pprint(d)
pprint.pprint(d, sort_dicts=False)
pprint.pp(d)
pprint.pp(d, sort_dicts=True)
pprint.pp(d, width=20)
print(pprint.pformat(d, sort_dicts=False, width=30))
print(pprint.saferepr({'z': 1, 'a': [1, 2, (3,)]}))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}, sort_dicts=False))
print(pprint.pformat({(2, 'b'): 1, (1, 'z'): 2, (1, 'a'): 3}))
print(pprint._safe_key(1) < pprint._safe_key(2))
print(sorted([3, 1, 2.5], key=pprint._safe_key))
