# String prefixes and implicit concatenation
print('raw', r'a\nb', R'a\tb', len(r'\\'))
print('unicode prefix', u'abc', type(u'x').__name__)
print('bytes', b'abc', B'abc', type(b'').__name__)
print('raw bytes', rb'\n', Rb'\x00', bR'\t', br'\\', len(rb'\n'))
x = 5
print('f prefix', f'{x}', F'{x}', rf'\n{x}', fR'{x}\t', Rf'{x}')
print('concat', 'a' 'b' 'c')
print('concat mixed quotes', 'a' "b" '''c''' """d""")
print('concat raw', 'a\n' r'\n' == 'a\n\\n')
print('concat f', 'x=' f'{x}' '!')
print('concat f2', f'{x}' f'{x+1}' 'z')
print('concat bytes', b'ab' b'cd')
try:
    eval("b'a' 'b'")
except SyntaxError as e:
    print('SyntaxError bytes+str:', e.msg)
s = ('long string '
     'split over '
     'lines')
print('paren concat', s)
print('empty', repr(''), repr(""), repr(''''''), len(""""""))
print('bytes nonascii', repr(b'\xff\x80'), b'\xff'[0])
try:
    eval("b'é'")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
print('str of bytes', str(b'hi'))
print('repr bytes quotes', repr(b"it's"), repr(b'a"b'), repr(b'\'"'))
print('triple raw', r'''a\
b''')
print('adjacent in call', len('ab' 'cd'))
print('unicode bytes compare', 'a' == b'a')
print('raw trailing', r'a\\' == 'a\\\\')
