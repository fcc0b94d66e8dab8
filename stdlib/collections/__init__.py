"""Container datatypes beyond dict, list, set and tuple.

    namedtuple   factory of tuple subclasses whose items have names
    deque        list-like sequence with fast appends and pops at both ends
    ChainMap     a single mapping view over a list of mappings
    Counter      dict subclass counting hashable objects
    OrderedDict  dict subclass with order-aware equality and reordering
    defaultdict  dict subclass calling a factory to supply missing values
    UserDict     dict wrapper, convenient to subclass
    UserList     list wrapper, convenient to subclass
    UserString   str wrapper, convenient to subclass
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from itertools import chain as _chain, repeat as _repeat
from keyword import iskeyword as _iskeyword
from _collections import (deque, defaultdict, OrderedDict, _count_elements,
                          _tuplegetter, _most_common)

# deque is a MutableSequence (as CPython's collections registers it);
# _collections_abc registers it itself when it comes after _collections
if '_collections_abc' in _sys.modules:
    _sys.modules['_collections_abc'].MutableSequence.register(deque)

# What lives in collections/_user.py (with the ABCs it needs) is imported on
# first use: most programs that import collections never touch it.
_LAZY = ('ChainMap', 'UserDict', 'UserList', 'UserString')


def __getattr__(name):
    if name == 'abc':
        # (not `import collections.abc`, which would read this attribute)
        __import__('collections.abc')
        return _sys.modules['collections.abc']
    if name in _LAZY:
        from collections import _user
        for lazy in _LAZY:
            globals()[lazy] = getattr(_user, lazy)
        return globals()[name]
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


def _is_mapping(obj):
    # isinstance(obj, Mapping) without loading the ABCs for the usual cases
    if isinstance(obj, dict):
        return True
    if not hasattr(obj, 'keys'):
        return False
    from _collections_abc import Mapping
    return isinstance(obj, Mapping)


# ---- namedtuple ---------------------------------------------------------------

def _renamed(names):
    # rename=True: each unusable name becomes _<position>
    seen = set()
    result = []
    for position, name in enumerate(names):
        bad = (name in seen or name.startswith('_') or _iskeyword(name)
               or not name.isidentifier())
        seen.add(name)
        result.append(f'_{position}' if bad else name)
    return result


def _check_names(typename, names, renamed):
    for name in [typename, *names]:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in names:
        if not renamed and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def _make_new(typename, fields, signature):
    # __new__ is compiled from source so that it takes the fields as real
    # parameters: the usual argument errors and keyword calls, at full speed.
    params = ', '.join(fields)
    items = ''.join(f'{f}, ' for f in fields)
    source = (f'def __new__(_cls, {params}):\n'
              f'    return _tuple_new(_cls, ({items}))\n')
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    exec(source, namespace)
    new = namespace['__new__']
    new.__doc__ = f'Create new instance of {typename}({signature})'
    return new


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new subclass of tuple whose items can also be read as
    attributes, named by field_names.

    field_names is a sequence of names or one string of names separated
    by spaces and/or commas.  With rename, invalid names (keywords,
    duplicates, names starting with an underscore) are replaced by _0, _1 ...
    after their position.  defaults apply to the rightmost fields.  module
    sets __module__ (by default the caller's module).

    >>> Point = namedtuple('Point', 'x y')
    >>> p = Point(11, y=22)
    >>> p.x + p.y, p[0], p
    (33, 11, Point(x=11, y=22))
    >>> p._replace(x=100), p._asdict()
    (Point(x=100, y=22), {'x': 11, 'y': 22})
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        names = _renamed(names)
    _check_names(typename, names, rename)

    fields = tuple(_sys.intern(name) for name in names)
    size = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > size:
            raise TypeError('Got more default values than field names')
        if defaults:
            field_defaults = dict(zip(fields[-len(defaults):], defaults))

    # how the instance signature is spelled in the docstrings: a lone
    # field keeps its tuple comma
    signature = ', '.join(fields) + (',' if size == 1 else '')
    __new__ = _make_new(typename, fields, signature)
    if defaults is not None:
        __new__.__defaults__ = defaults

    repr_template = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'
    tuple_new = tuple.__new__

    def _make(cls, iterable):
        made = tuple_new(cls, iterable)
        if len(made) != size:
            raise TypeError(f'Expected {size} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value)
                           for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    def __repr__(self):
        return type(self).__name__ + repr_template % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'

    namespace = {
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__new__': __new__,
    }
    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
        namespace[method.__name__] = method
    __new__.__qualname__ = f'{typename}.__new__'
    namespace['_make'] = classmethod(_make)
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))

    cls = type(typename, (tuple,), namespace)

    # pickle finds the class by module and name: by default the module
    # calling namedtuple()
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---- Counter ------------------------------------------------------------------

def _pick_sum(a, b):
    return a + b


def _pick_difference(a, b):
    return a - b


def _pick_larger(a, b):
    return b if a < b else a


def _pick_smaller(a, b):
    return a if a < b else b


def _combined(left, right, pick, right_only=True):
    # A new Counter of the positive pick(left[x], right[x]): first for the
    # elements of left, in order, then for those only in right (for which
    # left's count is 0), unless right_only is off.
    result = Counter()
    for elem, count in left.items():
        combined = pick(count, right[elem])
        if combined > 0:
            result[elem] = combined
    if right_only:
        for elem, count in right.items():
            if elem not in left:
                combined = pick(0, count)
                if combined > 0:
                    result[elem] = combined
    return result


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _every_count(left, right, test):
    # test holds between the counts of every element of either counter
    return all(test(left[elem], right[elem]) for elem in _chain(left, right))


class Counter(dict):
    """A dict subclass counting hashable objects: elements are the keys,
    their counts the values.  Missing elements count zero, and counts may
    be zero or negative.

    >>> c = Counter('mississippi')
    >>> c.most_common(2)                    # ties keep first-seen order
    [('i', 4), ('s', 4)]
    >>> c['z'], c.total()
    (0, 11)
    >>> c.update('zz'); c.subtract({'s': 3}); c
    Counter({'i': 4, 'p': 2, 'z': 2, 'm': 1, 's': 1})
    >>> Counter(a=3, b=1) - Counter(a=1, b=2)       # keeps positive counts
    Counter({'a': 2})
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the elements of iterable, or take the counts of a mapping;
        then add kwds as counts."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """A list of the n most common elements with their counts (all when
        n is None), most common first; equal counts keep the order in which
        the elements were first seen."""
        return _most_common(self, n)

    def elements(self):
        """An iterator over the elements, each repeated as many times as it
        is counted (not at all for counts below one)."""
        return _chain.from_iterable(_repeat(elem, count)
                                    for elem, count in self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # dict.fromkeys would give every element the same count, which
        # is never what is meant
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: one per element of an iterable, or a mapping's
        counts; then those of kwds."""
        if iterable is not None:
            if not _is_mapping(iterable):
                _count_elements(self, iterable)
            elif not self:
                dict.update(self, iterable)     # nothing to add to
            else:
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts, as update() adds them; counts may go to zero
        or below."""
        if iterable is not None:
            if _is_mapping(iterable):
                pairs = iterable.items()
            else:
                pairs = zip(iterable, _repeat(1))
            for elem, count in pairs:
                self[elem] = self.get(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # deleting a missing element is not an error: its count is 0 anyway
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            counts = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered are shown as they are
            counts = dict(self)
        return f'{name}({counts!r})'

    # Comparisons treat missing elements as counted zero (so
    # Counter(a=0) == Counter()); <= and the like are multiset inclusion.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _every_count(self, other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _every_count(self, other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _every_count(self, other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # The operators build a new Counter and keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, _pick_sum)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, _pick_difference)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, _pick_larger)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _combined(self, other, _pick_smaller, right_only=False)

    def __pos__(self):
        return _combined(self, Counter(), _pick_sum, right_only=False)

    def __neg__(self):
        return _combined(Counter(), self, _pick_difference)

    # The in-place forms change self, then drop what is not positive.

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            if other[elem] < count:
                self[elem] = other[elem]
        return self._keep_positive()
