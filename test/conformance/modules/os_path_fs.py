# os.path operations that ask the file system: exists/isfile/isdir/islink,
# sizes and times, abspath/realpath, samefile, ismount.
import os
import os.path

base = os.path.realpath('/tmp/pys_os_path_fs_%d' % os.getpid())
os.mkdir(base)
os.chdir(base)
os.mkdir('dir')
with open('dir/file.txt', 'w') as f:
    f.write('12345')
os.symlink('dir/file.txt', 'lnk')
os.symlink('dir', 'dlnk')
os.symlink('missing', 'broken')
os.symlink('loop2', 'loop1')
os.symlink('loop1', 'loop2')

for p in ['dir', 'dir/file.txt', 'lnk', 'dlnk', 'broken', 'nothing', '', 'loop1', 'dir/file.txt/x']:
    print(repr(p), os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
print(os.path.exists('a\0b'), os.path.isfile(b'dir/file.txt'), os.path.exists(99999))

print(os.path.getsize('dir/file.txt'), os.path.getsize('lnk'))
os.utime('dir/file.txt', (1000, 2000))
print(os.path.getatime('dir/file.txt'), os.path.getmtime('dir/file.txt'), type(os.path.getctime('dir/file.txt')).__name__)
try:
    os.path.getsize('nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e)

print(os.path.abspath('x') == os.path.join(base, 'x'), os.path.abspath('/a/../b'), os.path.abspath('.') == base)
print(os.path.abspath(b'.') == os.fsencode(base))

def rel(p):
    return p.replace(base, 'BASE') if isinstance(p, str) else p.replace(os.fsencode(base), b'BASE')

for p in ['lnk', 'dlnk/file.txt', 'dlnk/../lnk', 'broken', 'missing/../dir', '.', 'dir/./../dir//', 'loop1', 'loop1/x', b'lnk']:
    print(repr(p), rel(os.path.realpath(p)))
try:
    os.path.realpath('loop1', strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.path.realpath('broken', strict=True)
except OSError as e:
    print(type(e).__name__, rel(e.filename))
print(rel(os.path.realpath('lnk', strict=True)))
os.symlink('loop1/x', 'loop3')
for p in ['loop1/../lnk', 'loop1/./y/../z', 'loop3', 'loop3/q', 'dir/../loop1/../lnk', b'loop1/../lnk']:
    print(repr(p), rel(os.path.realpath(p)))
os.unlink('loop3')

print(os.path.samefile('lnk', 'dir/file.txt'), os.path.samefile('dir', 'dlnk'), os.path.samefile('dir', '.'))
with open('dir/file.txt') as a, open('lnk') as b:
    print(os.path.sameopenfile(a.fileno(), b.fileno()))
print(os.path.samestat(os.stat('dir'), os.stat('dlnk')))
try:
    os.path.samefile('dir', 'nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
print(os.path.ismount('/'), os.path.ismount(base), os.path.ismount('nothing'), os.path.ismount('dlnk'))

os.chdir('/')
for name in ['lnk', 'dlnk', 'broken', 'loop1', 'loop2', 'dir/file.txt']:
    os.unlink(os.path.join(base, name))
os.rmdir(os.path.join(base, 'dir'))
os.rmdir(base)
print(os.path.exists(base))
