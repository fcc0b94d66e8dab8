# pprint: long strings and bytes are split into adjacent literals
import pprint

s = 'The quick brown fox jumps over the lazy dog. ' * 8
pprint.pprint(s)
pprint.pprint([s, s], width=50)
pprint.pprint({'key': s}, width=60)
pprint.pprint('line one\nline two is longer than the first\n' * 4, width=30)
pprint.pprint('nospacesatallinthisverylongstringthatgoesonandonandon' * 3, width=40)
pprint.pprint(('a ' * 50,))
pprint.pprint(['héllo wörld ünïcode ' * 3, '日本語のテキスト' * 10], width=30)
pprint.pprint({'k': 'a b c d e f g h i j k l m n o p q r s t u v w x y z' * 2}, width=25)
pprint.pprint(['x\ty\tz ' * 10], width=30)
pprint.pprint('\n\n\nabc\n', width=5)
pprint.pprint(['', 'a', '\n'], width=1)
print(pprint.pformat('abc'), pprint.pformat(''), pprint.pformat(b''), pprint.pformat(bytearray()))

class MyStr(str):
    pass

pprint.pprint(MyStr('hello there world ' * 6), width=30)
b = bytes(range(60))
pprint.pprint(b)
pprint.pprint([b], width=30)
pprint.pprint(bytearray(b), width=40)
pprint.pprint({'k': bytearray(b)}, width=40)
pprint.pprint(b'abcd', width=1)
pprint.pprint(b'abcde', width=1)
print(pprint.pformat(bytearray(b'ab'), width=1))
pprint.pprint([bytearray(b'x' * 30)], width=20)
pprint.pprint(bytes(range(256)))
pprint.pprint({'b': b'\x00\xff' * 20, 's': "it's \"quoted\" " * 5}, width=30)
print(pprint.saferepr(['a' * 100]))
