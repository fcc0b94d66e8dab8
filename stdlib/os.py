"""Portable access to the operating system (pys).

Everything the posix module offers (stat, open, listdir, ...) is here,
with os.path (the posixpath module), the constants that describe path
syntax (sep, pathsep, curdir, pardir, extsep, altsep, linesep, defpath,
devnull), os.environ, and helpers such as walk, makedirs and fsencode.
"""

# pys: the posix module does the work; this layer adds what CPython writes
# in Python (environ, walk, makedirs, fsencode, ...), in its own words.

import abc as _abc
import sys
from _collections_abc import (MutableMapping as _MutableMapping,
                              Mapping as _Mapping, _check_methods)

import posix as _posix
from posix import *
from posix import _have_functions, _exit

name = 'posix'
linesep = '\n'

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

try:
    from _pysproc import (system, popen, waitstatus_to_exitcode, WIFEXITED,
                          WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED,
                          WSTOPSIG, WCOREDUMP, WIFCONTINUED)
except ImportError:
    pass

GenericAlias = type(dict[str, str])

supports_bytes_environ = True
supports_dir_fd = {stat, lstat, mkdir, rmdir, unlink, remove, rename,
                   replace, link, symlink, readlink, chmod, chown, utime,
                   access, open}
supports_fd = {stat, listdir, chmod, chown, utime, truncate, chdir}
supports_effective_ids = set()
supports_follow_symlinks = {stat, link, chown, utime, access}


# ---- directories ---------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates directory `name`, making any missing parents first.

    Parents get the default mode; `mode` applies to the last one.  An
    existing target is an error unless exist_ok is true and it is a
    directory.
    """
    # walk up to the first ancestor that exists, then create downwards;
    # ancestors get the default mode, only the leaf gets `mode`
    missing = []
    probe = name
    while True:
        above, leaf = path.split(probe)
        if not leaf:
            above, leaf = path.split(above)
        if not above or not leaf or path.exists(above):
            break
        missing.append(above)
        probe = above
    for d in reversed(missing):
        try:
            mkdir(d)
        except OSError:
            # made meanwhile by someone else, or a '.' component
            if not path.isdir(d):
                raise
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes directory `name`, then each parent that has become empty,
    stopping quietly at the first one that cannot be removed.
    """
    rmdir(name)
    above, leaf = path.split(name)
    if not leaf:
        above, leaf = path.split(above)
    while above and leaf:
        try:
            rmdir(above)
        except OSError:
            return
        above, leaf = path.split(above)


def renames(old, new):
    """Like rename, but first creates the missing directories of `new`
    and afterwards prunes the directories of `old` left empty.
    """
    target_dir = path.dirname(new)
    if target_dir and path.basename(new) and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir = path.dirname(old)
    if source_dir and path.basename(old):
        try:
            removedirs(source_dir)
        except OSError:
            pass


def _walk_entries(listing, topdown, onerror, followlinks):
    """walk's reading of one directory from any scandir-like iterator:
    (dirs, files, descend, failed)."""
    dirs, files, descend = [], [], []
    failed = False
    with listing:
        while True:
            try:
                entry = next(listing)
            except StopIteration:
                break
            except OSError as err:
                if onerror is not None:
                    onerror(err)
                failed = True
                break
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(entry.name)
                continue
            dirs.append(entry.name)
            if not topdown:
                # decided now: the bottom-up caller cannot prune
                try:
                    follow = followlinks or not entry.is_symlink()
                except OSError:
                    follow = False
                if follow:
                    descend.append(entry.path)
    return dirs, files, descend, failed


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generates (dirpath, dirnames, filenames) for each directory of the
    tree under `top`.

    Top-down (the default), a directory is reported before its
    subdirectories, and removing names from dirnames in place keeps the
    walk out of them.  Bottom-up, subdirectories come first.  Errors from
    scandir go to onerror (when given) and that directory is skipped;
    symbolic links to directories are entered only with followlinks.
    """
    # an explicit stack instead of recursion: only the directories still to
    # visit are held, never the tree; a tuple on the stack is a bottom-up
    # result waiting until its subdirectories have been reported
    stack = [fspath(top)]
    while stack:
        here = stack.pop()
        if type(here) is tuple:
            yield here
            continue
        try:
            listing = scandir(here)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        # a native listing is read in one native call (the common case);
        # another iterator, from a replaced scandir, entry by entry below
        try:
            split = _posix._walk_split(listing, topdown, followlinks)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        if split is not None:
            dirs, files, descend = split
            failed = False
        else:
            dirs, files, descend, failed = _walk_entries(listing, topdown,
                                                         onerror, followlinks)
        if failed:
            continue
        if topdown:
            yield here, dirs, files
            # what is left in dirs after the caller saw it
            for d in reversed(dirs):
                child = path.join(here, d)
                if followlinks or not path.islink(child):
                    stack.append(child)
        else:
            stack.append((here, dirs, files))
            stack.extend(reversed(descend))


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False,
          dir_fd=None):
    """Like walk, but each directory also comes with a descriptor open on
    it: (dirpath, dirnames, filenames, dirfd), valid until the next step.
    """
    top = fspath(top)
    start = top
    if dir_fd is not None and not path.isabs(top):
        anchor = '/proc/self/fd/%d' % dir_fd
        start = path.join(fsencode(anchor) if isinstance(top, bytes) else anchor, top)
    for here, dirs, files in walk(start, topdown, onerror, follow_symlinks):
        try:
            fd = open(here, O_RDONLY | O_DIRECTORY)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            yield top + here[len(start):], dirs, files, fd
        finally:
            close(fd)


# ---- environment ---------------------------------------------------------

def _str_only(value):
    if isinstance(value, str):
        return value
    raise TypeError(f"str expected, not {type(value).__name__}")


class _Environ(_MutableMapping):
    """The process environment: changes are passed on with putenv/unsetenv,
    so child processes see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_str_only(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key, value = _str_only(key), _str_only(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _str_only(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{shown}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key in self:
            return self[key]
        self[key] = value
        return value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


environ = _Environ(dict(_posix.environ))


class _BytesEnviron(_MutableMapping):
    """os.environ with bytes keys and values: the same variables."""

    def __init__(self, text):
        self._text = text

    @staticmethod
    def _name(value):
        if isinstance(value, bytes):
            return fsdecode(value)
        raise TypeError(f"bytes expected, not {type(value).__name__}")

    def __getitem__(self, key):
        try:
            return fsencode(self._text._data[self._name(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._text[self._name(key)] = self._name(value)

    def __delitem__(self, key):
        try:
            del self._text[self._name(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(k) for k in self._text._data])

    def __len__(self):
        return len(self._text)

    def __repr__(self):
        shown = ', '.join(f'{fsencode(k)!r}: {fsencode(v)!r}'
                          for k, v in self._text._data.items())
        return f'environ({{{shown}}})'

    def copy(self):
        return dict(self)


environb = _BytesEnviron(environ)


def getenvb(key, default=None):
    """The value of environment variable `key` (bytes), or `default`."""
    value = environb.get(key)
    return default if value is None else value


def getenv(key, default=None):
    """The value of environment variable `key`, or `default` when unset."""
    value = environ.get(key)
    return default if value is None else value


def get_exec_path(env=None):
    """The directories a program is searched in: $PATH of `env`
    (os.environ when None), or defpath, split on pathsep.
    """
    if env is None:
        env = environ
    found = env.get('PATH')
    try:
        found_b = env[b'PATH']
    except (TypeError, KeyError):
        found_b = None
    if found_b is not None:
        if found is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        found = found_b
    if found is None:
        found = defpath
    if isinstance(found, bytes):
        found = fsdecode(found)
    return found.split(pathsep)


# ---- file names ----------------------------------------------------------

def fsencode(filename):
    """The file name as bytes (UTF-8, undecodable bytes restored by
    surrogateescape); bytes are returned as they are.
    """
    name = fspath(filename)
    return name.encode('utf-8', 'surrogateescape') if isinstance(name, str) else name


def fsdecode(filename):
    """The file name as str (UTF-8 with surrogateescape); str is
    returned as it is.
    """
    name = fspath(filename)
    return name.decode('utf-8', 'surrogateescape') if isinstance(name, bytes) else name


class PathLike(_abc.ABC):

    """What a file-system path object is: anything with __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        """The path as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not PathLike:
            return NotImplemented
        return _check_methods(other, '__fspath__')

    __class_getitem__ = classmethod(GenericAlias)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over descriptor fd (io.open on it)."""
    if isinstance(fd, int):
        import io
        return io.open(fd, mode, buffering, encoding, *args, **kwargs)
    raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")


__all__ = [n for n in globals()
           if not n.startswith('_') and n not in ('sys', 'GenericAlias')]

del _have_functions
