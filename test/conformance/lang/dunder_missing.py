# __missing__ on dict subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print('counting', sorted(c.items()))
print('missing returns without storing', c['zzz'], 'zzz' in c)
print('get() ignores __missing__', c.get('zzz'), c.get('zzz', 'dflt'))
print('in ignores __missing__', 'q' in c)
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree['a']['b']['c'] = 1
print('autovivify', tree)
class KeyName(dict):
    def __missing__(self, key):
        return f'<{key}>'
k = KeyName(name='world')
print('format_map', 'Hello {name}, {unknown}!'.format_map(k))
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f'custom missing {key!r}')
try:
    Raising()['x']
except KeyError as e:
    print('KeyError', e)
class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print('KeyError', e)
class InstanceMissing(dict):
    pass
im = InstanceMissing()
im.__missing__ = lambda key: 'instance attr'
try:
    im['x']
except KeyError:
    print('instance __missing__ ignored')
class Logged(dict):
    def __missing__(self, key):
        print('  __missing__', repr(key))
        return None
lg = Logged(a=1)
print('present', lg['a'])
print('absent', lg['b'])
print('pop not affected', lg.pop('b', 'default'))
print('setdefault not affected', lg.setdefault('c', 3), lg)
try:
    print('__missing__ on plain dict', hasattr(dict, '__missing__'))
except Exception:
    pass
class Fib(dict):
    def __missing__(self, n):
        v = n if n < 2 else self[n - 1] + self[n - 2]
        self[n] = v
        return v
print('memoized fib', Fib()[90])
class Upper(dict):
    def __missing__(self, key):
        if isinstance(key, str) and key.upper() in self:
            return self[key.upper()]
        raise KeyError(key)
u = Upper(A=1)
print('case fallback', u['a'], u['A'])
try:
    u['b']
except KeyError as e:
    print('KeyError', e)
class DefaultList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dl = DefaultList()
dl['x'].append(1)
dl['x'].append(2)
dl['y'].append(3)
print('grouping', dl)
