"""repr() with limits on size and nesting depth.

https://docs.python.org/3.11/library/reprlib.html
"""

import builtins
from itertools import islice

try:
    from _thread import get_ident as _thread_ident
except ImportError:
    def _thread_ident():
        return 0

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__ method: a call that re-enters the method
    for the same object in the same thread returns `fillvalue` instead of
    recursing forever."""

    def decorate(method):
        active = set()

        def wrapper(self):
            token = (id(self), _thread_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _elide(text, room, marker):
    # Keep the two ends of `text` so that, with `marker` in the middle, the
    # part kept is `room` - 3 characters long (3 being the classic '...'),
    # the tail getting the odd one.
    head = max(0, (room - 3) // 2)
    tail = max(0, room - 3 - head)
    return text[:head] + marker + text[len(text) - tail:]


def _in_order(items):
    # Sorted when the elements allow it, which makes set and dict output
    # stable; iteration order otherwise.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """The limits are instance attributes, adjustable after creation.
    repr_<typename> methods (spaces in the name become '_') format one
    type each; a subclass adds or replaces them."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split(' ')),
                          None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _sequence(self, x, level, opener, closer, limit, one_trail=''):
        count = len(x)
        if count == 0:
            return opener + closer
        if level <= 0:
            return opener + self.fillvalue + closer
        parts = [self.repr1(item, level - 1) for item in islice(x, limit)]
        if count > limit:
            parts.append(self.fillvalue)
        if count == 1:
            # a one-element tuple keeps its trailing comma
            closer = one_trail + closer
        return opener + ', '.join(parts) + closer

    def repr_tuple(self, x, level):
        return self._sequence(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._sequence(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if len(x) == 0:
            return f"array('{x.typecode}')"
        return self._sequence(x, level, f"array('{x.typecode}', [", '])',
                              self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._sequence(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._sequence(_in_order(x), level, 'frozenset({', '})',
                              self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._sequence(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        inner = level - 1
        parts = []
        for key in islice(_in_order(x), self.maxdict):
            parts.append(self.repr1(key, inner) + ': ' + self.repr1(x[key], inner))
        if len(x) > self.maxdict:
            parts.append(self.fillvalue)
        return '{' + ', '.join(parts) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        room = self.maxstring
        # elide in the string, then in its repr, so that escapes and the
        # quotes stay whole
        head = max(0, (room - 3) // 2)
        tail = max(0, room - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return _elide(text, room, self.fillvalue)

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _elide(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # a broken __repr__ must not break the caller's diagnostics
            return f'<{type(x).__name__} instance at {id(x):#x}>'
        if len(text) > self.maxother:
            text = _elide(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
