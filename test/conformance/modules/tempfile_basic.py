# tempfile: mkstemp, mkdtemp, TemporaryFile, NamedTemporaryFile,
# TemporaryDirectory, SpooledTemporaryFile, gettempdir.
import os
import stat
import tempfile

top = '/tmp/pys_tempfile_%d' % os.getpid()
os.mkdir(top)
print(tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()), os.path.isdir(tempfile.gettempdir()))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__, tempfile.TMP_MAX)

fd, name = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=top)
print(type(fd).__name__, os.path.dirname(name) == top, os.path.basename(name).startswith('pre_'), name.endswith('.txt'))
print(len(os.path.basename(name)), oct(stat.S_IMODE(os.stat(name).st_mode)))
os.write(fd, b'abc')
os.close(fd)
with open(name, 'rb') as f:
    print(f.read())
os.unlink(name)
fd, name = tempfile.mkstemp(dir=top.encode())
print(type(name).__name__, os.path.basename(name).startswith(b'tmp'))
os.close(fd)
os.unlink(name)
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)

d = tempfile.mkdtemp(prefix='dd', dir=top)
print(os.path.isdir(d), os.path.basename(d).startswith('dd'), oct(stat.S_IMODE(os.stat(d).st_mode)))
os.rmdir(d)
names = {tempfile.mkdtemp(dir=top) for _ in range(20)}
print(len(names))
for n in names:
    os.rmdir(n)

with tempfile.TemporaryFile(dir=top) as f:
    f.write(b'hello temp')
    f.seek(0)
    print(f.read(), os.listdir(top))
with tempfile.TemporaryFile('w+', dir=top) as f:
    f.write('text mode\n')
    f.seek(0)
    print(repr(f.read()))

with tempfile.NamedTemporaryFile(dir=top, suffix='.dat') as f:
    print(os.path.exists(f.name), f.name.endswith('.dat'), os.path.dirname(f.name) == top)
    f.write(b'named')
    f.flush()
    with open(f.name, 'rb') as g:
        print(g.read())
    kept = f.name
print(os.path.exists(kept))
f = tempfile.NamedTemporaryFile('w', dir=top, delete=False)
f.write('stay')
f.close()
print(os.path.exists(f.name), f.delete)
with open(f.name) as g:
    print(g.read())
os.unlink(f.name)
f = tempfile.NamedTemporaryFile('w+', dir=top)
f.write('line1\nline2\n')
f.seek(0)
print(list(f), f.closed)
f.close()
print(f.closed, os.path.exists(f.name))

with tempfile.TemporaryDirectory(dir=top, prefix='td') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('td'))
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f'), 'w') as g:
        g.write('x')
    os.symlink(top, os.path.join(td, 'outside'))
print(os.path.exists(td), os.path.isdir(top))
t = tempfile.TemporaryDirectory(dir=top)
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

s = tempfile.SpooledTemporaryFile(max_size=10, dir=top)
s.write(b'12345')
print(s._rolled, os.listdir(top))
s.write(b'67890abc')
print(s._rolled)
s.seek(0)
print(s.read())
s.close()
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('spooled text')
    s.seek(0)
    print(s.read(), s._rolled)

print(os.listdir(top))
os.rmdir(top)
