"""High-level file operations: copying files and trees, moving, removing
trees, finding programs, disk usage (pys).

Built on os and os.path; errors are the OSErrors of the calls that failed,
plus Error (with a list of per-file failures from copytree) and
SameFileError.
"""

# pys: the archive functions (make_archive, unpack_archive, ...) are not
# provided; everything else follows CPython 3.11's behaviour.

# pys: fnmatch (and re under it) and collections are imported where they
# are used: they cost start-up time every user of rmtree or copyfile
# would pay
import os
import stat as _st
import sys

_audit = sys.audit

__all__ = [
    # single files
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
    # trees
    "copytree", "ignore_patterns", "rmtree", "move",
    # the system
    "which", "disk_usage", "get_terminal_size", "chown",
    # errors
    "Error", "SameFileError", "SpecialFileError", "ExecError",
]

# the chunk size of copyfileobj when none is given
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """A shutil operation failed; copytree's carries the list of
    (source, destination, reason) of every file that failed."""


class SameFileError(Error):
    """Copying a file onto itself."""


class SpecialFileError(OSError):
    """The operation cannot be applied to a special file (a fifo)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive format failed."""


# ---- single files --------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of file object fsrc into fdst, `length` bytes (or
    characters) at a time."""
    size = length or COPY_BUFSIZE
    pull, push = fsrc.read, fdst.write
    chunk = pull(size)
    while chunk:
        push(chunk)
        chunk = pull(size)


def _info(where, follow=True):
    """stat of a path or of an os.DirEntry (using its cached answer)."""
    if isinstance(where, os.DirEntry):
        return where.stat(follow_symlinks=follow)
    return os.stat(where, follow_symlinks=follow)


def _is_link(where):
    if isinstance(where, os.DirEntry):
        return where.is_symlink()
    return os.path.islink(where)


def _same_file(src, dst):
    try:
        return os.path.samestat(_info(src), os.stat(dst))
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file src to dst (created or truncated);
    returns dst.  With follow_symlinks false, a symlink src is recreated
    as a symlink."""
    _audit('shutil.copyfile', src, dst)
    if _same_file(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    for which in (src, dst):
        try:
            info = _info(which)
        except OSError:
            continue
        if _st.S_ISFIFO(info.st_mode):
            shown = which.path if isinstance(which, os.DirEntry) else which
            raise SpecialFileError("`%s` is a named pipe" % shown)
    if not follow_symlinks and _is_link(src):
        target = os.readlink(src)
        os.symlink(target, dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as err:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from err
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    _audit('shutil.copymode', src, dst)
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        # changing a link's own mode needs lchmod, which Linux lacks
        if not hasattr(os, 'lchmod'):
            return
        os.lchmod(dst, _st.S_IMODE(os.lstat(src).st_mode))
        return
    os.chmod(dst, _st.S_IMODE(_info(src).st_mode))


def _ignore_call(*args, **kwargs):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    """Copies permission bits, access and modification times (and flags)
    from src to dst.  Without following symlinks, the links themselves are
    changed where the system allows it."""
    _audit('shutil.copystat', src, dst)
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))

    def call(name):
        fn = getattr(os, name, None)
        if fn is None or (not follow and fn not in os.supports_follow_symlinks):
            return _ignore_call
        return fn

    if isinstance(src, os.DirEntry):
        info = src.stat(follow_symlinks=follow)
    else:
        info = call('stat')(src, follow_symlinks=follow)
    call('utime')(dst, ns=(info.st_atime_ns, info.st_mtime_ns),
                  follow_symlinks=follow)
    try:
        call('chmod')(dst, _st.S_IMODE(info.st_mode), follow_symlinks=follow)
    except NotImplementedError:
        pass
    flags = getattr(info, 'st_flags', None)
    if flags is not None and hasattr(os, 'chflags'):
        try:
            call('chflags')(dst, flags, follow_symlinks=follow)
        except OSError:
            pass


def _into(src, dst):
    """dst, or the entry of that name inside it when dst is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def _copy_then(meta, src, dst, follow):
    written = _into(src, dst)
    copyfile(src, written, follow_symlinks=follow)
    meta(src, written, follow_symlinks=follow)
    return written


def copy(src, dst, *, follow_symlinks=True):
    """Copies file data and permission bits; dst may be a directory.
    Returns the file written."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but also copies the times (copystat)."""
    return _copy_then(copystat, src, dst, follow_symlinks)


# ---- trees ---------------------------------------------------------------

def ignore_patterns(*patterns):
    """An `ignore` callable for copytree: names matching any of the
    glob-style patterns are left out."""
    import fnmatch

    def ignored(path, names):
        return {n for pattern in patterns for n in fnmatch.filter(names, pattern)}
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (created, with its parents;
    it may exist only with dirs_exist_ok).  Returns dst.

    symlinks: recreate links instead of copying what they point to.
    ignore: called as ignore(dir, names), returns the names to skip.
    Failures are collected and raised at the end as Error(list of
    (src, dst, reason)).
    """
    _audit('shutil.copytree', src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = ignore(os.fspath(src), [e.name for e in entries]) \
        if ignore is not None else ()
    os.makedirs(dst, 0o777, dirs_exist_ok)
    problems = []
    # copy/copy2 can use the entries' cached stat answers
    pass_entry = copy_function is copy2 or copy_function is copy
    for entry in entries:
        if entry.name in skipped:
            continue
        from_name = os.path.join(src, entry.name)
        to_name = os.path.join(dst, entry.name)
        source = entry if pass_entry else from_name
        try:
            if entry.is_symlink():
                target = os.readlink(from_name)
                if symlinks:
                    os.symlink(target, to_name)
                    copystat(source, to_name, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(source, to_name, symlinks=symlinks, ignore=ignore,
                         copy_function=copy_function, dirs_exist_ok=dirs_exist_ok,
                         ignore_dangling_symlinks=ignore_dangling_symlinks)
            else:
                copy_function(source, to_name)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((from_name, to_name, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Deletes the directory tree at `path`.

    With ignore_errors, failures are ignored; else onerror(function, path,
    exc_info) is called for each (function being os.lstat, os.open,
    os.scandir, os.unlink, os.rmdir or os.path.islink); without it the
    failure is raised.  A symbolic link is refused, not followed.
    """
    _audit('shutil.rmtree', path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    path = os.fsdecode(path) if isinstance(path, bytes) else path
    if dir_fd is not None and not os.path.isabs(path):
        # pys: the descriptor's directory reached through /proc
        at = '/proc/self/fd/%d/' % dir_fd
    else:
        at = ''
    try:
        info = os.lstat(at + os.fspath(path))
    except Exception:
        _report(onerror, os.lstat, path)
        return
    if _st.S_ISLNK(info.st_mode):
        try:
            here = os.stat(at + os.fspath(path))
        except Exception:
            _report(onerror, os.open, path)
            return
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            _report(onerror, os.path.islink, path)
        return
    _clear(path, at, onerror)
    try:
        os.rmdir(at + os.fspath(path))
    except OSError:
        _report(onerror, os.rmdir, path)


rmtree.avoids_symlink_attacks = True


def _report(onerror, func, path):
    """Hands the exception being handled to rmtree's onerror."""
    onerror(func, path, sys.exc_info())


def _clear(path, at, onerror):
    """Removes what is inside directory `path`, depth first."""
    try:
        with os.scandir(at + os.fspath(path)) as listing:
            entries = list(listing)
    except OSError as err:
        err.filename = path
        _report(onerror, os.scandir, path)
        return
    for entry in entries:
        inner = os.path.join(path, entry.name)
        try:
            subdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            subdir = False
        if subdir:
            _clear(inner, at, onerror)
            action = os.rmdir
        else:
            action = os.unlink
        try:
            action(at + inner)
        except OSError:
            _report(onerror, action, inner)


def _last_name(path):
    """The basename, ignoring trailing slashes."""
    return os.path.basename(os.fspath(path).rstrip(os.sep))


def _inside(src, dst):
    """True when dst lies in (or is) the directory src."""
    outer = os.path.join(os.path.abspath(src), '')
    inner = os.path.join(os.path.abspath(dst), '')
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Moves a file or a tree to dst (into it, when it is a directory),
    renaming when possible, else copying then deleting.  Returns the new
    location."""
    _audit('shutil.move', src, dst)
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # a rename that only changes the case of the name
            os.rename(src, dst)
            return
        final = os.path.join(dst, _last_name(src))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


# ---- the system ----------------------------------------------------------

_DiskUsage = None


def disk_usage(path):
    """usage(total, used, free) of the file system holding `path`, in
    bytes (free: what an unprivileged user may use)."""
    global _DiskUsage
    vfs = os.statvfs(path)
    unit = vfs.f_frsize
    if _DiskUsage is None:
        from collections import namedtuple
        _DiskUsage = namedtuple('usage', ['total', 'used', 'free'])
        _DiskUsage.__module__ = __name__
    return _DiskUsage(vfs.f_blocks * unit, (vfs.f_blocks - vfs.f_bfree) * unit,
                      vfs.f_bavail * unit)


def _env_size(name):
    try:
        return int(os.environ[name])
    except (LookupError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size(columns, lines): $COLUMNS
    and $LINES first, then the terminal of sys.__stdout__, then
    `fallback`."""
    columns, lines = _env_size('COLUMNS'), _env_size('LINES')
    if min(columns, lines) > 0:
        return os.terminal_size((columns, lines))
    try:
        found = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        found = os.terminal_size(fallback)
    if columns <= 0:
        columns = found.columns or fallback[0]
    if lines <= 0:
        lines = found.lines or fallback[1]
    return os.terminal_size([columns, lines])


def _account_id(table, name):
    """The numeric id of a user or group name, from /etc/passwd or
    /etc/group (pys has no pwd and grp modules); None when unknown."""
    try:
        with open(table, encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except OSError:
        pass
    except ValueError:
        pass
    return None


def chown(path, user=None, group=None):
    """Changes the owner and/or group of `path`; each may be a name or a
    number."""
    _audit('shutil.chown', path, user, group)
    if (user, group) == (None, None):
        raise ValueError("user and/or group must be set")
    uid, gid = -1, -1
    if isinstance(user, str):
        uid = _account_id('/etc/passwd', user)
        if uid is None:
            raise LookupError(f"no such user: {user!r}")
    elif user is not None:
        uid = user
    if isinstance(group, str):
        gid = _account_id('/etc/group', group)
        if gid is None:
            raise LookupError(f"no such group: {group!r}")
    elif group is not None:
        gid = group
    os.chown(path, uid, gid)


def _runnable(name, mode):
    return (os.path.exists(name) and os.access(name, mode)
            and not os.path.isdir(name))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` as it would be run: looked for in
    `path` (default $PATH) unless it contains a directory part; None when
    not found."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
    # an empty PATH finds nothing; ':' means the current directory
    if not path:
        return None
    if isinstance(cmd, bytes):
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for d in dirs:
        if d in tried:
            continue
        tried.add(d)
        candidate = os.path.join(d, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
