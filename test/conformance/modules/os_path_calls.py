# os.path functions called every way a program may call them: str, bytes,
# os.PathLike, str subclasses, descriptors, bad arguments, keywords; with
# os.stat/os.lstat replaced; and posixpath/genericpath imported first.
import os
import subprocess
import sys
import tempfile

base = tempfile.mkdtemp(prefix='pys_path_calls_')
f = os.path.join(base, 'file.txt')
with open(f, 'w') as out:
    out.write('12345')
os.symlink('file.txt', os.path.join(base, 'link'))
os.symlink('missing', os.path.join(base, 'broken'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class S(str):
    pass


def show(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(fn.__name__, repr(r).replace(base, '<base>'))


print('-- pure')
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), ('a',), ('/',),
             (b'a', b'b'), (P('a'), 'b'), ('a', P('b')), (S('a'),), (S('a'), 'b'),
             ('a', b'b'), ('a', 3), (3, 'a'), (None,), ()]:
    show(os.path.join, *args)
show(os.path.join, a='x')
show(os.path.join, 'x', a='y')
print(type(os.path.join(S('a'))).__name__, type(os.path.join(S('a'), 'b')).__name__)
for p in ['/a/b', '/a/b/', 'a', '', '/', '//', '///a//b//', 'a/b.c/d', b'/x/y', P('/p/q'), S('s/t'), 5]:
    show(os.path.split, p)
    show(os.path.dirname, p)
    show(os.path.basename, p)
for p in ['a.b', 'a.b.c', '.a', '..a', 'a/.b', 'a.b/c', 'a.', '...', '', 'a/b..c', b'x.y', P('p.q'), 7]:
    show(os.path.splitext, p)
show(os.path.split, p='/a/b')
show(os.path.splitext)
show(os.path.basename, 'a', 'b')

print('-- file system')
names = ['file.txt', 'link', 'broken', 'missing', '', '.']


def answer(fn, arg):
    try:
        return fn(arg)
    except Exception as e:
        return type(e).__name__


for fn in (os.path.exists, os.path.lexists, os.path.isfile, os.path.isdir, os.path.islink):
    print(fn.__name__, [fn(os.path.join(base, n)) for n in names],
          [answer(fn, x) for x in (os.fsencode(f), P(f), S(f), '', 'x\0y', b'x\0y', None, 3.5)])
fd = os.open(f, os.O_RDONLY)
print(os.path.exists(fd), os.path.isfile(fd), os.path.isdir(fd), os.path.getsize(fd))
os.close(fd)
show(os.path.getsize, f)
show(os.path.getsize, os.fsencode(f))
show(os.path.getsize, P(f))
show(os.path.getsize, os.path.join(base, 'link'))
show(os.path.getsize, os.path.join(base, 'broken'))
show(os.path.getsize, '')
show(os.path.getsize, 'x\0y')
show(os.path.getsize, None)
show(os.path.getsize, filename=f)
try:
    os.path.getsize(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print(e.errno, os.path.basename(e.filename))

print('-- os.stat and os.lstat replaced')
real_stat, real_lstat = os.stat, os.lstat
calls = []


def fake_stat(p, *a, **k):
    calls.append(('stat', os.path.basename(os.fsdecode(p))))
    return real_stat(p, *a, **k)


def fake_lstat(p, *a, **k):
    calls.append(('lstat', os.path.basename(os.fsdecode(p))))
    return real_lstat(p, *a, **k)


os.stat, os.lstat = fake_stat, fake_lstat
try:
    print(os.path.getsize(f), os.path.exists(f), os.path.isfile(f), os.path.isdir(base),
          os.path.islink(f), os.path.lexists(f))
finally:
    os.stat, os.lstat = real_stat, real_lstat
print([(k, n.replace(os.path.basename(base), '<base>')) for k, n in calls])
print(os.path.getsize(f), len(calls))

print('-- the functions')
for fn in (os.path.join, os.path.split, os.path.splitext, os.path.basename, os.path.dirname,
           os.path.exists, os.path.isfile, os.path.isdir, os.path.islink, os.path.lexists,
           os.path.getsize):
    print(fn.__name__, fn.__module__, bool(fn.__doc__), callable(fn))

print('-- imported first')
for mod in ('genericpath', 'posixpath', 'os.path'):
    r = subprocess.run([sys.executable, '-c', 'import %s; import os; print(os.path.join("a", "b"), os.path.exists("/"))' % mod],
                       capture_output=True, text=True)
    print(mod, r.returncode, r.stdout.strip(), r.stderr.strip()[-60:])

for n in ('link', 'broken', 'file.txt'):
    os.unlink(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))
