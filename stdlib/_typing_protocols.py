"""typing, continued: Protocol (structural subtyping, PEP 544), the
Supports* protocols and the IO classes.  typing loads this when one of these
names is first asked for (typing.__getattr__) and re-exports them."""

# What is defined here belongs to typing: reprs and pickles say typing.X.
__name__ = 'typing'

import typing as _typing
from abc import ABCMeta, abstractmethod
from typing import Generic, Union, AnyStr, T_co

# Class-dict entries that are bookkeeping (of type, ABCMeta or typing),
# never members a protocol asks for.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '_MutableMapping__marker',
})

# Non-protocol classes a protocol may still derive from: the one-method
# ABCs that are protocols in all but name.
_NOT_RUNTIME = "Instance and class checks can only be used with @runtime_checkable protocols"

_ABC_BASES_OK = frozenset(
    [('collections.abc', n) for n in ('Callable', 'Awaitable', 'Iterable', 'AsyncIterable',
                                      'Iterator', 'AsyncIterator', 'Hashable', 'Sized',
                                      'Container', 'Collection', 'Reversible')]
    + [('contextlib', 'AbstractContextManager'), ('contextlib', 'AbstractAsyncContextManager')])

_members_cache = {}


def _protocol_members(cls):
    """Names a class must have to match protocol cls (computed once)."""
    members = _members_cache.get(cls)
    if members is None:
        found = set()
        for base in cls.__mro__[:-1]:
            if base is Protocol or base is Generic:
                continue
            own = base.__dict__
            for name in (*own, *own.get('__annotations__', ())):
                if name not in _NOT_MEMBERS and not name.startswith('_abc_'):
                    found.add(name)
        members = _members_cache[cls] = frozenset(found)
    return members


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _structural_hook(cls, other):
    # __subclasshook__ of every protocol: does class `other` define all the
    # members?  A member set to None explicitly opts out.
    if (not cls.__dict__.get('_is_protocol', False) or not cls._is_runtime_protocol
            or not isinstance(other, type) or not _methods_only(cls)):
        return NotImplemented
    for name in _protocol_members(cls):
        for base in other.__mro__:
            own = base.__dict__
            if name in own:
                if own[name] is None:
                    return NotImplemented
                break
            # a sub-protocol may declare the member by annotation only
            if (name in own.get('__annotations__', ())
                    and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


# While one of our checks runs ABCMeta's machinery, that machinery may ask
# other protocols (subclasses of the one checked) about the same class; those
# inner questions must get an answer, not the misuse errors meant for users.
_inner_checks = 0


def _through_abc(check, cls, arg):
    global _inner_checks
    _inner_checks += 1
    try:
        return check(cls, arg)
    finally:
        _inner_checks -= 1


def _reachable_from_plain_abc(cls):
    # A protocol deriving from an ABC such as Iterable is consulted by that
    # ABC's own subclass checks (natively, where we cannot tell those calls
    # from a user's), so it must never raise there.
    return any(not b.__dict__.get('_is_protocol', False)
               for b in cls.__mro__[1:] if b is not Generic and b is not object)


class _ProtocolMeta(ABCMeta):
    """ABCMeta keeps register() and explicit subclassing working; on top of
    it, a runtime-checkable protocol accepts whatever has its members."""

    def __instancecheck__(cls, instance):
        if not cls._is_protocol:
            return super().__instancecheck__(instance)
        if not cls._is_runtime_protocol:
            raise TypeError(_NOT_RUNTIME)
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                break
            if getattr(instance, name) is None and callable(getattr(cls, name, None)):
                break
        else:
            return True
        return _through_abc(ABCMeta.__instancecheck__, cls, instance)

    def __subclasscheck__(cls, other):
        if cls._is_protocol and not _inner_checks and not _reachable_from_plain_abc(cls):
            if not cls._is_runtime_protocol:
                raise TypeError(_NOT_RUNTIME)
            if not _methods_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
        return _through_abc(ABCMeta.__subclasscheck__, cls, other)


def _no_init(self, *args, **kwargs):
    # The __init__ of protocols that define none: protocols themselves cannot
    # be instantiated, and a concrete class inheriting one must still get the
    # __init__ that the protocol would otherwise hide.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init:
        return  # reached through super() from a real __init__
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init)
        if init is not _no_init:
            break
    cls.__init__ = init
    init(self, *args, **kwargs)


def _may_base_protocol(base):
    if base is object or base is Generic:
        return True
    if (base.__module__, base.__name__) in _ABC_BASES_OK:
        return True
    return issubclass(base, Generic) and base._is_protocol


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols: a class matches a protocol by having its
    members, not by inheriting from it.  isinstance() works only on
    protocols decorated with @runtime_checkable.

        class Closable(Protocol):
            def close(self) -> None: ...
    """

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not vars(cls).get('_is_protocol'):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_structural_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not _may_base_protocol(base):
                raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        if cls.__init__ is object.__init__:
            cls.__init__ = _no_init


_typing._Protocol = Protocol  # typing's helpers compare with it


def runtime_checkable(cls):
    """Class decorator: allow isinstance() and issubclass() with this protocol.
    The check only looks for the members, not at their signatures."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """Has __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    """Has __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    """Has __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    """Has __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    """Has __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Has __abs__, whose result type is the parameter."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co: ...


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Has __round__, whose result type is the parameter."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co: ...


class IO(Generic[AnyStr]):
    """The interface of file objects, generic in str or bytes.  Only a type
    for annotations: the io module's classes do not derive from it."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str: ...

    @property
    @abstractmethod
    def name(self) -> str: ...

    @property
    @abstractmethod
    def closed(self) -> bool: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def fileno(self) -> int: ...

    @abstractmethod
    def flush(self) -> None: ...

    @abstractmethod
    def isatty(self) -> bool: ...

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr: ...

    @abstractmethod
    def readable(self) -> bool: ...

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr: ...

    @abstractmethod
    def readlines(self, hint: int = -1) -> 'list[AnyStr]': ...

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int: ...

    @abstractmethod
    def seekable(self) -> bool: ...

    @abstractmethod
    def tell(self) -> int: ...

    @abstractmethod
    def truncate(self, size: 'int | None' = None) -> int: ...

    @abstractmethod
    def writable(self) -> bool: ...

    @abstractmethod
    def write(self, s: AnyStr) -> int: ...

    @abstractmethod
    def writelines(self, lines: 'list[AnyStr]') -> None: ...

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]': ...

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None: ...


class BinaryIO(IO[bytes]):
    """A binary file."""

    __slots__ = ()

    @abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int: ...

    @abstractmethod
    def __enter__(self) -> 'BinaryIO': ...


class TextIO(IO[str]):
    """A text file."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO: ...

    @property
    @abstractmethod
    def encoding(self) -> str: ...

    @property
    @abstractmethod
    def errors(self) -> 'str | None': ...

    @property
    @abstractmethod
    def line_buffering(self) -> bool: ...

    @property
    @abstractmethod
    def newlines(self): ...

    @abstractmethod
    def __enter__(self) -> 'TextIO': ...
