# replace, startswith, endswith
s = 'one two one two one'
print('replace all', s.replace('one', '1'))
print('replace count', s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print('replace missing', s.replace('three', '3'))
print('replace empty old', 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('replace with empty', s.replace(' ', ''), 'aaa'.replace('a', ''))
print('replace overlapping', 'aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'b'))
print('replace longer', 'a.b.c'.replace('.', '...'))
print('replace keyword count', 'xxx'.replace('x', 'y', count=1) if False else 'xxx'.replace('x', 'y', 1))
print('startswith', s.startswith('one'), s.startswith('two'), s.startswith(''), s.startswith('two', 4), s.startswith('one', 0, 2))
print('endswith', s.endswith('one'), s.endswith('two'), s.endswith('two', 0, 15), s.endswith('', 5), s.endswith('one', -3))
print('tuple prefixes', s.startswith(('x', 'on')), s.endswith(('x', 'y')), 'file.py'.endswith(('.py', '.txt')))
print('empty tuple', 'abc'.startswith(()))
try:
    s.startswith(['one'])
except TypeError as e:
    print('TypeError', e)
try:
    s.startswith(('one', 1))
except TypeError as e:
    print('TypeError', e)
print('bounds beyond', 'abc'.startswith('abc', 0, 10), 'abc'.startswith('', 5), 'abc'.endswith('c', -100, 100))
print('bytes', b'hello'.replace(b'l', b'L'), b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')))
try:
    b'hello'.startswith('he')
except TypeError as e:
    print('TypeError', e)
print('unicode', 'ünïcödé'.replace('ö', 'o'), 'ünï'.startswith('ü'))
template = 'Hello NAME, welcome to PLACE'
for k, v in {'NAME': 'Ann', 'PLACE': 'Paris'}.items():
    template = template.replace(k, v)
print('template', template)
print('chained replace', 'a-b_c d'.replace('-', ' ').replace('_', ' ').split())
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc']
print('filter by suffix', [f for f in files if f.endswith('.py')], [f for f in files if f.lower().endswith('.py')])
try:
    'abc'.replace('a')
except TypeError as e:
    print('TypeError', e)
