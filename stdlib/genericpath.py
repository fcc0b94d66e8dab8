"""Path questions that do not depend on the path syntax (pys).

posixpath re-exports these; each one asks the file system through os.stat.
"""
import stat as _st

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def _stat_or_none(where):
    # a bad argument (wrong type, null byte) or a failed stat both mean "no"
    try:
        return os.stat(where)
    except (OSError, ValueError):
        return None


def exists(path):
    """True when `path` names something (a broken symlink does not count)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """True for a regular file (after following symlinks)."""
    found = _stat_or_none(path)
    return found is not None and _st.S_ISREG(found.st_mode)


def isdir(s):
    """True for a directory (after following symlinks)."""
    found = _stat_or_none(s)
    return found is not None and _st.S_ISDIR(found.st_mode)


def _field(name, attr):
    info = os.stat(name)
    return getattr(info, attr)


def getsize(filename):
    """The size in bytes, from os.stat()."""
    return _field(filename, 'st_size')


def getmtime(filename):
    """The modification time (seconds since the epoch), from os.stat()."""
    return _field(filename, 'st_mtime')


def getatime(filename):
    """The access time (seconds since the epoch), from os.stat()."""
    return _field(filename, 'st_atime')


def getctime(filename):
    """The status-change time (seconds since the epoch), from os.stat()."""
    return _field(filename, 'st_ctime')


def commonprefix(m):
    """The longest leading run of characters (or list items) all of m share."""
    if not m:
        return ''
    # character-wise, not component-wise; lists and tuples of parts work too
    if not isinstance(m[0], (tuple, list)):
        m = [os.fspath(x) for x in m]
    lo, hi = min(m), max(m)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def samestat(s1, s2):
    """True when two stat results describe one file (same device and inode)."""
    return s1.st_dev == s2.st_dev and s1.st_ino == s2.st_ino


def samefile(f1, f2):
    """True when two paths lead to one file; a failed stat raises."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when two descriptors are open on one file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """(root, ext) for p: ext runs from the last extsep of the last component
    to the end, unless everything before it there is extsep characters."""
    start = p.rfind(sep)
    if altsep:
        start = max(start, p.rfind(altsep))
    start += 1
    dot = p.rfind(extsep)
    if dot < start:
        return p, p[:0]
    if p[start:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raises the TypeError for arguments that are not all str or all bytes."""
    kinds = set()
    for a in args:
        if isinstance(a, (str, bytes)):
            kinds.add(bytes if isinstance(a, bytes) else str)
            continue
        raise TypeError(f'{funcname}() argument must be str, bytes, or '
                        f'os.PathLike object, not {type(a).__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# pys: the common calls (a str path) are answered natively; every other
# call runs the Python functions above (see stdlib/posix_fast.ts)
from posix import _fastpath
exists = _fastpath(exists)
isfile = _fastpath(isfile)
isdir = _fastpath(isdir)
getsize = _fastpath(getsize)
del _fastpath

# last: os imports posixpath, which imports the functions above from here
# (when this module is the first of them imported)
import os
