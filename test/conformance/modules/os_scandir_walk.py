# os.scandir (DirEntry with cached answers, context manager) and os.walk
# (top-down with pruning, bottom-up, onerror, followlinks).
import os

base = '/tmp/pys_os_walk_%d' % os.getpid()
for d in ('a/b/c', 'a/skip/inner', 'e', 'real/deeper'):
    os.makedirs(os.path.join(base, d))
for name in ('top.txt', 'a/one.txt', 'a/b/two.txt', 'a/b/c/three.txt', 'a/skip/inner/x', 'real/deeper/y'):
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)
os.symlink(os.path.join(base, 'real'), os.path.join(base, 'linkdir'))
os.symlink('top.txt', os.path.join(base, 'linkfile'))
os.symlink('missing', os.path.join(base, 'broken'))


def rel(p):
    return os.path.relpath(p, base)


with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
e = entries[-1]
print(type(e).__name__, os.fspath(e) == e.path, e.inode() == os.lstat(e.path).st_ino)
print(e.stat().st_size == os.stat(e.path).st_size)
link = [x for x in entries if x.name == 'linkfile'][0]
print(link.stat().st_size, link.stat(follow_symlinks=False).st_size == os.lstat(link.path).st_size)
broken = [x for x in entries if x.name == 'broken'][0]
print(broken.is_file(), broken.is_dir(), broken.is_symlink())
try:
    broken.stat()
except FileNotFoundError as err:
    print('FileNotFoundError', rel(err.filename))

# bytes paths give bytes names
print(sorted(x.name for x in os.scandir(os.fsencode(base)))[:2])

# iterator protocol, close, relative default path
it = os.scandir(base)
print(iter(it) is it, type(next(it)).__name__)
it.close()
it.close()
try:
    next(it)
except StopIteration:
    print('closed iterator is exhausted')
here = os.getcwd()
os.chdir(os.path.join(base, 'a'))
print(sorted((x.name, x.path) for x in os.scandir()))
os.chdir(here)
try:
    os.scandir(os.path.join(base, 'nope'))
except FileNotFoundError as err:
    print('FileNotFoundError', err.strerror, rel(err.filename))
try:
    os.scandir(os.path.join(base, 'top.txt'))
except NotADirectoryError as err:
    print('NotADirectoryError', err.strerror)

print('-- top-down, pruned')
for root, dirs, files in os.walk(base):
    dirs.sort()
    files.sort()
    if 'skip' in dirs:
        dirs.remove('skip')
    print(rel(root), dirs, files)

print('-- bottom-up')
for root, dirs, files in os.walk(base, topdown=False):
    print(rel(root), sorted(dirs), sorted(files))

print('-- followlinks')
seen = []
for root, dirs, files in os.walk(base, followlinks=True):
    seen.append(rel(root))
print(sorted(seen))

print('-- onerror')
errors = []
print(list(os.walk(os.path.join(base, 'nope'), onerror=errors.append)))
print([(type(x).__name__, rel(x.filename)) for x in errors])
print(list(os.walk(os.path.join(base, 'nope'))))

print('-- lazy')
g = os.walk(base)
root, dirs, files = next(g)
dirs[:] = []
print(rel(root), list(g))

print('-- bytes')
for root, dirs, files in os.walk(os.fsencode(os.path.join(base, 'a', 'b'))):
    print(type(root).__name__, sorted(dirs), sorted(files))

print('-- descriptors')
dfd = os.open(os.path.join(base, 'a'), os.O_RDONLY | os.O_DIRECTORY)
print(sorted((x.name, x.path, x.is_dir()) for x in os.scandir(dfd)), sorted(os.listdir(dfd)))
os.close(dfd)
for root, dirs, files, fd in os.fwalk(os.path.join(base, 'a')):
    dirs.sort()
    print(rel(root), dirs, sorted(files), sorted(os.listdir(fd)) == sorted(dirs + files) or 'skip' in os.listdir(fd))
dfd = os.open(base, os.O_RDONLY)
print([(r, sorted(f)) for r, d, f, _ in os.fwalk('e', dir_fd=dfd)])
os.close(dfd)

# cleanup, bottom-up
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.unlink(os.path.join(root, name))
    for name in dirs:
        p = os.path.join(root, name)
        (os.unlink if os.path.islink(p) else os.rmdir)(p)
os.rmdir(base)
print(os.path.exists(base))
