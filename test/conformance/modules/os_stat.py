# os.stat_result: fields, tuple view, float and _ns times, repr; lstat and
# fstat; the stat module's tests on real modes.
import os
import stat

base = '/tmp/pys_os_stat_%d' % os.getpid()
os.mkdir(base)
f = os.path.join(base, 'f')
with open(f, 'wb') as fh:
    fh.write(b'x' * 123)
os.utime(f, (1500000000.25, 1600000000.5))
os.symlink('f', os.path.join(base, 'link'))

st = os.stat(f)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.st_size, st[stat.ST_SIZE], st[6] == st.st_size)
print(st.st_atime, st.st_mtime, st[7], st[8], type(st[8]).__name__)
print(st.st_atime_ns, st.st_mtime_ns)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) == st.st_mode & 0o7777)
print(st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid())
print(type(st.st_ino).__name__, type(st.st_dev).__name__, type(st.st_blksize).__name__, type(st.st_blocks).__name__, type(st.st_rdev).__name__)
print(st.st_ctime == st[9] or abs(st.st_ctime - st[9]) < 1)
r = repr(st)
print(r.startswith('os.stat_result(st_mode='), 'st_size=123' in r, 'st_mtime=1600000000' in r, r.endswith(')'))
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size, at, mt)
print(st[-4], st[2:4] == (st.st_dev, st.st_nlink), tuple(st)[:1] == (st.st_mode,))
try:
    st.st_size = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    st[10]
except IndexError as e:
    print('IndexError', e)

# lstat sees the link, stat the target
ls = os.lstat(os.path.join(base, 'link'))
print(stat.S_ISLNK(ls.st_mode), stat.S_ISLNK(os.stat(os.path.join(base, 'link')).st_mode))
print(os.stat(os.path.join(base, 'link'), follow_symlinks=False).st_mode == ls.st_mode)
print(stat.filemode(ls.st_mode)[0], stat.filemode(os.stat(base).st_mode)[0])

# fstat on an open file, and stat of a descriptor
with open(f, 'rb') as fh:
    fs = os.fstat(fh.fileno())
    print(fs.st_size, fs.st_ino == st.st_ino, os.stat(fh.fileno()).st_size)
try:
    os.fstat(9999)
except OSError as e:
    print(type(e).__name__, e)

# a stat_result made by hand
made = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(made)
print(made.st_atime, made.st_mtime_ns, made.st_blksize)
try:
    os.stat_result((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)

# times before the epoch and to the nanosecond
os.utime(f, (-1.5, -100000.25))
s = os.stat(f)
print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
os.utime(f, ns=(123456789, 10**18 + 123456789))
s = os.stat(f)
print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
os.utime(f, (1.1, 2.7))
print(os.stat(f).st_atime_ns, os.stat(f).st_mtime_ns)
for bad in ((1,), ('a', 1), 5):
    try:
        os.utime(f, bad)
    except TypeError as e:
        print('TypeError', e)
try:
    os.utime(f, (1, 2), ns=(1, 2))
except ValueError as e:
    print('ValueError', e)
os.utime(f)
print(abs(os.stat(f).st_mtime - __import__('time').time()) < 60)

# directories
ds = os.stat(base)
print(stat.S_ISDIR(ds.st_mode), ds.st_nlink >= 2)
print(os.stat('/dev/null').st_rdev != 0, stat.S_ISCHR(os.stat('/dev/null').st_mode))

os.remove(os.path.join(base, 'link'))
os.remove(f)
os.rmdir(base)
