# shlex.shlex: push_token, push_source, streams, error_leader, debug output
import io
import shlex
lex = shlex.shlex('a b c d')
print(lex.get_token(), lex.get_token())
lex.push_token('X')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex(io.StringIO('first line\nsecond "line"\n'), infile='f.txt')
for tok in lex:
    print(tok, lex.lineno, lex.error_leader())
print(lex.error_leader('other', 5))
lex = shlex.shlex('a b', posix=True)
print(lex.eof, list(lex), shlex.shlex('x').eof == '')
lex = shlex.shlex('one two')
lex.push_source('inner stuff')
print(list(lex))
print(shlex.shlex('a', punctuation_chars='ab').wordchars[:5], shlex.shlex('').punctuation_chars, shlex.shlex('', punctuation_chars=True).punctuation_chars)
lex = shlex.shlex("a && b || c", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a b', posix=True)
lex.debug = 3
print(list(lex))
print(shlex.__all__)
print(shlex.shlex('').wordchars, shlex.shlex('', posix=True).wordchars)
