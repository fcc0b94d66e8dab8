"""os.path for POSIX: path syntax with '/' as the only separator (pys).

Functions take str or bytes (or os.PathLike objects) and answer in the same
type; a path is split on '/' only.
"""
import sys
import stat as _st

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = sys.platform in ('darwin',)

# os imports this module and takes the constants above from it: imported
# after them, os finds them when this module is the first one imported
import os
from genericpath import (commonprefix, exists, getatime, getctime, getmtime,
                         getsize, isdir, isfile, samefile, sameopenfile,
                         samestat, _splitext, _check_arg_types)

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


def _seps(p):
    """The separator, '.' and '..' in the type of p (str or bytes)."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def normcase(s):
    """The path unchanged: POSIX file names are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """True when the path starts at the root."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """The components joined with single slashes; a component that starts
    with a slash discards everything before it, and an empty last one
    leaves a trailing slash.
    """
    a = os.fspath(a)
    slash = _seps(a)[0]
    out = a
    try:
        for piece in map(os.fspath, p):
            if piece.startswith(slash):
                out = piece
            elif not out or out.endswith(slash):
                out = out + piece
            else:
                out = out + slash + piece
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return out


def split(p):
    """(head, tail): tail is what follows the last slash, head what comes
    before it, without trailing slashes unless it is only slashes.
    """
    p = os.fspath(p)
    slash = _seps(p)[0]
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    # keep a root of slashes as it is, drop the slashes ending anything else
    if head.strip(slash):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext runs from the last dot of the final component to
    the end; leading dots of that component do not start an extension.
    """
    p = os.fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b'/', None, b'.')
    return _splitext(p, '/', None, '.')



def splitdrive(p):
    """(drive, path): POSIX paths have no drive, so drive is empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """What follows the last slash."""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """What precedes the last slash (see split)."""
    return split(p)[0]


def islink(path):
    """True for a symbolic link (not followed); False when it cannot be told."""
    try:
        info = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _st.S_ISLNK(info.st_mode)


def lexists(path):
    """True when the path names something, broken symlinks included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


# pys: the common calls (str arguments) are answered natively; every other
# call runs the Python functions above (see stdlib/posix_fast.ts)
from posix import _fastpath
join = _fastpath(join)
split = _fastpath(split)
splitext = _fastpath(splitext)
basename = _fastpath(basename)
dirname = _fastpath(dirname)
islink = _fastpath(islink)
lexists = _fastpath(lexists)
del _fastpath


def ismount(path):
    """True when the path is where a file system is mounted."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _st.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    up = join(path, _seps(path)[2])
    try:
        above = os.lstat(up)
    except (OSError, ValueError):
        return False
    # another device above, or the same inode (the root)
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def _home_of(user):
    """The home directory /etc/passwd gives user (a str), or None."""
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Replaces a leading ~ by $HOME (or the password entry), and ~user by
    that user's home; the path is returned unchanged when it is unknown.
    """
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    tilde, slash = (b'~', b'/') if as_bytes else ('~', '/')
    if not path.startswith(tilde):
        return path
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = os.environ.get('HOME')
        if home is None:
            try:
                home = _home_of(os.getlogin())
            except OSError:
                home = None
    else:
        user = path[1:end]
        if as_bytes:
            user = os.fsdecode(user)
        home = _home_of(user)
    if home is None:
        return path
    if as_bytes:
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


def _is_name_char(c):
    return c == '_' or c.isalnum()


def expandvars(path):
    """Replaces $name and ${name} by environment variables that are set;
    others are left as they are.
    """
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if as_bytes else path
    if '$' not in text:
        return path
    env = os.environ
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if text.startswith('{', i + 1):
            close = text.find('}', i + 2)
            name = text[i + 2:close] if close > i + 2 else ''
            ok = close > 0 and all(not ch in '{}' for ch in name) and name != ''
            whole_end = close + 1
        else:
            j = i + 1
            while j < n and (text[j].isascii() and _is_name_char(text[j])):
                j += 1
            name = text[i + 1:j]
            ok = name != ''
            whole_end = j
        if not ok:
            out.append(c)
            i += 1
            continue
        key = os.fsdecode(name.encode('latin-1')) if as_bytes else name
        if key in env:
            value = env[key]
            out.append(os.fsencode(value).decode('latin-1') if as_bytes else value)
        else:
            out.append(text[i:whole_end])
        i = whole_end
    result = ''.join(out)
    return result.encode('latin-1') if as_bytes else result


def normpath(path):
    """Collapses repeated slashes and . components and resolves .. textually."""
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    # POSIX keeps exactly two leading slashes; one or three and more mean one
    lead = 0
    if path.startswith(slash):
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    kept = []
    for part in path.split(slash):
        if part == dot or not part:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if lead:
                continue
        kept.append(part)
    return (slash * lead + slash.join(kept)) or dot


def abspath(path):
    """The normalized absolute path, relative ones taken from the cwd."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


_END = object()


def realpath(filename, *, strict=False):
    """The absolute path with every symbolic link resolved.

    With strict, a missing component or a loop raises OSError; otherwise
    what cannot be resolved is kept as written.
    """
    name = os.fspath(filename)
    slash, dot, dotdot = _seps(name)
    # relative paths stay relative until the end (so errors name them as
    # given); abspath finishes the job
    done = slash if isabs(name) else name[:0]
    # a stack of components still to walk; a (_END, link) pair marks where
    # the expansion of `link` ends, so its resolution can be remembered
    todo = name.split(slash)
    todo.reverse()
    known = {}
    while todo:
        part = todo.pop()
        if isinstance(part, tuple):
            known[part[1]] = done
            continue
        if not part or part == dot:
            continue
        if part == dotdot:
            if not done or basename(done) == dotdot:
                done = join(done, dotdot)
            elif done != slash:
                done = dirname(done)
            continue
        here = join(done, part)
        try:
            info = os.lstat(here)
        except OSError:
            if strict:
                raise
            done = here
            continue
        if not _st.S_ISLNK(info.st_mode):
            done = here
            continue
        if here in known:
            resolved = known[here]
            if resolved is not None:
                done = resolved
                continue
            # a link met again while it is being expanded: a loop; what
            # is left of the path is then taken as written
            if strict:
                os.stat(here)
            rest = [p for p in reversed(todo) if not isinstance(p, tuple)]
            done = join(here, *rest)
            break
        known[here] = None
        target = os.readlink(here)
        if isabs(target):
            done = slash
        todo.append((_END, here))
        pieces = target.split(slash)
        pieces.reverse()
        todo.extend(pieces)
    return abspath(done)


def relpath(path, start=None):
    """The path relative to `start` (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    slash, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        there = [x for x in abspath(path).split(slash) if x]
        here = [x for x in abspath(start).split(slash) if x]
        shared = 0
        for a, b in zip(there, here):
            if a != b:
                break
            shared += 1
        steps = [dotdot] * (len(here) - shared) + there[shared:]
        return join(*steps) if steps else dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path (whole components) that all paths share."""
    paths = [os.fspath(p) for p in paths]
    if len(paths) == 0:
        raise ValueError("commonpath() arg is an empty sequence")
    slash, dot, _ = _seps(paths[0])
    try:
        absolute = {p.startswith(slash) for p in paths}
        if len(absolute) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        split_up = [[c for c in p.split(slash) if c and c != dot] for p in paths]
        first, last = min(split_up), max(split_up)
        shared = []
        for a, b in zip(first, last):
            if a != b:
                break
            shared.append(a)
        root = slash if absolute.pop() else slash[:0]
        return root + slash.join(shared)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def walk(top, func, arg):
    """Python 2's directory walk: calls func(arg, dirname, names) for each
    directory of the tree under `top`, a directory before the ones inside it.

    `names` is the list from os.listdir; func may edit it in place to keep
    the walk out of some subdirectories.  Directories that cannot be listed
    are skipped silently; symbolic links to directories are not followed.
    """
    # pys: kept for the documents' Python 2 programs (removed in Python 3);
    # a stack of pending directories, so deep trees do not recurse
    pending = [top]
    while pending:
        here = pending.pop()
        try:
            names = os.listdir(here)
        except OSError:
            continue
        func(arg, here, names)
        below = []
        for name in names:
            child = join(here, name)
            try:
                info = os.lstat(child)
            except OSError:
                continue
            if _st.S_ISDIR(info.st_mode):
                below.append(child)
        pending.extend(reversed(below))
