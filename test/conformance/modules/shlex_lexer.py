# shlex.shlex: token streams, punctuation_chars, whitespace_split, lineno
import shlex, io
cases = ['a b c', 'echo "hello world"', "it's", "a 'b c' d", 'a\\ b', '"a\\"b"', "'a\\'b", 'a#b c # comment',
         '', '   ', 'x="y z"', "a'b'c", '"unterminated', 'trailing\\', 'a "" b', "a '' b", '"\\$x \\\\ \\n"',
         'ls -l | grep foo > out.txt', 'a;b&&c||d', 'foo=bar baz', 'über straße', '\n\t a \n b', '"a"b"c"',
         "'$HOME' \"$HOME\"", 'a\\\nb', '#all comment', 'x # y', 'a"b c"d', '(a)']
for c in cases:
    for posix in (True, False):
        lex = shlex.shlex(c, posix=posix)
        try:
            print(repr(c), posix, list(lex), lex.lineno)
        except ValueError as e:
            print('ValueError', e)
        lex = shlex.shlex(c, posix=posix, punctuation_chars=True)
        try:
            print(repr(c), 'punct', list(lex))
        except ValueError as e:
            print('ValueError', e)
        lex = shlex.shlex(c, posix=posix, punctuation_chars='|;')
        lex.whitespace_split = True
        try:
            print(repr(c), 'punct2', list(lex), lex.wordchars[-10:])
        except ValueError as e:
            print('ValueError', e)
