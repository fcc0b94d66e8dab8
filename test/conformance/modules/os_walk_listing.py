# os.listdir/os.scandir listing order and names, and os.walk on its native
# path and on a replaced os.scandir (walk must then read the iterator itself).
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix='pys_walk_listing_')


def rel(p):
    return os.path.relpath(p, base)


for d in ('a/b', 'a/c', 'e'):
    os.makedirs(os.path.join(base, d))
for name in ('top.txt', 'a/one.txt', 'a/b/two.py', 'a/c/three.py', 'e/four'):
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)
os.symlink(os.path.join(base, 'a', 'b'), os.path.join(base, 'linkdir'))
os.symlink('missing', os.path.join(base, 'broken'))

# a big directory whose names include one that is not UTF-8 and one holding
# a real U+FFFD, wherever the file system happens to list them
big = os.path.join(base, 'big')
os.mkdir(big)
for i in range(600):
    open(os.path.join(big, 'n%03d' % i), 'w').close()
os.close(os.open(os.fsencode(big) + b'/bad\xff\xfe', os.O_WRONLY | os.O_CREAT))
open(os.path.join(big, 'real\ufffd'), 'w').close()

print('-- order: listdir and scandir list alike')
for d in (base, big):
    names = os.listdir(d)
    print(names == [e.name for e in os.scandir(d)],
          os.listdir(os.fsencode(d)) == [os.fsencode(n) for n in names],
          len(names), len(set(names)))
fd = os.open(big, os.O_RDONLY)
print(os.listdir(fd) == os.listdir(big), [e.name for e in os.scandir(fd)] == os.listdir(big))
os.close(fd)
names = sorted(os.listdir(big))
print(names[:2], names[-2:])
odd = [e for e in os.scandir(big) if not e.name.startswith('n')]
print(sorted((e.name, os.fsencode(e.path)[-8:], e.is_file()) for e in odd))
print(sorted(os.listdir(os.fsencode(big)))[-2:])

print('-- scandir: paths, early close')
with os.scandir(base + '/') as it:
    first = next(it)
    print(first.path == base + '/' + first.name)
print(list(it))
here = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()))
print(sorted(e.path for e in os.scandir('a')))
os.chdir(here)

print('-- walk')
for top, dirs, files in os.walk(base):
    dirs.sort()
    if 'big' in dirs:
        dirs.remove('big')
    print(rel(top), dirs, sorted(files))
print([(rel(t), sorted(d), sorted(f)) for t, d, f in os.walk(os.path.join(base, 'a'), topdown=False)])
print(sorted(rel(t) for t, d, f in os.walk(base, followlinks=True) if 'big' not in t))
print(sorted(rel(t) for t, d, f in os.walk(base, topdown=False, followlinks=True) if 'big' not in t))
print(sorted(rel(t) for t, d, f in os.walk(base, topdown=0, followlinks=[]) if 'big' not in t))

print('-- walk: a file, a missing directory, one removed meanwhile')
errors = []
print(list(os.walk(os.path.join(base, 'top.txt'), onerror=errors.append)))
print(list(os.walk(os.path.join(base, 'nope'), onerror=errors.append)))
for top, dirs, files in os.walk(base, onerror=errors.append):
    if top == base:
        dirs[:] = ['e', 'a']
        shutil.rmtree(os.path.join(base, 'e'))
    else:
        dirs.sort()
    print(rel(top), dirs)
print([(type(x).__name__, rel(x.filename)) for x in errors])

print('-- walk over a replaced scandir')
real_scandir = os.scandir


class Listing:
    """A scandir stand-in that fails partway through 'a'."""

    def __init__(self, path):
        self.it = real_scandir(path)
        self.path = path
        self.n = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.it.close()

    def __iter__(self):
        return self

    def __next__(self):
        if os.path.basename(self.path) == 'a' and self.n == 1:
            raise PermissionError(13, 'denied', self.path)
        self.n += 1
        return next(self.it)


os.scandir = Listing
try:
    errors = []
    for top, dirs, files in os.walk(base, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if d != 'big')
        print(rel(top), dirs, sorted(files))
    print([(type(x).__name__, rel(x.filename)) for x in errors])
    print(sorted(rel(t) for t, d, f in os.walk(os.path.join(base, 'linkdir'), topdown=False)))
finally:
    os.scandir = real_scandir

shutil.rmtree(base)
print(os.path.exists(base))
