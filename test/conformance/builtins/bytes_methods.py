# bytes methods
b = b'Hello, World'
print('case', b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print('find', b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'W'), b.count(b'l'), b.count(108))
print('replace', b.replace(b'l', b'L'), b.replace(b'l', b'', 1))
print('split', b.split(b', '), b'a b  c'.split(), b'a,b,c'.rsplit(b',', 1), b'x\ny'.splitlines())
print('strip', b'  pad  '.strip(), b'xxaxx'.strip(b'x'), b'  l'.lstrip(), b'r  '.rstrip())
print('partition', b.partition(b', '), b.rpartition(b'o'))
print('startswith', b.startswith(b'Hell'), b.endswith((b'd', b'x')), b.startswith(b'W', 7))
print('join', b'-'.join([b'a', b'b']), b''.join([b'x', bytearray(b'y'), memoryview(b'z')]))
print('pad', b'ab'.center(6, b'.'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'-5'.zfill(4))
print('predicates', b'abc'.isalpha(), b'123'.isdigit(), b'abc123'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle())
print('hex', b'\x00\xff\x10'.hex(), b'\x00\xff\x10'.hex(':'), b'\x01\x02\x03\x04'.hex('-', 2), bytes.fromhex('de ad be ef'))
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError', e)
print('decode', b'caf\xc3\xa9'.decode(), b'\xff'.decode('latin-1'), b'abc'.decode('ascii'))
print('expandtabs', b'a\tb'.expandtabs(4))
print('removeprefix/suffix', b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'))
print('translate', b'abc'.translate(None, b'b'), b'abc'.translate(bytes.maketrans(b'a', b'A')))
print('count overlapping', b'aaaa'.count(b'aa'))
print('index errors', end=' ')
try:
    b.index(b'zz')
except ValueError as e:
    print(e)
print('mixed types errors')
for expr in ("b'a' + 'b'", "'a' + b'b'", "b'a'.find('a')", "b'a'.join(['a'])", "b'a' < 'a'", "b'abc'.replace('a', 'b')"):
    try:
        eval(expr)
    except TypeError as e:
        print(' ', expr, '->', e)
print('bytes equality with bytearray', b'abc' == bytearray(b'abc'), b'abc' == memoryview(b'abc'))
print('bytes vs str equality', b'abc' == 'abc')
print('ord of bytes', ord(b'a'), ord(bytearray(b'z')))
print('isascii', b'abc'.isascii(), b'\x80'.isascii())
print('bytes from iterables', bytes([1, 2, 3]), bytes((x for x in range(65, 68))), bytes(b'copy'), bytes(memoryview(b'mv')))
print('bytes repr mixes', bytes([0, 9, 10, 13, 34, 39, 92, 127, 128, 255]))
