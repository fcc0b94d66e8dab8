"""Names for the interpreter's own types, and helpers for building classes.

https://docs.python.org/3.11/library/types.html
"""

import sys

# Every type here is read off a live sample object, so the names follow
# whatever the runtime really uses (pys shares one type between several of
# CPython's descriptor kinds, and isinstance checks stay truthful).


def _plain():
    pass


def _closure_cell():
    captured = None

    def inner():
        return captured
    return inner.__closure__[0]


def _generator():
    yield


async def _native_coroutine():
    pass


async def _async_generator():
    yield


class _Sampler:
    __slots__ = ('slot',)

    def method(self):
        pass


FunctionType = type(_plain)
LambdaType = type(lambda: None)
CodeType = type(_plain.__code__)
CellType = type(_closure_cell())
MethodType = type(_Sampler().method)
ModuleType = type(sys)
SimpleNamespace = type(sys.implementation)
MappingProxyType = type(object.__dict__)

GeneratorType = type(_generator())
AsyncGeneratorType = type(_async_generator())
_pending = _native_coroutine()
CoroutineType = type(_pending)
_pending.close()  # never awaited: close it so no warning is owed

BuiltinFunctionType = type(abs)
BuiltinMethodType = type({}.get)
WrapperDescriptorType = type(type.__dict__['__call__'])
MethodWrapperType = type((0).__neg__)
MethodDescriptorType = type(bytes.__dict__['hex'])
ClassMethodDescriptorType = type(bytes.__dict__['fromhex'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(_Sampler.__dict__['slot'])

try:
    raise LookupError
except LookupError as _caught:
    TracebackType = type(_caught.__traceback__)
    FrameType = type(_caught.__traceback__.tb_frame)
    del _caught

GenericAlias = type(tuple[str])
UnionType = type(bytes | None)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)

del sys, _plain, _closure_cell, _generator, _native_coroutine
del _async_generator, _Sampler, _pending


def resolve_bases(bases):
    """Replace each non-class base by what its __mro_entries__ gives (PEP 560)."""
    expanded = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            expanded.append(base)
            continue
        entries = hook(bases)
        if type(entries) is not tuple and not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(entries)
        changed = True
    return tuple(expanded) if changed else bases


def _most_derived_metaclass(candidate, bases):
    # The metaclass used must be a subclass of every base's metaclass.
    for base in bases:
        other = type(base)
        if issubclass(candidate, other):
            continue
        if not issubclass(other, candidate):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        candidate = other
    return candidate


def prepare_class(name, bases=(), kwds=None):
    """Pick the metaclass and make the class namespace; returns (meta, ns, kwds)."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would, filling it by exec_body(ns)."""
    real_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **kwds)


class DynamicClassAttribute:
    """A property on instances; on the class it raises AttributeError, so the
    metaclass's __getattr__ answers instead (enum uses this for member names)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = fget.__doc__ if doc is None and fget is not None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _replaced(self, fget, fset, fdel, doc):
        clone = type(self)(fget, fset, fdel, doc)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._replaced(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._replaced(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._replaced(self.fget, self.fset, fdel, self.__doc__)


_GENERATOR_FLAG = 0x20
_ITERABLE_COROUTINE_FLAG = 0x100


class _AwaitableGenerator:
    # Lets `await` drive a generator-like object that is not a native
    # generator (so its code flags cannot be changed).

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *exc_info):
        return self._gen.throw(*exc_info)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen if type(self._gen) is GeneratorType else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self._gen.gi_code)
    gi_frame = cr_frame = property(lambda self: self._gen.gi_frame)
    gi_running = cr_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._gen.gi_yieldfrom)


def _generator_like(obj):
    return (not hasattr(obj, '__await__')
            and all(hasattr(obj, name) for name in ('__next__', '__iter__', 'send', 'throw')))


def coroutine(func):
    """Make a generator function usable as a coroutine (the pre-async style)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    code = getattr(func, '__code__', None) if type(func) is FunctionType else None
    if code is not None and code.co_flags & _GENERATOR_FLAG:
        # Flagging the code lets `await` accept the plain generators it makes.
        try:
            func.__code__ = code.replace(co_flags=code.co_flags | _ITERABLE_COROUTINE_FLAG)
        except (AttributeError, TypeError, ValueError):
            pass
        return func

    def adapted(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = type(result)
        if kind is CoroutineType:
            return result
        if kind is GeneratorType:
            if result.gi_code.co_flags & _ITERABLE_COROUTINE_FLAG:
                return result
            return _AwaitableGenerator(result)
        if _generator_like(result):
            return _AwaitableGenerator(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(func, attr):
            setattr(adapted, attr, getattr(func, attr))
    adapted.__wrapped__ = func
    return adapted


__all__ = [name for name in globals() if not name.startswith('_')]
