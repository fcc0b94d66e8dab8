# join and other str methods: format helpers, isdisjoint-like checks
print('join', ','.join(['a', 'b', 'c']), ''.join([]), '-'.join('abc'), ' '.join(('x',)))
print('join dict keys', '|'.join({'k1': 1, 'k2': 2}))
print('join generator', '+'.join(str(i) for i in range(4)))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    ','.join(None)
except TypeError as e:
    print('TypeError', e)
try:
    ','.join([b'a'])
except TypeError as e:
    print('TypeError', e)
print('bytes join', b','.join([b'a', b'b']), b''.join([bytearray(b'x'), b'y']))
try:
    b','.join(['a'])
except TypeError as e:
    print('TypeError', e)
print('join str subclass', ','.join([type('S', (str,), {})('sub')]))
print('count', 'banana'.count('a'), 'banana'.count('an'), 'banana'.count('x'))
print('zfill', '7'.zfill(3))
print('str.format_map vs format', '{x}'.format_map({'x': 1}))
print('index of char', 'abc'.index('c'))
print('isdecimal', '12'.isdecimal())
print('len join', len(''.join(['ab'] * 1000)))
words = ['banana', 'Apple', 'cherry']
print('sorted case-insensitive', sorted(words, key=str.lower), sorted(words))
print('str methods as functions', list(map(str.upper, words)), str.join('-', ['a', 'b']))
print('capwords-like', ' '.join(w.capitalize() for w in 'the quick  fox'.split()))
print('reverse words', ' '.join(reversed('one two three'.split())))
print('palindrome', [w for w in ['level', 'hello', 'Racecar'] if w.lower() == w.lower()[::-1]])
print('char frequency', sorted(((c, 'hello world'.count(c)) for c in set('hello world') if c != ' '), key=lambda t: (-t[1], t[0]))[:3])
print('startswith any', any('prefix_name'.startswith(p) for p in ('pre', 'x')))
print('str * join', '=' * 10, '-'.join(['ab'] * 3))
print('encode-decode round trip', 'héllo'.encode('utf-8').decode('utf-8') == 'héllo')
print('string constants via str methods', ''.join(chr(c) for c in range(ord('a'), ord('f'))))
text = 'line one\nline two\n\nline four'
print('non-empty lines', [l for l in text.splitlines() if l.strip()])
print('word count', len(text.split()), sum(1 for _ in text.splitlines()))
print('center table')
for name, val in [('a', 1), ('bbb', 22)]:
    print(f'{name:^5}|{val:^5}|')
print('str is immutable: id-free check', 'abc'.replace('a', 'a') == 'abc')
print('ljust join', ''.join(c.ljust(2, '.') for c in 'xyz'))
print('casefold compare', 'HELLO'.casefold() == 'hello')
