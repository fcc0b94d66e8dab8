# pprint: collections types, mappingproxy, SimpleNamespace, subclasses
import collections
import pprint
import types

od = collections.OrderedDict((str(i) * 5, i) for i in range(12))
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {i: [i] * i for i in range(8)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.Counter('abracadabra' * 10), width=30)
pprint.pprint(collections.ChainMap({'a': 1, 'b': 2}, {'c': list(range(20))}), width=30)
pprint.pprint(collections.deque(range(30)), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=30)
pprint.pprint(collections.UserList(range(40)), width=30)
pprint.pprint(collections.UserDict({i: str(i) * 10 for i in range(6)}), width=30)
pprint.pprint(collections.UserString('word ' * 30), width=30)
pprint.pprint(types.MappingProxyType({i: str(i) * 10 for i in range(6)}), width=30)
pprint.pprint(types.SimpleNamespace(a=1, b='x' * 40, c=list(range(20))), width=30)
for empty in (collections.Counter(), collections.defaultdict(int),
              collections.ChainMap(), collections.deque()):
    pprint.pprint(empty, width=1)

class MyList(list):
    pass

class MyD(dict):
    def __repr__(self):
        return 'MyD!'

class NS(types.SimpleNamespace):
    pass

pprint.pprint(MyList(range(40)), width=30)
pprint.pprint(MyD(a=1))
pprint.pprint([MyD()] * 30)
pprint.pprint(NS(alpha=list(range(10)), beta='b'), width=20)
pprint.pprint(range(10))
pprint.pprint({'r': range(100), 'fn': len}, width=30)
