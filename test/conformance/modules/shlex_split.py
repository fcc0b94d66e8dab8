# shlex.split: posix and non-posix modes, comments, quotes, escapes, errors
import shlex, io
cases = ['a b c', 'echo "hello world"', "it's", "a 'b c' d", 'a\\ b', '"a\\"b"', "'a\\'b", 'a#b c # comment',
         '', '   ', 'x="y z"', "a'b'c", '"unterminated', 'trailing\\', 'a "" b', "a '' b", '"\\$x \\\\ \\n"',
         'ls -l | grep foo > out.txt', 'a;b&&c||d', 'foo=bar baz', 'über straße', '\n\t a \n b', '"a"b"c"',
         "'$HOME' \"$HOME\"", 'a\\\nb', '#all comment', 'x # y', 'a"b c"d', '(a)']
for c in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                r = shlex.split(c, comments=comments, posix=posix)
            except ValueError as e:
                r = 'ValueError: %s' % e
            print(repr(c), posix, comments, r)
