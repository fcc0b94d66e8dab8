"""ChainMap, UserDict, UserList and UserString: the classes of collections
built on the ABCs, kept apart so that `import collections` need not load
them (collections.__getattr__ imports this module on first use)."""

# the classes and their methods belong to collections
__name__ = 'collections'

import sys as _sys
from reprlib import recursive_repr as _recursive_repr
from _collections_abc import Mapping, MutableMapping, MutableSequence, Sequence


def _chain_keys(maps):
    # the keys of all the maps, each where the last map holding it puts it
    # (the order a dict updated from the maps in reverse would have)
    keys = {}
    for mapping in reversed(maps):
        for key in mapping:
            keys[key] = None
    return keys


def _copy_with(obj, data):
    # a copy of obj with the same attributes but the given data; made
    # without calling __init__ and without going through descriptors
    cls = type(obj)
    twin = cls.__new__(cls)
    attrs = vars(twin)
    attrs.update(vars(obj))
    attrs['data'] = data
    return twin


# ---- ChainMap -------------------------------------------------------------------

class ChainMap(MutableMapping):
    """A mapping that looks keys up in a list of mappings, in turn.

    Writes, updates and deletions go to the first mapping only; maps is a
    public list that may be changed.  new_child() and parents give the
    ChainMaps of nested scopes.
    """

    def __init__(self, *maps):
        """Chain the given mappings (a single empty dict if none)."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # ask each mapping directly so that its __missing__ (a
            # defaultdict's, say) has its say
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(_chain_keys(self.maps))

    def __iter__(self):
        return iter(_chain_keys(self.maps))

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        inner = ', '.join(repr(mapping) for mapping in self.maps)
        return f'{self.__class__.__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict made by dict.fromkeys()."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap (of the same class) over a copy of maps[0] and the
        same other maps."""
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (a new dict by default, updated from
        kwargs) in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap over all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair of maps[0]; KeyError if it
        is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value, or args[0] if given
        when the key is missing."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0]; the other maps are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        # other's items, overridden by the chain's, in one new dict
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


# ---- UserDict ---------------------------------------------------------------------

class UserDict(MutableMapping):
    """A dict-like class whose contents are a real dict in the data
    attribute: subclass it to customise a dict.  A subclass may define
    __missing__, as for dict."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # through update(), hence through a subclass's __setitem__
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(other | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _copy_with(self, vars(self)['data'].copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass is copied with copy.copy(), which keeps its other
        # attributes, while data is empty; the items are then put back in
        # through the subclass's own methods.
        import copy
        data = self.data
        self.data = {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = data
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# ---- UserList ---------------------------------------------------------------------

def _raw(other):
    # the list inside a UserList, or other itself
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    # the right operand of + and += as a plain list
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, list):
        return other
    return list(other)


class UserList(MutableSequence):
    """A list-like class whose contents are a real list in the data
    attribute: subclass it to customise a list."""

    def __init__(self, initlist=None):
        # always a new list, even from a list or a UserList
        self.data = [] if initlist is None else list(_raw(initlist))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _raw(other)

    def __le__(self, other):
        return self.data <= _raw(other)

    def __eq__(self, other):
        return self.data == _raw(other)

    def __gt__(self, other):
        return self.data > _raw(other)

    def __ge__(self, other):
        return self.data >= _raw(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        # a slice of a UserList is one too
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_with(self, vars(self)['data'][:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_raw(other))


# ---- UserString -------------------------------------------------------------------

def _text(obj):
    # the str inside a UserString, or obj itself
    return obj.data if isinstance(obj, UserString) else obj


# Most of UserString's methods hand the call to the method of the same name
# of self.data.  They are made from a table rather than written out: each
# maker below gives, for one method name, a closure with the parameter list
# that UserString declares for it (so keyword calls and arity errors are as
# for hand-written methods).  Where a closure passes an argument through
# _text, a UserString is accepted there as well as a str; a result wrapped
# in self.__class__ keeps the caller's subclass.
#
# A closure calls the str method it was given directly when data is a
# plain str, which is much cheaper than looking the name up; a str
# subclass (whose methods may be overridden) is asked by name.

def _as_is(name, fn):
    def method(self):
        d = self.data
        return fn(d) if type(d) is str else getattr(d, name)()
    return method


def _rewrapped(name, fn):
    def method(self):
        d = self.data
        return self.__class__(fn(d) if type(d) is str else getattr(d, name)())
    return method


def _padded(name, fn):
    def method(self, width, *args):
        d = self.data
        r = fn(d, width, *args) if type(d) is str else getattr(d, name)(width, *args)
        return self.__class__(r)
    return method


def _search(name, fn):
    def method(self, sub, start=0, end=_sys.maxsize):
        d = self.data
        if type(d) is str:
            return fn(d, sub, start, end)
        return getattr(d, name)(sub, start, end)
    return method


def _search_text(name, fn):
    def method(self, sub, start=0, end=_sys.maxsize):
        d = self.data
        if type(sub) is not str:
            sub = _text(sub)
        if type(d) is str:
            return fn(d, sub, start, end)
        return getattr(d, name)(sub, start, end)
    return method


def _ends(name, fn):
    def method(self, suffix, start=0, end=_sys.maxsize):
        d = self.data
        if type(d) is str:
            return fn(d, suffix, start, end)
        return getattr(d, name)(suffix, start, end)
    return method


def _starts(name, fn):
    def method(self, prefix, start=0, end=_sys.maxsize):
        d = self.data
        if type(d) is str:
            return fn(d, prefix, start, end)
        return getattr(d, name)(prefix, start, end)
    return method


def _drop_prefix(name, fn):
    def method(self, prefix, /):
        d, prefix = self.data, _text(prefix)
        return self.__class__(fn(d, prefix) if type(d) is str else getattr(d, name)(prefix))
    return method


def _drop_suffix(name, fn):
    def method(self, suffix, /):
        d, suffix = self.data, _text(suffix)
        return self.__class__(fn(d, suffix) if type(d) is str else getattr(d, name)(suffix))
    return method


def _stripped(name, fn):
    def method(self, chars=None):
        d = self.data
        return self.__class__(fn(d, chars) if type(d) is str else getattr(d, name)(chars))
    return method


def _parted(name, fn):
    def method(self, sep):
        d = self.data
        return fn(d, sep) if type(d) is str else getattr(d, name)(sep)
    return method


def _split(name, fn):
    def method(self, sep=None, maxsplit=-1):
        d = self.data
        if type(d) is str:
            return fn(d, sep, maxsplit)
        return getattr(d, name)(sep, maxsplit)
    return method


def _lines(name, fn):
    def method(self, keepends=False):
        d = self.data
        return fn(d, keepends) if type(d) is str else getattr(d, name)(keepends)
    return method


def _tabs(name, fn):
    def method(self, tabsize=8):
        d = self.data
        return self.__class__(fn(d, tabsize) if type(d) is str else getattr(d, name)(tabsize))
    return method


def _replaced(name, fn):
    def method(self, old, new, maxsplit=-1):
        d, old, new = self.data, _text(old), _text(new)
        if type(d) is str:
            return self.__class__(fn(d, old, new, maxsplit))
        return self.__class__(getattr(d, name)(old, new, maxsplit))
    return method


def _filled(name, fn):
    def method(self, width):
        d = self.data
        return self.__class__(fn(d, width) if type(d) is str else getattr(d, name)(width))
    return method


def _mapped(name, fn):
    def method(self, *args):
        d = self.data
        return self.__class__(fn(d, *args) if type(d) is str else getattr(d, name)(*args))
    return method


def _joined(name, fn):
    def method(self, seq):
        d = self.data
        return fn(d, seq) if type(d) is str else getattr(d, name)(seq)
    return method


def _formatted(name, fn):
    def method(self, /, *args, **kwds):
        d = self.data
        return fn(d, *args, **kwds) if type(d) is str else getattr(d, name)(*args, **kwds)
    return method


def _formatted_map(name, fn):
    def method(self, mapping):
        d = self.data
        return fn(d, mapping) if type(d) is str else getattr(d, name)(mapping)
    return method


_STR_METHODS = (
    (_rewrapped, 'capitalize casefold lower swapcase title upper'),
    (_as_is, 'isalnum isalpha isascii isdecimal isdigit isidentifier islower '
             'isnumeric isprintable isspace istitle isupper'),
    (_padded, 'center ljust rjust'),
    (_search_text, 'count find rfind'),
    (_search, 'index rindex'),
    (_ends, 'endswith'),
    (_starts, 'startswith'),
    (_drop_prefix, 'removeprefix'),
    (_drop_suffix, 'removesuffix'),
    (_stripped, 'lstrip rstrip strip'),
    (_parted, 'partition rpartition'),
    (_split, 'split rsplit'),
    (_lines, 'splitlines'),
    (_tabs, 'expandtabs'),
    (_replaced, 'replace'),
    (_filled, 'zfill'),
    (_mapped, 'translate'),
    (_joined, 'join'),
    (_formatted, 'format'),
    (_formatted_map, 'format_map'),
)


def _with_str_methods(cls):
    # class decorator adding the methods of _STR_METHODS
    for make, names in _STR_METHODS:
        for name in names.split():
            method = make(name, getattr(str, name, None))
            method.__name__ = name
            method.__qualname__ = f'{cls.__qualname__}.{name}'
            setattr(cls, name, method)
    return cls


@_with_str_methods
class UserString(Sequence):
    """A str-like class whose value is a real str in the data attribute:
    subclass it to customise a str.  Operations that give a new string
    give one of the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    # The two abstract methods of Sequence are written here, not made by
    # the decorator: ABCMeta decides abstractness before it runs.
    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __getnewargs__(self):
        return (self.data[:],)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    # comparisons see through a UserString operand; any other goes to the
    # str comparison as it is
    def __eq__(self, string):
        return self.data == _text(string)

    def __lt__(self, string):
        return self.data < _text(string)

    def __le__(self, string):
        return self.data <= _text(string)

    def __gt__(self, string):
        return self.data > _text(string)

    def __ge__(self, string):
        return self.data >= _text(string)

    def __contains__(self, char):
        return _text(char) in self.data

    def __add__(self, other):
        other = _text(other)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        # None stands for the default, which str.encode() does not allow
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans
