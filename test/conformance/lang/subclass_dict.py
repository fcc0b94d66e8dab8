# Subclassing dict
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print('attrdict', a, a.x, a.y, a['y'])
try:
    a.z
except AttributeError as e:
    print('AttributeError', e)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo['KEY'] = 1
print('overridden setitem', lo, lo['Key'])
lo2 = Lower({'ABC': 1})
print('constructor bypasses __setitem__', lo2)
lo2.update({'XYZ': 2})
print('update bypasses __setitem__', lo2)
print('get bypasses __getitem__', lo.get('KEY'))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().keys()))
o = Ordered(b=1, a=2, c=3)
print('custom __iter__', list(o), 'keys() unaffected', list(o.keys()))
print('dict(o) copy', dict(o))
print('repr unaffected', o)
class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.gets = 0
    def __getitem__(self, k):
        self.gets += 1
        return super().__getitem__(k)
c = Counting(a=1)
c['a']; c['a']
print('gets counted', c.gets, 'attrs not in dict', c)
print('isinstance', isinstance(c, dict), type(c).__name__)
print('equality with dict', Counting(a=1) == {'a': 1})
print('copy returns dict', type(c.copy()).__name__)
print('| returns dict', type(c | {'b': 2}).__name__)
c |= {'z': 0}
print('|= keeps type', type(c).__name__, c)
class FromKeys(dict):
    pass
fk = FromKeys.fromkeys('ab', 0)
print('fromkeys classmethod keeps subclass', type(fk).__name__, fk)
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        self[k] = v = self.factory()
        return v
d = Default(list)
d['a'].append(1)
print('defaultdict-like', d)
class NoDelete(dict):
    def __delitem__(self, k):
        raise TypeError('deletion not allowed')
nd = NoDelete(a=1)
try:
    del nd['a']
except TypeError as e:
    print('TypeError', e)
print('pop bypasses __delitem__', nd.pop('a'), nd)
class Hashable(dict):
    def __hash__(self):
        return hash(tuple(sorted(self.items())))
h = Hashable(a=1)
print('hashable dict subclass in set', len({h, Hashable(a=1)}))
class KwInit(dict):
    def __init__(self, **kw):
        super().__init__(**{k: v * 2 for k, v in kw.items()})
print('kwargs init', KwInit(a=1, b=2))
