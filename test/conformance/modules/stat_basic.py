# stat: constants, the S_IS* tests, S_IMODE/S_IFMT and filemode.
import stat

names = ['ST_MODE', 'ST_INO', 'ST_DEV', 'ST_NLINK', 'ST_UID', 'ST_GID', 'ST_SIZE', 'ST_ATIME', 'ST_MTIME', 'ST_CTIME',
         'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFREG', 'S_IFIFO', 'S_IFLNK', 'S_IFSOCK', 'S_IFDOOR', 'S_IFPORT', 'S_IFWHT',
         'S_ISUID', 'S_ISGID', 'S_ENFMT', 'S_ISVTX', 'S_IREAD', 'S_IWRITE', 'S_IEXEC', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR',
         'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH',
         'UF_NODUMP', 'UF_IMMUTABLE', 'UF_APPEND', 'UF_OPAQUE', 'UF_NOUNLINK', 'UF_COMPRESSED', 'UF_HIDDEN',
         'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_APPEND', 'SF_NOUNLINK', 'SF_SNAPSHOT',
         'FILE_ATTRIBUTE_READONLY', 'FILE_ATTRIBUTE_DIRECTORY', 'FILE_ATTRIBUTE_NORMAL', 'FILE_ATTRIBUTE_VIRTUAL']
for n in names:
    print(n, oct(getattr(stat, n)))

modes = [0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777,
         0o100000, 0o101000, 0o106644, 0, 0o170777, 0o7777]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK,
         stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), [t(m) for t in tests])

for bad in ('x', 1.5, None, -1, 2**40):
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.filemode):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(stat.S_IMODE.__doc__)
print(stat.S_IFMT.__doc__)
from stat import *
print(S_ISREG(S_IFREG), filemode(S_IFDIR | 0o750))
