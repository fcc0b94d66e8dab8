"""Weak references and the containers and tools built on them (PEP 205).

https://docs.python.org/3.11/library/weakref.html

The primitives (ref, proxy, the counts) are native, in _weakref. A
referent dies when the engine's garbage collector reclaims it, some time
after it became unreachable, not at the moment of the last `del` as under
CPython's reference counting; callbacks run then.
"""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy,
                      CallableProxyType, ProxyType, ReferenceType,
                      _remove_dead_weakref)
from _weakrefset import WeakSet, _death_notice
from types import GenericAlias
import _collections_abc
import sys

ProxyTypes = (ProxyType, CallableProxyType)

# WeakKeyDictionary's parameter is named `dict`, hiding the builtin
_dict = dict

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it lives as long as both the
    instance and the function do, and calling it rebuilds the method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            instance, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        me = None

        def one_died(_):
            # the first of the two referents to die kills the WeakMethod;
            # the user's callback runs once
            self = me()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, instance, one_died)
        self._func_ref = ref(func, one_died)
        self._meth_type = type(meth)
        self._alive = True
        me = ref(self)
        return self

    def __call__(self):
        instance = super().__call__()
        func = self._func_ref()
        if instance is None or func is None:
            return None
        return self._meth_type(func, instance)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also carries a key: WeakValueDictionary's
    callback uses it to find the entry to remove."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _merged(cls, first, second):
    # `first | second` for the weak dictionaries: a new `cls` holding the
    # entries of first, then second's (which win).
    result = cls()
    result.update(first)
    result.update(second)
    return result


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are referenced weakly: an entry goes away
    when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        # _remove_dead_weakref removes the entry only if the key still maps
        # to a dead reference: the key may have a new value by the time the
        # collector reports the old one dead
        self._on_death = _death_notice(
            self, lambda d, wr: _remove_dead_weakref(d.data, wr.key))
        self.update(other, **kw)

    def _cell(self, key, value):
        return KeyedRef(value, self._on_death, key)

    def _value(self, key):
        # the live value for key, or None
        wr = self.data.get(key)
        return None if wr is None else wr()

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._cell(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return self._value(key) is not None

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        value = self._value(key)
        return default if value is None else value

    def _walk(self):
        # over a snapshot: see _weakrefset
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def items(self):
        yield from self._walk()

    def keys(self):
        for key, _ in self._walk():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._walk():
            yield value

    def itervaluerefs(self):
        """Iterate the KeyedRefs; their referents may die meanwhile."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the KeyedRefs to the values."""
        return list(self.data.values())

    def copy(self):
        twin = WeakValueDictionary()
        for key, value in list(self.items()):
            twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in list(self.items()):
            # the values stay shared: a copy could only be held weakly
            twin[deepcopy(key, memo)] = value
        return twin

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        value = self._value(key)
        if value is not None:
            return value
        self.data[key] = self._cell(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, value in pairs:
                self.data[key] = self._cell(key, value)
        for key, value in kwargs.items():
            self.data[key] = self._cell(key, value)

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            return _merged(WeakValueDictionary, self, other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            return _merged(type(self), other, self)
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(GenericAlias)


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are referenced weakly: an entry goes away when
    its key dies. Keys are compared by equality, through the weak
    references (which hash and compare as their live referents do)."""

    def __init__(self, dict=None):
        self.data = {}
        # a dead reference equals only itself, so this pops just its entry
        self._on_death = _death_notice(self, lambda d, wr: d.data.pop(wr, None))
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._on_death)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def _walk(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def items(self):
        yield from self._walk()

    def keys(self):
        for key, _ in self._walk():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._walk():
            yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def copy(self):
        twin = WeakKeyDictionary()
        for key, value in list(self.items()):
            twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in list(self.items()):
            twin[key] = deepcopy(value, memo)
        return twin

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._on_death), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, "items") else _dict(dict).items()
            for key, value in pairs:
                self.data[ref(key, self._on_death)] = value
        for key, value in kwargs.items():
            self.data[ref(key, self._on_death)] = value

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            return _merged(WeakKeyDictionary, self, other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            return _merged(type(self), other, self)
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(GenericAlias)


class _Pending:
    # What a live finalizer will call, and when it was made.
    __slots__ = ("target", "func", "args", "kwargs", "atexit", "order")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at interpreter
    exit (while `atexit` is true), whichever comes first."""

    __slots__ = ()

    # live finalizers -> _Pending; holding them here keeps them (and the
    # weak reference whose callback they are) alive with nobody else
    # referring to them
    _live = {}
    _created = 0
    _exit_hooked = False
    _exiting_done = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hooked = True
        p = _Pending()
        p.target = ref(obj, self)
        p.func, p.args, p.kwargs = func, args, kwargs or None
        p.atexit = True
        p.order = finalize._created
        finalize._created += 1
        finalize._live[self] = p

    def __call__(self, _=None):
        """Run the callback now if it has not run yet; return its result
        (None if it had already run or was detached)."""
        p = finalize._live.pop(self, None)
        if p is None or finalize._exiting_done:
            return None
        return p.func(*p.args, **(p.kwargs or {}))

    def _view(self, forget):
        p = finalize._live.get(self)
        obj = p.target() if p is not None else None
        if obj is None:
            return None
        if forget and finalize._live.pop(self, None) is None:
            return None
        return obj, p.func, p.args, p.kwargs or {}

    def detach(self):
        """Unregister; return (obj, func, args, kwargs), or None if the
        finalizer is no longer alive."""
        return self._view(True)

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        return self._view(False)

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in finalize._live

    @property
    def atexit(self):
        """Whether to run the finalizer at exit if it is still alive."""
        p = finalize._live.get(self)
        return bool(p) and p.atexit

    @atexit.setter
    def atexit(self, value):
        p = finalize._live.get(self)
        if p is not None:
            p.atexit = bool(value)

    def __repr__(self):
        p = finalize._live.get(self)
        obj = p.target() if p is not None else None
        head = f"<{type(self).__name__} object at {id(self):#x}"
        if obj is None:
            return head + "; dead>"
        return head + f"; for {type(obj).__name__!r} at {id(obj):#x}>"

    @staticmethod
    def _run_at_exit():
        # Newest first. A finalizer may create others, so the queue is
        # rebuilt whenever the creation count moved.
        try:
            queue, known = [], None
            while True:
                if known != finalize._created:
                    known = finalize._created
                    chosen = sorted((p.order, f) for f, p in list(finalize._live.items())
                                    if p.atexit)
                    queue = [f for _, f in chosen]
                if not queue:
                    break
                f = queue.pop()
                if f in finalize._live:
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            # from now on, dying referents no longer run their finalizers
            finalize._exiting_done = True
