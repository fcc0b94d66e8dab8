# pprint: recursion markers and the isreadable/isrecursive flags
import pprint
import re

def clean(text):
    return re.sub(r'id=\d+', 'id=N', text)

r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print(clean(pprint.pformat(r)))
print(clean(pprint.saferepr(d)))
print(pprint.isrecursive(r), pprint.isreadable(r))
print(clean(pprint.pformat([r] * 3, width=20)))
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable([object()]), pprint.isrecursive([1]))
nested = []
nested.append({'r': nested})
print(clean(pprint.pformat(nested, width=5)))
print(pprint.isrecursive(nested), pprint.isreadable(nested), pprint.PrettyPrinter().isreadable(nested))
t = (1, 2)
print(pprint.pformat([t, t, [t, t]]))
x = [1, 2]
print(pprint.pformat({'a': x, 'b': x, 'c': [x, x]}))
loop = {}
loop['a'] = [loop, (loop,)]
print(clean(pprint.pformat(loop)))
print(clean(pprint.pformat(loop, width=10)))
print(pprint.isreadable(range(3)), pprint.isreadable(len), pprint.isreadable(None))

class Blank:
    def __repr__(self):
        return ''

print(repr(pprint.isreadable(Blank())), repr(pprint.isreadable({1: Blank()})), pprint.isreadable([Blank()]))
print(pprint.pformat({1: 'a', 'b': 2, None: 3, (1,): 4}))
print(pprint.pformat({1, 'b', None, 2.5, 'a'}, width=10))
