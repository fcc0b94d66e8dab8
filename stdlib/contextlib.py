"""Utilities for with-statement contexts.

https://docs.python.org/3.11/library/contextlib.html
"""

import abc
import sys
from _collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _defines_all(cls, names):
    # For __subclasshook__: True when every name is found along cls's MRO
    # and none of them is set to None there (None blocks the protocol);
    # NotImplemented leaves the decision to the normal rules.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(*names):
    # The __subclasshook__ of an ABC that every class defining `names`
    # satisfies. Only the ABC itself answers so: for its subclasses the
    # hook defers to the normal rules.
    def __subclasshook__(cls, C):
        if cls.__dict__.get('__subclasshook__') is not hook:
            return NotImplemented
        return _defines_all(C, names)
    hook = classmethod(__subclasshook__)
    return hook


class AbstractContextManager(abc.ABC):
    """Base for classes that implement __enter__ and __exit__; any class
    that defines both counts as a virtual subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    __subclasshook__ = _structural("__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """The same for __aenter__ and __aexit__."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    __subclasshook__ = _structural("__aenter__", "__aexit__")


class ContextDecorator:
    """Mixin that lets a context manager decorate a function: each call of
    the function runs inside the context."""

    def _recreate_cm(self):
        # A context manager usable only once (such as one made by
        # @contextmanager) returns a fresh copy here for each call.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*a, **kw):
            with self._recreate_cm():
                return func(*a, **kw)
        return run_inside


class AsyncContextDecorator:
    """ContextDecorator for async context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*a, **kw):
            async with self._recreate_cm():
                return await func(*a, **kw)
        return run_inside


class _GeneratorContextManagerBase:
    """What the sync and async generator-based context managers share."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # the call is kept until the first entry, for _recreate_cm
        self.args, self.kwds = args, kwds
        self.func = func
        # the generator function's docstring describes the context
        own_doc = getattr(func, "__doc__", None)
        if own_doc is not None:
            self.__doc__ = own_doc
        else:
            self.__doc__ = type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Entered once, it cannot be entered again: drop the call so that
        # its arguments are not kept alive (a second entry fails here).
        for name in ('args', 'kwds', 'func'):
            delattr(self, name)


def _thrown_back(raised, thrown, tb):
    # The generator was resumed with `thrown` and raised `raised`: is that
    # the thrown exception coming back? Then __exit__ returns False and the
    # with statement re-raises it, with the traceback it had (anything else
    # the generator raised replaces it).
    if raised is thrown:
        raised.__traceback__ = tb
        return True
    # PEP 479 turned a StopIteration that leaked out of the generator into
    # a RuntimeError; the caller expects its own exception back.
    if (isinstance(raised, RuntimeError)
            and isinstance(thrown, (StopIteration, StopAsyncIteration))
            and raised.__cause__ is thrown):
        thrown.__traceback__ = tb
        return True
    return False


class _GeneratorContextManager(
        _GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    # (the docstring is the one an undocumented generator function's
    # context managers show, as in CPython)
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_call()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # __exit__ called with only a type: make the instance the
            # generator will see
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # the generator caught the exception and finished: suppressed,
            # unless what stopped it is the exception itself
            return stop is not value
        except BaseException as raised:
            if _thrown_back(raised, value, traceback):
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(
        _GeneratorContextManagerBase, AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if _thrown_back(raised, value, traceback):
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def _factory(cm_class, func):
    @wraps(func)
    def make_context_manager(*a, **kw):
        return cm_class(func, a, kw)
    return make_context_manager


def contextmanager(func):
    """Decorator turning a generator function that yields once into a
    context manager factory: the code before the yield runs on entry, the
    yielded value is what `as` binds, the code after runs on exit (an
    exception in the with block is raised at the yield)."""
    return _factory(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """contextmanager() for async generator functions (async with)."""
    return _factory(_AsyncGeneratorContextManager, func)


class closing(AbstractContextManager):
    """Calls thing.close() on exit; the with statement binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *unused):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on exit (async with); binds `thing`."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *unused):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Subclasses name the sys attribute to replace. Entries nest, so the
    # previous values are kept on a stack (the object is reentrant).
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily replace sys.stdout with another file-like object."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Temporarily replace sys.stderr with another file-like object."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) raised in
    the with block; execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._kinds)


def _exc_triple(exc):
    if exc is None:
        return None, None, None
    return type(exc), exc, exc.__traceback__


def _rechain(exc, interrupted, outer):
    # `exc` escaped from an exit callback. The interpreter chained it (or
    # the end of its own chain) to `outer`, the exception being handled
    # when the stack's __exit__ started; what it really interrupted is
    # `interrupted`, the exception that was propagating through the
    # callbacks, so that link is redirected.
    node, seen = exc, set()
    while id(node) not in seen:
        seen.add(id(node))
        ctx = node.__context__
        if ctx is None or ctx is interrupted:
            return
        if ctx is outer:
            node.__context__ = interrupted
            return
        node = ctx


def _with_arguments(callback, args, kwds, is_async):
    # An exit function ignoring the exception details: the shape of
    # ExitStack.callback() / push_async_callback() entries.
    if is_async:
        async def call_back(exc_type, exc, tb):
            await callback(*args, **kwds)
    else:
        def call_back(exc_type, exc, tb):
            callback(*args, **kwds)
    call_back.__wrapped__ = callback
    return call_back


class _BaseExitStack:
    """Callback bookkeeping shared by ExitStack and AsyncExitStack."""

    def __init__(self):
        # (is_sync, function taking the exception triple), run last first
        self._stack = deque()

    def _add(self, func, is_sync=True):
        self._stack.append((is_sync, func))

    def pop_all(self):
        """Move all callbacks to a new stack of the same type, and return
        it; this stack will not call them."""
        moved = type(self)()
        moved._stack, self._stack = self._stack, deque()
        return moved

    def push(self, exit):
        """Add a callback with __exit__'s signature, or the __exit__ of a
        context manager object (which is not entered). Returns `exit`, so
        this works as a decorator."""
        method = getattr(type(exit), "__exit__", None)
        self._add(exit if method is None else MethodType(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter the context manager and push its __exit__; returns what
        __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        leave = getattr(cls, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._add(MethodType(leave, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Arrange for callback(*args, **kwds) at exit; it cannot suppress
        exceptions. Returns `callback` (usable as a decorator)."""
        self._add(_with_arguments(callback, args, kwds, False))
        return callback

    # What __exit__ / __aexit__ share: the state of the unwinding, which
    # each callback's outcome updates.

    def _start_unwinding(self, exc_details):
        return _Unwinding(exc_details, sys.exc_info()[1])


class _Unwinding:
    # The callbacks run last first, as nested with statements would: each
    # sees the exception the previous ones left, may suppress it (by
    # returning true) or replace it (by raising).

    def __init__(self, exc_details, outer):
        self.received = exc_details[0] is not None
        # the exception being handled when __exit__ was called: Python
        # chains what the callbacks raise to it
        self.outer = outer
        self.current, self.triple = exc_details[1], exc_details
        self.suppressed = self.raising = False

    def answered(self, answer):
        if answer:
            self.suppressed, self.raising = True, False
            self.current, self.triple = None, (None, None, None)

    def failed(self, exc):
        _rechain(exc, self.current, self.outer)
        self.raising = True
        self.current, self.triple = exc, _exc_triple(exc)

    def pending(self):
        return self.current if self.raising else None

    def result(self):
        return self.received and self.suppressed


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding a stack of exit callbacks, run last in
    first out on exit; each sees the exception the previous ones left (or
    suppressed), as nested with statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = self._start_unwinding(exc_details)
        while self._stack:
            is_sync, cb = self._stack.pop()
            assert is_sync
            try:
                state.answered(cb(*state.triple))
            except BaseException as exc:
                state.failed(exc)
        pending = state.pending()
        if pending is not None:
            # raising here would chain `pending` to the exception being
            # handled around this call; keep the context it was given
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return state.result()

    def close(self):
        """Run the callbacks now, as a clean exit would."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and
    coroutine functions as callbacks."""

    async def enter_async_context(self, cm):
        """Enter an async context manager, pushing its __aexit__."""
        cls = type(cm)
        enter = getattr(cls, "__aenter__", None)
        leave = getattr(cls, "__aexit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        result = await enter(cm)
        self._add(MethodType(leave, cm), False)
        return result

    def push_async_exit(self, exit):
        """push() for coroutine functions and async context managers."""
        method = getattr(type(exit), "__aexit__", None)
        self._add(exit if method is None else MethodType(method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """callback() for coroutine functions."""
        self._add(_with_arguments(callback, args, kwds, True), False)
        return callback

    async def aclose(self):
        """Run the callbacks now, as a clean exit would."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = self._start_unwinding(exc_details)
        while self._stack:
            is_sync, cb = self._stack.pop()
            try:
                if is_sync:
                    answer = cb(*state.triple)
                else:
                    answer = await cb(*state.triple)
                state.answered(answer)
            except BaseException as exc:
                state.failed(exc)
        pending = state.pending()
        if pending is not None:
            # as in ExitStack.__exit__
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return state.result()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` binds enter_result. For
    code where a context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *unused):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *unused):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the with block (not thread-safe:
    the working directory belongs to the process)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *unused):
        import os
        os.chdir(self._previous.pop())
