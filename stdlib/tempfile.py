"""Temporary files and directories, made safely (pys).

mkstemp and mkdtemp create a new name with exclusive creation, so no two
callers ever get the same one; TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile and TemporaryDirectory wrap them and clean up after
themselves.  mktemp only proposes a name and is racy.  Names are str
unless a bytes prefix, suffix or dir is given.  `tempdir`, when set
before first use, is where everything goes.
"""

# pys: written for pys; names are tried with O_EXCL (files) or mkdir
# (directories), so a name is never handed out twice.

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
    "gettempdirb",
]

import io as _io
import os as _os
import errno as _errno

TMP_MAX = getattr(_os, "TMP_MAX", 10000)
template = "tmp"
tempdir = None

_CREATE_FLAGS = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW
                 | _os.O_CLOEXEC)
_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    """Eight characters from _LETTERS, drawn from os.urandom."""
    return ''.join(_LETTERS[b % len(_LETTERS)] for b in _os.urandom(8))


def _kind(*parts):
    """str or bytes, from the arguments that were given (None = no opinion)."""
    found = None
    for p in parts:
        if p is None:
            continue
        if isinstance(p, _os.PathLike):
            p = _os.fspath(p)
        t = bytes if isinstance(p, bytes) else str
        if found is not None and t is not found:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        found = t
    return found or str


def _fill(prefix, suffix, dir):
    """The arguments with their defaults filled in, all of one type."""
    kind = _kind(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _names(prefix, suffix, dir, kind):
    for _ in range(TMP_MAX):
        middle = _random_name()
        if kind is bytes:
            middle = _os.fsencode(middle)
        yield _os.path.join(dir, prefix + middle + suffix)


def _find_tempdir():
    """The first usable directory of $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp,
    /usr/tmp and the current directory: one where a file can be made."""
    places = [_os.getenv(v) for v in ('TMPDIR', 'TEMP', 'TMP')]
    places = [p for p in places if p]
    places += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        places.append(_os.getcwd())
    except OSError:
        places.append(_os.curdir)
    for place in places:
        if place != _os.curdir:
            place = _os.path.abspath(place)
        for _ in range(100):
            probe = _os.path.join(place, _random_name())
            try:
                fd = _os.open(probe, _CREATE_FLAGS, 0o600)
            except FileExistsError:
                continue
            except PermissionError:
                break
            except OSError:
                break
            try:
                _os.write(fd, b'blat')
            finally:
                _os.close(fd)
                _os.unlink(probe)
            return place
    raise FileNotFoundError(
        _errno.ENOENT, f"No usable temporary directory found in {places}")


def gettempprefix():
    """The default name prefix ('tmp') as str."""
    return template if isinstance(template, str) else _os.fsdecode(template)


def gettempprefixb():
    """The default name prefix as bytes."""
    return template if isinstance(template, bytes) else _os.fsencode(template)


def gettempdir():
    """The directory temporary files go to, found on first use."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable by its owner only, and
    returns (descriptor, absolute name).  Deleting it is the caller's job.
    """
    prefix, suffix, dir, kind = _fill(prefix, suffix, dir)
    for candidate in _names(prefix, suffix, dir, kind):
        try:
            fd = _os.open(candidate, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(candidate)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory usable by its owner only and returns its
    name.  Deleting it is the caller's job.
    """
    prefix, suffix, dir, kind = _fill(prefix, suffix, dir)
    for candidate in _names(prefix, suffix, dir, kind):
        try:
            _os.mkdir(candidate, 0o700)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when checked (nothing is created, so
    another process may take it first: prefer mkstemp).
    """
    if dir is None:
        dir = gettempdir()
    for candidate in _names(prefix, suffix, dir, str):
        if not _os.path.lexists(candidate):
            return candidate
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name on disk, deleted when closed (if delete).

    Every other attribute is the underlying file's."""

    def __init__(self, f, name, delete=True):
        self.file = f
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, what):
        return getattr(self.__dict__['file'], what)

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        try:
            return self.file.__exit__(*exc_info)
        finally:
            self._remove()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def _open_fd(fd, mode, buffering, encoding, newline, errors):
    return _io.open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A file object (mode, buffering, encoding, newline, errors as for
    io.open) over a new file from mkstemp(suffix, prefix, dir); its name is
    .name, and it is deleted on close when `delete` is true.
    """
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        f = _open_fd(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A file object over a new file with no name left on disk: it is
    unlinked at once and vanishes when closed.
    """
    fd, name = mkstemp(suffix, prefix, dir)
    # unlinked at once: the open descriptor keeps the file alive
    _os.unlink(name)
    try:
        return _open_fd(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A file kept in memory until it grows past max_size (or fileno()
    is asked for), then moved to a TemporaryFile.
    """

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None, suffix=None, prefix=None,
                 dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO(b'')
        else:
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._settings = dict(mode=mode, buffering=buffering, suffix=suffix,
                              prefix=prefix, encoding=encoding,
                              newline=newline, dir=dir, errors=errors)

    __class_getitem__ = classmethod(type(list[int]))

    def _check(self, file):
        if self._max_size and not self._rolled and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        real = self._file = TemporaryFile(**self._settings)
        if isinstance(memory, _io.TextIOWrapper):
            real.write(memory.buffer.getvalue().decode(memory.encoding))
        else:
            real.write(memory.getvalue())
        real.seek(memory.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if not self._file.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, *exc_info):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    closed = property(lambda self: self._file.closed)
    encoding = property(lambda self: self._file.encoding)
    newlines = property(lambda self: self._file.newlines)

    @property
    def mode(self):
        return getattr(self._file, 'mode', self._settings['mode'])

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._check(self._file)
        return count

    def writelines(self, iterable):
        for piece in iterable:
            self._file.write(piece)
        self._check(self._file)


def _forward(name):
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    return method


for _name in ('flush', 'isatty', 'read', 'read1', 'readinto', 'readline',
              'readlines', 'seek', 'tell', 'readable', 'writable', 'seekable'):
    setattr(SpooledTemporaryFile, _name, _forward(_name))
del _name


def _remove_tree(top, on_error):
    """Deletes a directory tree, bottom-up, making read-only directories
    writable when that is what stops a removal."""
    for here, dirs, files in _os.walk(top, topdown=False, onerror=on_error):
        for name in files:
            _remove_entry(_os.path.join(here, name), _os.unlink, on_error)
        for name in dirs:
            p = _os.path.join(here, name)
            _remove_entry(p, _os.unlink if _os.path.islink(p) else _os.rmdir, on_error)
    _remove_entry(top, _os.rmdir, on_error)


def _remove_entry(p, remover, on_error):
    try:
        remover(p)
    except PermissionError:
        try:
            _os.chmod(_os.path.dirname(p) or _os.curdir, 0o700)
            remover(p)
        except OSError as err:
            on_error(err)
    except FileNotFoundError:
        pass
    except OSError as err:
        on_error(err)


class TemporaryDirectory:
    """A directory from mkdtemp, removed with its contents by cleanup(),
    on leaving a with block (which gives its name), or never if neither.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self._done = False
        self._quiet = ignore_cleanup_errors
        self.name = mkdtemp(suffix, prefix, dir)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if self._done or not _os.path.lexists(self.name):
            self._done = True
            return
        self._done = True

        def failed(err):
            if not self._quiet:
                raise err
        _remove_tree(self.name, failed)

    __class_getitem__ = classmethod(type(list[int]))
