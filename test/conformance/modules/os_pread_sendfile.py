# os.pread / os.pwrite (positional: the descriptor's offset stays put) and
# os.sendfile (with an offset, or from and advancing in_fd's offset), with
# the errors the kernel gives and CPython's argument checks.
import os
import tempfile


def show(label, f, *args):
    try:
        print(label, '->', f(*args))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', None))


base = tempfile.mkdtemp(prefix='pys_pread_')
p = os.path.join(base, 'data')
with open(p, 'wb') as f:
    f.write(b'0123456789abcdef')

fd = os.open(p, os.O_RDWR)
print(os.read(fd, 2), os.lseek(fd, 0, os.SEEK_CUR))
print(os.pread(fd, 4, 0), os.pread(fd, 4, 10), os.pread(fd, 100, 12), os.pread(fd, 3, 16), os.pread(fd, 3, 1000))
print(os.pread(fd, 0, 0), os.pread(fd, 0, 5))
print('offset kept', os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 2))
print(os.pwrite(fd, b'XY', 0), os.pwrite(fd, bytearray(b'Z'), 15), os.pwrite(fd, memoryview(b'!!'), 20), os.pwrite(fd, b'', 3))
print('offset kept', os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 3))
print(os.pread(fd, 30, 0))
# after lseek (pys then keeps the offset itself) pread/pwrite still leave it
os.lseek(fd, 5, os.SEEK_SET)
print(os.pread(fd, 3, 0), os.pwrite(fd, b'q', 1), os.read(fd, 2), os.lseek(fd, 0, os.SEEK_CUR))
print(os.pread(fd, 5, 2**62), os.pread(fd, 5, 2**53 + 1))
print(type(os.pread(fd, 1, 0)).__name__)

show('neg length', os.pread, fd, -1, 0)
show('neg offset', os.pread, fd, 1, -1)
show('neg offset 0', os.pread, fd, 0, -1)
show('pwrite neg', os.pwrite, fd, b'x', -1)
show('pwrite neg empty', os.pwrite, fd, b'', -1)
show('overflow sum', os.pread, fd, 10, 2**63 - 5)
show('bad fd', os.pread, 9999, 1, 0)
show('bad fd 0', os.pread, 9999, 0, 0)
show('bad fd neg len', os.pread, 9999, -1, 0)
show('bad fd pwrite', os.pwrite, 9999, b'x', 0)
show('float fd', os.pread, 1.0, 1, 0)
show('float len', os.pread, fd, 1.0, 0)
show('float off', os.pread, fd, 1, 1.0)
show('big off', os.pread, fd, 1, 2**63)
show('big len', os.pread, fd, 2**63, 0)
show('big fd', os.pread, 2**31, 1, 0)
show('str data', os.pwrite, fd, 'x', 0)
show('int data', os.pwrite, fd, 5, 0)
show('big off w', os.pwrite, fd, b'x', 2**63)
show('few args', os.pread, fd, 1)
show('many args', os.pwrite, fd, b'', 0, 0)
try:
    os.pread(fd=fd, length=1, offset=0)
except TypeError:
    print('pread takes no keywords')

ro = os.open(p, os.O_RDONLY)
wo = os.open(p, os.O_WRONLY)
d = os.open(base, os.O_RDONLY)
r, w = os.pipe()
show('pwrite ro', os.pwrite, ro, b'x', 0)
show('pread wo', os.pread, wo, 1, 0)
show('pread wo 0', os.pread, wo, 0, 0)
show('pwrite wo empty', os.pwrite, wo, b'', 0)
show('pread dir', os.pread, d, 1, 0)
show('pread dir 0', os.pread, d, 0, 0)
show('pwrite dir', os.pwrite, d, b'x', 0)
show('pread pipe', os.pread, r, 1, 0)
show('pread pipe 0', os.pread, r, 0, 0)
show('pwrite pipe', os.pwrite, w, b'x', 0)
show('pwrite pipe empty', os.pwrite, w, b'', 0)
show('pread pipe w', os.pread, w, 1, 0)

# O_APPEND: Linux appends whatever the offset
ap = os.open(p, os.O_WRONLY | os.O_APPEND)
print(os.pwrite(ap, b'<end>', 0), os.pread(ro, 100, 0)[-7:])
os.close(ap)

# ---- sendfile ----
src = os.path.join(base, 'src')
with open(src, 'wb') as f:
    f.write(b'ABCDEFGHIJ')
i = os.open(src, os.O_RDONLY)
o = os.open(os.path.join(base, 'out'), os.O_RDWR | os.O_CREAT | os.O_TRUNC)
print(os.sendfile(o, i, 2, 3), os.lseek(i, 0, os.SEEK_CUR), os.lseek(o, 0, os.SEEK_CUR))
print(os.sendfile(o, i, None, 4), os.lseek(i, 0, os.SEEK_CUR), os.lseek(o, 0, os.SEEK_CUR))
print(os.sendfile(o, i, None, 100), os.lseek(i, 0, os.SEEK_CUR))
print(os.sendfile(o, i, None, 5), os.sendfile(o, i, 8, 100), os.sendfile(o, i, 100, 5))
print(os.sendfile(o, i, 0, 0), os.sendfile(o, i, None, 0))
print(os.sendfile(out_fd=o, in_fd=i, offset=0, count=1))
print(os.pread(o, 100, 0))
# into itself, from an offset
print(os.sendfile(o, o, 0, 3), os.pread(o, 100, 0))
# a larger file, and a read of a tracked offset
big = os.path.join(base, 'big')
with open(big, 'wb') as f:
    f.write(bytes(range(256)) * 1000)
bi = os.open(big, os.O_RDONLY)
bo = os.open(os.path.join(base, 'bigout'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.lseek(bi, 1000, os.SEEK_SET)
print(os.sendfile(bo, bi, None, 200000), os.lseek(bi, 0, os.SEEK_CUR), os.lseek(bo, 0, os.SEEK_CUR))
print(os.sendfile(bo, bi, 0, 10**6), os.lseek(bi, 0, os.SEEK_CUR))
os.close(bo)
with open(os.path.join(base, 'bigout'), 'rb') as f:
    data = f.read()
print(len(data), data[:200000] == (bytes(range(256)) * 1000)[1000:201000], data[200000:] == bytes(range(256)) * 1000)

# into a pipe
print(os.sendfile(w, i, 0, 3), os.read(r, 10))
os.lseek(i, 0, os.SEEK_SET)
print(os.sendfile(w, i, None, 4), os.read(r, 10), os.lseek(i, 0, os.SEEK_CUR))
print(os.sendfile(w, i, 0, 0))

ap = os.open(os.path.join(base, 'out'), os.O_WRONLY | os.O_APPEND)
show('sf neg offset', os.sendfile, o, i, -1, 1)
show('sf neg count', os.sendfile, o, i, 0, -1)
show('sf overflow', os.sendfile, o, i, 2**63 - 1, 1)
show('sf big offset', os.sendfile, o, i, 2**63, 1)
show('sf big count', os.sendfile, o, i, 0, 2**63)
show('sf float offset', os.sendfile, o, i, 1.0, 1)
show('sf str offset', os.sendfile, o, i, 'x', 1)
show('sf float fd', os.sendfile, 1.0, i, 0, 1)
show('sf big fd', os.sendfile, 2**31, i, 0, 1)
show('sf bad in', os.sendfile, o, 9999, 0, 1)
show('sf bad in 0', os.sendfile, o, 9999, None, 0)
show('sf bad out', os.sendfile, 9999, i, 0, 1)
show('sf bad out 0', os.sendfile, 9999, i, 0, 0)
show('sf out ro', os.sendfile, ro, i, 0, 1)
show('sf in wo', os.sendfile, o, wo, 0, 1)
show('sf append', os.sendfile, ap, i, 0, 2)
show('sf append 0', os.sendfile, ap, i, 0, 0)
show('sf in pipe off', os.sendfile, o, r, 0, 1)
show('sf in pipe', os.sendfile, o, r, None, 1)
show('sf in pipe 0', os.sendfile, o, r, None, 0)
show('sf in dir', os.sendfile, o, d, 0, 3)
show('sf in dir 0', os.sendfile, o, d, 0, 0)
show('sf out dir', os.sendfile, d, i, 0, 3)
show('sf pipe to pipe', os.sendfile, w, r, None, 1)
show('sf dir to pipe', os.sendfile, w, d, None, 1)
show('sf missing', os.sendfile, o, i, 0)
show('sf too many', os.sendfile, o, i, 0, 1, 2)

for x in (fd, ro, wo, d, r, w, ap, i, o, bi):
    os.close(x)
for name in os.listdir(base):
    os.unlink(os.path.join(base, name))
os.rmdir(base)
