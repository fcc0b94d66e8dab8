# str operators, iteration, indexing and their errors
s = 'python'
print('index', s[0], s[5], s[-1], s[-6])
for i in (6, -7, 100):
    try:
        s[i]
    except IndexError as e:
        print('IndexError', i, e)
try:
    ''[0]
except IndexError as e:
    print('IndexError empty', e)
try:
    s['1']
except TypeError as e:
    print('TypeError', e)
try:
    s[1] = 'X'
except TypeError as e:
    print('TypeError', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
print('concat', s + '3', 'a' + '' + 'b')
try:
    s + 3
except TypeError as e:
    print('TypeError', e)
try:
    3 + s
except TypeError as e:
    print('TypeError', e)
try:
    s + None
except TypeError as e:
    print('TypeError', e)
print('repeat', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100)
print('in', 'th' in s, 'pt' in s, '' in s, 'PY' in s)
print('compare', 'abc' < 'abd', 'abc' < 'abcd', 'B' < 'a', 'é' > 'z', '10' < '9', 'a' == 'a', 'a' != 'A')
print('min max sorted', min('hello'), max('hello'), sorted('hello'), ''.join(sorted('hello', reverse=True)))
print('iteration', list('abc'), [c * 2 for c in 'xy'], tuple('hi'))
print('enumerate', list(enumerate('ab')))
print('reversed', ''.join(reversed(s)), s[::-1])
print('len', len(s), len(''), len('日本語'), len('😀'), len('e\u0301'))
print('ord/chr round trip', [ord(c) for c in 'aZ0 ~'], ''.join(chr(c) for c in (72, 105)))
print('immutable methods return new', s.upper(), s)
print('str() of objects', str(12), str(1.5), str([1]), str((1, 'a')), str({'k': 'v'}), str(None))
print('str() empty', repr(str()), str(''))
print('repr escapes', repr("a'b"), repr('a"b'), repr('a\\b'), repr('tab\t'), repr('\x00\x7f\x80'))
print('multiplication with bool', 'x' * True, 'x' * False)
try:
    'x' * 2.0
except TypeError as e:
    print('TypeError', e)
print('hash equal for equal strings', hash('abc') == hash('ab' + 'c'))
print('count chars', {c: 'mississippi'.count(c) for c in sorted(set('mississippi'))})
print('string is a sequence of strings', type(s[0]).__name__, s[0][0][0])
print('slicing', s[1:4], s[:2], s[4:], s[::2], s[-3:], s[10:20] == '')
print('str methods chain', '  Hello World  '.strip().lower().replace('world', 'there').title())
print('unicode index', 'naïve'[2], 'naïve'.index('v'), '日本語'[1])
print('join generator', ', '.join(str(i) for i in range(5)))
