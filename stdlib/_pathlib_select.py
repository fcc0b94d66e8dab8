"""Helpers of pathlib (pys): glob selection over the file system, the
"does not exist" test of the is_*() methods, and account names.

Paths given here are pathlib.Path objects; only their public methods and
_child() are used, so this module does not import pathlib.
"""

import fnmatch as _fnmatch
import os as _os
import re as _re
from errno import EBADF as _EBADF, ELOOP as _ELOOP, ENOENT as _ENOENT, \
    ENOTDIR as _ENOTDIR


# errors that just mean "no such thing here" to the is_*() questions
ABSENT = (_ENOENT, _ENOTDIR, _EBADF, _ELOOP)


def absent(err):
    return getattr(err, 'errno', None) in ABSENT


pattern_cache = {}


def matcher(pattern):
    found = pattern_cache.get(pattern)
    if found is None:
        found = _re.compile(_fnmatch.translate(pattern)).fullmatch
        pattern_cache[pattern] = found
    return found


def select(base, pats, at):
    """Yields the paths under `base` matching pats[at:] (see Path.glob)."""
    if at == len(pats) or not pats[at]:
        yield base
        return
    pat = pats[at]
    dirs_only = at + 1 < len(pats)
    try:
        if pat == '**':
            seen = set()
            for start in directories(base):
                for found in select(start, pats, at + 1):
                    if found not in seen:
                        seen.add(found)
                        yield found
        elif '*' in pat or '?' in pat or '[' in pat:
            match = matcher(pat)
            with _os.scandir(base) as listing:
                entries = list(listing)
            for entry in entries:
                if dirs_only:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as err:
                        if not absent(err):
                            raise
                        continue
                if match(entry.name):
                    yield from select(base._child(entry.name), pats, at + 1)
        else:
            child = base._child(pat)
            if child.is_dir() if dirs_only else child.exists():
                yield from select(child, pats, at + 1)
    except PermissionError:
        return


def directories(top):
    """`top` and every directory below it, not entering symlinks."""
    yield top
    try:
        with _os.scandir(top) as listing:
            entries = list(listing)
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError as err:
            if not absent(err):
                raise
            is_dir = False
        if is_dir and not entry.is_symlink():
            yield from directories(top._child(entry.name))


def account_name(table, ident, what):
    """The name for the numeric id in /etc/passwd or /etc/group (the pwd
    and grp modules are not part of pys)."""
    try:
        with open(table, encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(ident):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('%s not found: %d' % (what, ident))
