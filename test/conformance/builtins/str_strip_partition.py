# strip variants, partition, removeprefix/removesuffix
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('chars', 'xxhixyx'.strip('x'), 'xxhixyx'.strip('xy'), 'xxhixyx'.lstrip('x'), 'xxhixyx'.rstrip('xy'))
print('chars set not prefix', 'abcba'.strip('ab'), 'www.example.com'.strip('cmowz.'))
print('None arg', '  a  '.strip(None), '  a  '.rstrip(None))
print('empty', repr(''.strip()), repr('   '.strip()), repr('aaa'.strip('a')))
print('unicode whitespace', repr('\u3000\xa0a\u2003'.strip()))
print('empty chars strips nothing', repr(' a '.strip('')))
print('partition', 'key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('partition missing', 'abc'.partition('='), 'abc'.rpartition('='))
print('partition multi', 'a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print('partition edges', '=a'.partition('='), 'a='.rpartition('='))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError', e)
print('removeprefix', 'TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), ''.removeprefix('x'))
print('removesuffix', 'file.txt'.removesuffix('.txt'), 'file.txt'.removesuffix('.py'), 'aaa'.removesuffix('a'))
print('bytes strip', b'  x  '.strip(), b'xxyxx'.strip(b'x'), b'a=b'.partition(b'='))
print('strip returns same content', 'abc'.strip() == 'abc')
lines = ['  first \n', 'second\n', '\tthird  ']
print('common pattern', [l.strip() for l in lines])
print('rstrip newline only', [l.rstrip('\n') for l in lines])
try:
    'a'.strip(1)
except TypeError as e:
    print('TypeError', e)
path = '/usr/local/bin/python'
head, sep, tail = path.rpartition('/')
print('rpartition path', head, tail)
print('chained', '  <tag>  '.strip().lstrip('<').rstrip('>'))
