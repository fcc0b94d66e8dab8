"""Source lines of files, read once and kept (for tracebacks, warnings,
debuggers).

A name that is not a readable file is looked up through the module's
loader (when globals are given) and then along sys.path.
https://docs.python.org/3.11/library/linecache.html
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname) once read, or a 1-tuple
# (function returning the source,) registered by lazycache() and not yet
# called. Other tools read and fill this dict directly, so the entry
# shapes are part of the interface.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of the file, newline included; ''
    when the file or the line does not exist."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All lines of the file, from the cache when they are there."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    # (size, mtime) of a regular file, raising OSError otherwise; without
    # an os module it only proves the file can be opened, and an mtime of
    # None then tells checkcache() it cannot judge staleness.
    try:
        from os import stat
    except ImportError:
        with open(path, 'rb'):
            return None, None
    st = stat(path)
    if (st.st_mode & 0o170000) != 0o100000:
        raise OSError('not a regular file: ' + path)
    return st.st_size, st.st_mtime


def checkcache(filename=None):
    """Drop entries whose file changed on disk or went away (all entries,
    or only `filename`'s)."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename] if filename in cache else []
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) != 4 or entry[1] is None:
            # lazily loaded source or unknown mtime: nothing to compare
            continue
        size, mtime, _, fullname = entry
        try:
            now = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if now[1] is not None and now != (size, mtime):
            cache.pop(name, None)


def _decode_source(data):
    # PEP 263: a UTF-8 BOM, or a coding cookie in one of the first two
    # lines, chooses the encoding; UTF-8 otherwise.
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    else:
        for raw in data.split(b'\n', 2)[:2]:
            stripped = raw.lstrip()
            if not stripped.startswith(b'#'):
                if stripped:
                    break
                continue
            found = _cookie(stripped.decode('latin-1'))
            if found:
                encoding = found
                break
    text = data.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _cookie(comment):
    at = comment.find('coding')
    if at < 0 or at + 6 >= len(comment) or comment[at + 6] not in ':=':
        return None
    rest = comment[at + 7:].lstrip(' \t')
    end = 0
    while end < len(rest) and (rest[end].isalnum() or rest[end] in '-_.'):
        end += 1
    return rest[:end] or None


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _from_loader(filename, module_globals):
    # The source as the module's loader provides it, or None.
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if source is None:
        cache.pop(filename, None)
        return None
    lines = _split(source)
    cache[filename] = (len(source), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read the file (again) into the cache and return its lines; [] when
    it cannot be found or decoded."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        del cache[filename]
    if not filename or (filename[0] == '<' and filename[-1] == '>'):
        return []
    fullname = filename
    try:
        stamp = _stat(fullname)
    except (OSError, ValueError):
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if filename.startswith('/'):
            return []
        for folder in sys.path:
            if not isinstance(folder, str):
                continue
            fullname = folder.rstrip('/') + '/' + filename if folder else filename
            try:
                stamp = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
        lines = _split(_decode_source(data))
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    size, mtime = stamp
    cache[filename] = (len(data) if size is None else size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get the source of a module whose file is not on
    disk (its loader's get_source), without reading it yet. True when the
    cache now holds such an entry."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename[0] == '<' and filename[-1] == '>'):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        loader = getattr(module_globals.get('__spec__'), 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not name or get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
