# len, repr, ascii, str of builtin objects
print('len', len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(5)), len(b'xy'), len(bytearray(3)), len(frozenset()), len({}.keys()))
for bad in (5, 1.5, None, iter([]), (x for x in 'a')):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
print('repr', repr(1), repr(1.5), repr('s'), repr(b'b'), repr([1, 'a']), repr((1,)), repr({'k': [None]}), repr({1}), repr(None), repr(True))
print('repr strings', repr("'"), repr('"'), repr('\'"'), repr('\n\t\\'), repr('é'), repr('\x1b'), repr('\u2028'))
print('repr special floats', repr(float('inf')), repr(-0.0), repr(1e300 * 1e10))
print('repr range/slice/type', repr(range(3)), repr(slice(1, 2)), repr(int), repr(type(None)))
print('repr builtin functions', repr(len), repr(print))
print('ascii', ascii('abc'), ascii('é'), ascii('日本'), ascii('😀'), ascii(['é', b'\xe9']), ascii({'ключ': 'значение'}))
print('str vs repr', str('a'), repr('a'), str(1.0), str([1.0, 'a']), str(b'x'))
print('str of nested quotes', str(["it's", 'say "hi"']))
print('repr of recursive', end=' ')
a = [1]
a.append(a)
d = {}
d['d'] = d
print(repr(a), repr(d))
class R:
    def __repr__(self): return 'R()'
print('containers use element repr', [R()], {R(): R()} if False else (R(),), str([R()]))
print('repr of class instance default prefix', repr(object()).startswith('<object object at 0x'))
print('repr of exception', repr(ValueError('x')), repr(KeyError()))
print('repr of dict views', repr({'a': 1}.items()))
print('repr of bytearray/memoryview type', repr(bytearray(b'a')), type(memoryview(b'')).__name__)
print('repr bool in list', [True, False, None])
print('repr of large containers', repr(list(range(20))))
print('repr of complex', repr(1 + 2j), repr(complex(-1, -0.5)))
print('str() of str subclass returns exact str', type(str(type('S', (str,), {})('x'))).__name__)
print('len of unicode', len('naïve'), len('👍🏽'), len('\r\n'))
