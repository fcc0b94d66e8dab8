# collections.abc: isinstance/issubclass checks and mixin methods
from collections import abc, deque, OrderedDict, Counter, defaultdict

def kinds(obj):
    names = ["Iterable", "Iterator", "Reversible", "Container", "Sized", "Collection",
             "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping",
             "MutableMapping", "Hashable", "Callable", "Generator"]
    return [n for n in names if isinstance(obj, getattr(abc, n))]

def gen():
    yield 1

for label, obj in [("list", []), ("tuple", ()), ("str", ""), ("bytes", b""),
                   ("dict", {}), ("set", set()), ("frozenset", frozenset()),
                   ("range", range(3)), ("deque", deque()), ("iter", iter([])),
                   ("gen", gen()), ("int", 1), ("lambda", lambda: 0),
                   ("dict_keys", {}.keys()), ("dict_items", {}.items()),
                   ("dict_values", {}.values()), ("OrderedDict", OrderedDict()),
                   ("memoryview", memoryview(b""))]:
    print(label, kinds(obj))

class Only(object):
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
print("duck Iterable/Sized:", isinstance(Only(), abc.Iterable), isinstance(Only(), abc.Sized))
print("duck not Container:", isinstance(Only(), abc.Container))

class IterNone:
    __iter__ = None
print("__iter__ = None blocks:", isinstance(IterNone(), abc.Iterable))

class MySeq(abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

s = MySeq(3, 1, 4, 1)
print("mixins:", list(s), 4 in s, s.index(1), s.count(1), list(reversed(s)))

class MyMap(abc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

m = MyMap({"a": 1, "b": 2})
print("mapping mixins:", m.get("a"), m.get("z", 0), list(m.keys()), list(m.items()), "b" in m)
print("mapping eq:", m == {"a": 1, "b": 2})

class MySet(abc.Set):
    def __init__(self, it):
        self.s = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(self.s)
    def __len__(self):
        return len(self.s)

a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print("set mixins:", sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([9]))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError:", e)
print("issubclass:", issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence))
print("Counter Mapping:", issubclass(Counter, abc.MutableMapping), issubclass(defaultdict, abc.Mapping))
print("str Sequence:", issubclass(str, abc.Sequence), issubclass(bytearray, abc.MutableSequence))
