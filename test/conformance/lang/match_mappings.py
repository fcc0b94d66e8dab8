# match: mapping patterns
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)} if len(k) == 1:
            return f'key {k}'
        case {'type': 'key', **rest}:
            return f'special key event with {sorted(rest)}'
        case {'type': t}:
            return f'unhandled type {t}'
        case {}:
            return 'mapping without type'
        case _:
            return 'not a mapping'
events = [
    {'type': 'click', 'pos': (1, 2)},
    {'type': 'click', 'pos': [3, 4], 'extra': True},
    {'type': 'key', 'key': 'a'},
    {'type': 'key', 'key': 'shift', 'mod': 1},
    {'type': 'scroll'},
    {'other': 1},
    {},
    [('type', 'click')],
    'type',
]
for e in events:
    print(repr(e), '->', handle(e))
def rest_capture(m):
    match m:
        case {'a': 1, **others}:
            return others
    return None
print('rest capture', rest_capture({'a': 1, 'b': 2, 'c': 3}), rest_capture({'a': 2}))
class DefaultDict(dict):
    def __missing__(self, key):
        return 'missing!'
def missing_not_used(m):
    match m:
        case {'x': v}:
            return 'found ' + v
    return 'no key x'
print('__missing__ not used', missing_not_used(DefaultDict()))
def value_keys(m):
    match m:
        case {1: one, 'two': two, None: n}:
            return one, two, n
    return 'no'
print('non-string keys', value_keys({1: 'i', 'two': 'ii', None: 'nil'}))
class K:
    KEY = 'k'
def dotted_key(m):
    match m:
        case {K.KEY: v}:
            return 'dotted key value ' + str(v)
    return 'no'
print(dotted_key({'k': 42}))
def nested_map(cfg):
    match cfg:
        case {'db': {'host': h, 'port': int(p)}}:
            return f'{h}:{p}'
        case {'db': {'host': h}}:
            return f'{h}:default'
    return 'no db'
print(nested_map({'db': {'host': 'localhost', 'port': 5432}}), nested_map({'db': {'host': 'x', 'port': 'bad'}}), nested_map({}))
def empty_rest(m):
    match m:
        case {**rest}:
            return rest
print('only rest', empty_rest({'z': 0}))
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
class Mapping2:
    pass
print('non-dict object', handle(Mapping2()))
