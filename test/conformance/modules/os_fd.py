# os: descriptor-level I/O on real files and pipes: open/read/write/lseek,
# dup/dup2, pipe, isatty, fsync, fdopen.
import os

base = '/tmp/pys_os_fd_%d' % os.getpid()
os.mkdir(base)
p = os.path.join(base, 'data')

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello world\n'), os.write(fd, bytearray(b'second\n')))
os.write(fd, memoryview(b'third\n'))
os.fsync(fd)
os.close(fd)
print(os.path.getsize(p), oct(os.stat(p).st_mode & 0o777))

fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 7), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
print(os.isatty(fd))
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.lseek(fd, -100, os.SEEK_SET)
except OSError as e:
    print(type(e).__name__, e)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e)

# read-write, append
fd = os.open(p, os.O_RDWR)
os.lseek(fd, 6, os.SEEK_SET)
os.write(fd, b'WORLD')
os.lseek(fd, 0, 0)
print(os.read(fd, 12))
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'tail\n')
os.close(fd)
with open(p, 'rb') as f:
    print(f.read())

# exclusive create
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e.strerror, e.filename == p)
try:
    os.open(os.path.join(base, 'nope'), os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    os.open(base, os.O_WRONLY)
except IsADirectoryError as e:
    print('IsADirectoryError', e.strerror)

# dup shares the offset
fd = os.open(p, os.O_RDONLY)
fd2 = os.dup(fd)
print(fd2 != fd, os.read(fd, 6), os.read(fd2, 5))
os.close(fd)
print(os.read(fd2, 1))
os.close(fd2)

# pipes
r, w = os.pipe()
print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)

# dup2 redirects a descriptor
out = os.path.join(base, 'out')
fd = os.open(out, os.O_WRONLY | os.O_CREAT, 0o600)
r, w = os.pipe()
print(os.dup2(fd, w) == w)
os.write(w, b'via dup2\n')
os.close(w)
os.close(fd)
os.close(r)
with open(out) as f:
    print(repr(f.read()))

# fdopen wraps a descriptor in a file object
fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(repr(f.readline()), f.fileno() == fd)
try:
    os.fdopen('x')
except TypeError as e:
    print('TypeError', e)

# bad arguments
for bad in (lambda: os.read('x', 1), lambda: os.write(1, 'text'), lambda: os.close(1.5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

os.remove(p)
os.remove(out)
os.rmdir(base)
