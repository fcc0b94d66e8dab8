"""collections.abc: the abstract base classes of containers (PEP 3119).

The module lives outside the collections package so that it can be imported
early and cheaply; collections.abc re-exports it.

Each "one-trick" ABC (Sized, Iterable, Hashable, ...) recognises classes by
their methods alone, without registration. The richer ABCs (Sequence,
Mapping, Set and their mutable forms) supply mixin methods written on top of
a few abstract ones and recognise only subclasses and registered classes.
"""

import sys
from abc import ABCMeta, abstractmethod

# The classes are documented, printed and pickled as collections.abc's.
__name__ = 'collections.abc'

__all__ = [
    'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
    'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator',
    'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set',
    'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
    'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString',
]

GenericAlias = type(list[int])


# ---- recognising classes by their methods ---------------------------------

def _check_methods(C, *methods):
    """True when C has every one of methods, NotImplemented otherwise.

    A method counts where the first class along C's MRO that defines the
    name does not set it to None (the way to opt out, as with
    __hash__ = None)."""
    for name in methods:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _duck_typed(*methods):
    # Class decorator giving an ABC a __subclasshook__ that accepts any
    # class with these methods. Only the ABC itself checks this way: its
    # subclasses fall back to inheritance and registration.
    def install(abc):
        def __subclasshook__(cls, candidate):
            if cls is not abc:
                return NotImplemented
            return _check_methods(candidate, *methods)
        __subclasshook__.__qualname__ = abc.__qualname__ + '.__subclasshook__'
        abc.__subclasshook__ = classmethod(__subclasshook__)
        return abc
    return install


def _thrown(typ, val, tb):
    # The exception meant by the generator-style throw(typ[, val[, tb]]):
    # a class alone is instantiated only when a traceback comes with it.
    if val is None:
        exc = typ if tb is None else typ()
    else:
        exc = val
    return exc if tb is None else exc.with_traceback(tb)


def _close(obj, kind):
    # close() of generator-like objects: throw GeneratorExit in; it must
    # come back out (or the object must finish).
    try:
        obj.throw(GeneratorExit)
    except GeneratorExit:
        return
    except StopIteration:
        return
    raise RuntimeError(kind + ' ignored GeneratorExit')


# ---- single-method ABCs ---------------------------------------------------
# The bodies of the abstract methods are what super() calls reach: neutral
# answers, or the exception that ends the protocol.

@_duck_typed('__hash__')
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_duck_typed('__len__')
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_duck_typed('__contains__')
class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


@_duck_typed('__iter__')
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        yield from ()


@_duck_typed('__await__')
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


@_duck_typed('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


# ---- iteration protocols --------------------------------------------------

@_duck_typed('__iter__', '__next__')
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_duck_typed('__reversed__', '__iter__')
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        yield from ()


@_duck_typed('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)

    def close(self):
        _close(self, 'generator')


@_duck_typed('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)

    def close(self):
        _close(self, 'coroutine')


@_duck_typed('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_duck_typed('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)

    async def aclose(self):
        # as _close(), awaiting athrow()
        try:
            await self.athrow(GeneratorExit)
        except GeneratorExit:
            return
        except StopAsyncIteration:
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


@_duck_typed('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


# ---- Callable ---------------------------------------------------------------

@_duck_typed('__call__')
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ---- sets -------------------------------------------------------------------

def _all_in(items, container):
    return all(x in container for x in items)


def _both(first, second):
    yield from first
    yield from second


def _set_operand(s, other):
    # other as a Set for the operators that need membership tests on it
    # (built by s's _from_iterable); None when it is not iterable at all
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


class Set(Collection):
    """A finite, iterable container of distinct elements, with the
    comparisons and operators of set built from __contains__, __iter__ and
    __len__.

    The strict comparisons and == go through __le__ and __ge__; the
    operators build their results with _from_iterable."""

    __slots__ = ()

    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and _all_in(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and _all_in(other, self)
        return NotImplemented

    # The strict comparisons and == settle a size mismatch without a scan.
    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) >= len(other):
            return False
        return self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) <= len(other):
            return False
        return self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) != len(other):
            return False
        return self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a new set of this kind holding the elements of it.

        Override it in a class whose constructor takes something else."""
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when the two have no element in common."""
        return not any(x in self for x in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(_both(self, other))
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for hashable Set subclasses to use as __hash__.

        Equal sets must hash alike whatever order they iterate in, so each
        element's hash is scrambled and the results combined with xor; the
        scrambling is the one frozenset used."""
        width_mask = 2 * sys.maxsize + 1
        acc = (1927868237 * (len(self) + 1)) & width_mask
        for element in self:
            e = hash(element)
            acc = (acc ^ (e ^ (e << 16) ^ 89869747) * 3644798167) & width_mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width_mask
        if acc > sys.maxsize:
            acc -= width_mask + 1   # back to a signed machine word
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that also has add() and discard(), from which the other
    mutating methods and the in-place operators are built."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if it is not a member."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        # membership is tested on self while it is being changed, so the
        # elements of `it` are made distinct first
        for value in it if isinstance(it, Set) else self._from_iterable(it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---- mappings ---------------------------------------------------------------

class Mapping(Collection):
    """A read-only container of key/value pairs: __getitem__, __iter__ and
    __len__ give get, __contains__, keys, items, values and ==."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # not every mapping keeps an order: reversed() is not promised
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # set operations on views give plain sets
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            present = self._mapping[key]
        except KeyError:
            return False
        return present is value or present == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that also has __setitem__ and __delitem__, which give pop,
    popitem, clear, update and setdefault."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value (default, if given, when the key
        is missing)."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Store the items of other, then those of kwds.

        other is a mapping, an object with keys() and __getitem__, or an
        iterable of (key, value) pairs."""
        if isinstance(other, Mapping):
            pairs = ((k, other[k]) for k in other)
        elif hasattr(other, 'keys'):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key], after storing default there if key was missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---- sequences --------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ (with indexes from 0) and __len__
    give iteration, reversed(), in, index() and count()."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # without __len__: the first IndexError ends the sequence
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value, from start up to stop (negative ones
        count from the end); ValueError if it is not there.

        The bounds are not checked beforehand: they are used as indexes
        (an IndexError ends the search), so a sequence may accept others."""
        # len() is only asked for when a bound counts from the end
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n


class ByteString(Sequence):
    """bytes or bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that also has __setitem__, __delitem__ and insert(), which
    give append, extend, pop, remove, clear, reverse and +=."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before position index."""
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def extend(self, values):
        if values is self:
            # appending to what is being iterated would never end
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- subscription: Iterable[int], Callable[[int], str] ... -----------------------
# Set here rather than in each class body; subclasses inherit them.

for _abc in (Container, Iterable, Awaitable, AsyncIterable, MappingView):
    _abc.__class_getitem__ = classmethod(GenericAlias)


def __getattr__(name):
    # _CallableGenericAlias (made by Callable[[A, B], R]) is loaded on first
    # need: most programs that import os never subscript Callable
    if name == '_CallableGenericAlias':
        from _callable_alias import _CallableGenericAlias
        return _CallableGenericAlias
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _callable_class_getitem(cls, params):
    return __getattr__('_CallableGenericAlias')(cls, params)


Callable.__class_getitem__ = classmethod(_callable_class_getitem)


# ---- the builtin types behind the ABCs ---------------------------------------
# They would mostly pass the method checks anyway; registering them also
# covers the ABCs that do not check methods, and skips the checks.

def _gen():
    yield


async def _coro():
    pass


async def _agen():
    yield

_coro_obj = _coro()
_coro_type = type(_coro_obj)
_coro_obj.close()      # never awaited: close it to avoid the warning
del _coro_obj

_ITERATOR_SAMPLES = (b'', bytearray(), {}, {}.keys(), {}.values(), {}.items(),
                     [], reversed([]), range(0), range(1 << 100), set(), '',
                     (), zip())

for _abc, _types in [
        (Iterator, {type(iter(x)) for x in _ITERATOR_SAMPLES}),
        (Generator, [type(_gen())]),
        (Coroutine, [_coro_type]),
        (AsyncGenerator, [type(_agen())]),
        (Set, [frozenset]),
        (MutableSet, [set]),
        (Mapping, [type(type.__dict__)]),
        (MutableMapping, [dict]),
        (KeysView, [type({}.keys())]),
        (ItemsView, [type({}.items())]),
        (ValuesView, [type({}.values())]),
        (Sequence, [tuple, str, range, memoryview]),
        (ByteString, [bytes, bytearray]),
        (MutableSequence, [list, bytearray]),
]:
    for _t in _types:
        _abc.register(_t)
del _abc, _types, _t, _gen, _coro, _agen, _coro_type, _ITERATOR_SAMPLES

# deque is native (_collections): registered here when _collections came
# first, else by collections (as CPython's registers it)
if '_collections' in sys.modules:
    MutableSequence.register(sys.modules['_collections'].deque)
