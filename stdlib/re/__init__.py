"""Regular expressions, with the syntax and semantics of Python's re.

The module functions (search, match, fullmatch, sub, subn, split,
findall, finditer) take a pattern as text and compile it through a
cache; compile() returns the Pattern object to keep.  Patterns may be str
or bytes and are matched against subjects of the same kind.

The parser, the compiler, the matching engine and the pattern cache are
the native _sre module; this package holds the public functions, the
RegexFlag type and Scanner.
"""

import _sre
from . import _constants
from ._constants import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

Pattern = _sre.Pattern
Match = _sre.Match

# the cached compile: flags may be any int, a RegexFlag included
_compile = _sre._compile
_MAXCACHE = 512


# ---------------------------------------------------------------------
# flags

class _EnumType(type):
    """What RegexFlag needs of the class side of enum.IntFlag: iterating,
    len, membership, lookup by name, __members__.

    re does not import enum (that would double its import time), so
    RegexFlag is an int subclass that behaves like CPython's IntFlag
    member for member; its mro differs.
    """

    def __iter__(cls):
        return iter(cls._canonical)

    def __len__(cls):
        return len(cls._canonical)

    def __contains__(cls, value):
        if not isinstance(value, cls):
            # worded as by enum.EnumType, which this class stands in for
            raise TypeError(
                "unsupported operand type(s) for 'in': "
                f"'{type(value).__qualname__}' and 'EnumType'")
        # combinations are values of the type but not members of it
        return cls._by_name.get(value._name_) is value

    def __getitem__(cls, name):
        return cls._by_name[name]

    def __repr__(cls):
        return f"<flag {cls.__name__!r}>"

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._by_name)


class RegexFlag(int, metaclass=_EnumType):
    """A set of flags for compile() and the module functions, combined
    with | and tested with & or `in`."""

    def __new__(cls, value=0):
        if isinstance(value, int):
            return _flag(int(value))
        # a value equal to a flag's, such as 2.0, names that flag
        try:
            found = cls._by_value.get(value)
        except TypeError:
            found = None
        if found is None:
            raise ValueError(f"{value!r} is not a valid RegexFlag")
        return found

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    _value_ = value

    def __repr__(self):
        if self._name_ in RegexFlag._by_name:
            return "re." + self._name_
        return _describe(self, "re.") or f"re.RegexFlag({int(self)})"

    __str__ = __repr__

    def __format__(self, spec):
        # a format spec means the number, as for an int
        return int.__format__(self, spec) if spec else repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return _flag(int.__or__(self, other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return _flag(int.__and__(self, other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return _flag(int.__xor__(self, other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        value = int(self)
        if not value & ~_ALL_BITS:
            return _flag(_ALL_BITS & ~value)
        # extra bits are kept, complemented within their own width
        return _flag(~value + max(_ALL_BITS + 1,
                                  1 << abs(~value).bit_length()))

    def __iter__(self):
        value = int(self)
        return iter([m for m in RegexFlag._canonical if value & m == m])

    def __len__(self):
        return int(self).bit_count()

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': "
                f"'{type(other).__qualname__}' and 'RegexFlag'")
        return int(other) & int(self) == int(other)

    def __reduce_ex__(self, protocol):
        return RegexFlag, (int(self),)


def _describe(flag, prefix):
    # "A|B" for the members in flag, then any other bits in hex; "" for
    # a value without a member bit
    value = int(flag)
    parts = [prefix + m._name_ for m in RegexFlag._canonical if value & m == m]
    rest = value & ~_ALL_BITS
    if parts and rest:
        parts.append(hex(rest))
    return "|".join(parts)


def _flag(value):
    # the one RegexFlag object for an int value, made on first use
    try:
        return RegexFlag._by_value[value]
    except KeyError:
        pass
    if value < 0:
        # a negative value stands for its two's complement over as many
        # bits as the flags (or the value) need
        value += max(_ALL_BITS + 1, 1 << (~value).bit_length())
        if value in RegexFlag._by_value:
            return RegexFlag._by_value[value]
    flag = int.__new__(RegexFlag, value)
    flag._name_ = _describe(flag, "") or None
    RegexFlag._by_value[value] = flag
    return flag


def _make_flags():
    # (name, short name, value) in the order iteration and repr use
    table = (
        ("NOFLAG", None, 0),
        ("ASCII", "A", _constants.SRE_FLAG_ASCII),
        ("IGNORECASE", "I", _constants.SRE_FLAG_IGNORECASE),
        ("LOCALE", "L", _constants.SRE_FLAG_LOCALE),
        ("UNICODE", "U", _constants.SRE_FLAG_UNICODE),
        ("MULTILINE", "M", _constants.SRE_FLAG_MULTILINE),
        ("DOTALL", "S", _constants.SRE_FLAG_DOTALL),
        ("VERBOSE", "X", _constants.SRE_FLAG_VERBOSE),
        ("TEMPLATE", "T", _constants.SRE_FLAG_TEMPLATE),
        ("DEBUG", None, _constants.SRE_FLAG_DEBUG),
    )
    RegexFlag._by_value = {}
    RegexFlag._by_name = {}
    canonical = []
    for name, short, value in table:
        flag = int.__new__(RegexFlag, value)
        flag._name_ = name
        RegexFlag._by_value[value] = flag
        for alias in (name, short):
            if alias:
                RegexFlag._by_name[alias] = flag
                setattr(RegexFlag, alias, flag)
                globals()[alias] = flag
        if value:
            canonical.append(flag)
    RegexFlag._canonical = tuple(canonical)
    RegexFlag._member_names_ = [flag._name_ for flag in canonical]
    return sum(canonical)


_ALL_BITS = _make_flags()
del _make_flags


# ---------------------------------------------------------------------
# the module functions: each compiles (through the cache) and delegates

def match(pattern, string, flags=0):
    """A Match if pattern matches at the start of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if pattern matches the whole of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The Match of the first place in string where pattern matches, or
    None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the leftmost non-overlapping matches of pattern
    replaced (at most count of them when count is positive).

    repl is a template, where backslash escapes and group references
    such as \\1 or \\g<name> are expanded, or a function called with each
    Match that returns the replacement text.
    """
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but return (new string, number of replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split at the matches of pattern, with the text of the
    pattern's groups (if any) between the pieces.  With maxsplit
    positive, at most that many splits; the rest is the last piece."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, empty ones included: the
    matched text when pattern has no group, the group's text with one
    group, a tuple of the groups' texts with more."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of the Match objects of every non-overlapping match in
    string, empty ones included."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern object for pattern (str or bytes) and flags."""
    return _compile(pattern, flags)


def purge():
    """Forget the compiled patterns kept in the cache."""
    _sre.purge()


def template(pattern, flags=0):
    """Deprecated: compile with the TEMPLATE flag."""
    import warnings
    warnings.warn(_TEMPLATE_DEPRECATED, DeprecationWarning)
    # one deprecation per call is enough: not another for the flag
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):
        return _compile(pattern, flags | TEMPLATE)


_TEMPLATE_DEPRECATED = (
    "The re.template() function is deprecated as it is an undocumented "
    "function without an obvious purpose. Use re.compile() instead.")


def escape(pattern):
    """pattern (str or bytes) with a backslash before every character
    that has a meaning in regular expressions."""
    return _sre.escape(pattern)


# ---------------------------------------------------------------------

class Scanner:
    """A simple tokenizer: lexicon is a list of (pattern, action) pairs,
    tried in order at each position.  An action is None (the token is
    dropped), a callable called as action(scanner, text) whose result is
    kept unless it is None, or any other value, kept as it is.
    """

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [_compile(phrase, flags) for phrase, _ in lexicon]
        self.scanner = self._alternation(flags)

    def _alternation(self, flags):
        # One pattern "(p1)|(p2)|..." finds the first phrase that matches
        # in a single pass, its group (lastindex) naming the phrase.  It
        # only means the same as trying the phrases one by one when none
        # has groups of its own (which a backreference would miscount)
        # or inline global flags; otherwise they are tried one by one.
        if not self._phrases:
            return None
        sources = [phrase for phrase, _ in self.lexicon]
        bare = _compile(sources[0][:0], flags).flags
        if any(p.groups or p.flags != bare for p in self._phrases):
            return None
        # in verbose mode a phrase may end in a comment: close it first
        close = "\n)" if bare & VERBOSE else ")"
        if isinstance(sources[0], bytes):
            close = close.encode()
            return _compile(b"|".join(b"(" + s + close for s in sources), flags)
        return _compile("|".join("(" + s + close for s in sources), flags)

    def _next_token(self, string, at):
        # (index of the phrase, its Match) for the token at string[at]
        if self.scanner is not None:
            found = self.scanner.match(string, at)
            return (None, None) if found is None else (found.lastindex - 1, found)
        for index, phrase in enumerate(self._phrases):
            found = phrase.match(string, at)
            if found is not None:
                return index, found
        return None, None

    def scan(self, string):
        """Tokenize string from its start: returns (the actions' results,
        the rest of string where no phrase matched or a match was
        empty)."""
        results = []
        at = 0
        while True:
            index, found = self._next_token(string, at)
            if found is None or found.end() == at:
                break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                results.append(action)
            at = found.end()
        return results, string[at:]
