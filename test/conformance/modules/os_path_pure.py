# os.path (posixpath) string operations: no file system involved.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep)

cases = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b', '//a/b', '.', '..', 'a/.', '../a', 'a.b/c', '.bashrc', 'x.tar.gz', 'a/b.', '...', 'a..', '/a/.b.c']
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p), os.path.splitdrive(p))

print(os.path.join('a'), os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'),
      os.path.join('', 'x'), os.path.join('a', ''), os.path.join('/', 'x'), os.path.join(b'a', b'b'))
print(os.path.normpath('a/b/../../..'), os.path.normpath('/../a'), os.path.normpath('./a/./b/'), os.path.normpath(b'//x//y/..'))
print(os.path.normpath('a/../b/../../c/./d/..'))
print(os.path.normcase('AbC'), os.path.split(b'/x/y'), os.path.splitext(b'f.txt'), os.path.basename(b'/a/b'))

print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a/b', '/a/b'),
      os.path.relpath('/x/y', '/a/b'), os.path.relpath(b'/a/b', b'/a'))
print(os.path.relpath('a/b', 'a') , os.path.relpath('a', 'a/b/c'))
print(os.path.commonpath(['/a/b/c', '/a/b/d', '/a/b']), os.path.commonpath(['a/b', 'a/c']),
      os.path.commonpath(['/x']), os.path.commonpath(['a/./b', 'a/b/c']), repr(os.path.commonpath(['a', 'b'])),
      os.path.commonpath([b'/a/b', b'/a/c']), os.path.commonpath(['/', '/a']))
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])),
      os.path.commonprefix([['a', 'b'], ['a', 'c']]), os.path.commonprefix(['/usr/lib', '/usr/local']))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.join(P('a'), P('b')), os.path.basename(P('/q/r')), os.path.splitext(P('z.py')))

errors = [
    lambda: os.path.join('a', 1), lambda: os.path.join('a', b'b'), lambda: os.path.join(1),
    lambda: os.path.relpath(''), lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']),
    lambda: os.path.commonpath(['a', b'b']), lambda: os.path.basename(3), lambda: os.path.split(None),
    lambda: os.path.relpath('a', b'b'), lambda: os.path.normpath(4),
]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# expandvars
os.environ['PYS_V1'] = 'one'
os.environ['PYS_V2'] = 'two/x'
for s in ['$PYS_V1', '${PYS_V1}', 'a$PYS_V1/b', '$PYS_V1$PYS_V2', '$PYS_NOPE', '${PYS_NOPE}x', '$', 'a$', '${PYS_V1',
          '$$PYS_V1', '$PYS_V1-x', '${}', 'no vars', '$PYS_V1.txt', '${PYS_V2}/y']:
    print(repr(s), repr(os.path.expandvars(s)))
print(os.path.expandvars(b'$PYS_V1/$PYS_NOPE'))

# expanduser
os.environ['HOME'] = '/home/tester/'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('a/~'), os.path.expanduser(b'~/b'))
print(os.path.expanduser('~root'), os.path.expanduser('~no_such_user_pys/x'))
os.environ['HOME'] = '/'
print(os.path.expanduser('~'), os.path.expanduser('~/z'))
