# dict methods
d = {'a': 1, 'b': 2}
print('get', d.get('a'), d.get('z'), d.get('z', 0))
print('setdefault', d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print('pop', d.pop('n'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d.update({'d': 4})
d.update([('e', 5)], f=6)
d.update(g=7)
print('update', d)
print('keys values items', list(d.keys()), list(d.values()), list(d.items())[:2])
print('popitem LIFO', d.popitem(), d.popitem(), d)
c = d.copy()
c['a'] = 'changed'
print('copy shallow', d['a'], c['a'])
print('fromkeys', dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print('fromkeys shares value', shared)
d.clear()
print('clear', d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print('constructor forms', dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])), dict())
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError', e)
print('in / not in', 'a' in {'a': 1}, 1 in {'a': 1}, 'b' not in {'a': 1})
print('len', len({1: 1, 2: 2}))
print('equality ignores order', {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 1.0})
print('del', end=' ')
dd = {'k': 1, 'j': 2}
del dd['k']
print(dd)
try:
    del dd['missing']
except KeyError as e:
    print('KeyError', e)
print('reversed', list(reversed({'a': 1, 'b': 2, 'c': 3})), list(reversed({'a': 1}.items())))
print('| and |=', {'a': 1} | {'b': 2}, {'a': 1} | {'a': 2})
u = {'a': 1}
u |= {'b': 2}
u |= [('c', 3)]
print('|=', u)
try:
    {'a': 1} | [('b', 2)]
except TypeError as e:
    print('TypeError', e)
print('get does not insert', (g := {}).get('x'), g)
print('update from keys() object', {}.update(a=1))
class KeysOnly:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print('update with mapping protocol', dict(KeysOnly()), {**KeysOnly()})
print('values not comparable as sets', {'a': 1}.values() == {'a': 1}.values())
print('nested', {'outer': {'inner': [1, 2]}}['outer']['inner'][1])
