"""Finding path names by shell-style patterns (pys).

glob() returns a list and iglob() an iterator over the paths that match
a pattern of '/'-separated components with *, ? and [...] wildcards (see
fnmatch); with recursive=True a '**' component stands for any number of
directories.  Names starting with '.' are matched only by patterns that
start with '.', unless include_hidden is true.
"""
import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile('[*?[]')
_MAGIC_B = re.compile(b'[*?[]')


def has_magic(s):
    """True when s holds a wildcard character."""
    finder = _MAGIC_B if isinstance(s, bytes) else _MAGIC
    return finder.search(s) is not None


def _hidden(name):
    return name[:1] in ('.', b'.')


def _is_recursive(part):
    return part in ('**', b'**')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching `pathname` (in directory order, unsorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching `pathname`, found lazily."""
    pathname = os.fspath(pathname)
    base = _base_dir(pathname, root_dir, dir_fd)
    walker = _Walker(base, recursive, include_hidden, pathname[:0])
    return (p for p in walker.run(pathname) if p)


def _base_dir(pathname, root_dir, dir_fd):
    """Where relative matching happens: root_dir, seen from dir_fd if given."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if dir_fd is None:
        return root_dir
    anchor = '/proc/self/fd/%d' % dir_fd
    if isinstance(pathname, bytes):
        anchor = os.fsencode(anchor)
        if root_dir is None:
            return anchor
        return os.path.join(anchor, root_dir)
    return anchor if root_dir is None else os.path.join(anchor, root_dir)


class _Walker:
    """Expands one pattern, component by component, relative to `base`."""

    def __init__(self, base, recursive, include_hidden, empty):
        self.base = base
        self.recursive = recursive
        self.include_hidden = include_hidden
        self.empty = empty
        self.slash = os.fsencode(os.sep) if isinstance(empty, bytes) else os.sep

    def real(self, p):
        """The path to ask the file system about for result path p."""
        if not p:
            if self.base is not None:
                return self.base
            return b'.' if isinstance(self.empty, bytes) else '.'
        return p if self.base is None else os.path.join(self.base, p)

    def exists(self, p):
        try:
            os.lstat(self.real(p))
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self, p):
        try:
            return os.path.isdir(self.real(p))
        except (OSError, ValueError):
            return False

    def names(self, d, dirs_only):
        """The entries of directory d (result-relative), [] if unreadable."""
        where = self.real(d)
        found = []
        try:
            with os.scandir(where) as it:
                for entry in it:
                    try:
                        if dirs_only and not entry.is_dir():
                            continue
                    except OSError:
                        continue
                    found.append(entry.name)
        except OSError:
            return []
        return found

    def run(self, pathname):
        if not has_magic(pathname):
            # nothing to expand: the path itself, if it is there
            head, tail = os.path.split(pathname)
            if tail and self.exists(pathname):
                yield pathname
            elif not tail and self.is_dir(head):
                yield pathname
            return
        # the part up to the last separator before the first wildcard is
        # used as written; what follows is matched one component at a time
        first = _MAGIC_B.search(pathname) if isinstance(pathname, bytes) else _MAGIC.search(pathname)
        cut = pathname.rfind(self.slash, 0, first.start()) + 1
        fixed, rest = pathname[:cut], pathname[cut:]
        if fixed and fixed.strip(self.slash):
            fixed = fixed.rstrip(self.slash)
        parts = rest.split(self.slash)
        # empty components come from doubled slashes, except a final one
        # (a trailing slash: only directories, written with the slash)
        trailing = parts[-1] == self.empty
        parts = [p for p in parts if p]
        if trailing:
            parts.append(self.empty)
        if fixed and not fixed.strip(self.slash):
            start = fixed
        elif fixed and not self.is_dir(fixed):
            return
        else:
            start = fixed
        yield from self.expand(start, parts)

    def expand(self, here, parts):
        """Paths matching here/parts[0]/parts[1]/..., found depth first."""
        part, rest = parts[0], parts[1:]
        last = not rest
        if part == self.empty:
            # the trailing-slash component: here must be a directory
            if self.is_dir(here):
                yield os.path.join(here, part)
            return
        if self.recursive and _is_recursive(part):
            choices = [self.empty]
            choices.extend(self.below(here, not last))
        elif has_magic(part):
            choices = self.matching(here, part, not last)
        else:
            path = os.path.join(here, part)
            choices = [part] if (self.exists(path) if last else self.is_dir(path)) else []
        for name in choices:
            path = os.path.join(here, name)
            if last:
                yield path
            else:
                yield from self.expand(path, rest)

    def matching(self, here, part, dirs_only):
        names = self.names(here, dirs_only)
        if not (self.include_hidden or _hidden(part)):
            names = [n for n in names if not _hidden(n)]
        return fnmatch.filter(names, part)

    def below(self, here, dirs_only):
        """Every path under here (relative to it), parents before children."""
        for name in self.names(here, False):
            if not self.include_hidden and _hidden(name):
                continue
            path = os.path.join(here, name)
            is_dir = self.is_dir(path)
            if dirs_only and not is_dir:
                continue
            yield name
            if is_dir:
                for sub in self.below(path, dirs_only):
                    yield os.path.join(name, sub)


def glob0(dirname, pattern):
    """The literal `pattern` in dirname, if it exists (legacy helper)."""
    if not pattern:
        return [pattern] if os.path.isdir(dirname) else []
    return [pattern] if os.path.lexists(os.path.join(dirname, pattern)) else []


def glob1(dirname, pattern):
    """The names in dirname matching `pattern` (legacy helper)."""
    walker = _Walker(None, False, False, pattern[:0])
    return walker.matching(dirname, pattern, False)


_ESCAPED = re.compile(r'([*?[])')
_ESCAPED_B = re.compile(rb'([*?[])')


def escape(pathname):
    """The path with its wildcard characters made literal."""
    if isinstance(pathname, bytes):
        return _ESCAPED_B.sub(rb'[\1]', pathname)
    return _ESCAPED.sub(r'[\1]', pathname)


magic_check = _MAGIC
magic_check_bytes = _MAGIC_B
