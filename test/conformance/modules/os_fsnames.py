# os: file names that are not UTF-8 travel as surrogateescape'd str (PEP 383)
# and as raw bytes, through listdir, scandir, walk, readlink and open.
import os
d = '/tmp/pys_os_fsnames_%d' % os.getpid()
os.mkdir(d)
raw = os.fsencode(d) + b'/bad\xff\xfename'
with open(raw, 'wb') as f:
    f.write(b'x')
os.symlink(b'bad\xff\xfename', os.fsencode(d) + b'/lnk\xff')
names = sorted(os.listdir(d))
print([ascii(n) for n in names], sorted(os.listdir(os.fsencode(d))))
for n in names:
    p = os.path.join(d, n)
    print(ascii(n), os.path.exists(p), os.path.islink(p), os.stat(p).st_size)
for e in sorted(os.scandir(d), key=lambda e: e.name):
    print(ascii(e.name), e.is_file(), e.is_symlink(), e.stat().st_size, ascii(e.path[len(d):]))
print(ascii(os.readlink(os.path.join(d, 'lnk\udcff'))), os.readlink(os.fsencode(d) + b'/lnk\xff'))
for root, dirs, files in os.walk(d):
    print(sorted(ascii(f) for f in files))
with open(os.path.join(d, 'bad\udcff\udcfename'), 'rb') as f:
    print(f.read())
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d))
