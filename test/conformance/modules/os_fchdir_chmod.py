# os.fchdir and os.chdir(fd), os.sync, and os.chmod with follow_symlinks
# and dir_fd (glibc's fchmodat: a symlink's own mode cannot be changed).
import os
import stat
import tempfile


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, '->', r)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'errno', None),
              repr(getattr(e, 'filename', None)) if isinstance(getattr(e, 'filename', None), str) else type(getattr(e, 'filename', None)).__name__)


start = os.getcwd()
base = os.path.realpath(tempfile.mkdtemp(prefix='pys_fchdir_'))
sub = os.path.join(base, 'sub dir')
os.mkdir(sub)
with open(os.path.join(base, 'file'), 'w') as f:
    f.write('x')

dfd = os.open(sub, os.O_RDONLY)
print(os.fchdir(dfd), os.getcwd() == sub)
os.chdir(start)
print(os.fchdir(fd=dfd), os.getcwd() == sub)
os.chdir(start)
print(os.chdir(dfd), os.getcwd() == sub)
os.chdir(base)


class HasFileno:
    def fileno(self):
        return dfd


print(os.fchdir(HasFileno()), os.getcwd() == sub)
# the directory renamed meanwhile: the descriptor still reaches it
os.chdir(base)
os.rename(sub, sub + '2')
print(os.fchdir(dfd), os.getcwd() == sub + '2')
os.chdir(base)
os.rename(sub + '2', sub)
pathfd = os.open(sub, os.O_PATH)
print(os.fchdir(pathfd), os.getcwd() == sub)
os.chdir(base)

ffd = os.open(os.path.join(base, 'file'), os.O_RDONLY)
r, w = os.pipe()
show('fchdir file', os.fchdir, ffd)
show('fchdir pipe', os.fchdir, r)
show('fchdir bad', os.fchdir, 9999)
show('fchdir -1', os.fchdir, -1)
show('fchdir float', os.fchdir, 1.0)
show('fchdir str', os.fchdir, 'x')
show('fchdir big', os.fchdir, 2**31)
show('fchdir none', os.fchdir)
try:
    os.chdir(ffd)
except OSError as e:
    print('chdir fd file', type(e).__name__, e.errno, e.strerror, e.filename == ffd)
show('chdir fd bad', os.chdir, 9999)
show('chdir fd -1', os.chdir, -1)
print(os.getcwd() == base)

print(os.sync())
try:
    os.sync(1)
except TypeError:
    print('sync takes no arguments')

# ---- chmod ----
os.chdir(base)
os.symlink('file', 'link')
os.symlink('nowhere', 'dangling')
mode = lambda p: oct(stat.S_IMODE(os.lstat(p).st_mode))
link_mode = mode('link')
print(os.chmod('file', 0o600, follow_symlinks=False), mode('file'))
show('nofollow link', os.chmod, 'link', 0o644, follow_symlinks=False)
print(mode('file'), mode('link') == link_mode)
show('nofollow dangling', os.chmod, 'dangling', 0o644, follow_symlinks=False)
show('nofollow missing', os.chmod, 'missing', 0o644, follow_symlinks=False)
show('nofollow bytes', os.chmod, b'file', 0o640, follow_symlinks=False)
print(mode('file'))
print(os.chmod('link', 0o604), mode('file'), mode('link') == link_mode)
show('follow dangling', os.chmod, 'dangling', 0o644)

bfd = os.open(base, os.O_RDONLY)
print(os.chmod('file', 0o611, dir_fd=bfd), mode('file'))
print(os.chmod('file', 0o612, dir_fd=bfd, follow_symlinks=False), mode('file'))
show('dir_fd link nofollow', os.chmod, 'link', 0o644, dir_fd=bfd, follow_symlinks=False)
show('dir_fd missing', os.chmod, 'missing', 0o644, dir_fd=bfd)
show('dir_fd missing nofollow', os.chmod, 'missing', 0o644, dir_fd=bfd, follow_symlinks=False)
show('dir_fd bad', os.chmod, 'file', 0o644, dir_fd=9999)
show('dir_fd bad nofollow', os.chmod, 'file', 0o644, dir_fd=9999, follow_symlinks=False)
show('dir_fd not dir', os.chmod, 'file', 0o644, dir_fd=ffd)
show('dir_fd str', os.chmod, 'file', 0o644, dir_fd='x')
show('dir_fd float', os.chmod, 'file', 0o644, dir_fd=1.5)
# an absolute path ignores dir_fd, even a bad one
print(os.chmod(os.path.join(base, 'file'), 0o644, dir_fd=9999), mode('file'))
print(os.chmod(os.path.join(base, 'file'), 0o640, dir_fd=ffd), mode('file'))
# a descriptor ignores dir_fd and follow_symlinks
wfd = os.open('file', os.O_RDONLY)
print(os.chmod(wfd, 0o604, follow_symlinks=False), mode('file'))
print(os.chmod(wfd, 0o644, dir_fd=bfd), mode('file'))
show('chmod bad fd', os.chmod, 9999, 0o644)
show('chmod fd -1', os.chmod, -1, 0o644)
print(os.chmod in os.supports_dir_fd, os.chmod in os.supports_fd, os.chmod in os.supports_follow_symlinks)

for fd in (dfd, pathfd, ffd, r, w, bfd, wfd):
    os.close(fd)
os.chdir(start)
for name in ('file', 'link', 'dangling'):
    os.unlink(os.path.join(base, name))
os.rmdir(sub)
os.rmdir(base)
