# str.maketrans / translate, bytes.maketrans
table = str.maketrans('abc', 'xyz')
print('table', sorted(table.items()))
print('translate', 'aabbcc-abc'.translate(table))
table2 = str.maketrans('abc', 'xyz', 'd-')
print('with deletions', 'a-b-c-d'.translate(table2))
table3 = str.maketrans({'a': 'AA', 'b': None, 99: 'C', 'é': 'e'})
print('dict form', sorted(table3.items()), 'abcé'.translate(table3))
print('translate with plain dict', 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print('translate to int', 'abc'.translate({97: 65}))
print('unmapped kept', 'xyz'.translate({}))
class Lookup:
    def __getitem__(self, k):
        if k == ord(' '):
            return '_'
        raise LookupError
print('custom mapping', 'a b c'.translate(Lookup()))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print('ValueError', e)
try:
    str.maketrans({'ab': 'x'})
except ValueError as e:
    print('ValueError', e)
try:
    'a'.translate({97: 1.5})
except TypeError as e:
    print('TypeError', e)
rot13 = str.maketrans('ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz',
                      'NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm')
print('rot13', 'Hello, World!'.translate(rot13), 'Hello, World!'.translate(rot13).translate(rot13))
strip_punct = str.maketrans('', '', '.,!?')
print('remove punctuation', 'Hi, there! How are you?'.translate(strip_punct))
bt = bytes.maketrans(b'abc', b'ABC')
print('bytes maketrans', len(bt), b'aabbcc'.translate(bt), b'abcdef'.translate(None, b'bd'), b'abc'.translate(bt, b'a'))
print('bytearray translate', bytearray(b'abc').translate(bt))
try:
    b'a'.translate(b'short')
except ValueError as e:
    print('ValueError', e)
print('maketrans is static', str.maketrans('a', 'b') == ''.maketrans('a', 'b'))
print('unicode', 'ñandú'.translate(str.maketrans('ñú', 'nu')))
