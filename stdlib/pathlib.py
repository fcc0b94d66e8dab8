"""File-system paths as objects (pys).

PurePath, PurePosixPath and PureWindowsPath only compute with path syntax;
Path and PosixPath also ask the file system, through the os module.  A path
is held as its drive (Windows only), its root and the tuple of its names,
already cleaned of empty and '.' components.
"""

# pys: written over os, os.path and fnmatch.  The two syntaxes differ only
# in a few class attributes and hooks (_sep, _split, _case_blind ...).

import io as _io
import os as _os
from _collections_abc import Sequence as _Sequence
import stat as _st
from errno import ELOOP as _ELOOP
from _pathlib_windows import split as _windows_split, DEVICES as _WINDOWS_DEVICES
from _pathlib_select import absent as _absent, matcher as _matcher, \
    select as _select, account_name as _account_name

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]


def _posix_split(text):
    """('', root, rest): exactly two leading slashes stay '//' (POSIX
    leaves their meaning to the system), one or three and more mean '/'."""
    if text[:1] != '/':
        return '', '', text
    rest = text.lstrip('/')
    return '', ('//' if len(text) - len(rest) == 2 else '/'), rest


_URI_SAFE = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                      b'0123456789_.-~/')


def _uri_quote(raw):
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in raw)


def _deprecated(message):
    import warnings
    # stacklevel 3: the caller of the deprecated method
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---- pure paths ----------------------------------------------------------

class _Parents(_Sequence):

    """The ancestors of a path, nearest first: path.parents[0] is its parent."""

    __slots__ = ('_kind', '_drv', '_root', '_names')

    def __init__(self, path):
        self._kind = type(path)
        self._drv = path._drv
        self._root = path._root
        self._names = path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(map(self.__getitem__, range(len(self))[idx]))
        count = len(self)
        if idx >= count or idx < -count:
            raise IndexError(idx)
        if idx < 0:
            idx += count
        return self._kind._make(self._drv, self._root,
                                self._names[:count - idx - 1])

    def __repr__(self):
        return "<%s.parents>" % self._kind.__name__


class PurePath:

    """A file-system path that is only computed with, never looked up.

    PurePath(...) gives a PurePosixPath here.  Arguments are joined as
    os.path.join would; a str, an os.PathLike returning str, or another
    path may be given.
    """

    __slots__ = ('_drv', '_root', '_names', '_text', '_hashval')
    _can_exist_here = True
    # the syntax: POSIX unless a subclass says otherwise
    _sep = '/'
    _seps = ('/',)
    _split = staticmethod(_posix_split)
    _case_blind = False

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from(args)

    @classmethod
    def _from(cls, args):
        return cls._make(*cls._parse_args(args))

    @classmethod
    def _parse_args(cls, pieces):
        texts = []
        for piece in pieces:
            if isinstance(piece, PurePath):
                texts.extend(piece._raw_parts())
                continue
            text = _os.fspath(piece)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(text))
            texts.append(str(text))
        return cls._parse_texts(texts)

    @classmethod
    def _parse_texts(cls, texts):
        """(drive, root, names) of the texts joined: scanned from the right,
        up to the first one with an anchor; on Windows, a root without a
        drive takes the drive of an earlier text."""
        drv = root = ''
        found = []
        at = len(texts)
        while at:
            at -= 1
            if not texts[at]:
                continue
            drv, root, rest = cls._split(texts[at])
            found.append([n for n in rest.split(cls._sep) if n and n != '.'])
            if drv or root:
                while root and not drv and at:
                    at -= 1
                    if texts[at]:
                        drv = cls._split(texts[at])[0]
                break
        names = []
        for chunk in reversed(found):
            names.extend(chunk)
        return drv, root, names

    @classmethod
    def _make(cls, drv, root, names):
        made = object.__new__(cls)
        made._drv = drv
        made._root = root
        made._names = tuple(names)
        made._text = None
        made._hashval = None
        return made

    def _child(self, name):
        return self._make(self._drv, self._root, self._names + (name,))

    def _join(self, pieces):
        drv, root, names = self._parse_args(pieces)
        if root:
            if drv or not self._drv:
                return self._make(drv, root, names)
            return self._make(self._drv, root, names)
        if drv and self._fold(drv) != self._fold(self._drv):
            return self._make(drv, root, names)
        return self._make(self._drv, self._root, self._names + tuple(names))

    def _raw_parts(self):
        anchor = self._drv + self._root
        return ((anchor,) + self._names) if anchor else self._names

    def _fold(self, text):
        return text.lower() if self._case_blind else text

    def __reduce__(self):
        return (type(self), self.parts)

    # -- text forms

    def __str__(self):
        if self._text is None:
            self._text = (self._drv + self._root + self._sep.join(self._names)) or '.'
        return self._text

    __fspath__ = __str__

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._sep, '/')

    def __bytes__(self):
        return _os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._uri()

    def _uri(self):
        return 'file://' + _uri_quote(_os.fsencode(str(self)))

    # -- comparison

    def _key(self):
        parts = self._raw_parts()
        return tuple(p.lower() for p in parts) if self._case_blind else parts

    def _comparable(self, other):
        return isinstance(other, PurePath) and other._sep == self._sep

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._comparable(other) and self._key() == other._key()

    def __hash__(self):
        if self._hashval is None:
            self._hashval = hash(self._key())
        return self._hashval

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    # -- components

    drive = property(lambda self: self._drv, doc="The drive ('' on POSIX).")
    root = property(lambda self: self._root, doc="The root, or ''.")
    anchor = property(lambda self: self._drv + self._root,
                      doc="Drive and root together.")

    @property
    def parts(self):
        """The components as a tuple, the anchor (if any) first."""
        return self._raw_parts()

    @property
    def name(self):
        """The last component, '' when there is none."""
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        """The extension of the last component ('.gz' of 'a.tar.gz')."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """All extensions of the last component (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last component without its suffix."""
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        """The path one level up (the path itself at the anchor or '.')."""
        if not self._names:
            return self
        return self._make(self._drv, self._root, self._names[:-1])

    @property
    def parents(self):
        """An immutable sequence of the ancestors, nearest first."""
        return _Parents(self)

    # -- deriving paths

    def with_name(self, name):
        """The path with its last component replaced by `name`."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, names = self._parse_texts([name])
        if not name or name[-1] in self._seps or drv or root or len(names) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._drv, self._root, self._names[:-1] + (name,))

    def with_stem(self, stem):
        """The path with the stem of its last component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed (added, or removed with '')."""
        if any(s in suffix for s in self._seps) or \
                (suffix and suffix[0] != '.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._make(self._drv, self._root,
                          self._names[:-1] + (base + suffix,))

    def joinpath(self, *args):
        """The path with each argument appended in turn (like '/')."""
        return self._join(args)

    def __truediv__(self, key):
        try:
            return self._join((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from((key, self))
        except TypeError:
            return NotImplemented

    def _anchored_parts(self):
        # drive and root as separate items, the form relative_to compares
        if self._root:
            return [self._drv, self._root] + list(self._names)
        return list(self._raw_parts())

    def relative_to(self, *other):
        """The path made relative to `other`; ValueError when it is not
        inside it."""
        if not other:
            raise TypeError("need at least one argument")
        base = self._make(*self._parse_args(other))
        mine, theirs = self._anchored_parts(), base._anchored_parts()
        cut = len(theirs)
        fold = self._fold
        if (not cut and (self._drv or self._root)) or \
                [fold(p) for p in mine[:cut]] != [fold(p) for p in theirs]:
            shown = base._drv + base._root + self._sep.join(base._names)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is "
                             "relative and the other is absolute."
                             .format(str(self), shown))
        if cut == 1 and self._root:
            return self._make('', self._root, mine[2:])
        return self._make('', '', mine[cut:])

    def is_relative_to(self, *other):
        """True when relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def is_absolute(self):
        """True when the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """False: POSIX reserves no names."""
        return False

    def match(self, path_pattern):
        """True when the path ends with components matching the glob-style
        pattern (the whole path, when the pattern is anchored)."""
        drv, root, pats = self._parse_texts([self._fold(path_pattern)])
        if not pats and not (drv or root):
            raise ValueError("empty pattern")
        if drv and drv != self._fold(self._drv):
            return False
        if root and root != self._root:
            return False
        mine = self._key()
        if drv or root:
            if len(pats) + 1 != len(mine):
                return False
        elif len(pats) > len(mine):
            return False
        for name, pat in zip(reversed(mine), reversed(pats)):
            if not _matcher(pat)(name):
                return False
        return True


class PurePosixPath(PurePath):

    """A pure path with POSIX syntax."""

    __slots__ = ()


class PureWindowsPath(PurePath):

    """A pure path with Windows syntax: drives, UNC shares, backslashes
    (slashes are accepted), case-insensitive comparison."""

    __slots__ = ()
    _sep = '\\'
    _seps = ('\\', '/')
    _split = staticmethod(_windows_split)
    _case_blind = True

    def is_absolute(self):
        """True when the path has both a drive and a root."""
        return bool(self._drv and self._root)

    def is_reserved(self):
        """True for the names of DOS devices (CON, NUL, COM1 ...)."""
        parts = self._raw_parts()
        if not parts or parts[0].startswith('\\\\'):
            # nothing, or a UNC share: never a device
            return False
        last = parts[-1]
        base = last.partition('.')[0].partition(':')[0].rstrip(' ')
        return base.upper() in _WINDOWS_DEVICES

    def _uri(self):
        drive = self._drv
        if len(drive) == 2 and drive[1] == ':':
            rest = self.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _uri_quote(rest.encode('utf-8')))
        return 'file:' + _uri_quote(self.as_posix().encode('utf-8'))


# ---- concrete paths ------------------------------------------------------

def _kind_test(name, test, follow=True):
    """An is_*() method: `test` on the mode, False for what does not exist."""
    def method(self):
        try:
            info = self.stat() if follow else self.lstat()
        except OSError as err:
            if not _absent(err):
                raise
            return False
        except ValueError:
            return False
        return test(info.st_mode)
    method.__name__ = name
    method.__qualname__ = 'Path.' + name
    return method


class Path(PurePath):

    """A path that can also be looked up and acted on in the file system.

    Path(...) gives a PosixPath here.
    """

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        made = cls._from(args)
        if not made._can_exist_here:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return made

    @classmethod
    def cwd(cls):
        """The current directory (os.getcwd()) as a path."""
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (as os.path.expanduser finds it)."""
        return cls('~').expanduser()

    def __enter__(self):
        _deprecated("pathlib.Path.__enter__() is deprecated and scheduled "
                    "for removal in Python 3.13; Path objects as a context "
                    "manager is a no-op")
        return self

    def __exit__(self, t, v, tb):
        pass

    # -- information

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return _os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a symbolic link itself is described."""
        return _os.stat(self, follow_symlinks=False)

    def exists(self):
        """True when the path names something (broken symlinks do not)."""
        try:
            self.stat()
        except OSError as err:
            if not _absent(err):
                raise
            return False
        except ValueError:
            return False
        return True

    is_dir = _kind_test('is_dir', _st.S_ISDIR)
    is_file = _kind_test('is_file', _st.S_ISREG)
    is_block_device = _kind_test('is_block_device', _st.S_ISBLK)
    is_char_device = _kind_test('is_char_device', _st.S_ISCHR)
    is_fifo = _kind_test('is_fifo', _st.S_ISFIFO)
    is_socket = _kind_test('is_socket', _st.S_ISSOCK)
    is_symlink = _kind_test('is_symlink', _st.S_ISLNK, follow=False)
    is_dir.__doc__ = "True for a directory (or a symlink to one)."
    is_file.__doc__ = "True for a regular file (or a symlink to one)."
    is_symlink.__doc__ = "True for a symbolic link."

    def is_mount(self):
        """True when a file system is mounted at the path."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        return here.st_dev != above.st_dev or here.st_ino == above.st_ino

    def samefile(self, other_path):
        """True when both paths lead to the same file."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = _os.stat(other_path)
        return _os.path.samestat(mine, theirs)

    def owner(self):
        """The name of the user owning the file."""
        return _account_name('/etc/passwd', self.stat().st_uid, 'getpwuid(): uid')

    def group(self):
        """The name of the group owning the file."""
        return _account_name('/etc/group', self.stat().st_gid, 'getgrgid(): gid')

    # -- directories

    def iterdir(self):
        """Yields the paths of the directory's entries (not '.' and '..')."""
        for name in _os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """Yields the existing paths under this one matching the relative
        glob-style pattern ('**' stands for any depth of directories)."""
        pats = self._glob_steps(pattern)
        if self.is_dir():
            yield from _select(self, pats, 0)

    def rglob(self, pattern):
        """glob() with '**/' put before the pattern."""
        pats = ('**',) + self._glob_steps(pattern)
        if self.is_dir():
            yield from _select(self, pats, 0)

    def _glob_steps(self, pattern):
        """The pattern's components; a trailing '' asks for directories."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pats = self._parse_texts([pattern])
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith('/'):
            pats.append('')
        for pat in pats:
            if '**' in pat and pat != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire "
                                 "path component")
        return tuple(pats)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory; with parents, missing ancestors too."""
        try:
            _os.mkdir(self, mode)
            return
        except FileNotFoundError:
            above = self.parent
            if not parents or above == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # the parent was missing: make it (and its own), then try again
        above.mkdir(0o777, True, True)
        self.mkdir(mode, False, exist_ok)

    def rmdir(self):
        """Removes the (empty) directory."""
        _os.rmdir(self)

    # -- files

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        """Opens the file as the built-in open() does."""
        # pys: io.text_encoding() is not consulted: it only matters for
        # EncodingWarning, and its 'locale' answer is not accepted by io.open
        return _io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole content of the file, as bytes."""
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The whole content of the file, decoded."""
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replaces the file's content with `data`; returns the count."""
        data = memoryview(data)
        with self.open('wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replaces the file's content with the text `data`."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file, or updates its times when it exists."""
        if exist_ok:
            try:
                _os.utime(self, None)
                return
            except OSError:
                pass
        flags = _os.O_CREAT | _os.O_WRONLY | (0 if exist_ok else _os.O_EXCL)
        _os.close(_os.open(self, flags, mode))

    def unlink(self, missing_ok=False):
        """Removes the file or symbolic link."""
        try:
            _os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Changes the permission bits, as os.chmod()."""
        _os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def rename(self, target):
        """Renames to `target`; returns the new path."""
        _os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Renames to `target`, replacing what is there; returns it."""
        _os.replace(self, target)
        return type(self)(target)

    # -- links

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link pointing to `target`."""
        _os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to the file `target`."""
        _os.link(target, self)

    def link_to(self, target):
        """Deprecated: makes `target` a hard link to this file (the reverse
        of hardlink_to)."""
        _deprecated("pathlib.Path.link_to() is deprecated and is scheduled "
                    "for removal in Python 3.12. "
                    "Use pathlib.Path.hardlink_to() instead.")
        _os.link(self, target)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from((_os.readlink(self),))

    # -- whole paths

    def absolute(self):
        """The path made absolute with the current directory (no
        normalization, symlinks untouched)."""
        if self._root:
            return self
        return self._from((_os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved; with strict,
        FileNotFoundError when something is missing."""
        def refuse_loop(err):
            if err.errno == _ELOOP:
                raise RuntimeError("Symlink loop from %r" % err.filename)
        try:
            found = _os.path.realpath(self, strict=strict)
        except OSError as err:
            refuse_loop(err)
            raise
        resolved = self._from((found,))
        if not strict:
            # realpath() is quiet about loops when not strict; stat is not
            try:
                resolved.stat()
            except OSError as err:
                refuse_loop(err)
        return resolved

    def expanduser(self):
        """The path with a leading ~ or ~user replaced by the home
        directory."""
        if self._drv or self._root or not self._names or \
                not self._names[0].startswith('~'):
            return self
        home = _os.path.expanduser(self._names[0])
        if home.startswith('~'):
            raise RuntimeError("Could not determine home directory.")
        return self._from((home,) + self._names[1:])


class PosixPath(Path, PurePosixPath):

    """A concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):

    """A concrete Windows path: not available on this system."""

    __slots__ = ()
    _can_exist_here = False
