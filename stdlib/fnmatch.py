"""Shell-style wildcard matching of file names (pys).

    *       any run of characters (including none)
    ?       one character
    [seq]   one character in seq (ranges like a-z allowed)
    [!seq]  one character not in seq

There is no way to quote a wildcard; '[*]' matches a literal star.
fnmatch() applies os.path.normcase to both arguments (nothing on POSIX);
fnmatchcase() compares as given.
"""
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def _matcher(pat):
    """The compiled pattern's match method (bytes patterns go through latin-1)."""
    key = (type(pat), pat)
    found = _cache.get(key)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            found = re.compile(text.encode('ISO-8859-1')).match
        else:
            found = re.compile(translate(pat)).match
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = found
    return found


def fnmatch(name, pat):
    """True when `name` matches the shell pattern `pat`, after normcase."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """True when `name` matches the shell pattern `pat`, case as given."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The items of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


_SPECIAL_IN_SET = {'\\': '\\\\', '-': '\\-', '&': '\\&', '~': '\\~', '|': '\\|'}


def _set_char(c):
    return _SPECIAL_IN_SET.get(c, c)


def _bracket(body):
    """The regular expression for one [...] (body is what is inside)."""
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    # items are (low, high); a '-' right after a range is a literal
    items = []
    pos, n = 0, len(body)
    while pos < n:
        if pos + 2 < n and body[pos + 1] == '-':
            items.append((body[pos], body[pos + 2]))
            pos += 3
        else:
            items.append((body[pos], body[pos]))
            pos += 1
    # a reversed range matches nothing: drop it (the regex would reject it)
    items = [(lo, hi) for lo, hi in items if lo <= hi]
    if not items:
        return '.' if negate else '(?!)'
    parts = []
    for lo, hi in items:
        if lo == hi:
            parts.append(_set_char(lo))
        else:
            parts.append(_set_char(lo) + '-' + _set_char(hi))
    inner = ''.join(parts)
    if negate:
        inner = '^' + inner
    elif inner[0] in '^[':
        inner = '\\' + inner
    return '[' + inner + ']'


def translate(pat):
    """The regular expression (as a string) that matches what `pat` matches."""
    # pieces between stars: a list of lists of regex fragments
    segments = [[]]
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # a run of stars is one star
            if len(segments) == 1 or segments[-1]:
                segments.append([])
            continue
        if c == '?':
            segments[-1].append('.')
            continue
        if c == '[':
            # the set ends at the first ']' that is not its first character
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            close = pat.find(']', j)
            if close < 0:
                segments[-1].append('\\[')
            else:
                segments[-1].append(_bracket(pat[i:close]))
                i = close + 1
            continue
        segments[-1].append(re.escape(c))
    out = ''.join(segments[0])
    inner = segments[1:]
    for k, seg in enumerate(inner):
        text = ''.join(seg)
        if k == len(inner) - 1:
            out += '.*' + text
        else:
            # lazily up to the fixed text, never backtracking into it
            out += '(?>.*?' + text + ')'
    return '(?s:' + out + ')\\Z'
