# os: creating, renaming, linking and removing files and directories, with
# CPython's OSError subclasses and messages.
import os

base = '/tmp/pys_os_files_%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def show_error(fn, *args):
    try:
        fn(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
        print('  str:', e)
    else:
        print(fn.__name__, 'succeeded')


def tree():
    out = []
    for root, dirs, files in os.walk('.'):
        dirs.sort()
        for f in sorted(files):
            out.append(os.path.join(root, f))
        out.append(root + '/')
    return sorted(out)


# mkdir / makedirs
os.mkdir('d1')
show_error(os.mkdir, 'd1')
show_error(os.mkdir, 'missing/d2')
os.makedirs('a/b/c')
print(tree())
show_error(os.makedirs, 'a/b/c')
os.makedirs('a/b/c', exist_ok=True)
os.makedirs('a/./x/y', exist_ok=True)
print(os.path.isdir('a/x/y'))
with open('a/file', 'w') as f:
    f.write('data')
show_error(os.makedirs, 'a/file', 0o777, True)
show_error(os.makedirs, 'a/file/sub')

# rmdir / remove / unlink
show_error(os.rmdir, 'a')
show_error(os.rmdir, 'nope')
show_error(os.remove, 'nope')
show_error(os.unlink, 'a')
show_error(os.rmdir, 'a/file')
os.rmdir('d1')
print('d1' in os.listdir('.'))

# removedirs prunes empty parents
os.makedirs('p/q/r')
os.removedirs('p/q/r')
print(os.path.exists('p'))

# rename / replace / renames
with open('one.txt', 'w') as f:
    f.write('1')
with open('two.txt', 'w') as f:
    f.write('2')
os.rename('one.txt', 'uno.txt')
print(sorted(os.listdir('.')))
os.replace('two.txt', 'uno.txt')
with open('uno.txt') as f:
    print('replaced:', f.read())
show_error(os.rename, 'ghost', 'other')
show_error(os.rename, 'uno.txt', 'a')
os.renames('uno.txt', 'deep/er/uno.txt')
print(os.path.exists('deep/er/uno.txt'))
os.makedirs('src/sub')
with open('src/sub/f', 'w') as f:
    f.write('x')
os.renames('src/sub/f', 'dst/f')
print(os.path.exists('src'), os.path.exists('dst/f'))

# hard and symbolic links
os.link('dst/f', 'hard')
print(os.stat('hard').st_nlink, os.path.samefile('hard', 'dst/f'))
show_error(os.link, 'dst/f', 'hard')
os.symlink('dst/f', 'soft')
print(os.readlink('soft'), os.path.islink('soft'), os.path.islink('hard'))
print(os.readlink(b'soft'))
show_error(os.readlink, 'hard')
show_error(os.symlink, 'x', 'soft')
os.symlink('nowhere', 'dangling')
print(os.path.exists('dangling'), os.path.lexists('dangling'))

# chmod / access / truncate / utime
os.chmod('hard', 0o640)
print(oct(os.stat('hard').st_mode & 0o777))
print(os.access('hard', os.R_OK), os.access('hard', os.X_OK), os.access('nope', os.F_OK))
os.chmod('hard', 0o755)
print(os.access('hard', os.X_OK))
with open('t.bin', 'wb') as f:
    f.write(b'0123456789')
os.truncate('t.bin', 4)
print(os.path.getsize('t.bin'))
os.utime('t.bin', (1000000000, 1200000000))
st = os.stat('t.bin')
print(st.st_atime, st.st_mtime, st.st_mtime_ns, os.path.getmtime('t.bin'))
os.utime('t.bin', ns=(5 * 10**9, 7 * 10**9 + 500))
print(os.stat('t.bin').st_mtime_ns // 1000)
show_error(os.truncate, 'nope', 1)
show_error(os.chmod, 'nope', 0o644)
show_error(os.utime, 'nope')

try:
    os.chmod('soft', 0o600, follow_symlinks=False)
except NotImplementedError as e:
    print('NotImplementedError', e)
os.chmod('soft', 0o600)
print(oct(os.stat('hard').st_mode & 0o777))

# umask returns the previous mask
old = os.umask(0o022)
print(oct(os.umask(old)))

# path arguments as bytes and os.PathLike
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(sorted(os.listdir(b'deep')), os.path.exists(P('deep')), os.stat(P('t.bin')).st_size)
show_error(os.stat, P('missing'))

# bad arguments
for bad in (lambda: os.stat([]), lambda: os.mkdir(3), lambda: os.listdir([]),
            lambda: os.stat('a\0b'), lambda: os.remove(None),
            lambda: os.rename('a', 5), lambda: os.chmod('t.bin', 'x')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# clean up
os.chdir('/')
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        p = os.path.join(root, d)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print('cleaned', os.path.exists(base))
