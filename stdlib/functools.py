"""Higher-order functions and operations on callable objects.

partial, reduce, cmp_to_key and the engine behind lru_cache are native
(_functools); this module adds the decorators and descriptors made of them.
https://docs.python.org/3.11/library/functools.html
"""

import sys as _sys
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from abc import get_cache_token
from types import GenericAlias, MappingProxyType as _MappingProxyType, UnionType as _UnionType

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

_ABSENT = object()


# ---- update_wrapper, wraps ----------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped, and return it.

    The attributes named in *assigned* are copied from wrapped when it has
    them; the mappings named in *updated* are updated in place from
    wrapped's.  wrapper.__wrapped__ is set to wrapped, so that the chain of
    wrappers can be followed back to the original function.
    """
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        mine = getattr(wrapper, name)
        mine.update(getattr(wrapped, name, {}))
    # After the __dict__ update: a __wrapped__ found in wrapped's own
    # dictionary must not hide wrapped itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) applied to a wrapper
    function calls update_wrapper(wrapper, f, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering -------------------------------------------------------------
# Each missing comparison is computed from the one the class defines (its
# "root") and, where needed, == or !=.  The root is looked up on type(self)
# at every call, so a subclass overriding it is honoured, and its
# NotImplemented is passed on untouched so that Python tries the reflected
# operation.

_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}
_CHOICE = ('__lt__', '__le__', '__gt__', '__ge__')   # which root wins


def _comparison(root, target):
    """The function computing target from root, with its documentation."""
    sym = _SYMBOLS[root]
    same_side = (root in ('__lt__', '__le__')) == (target in ('__lt__', '__le__'))
    strict = root in ('__lt__', '__gt__')

    if same_side and strict:            # a <= b from a < b
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            return r if r is NotImplemented else (r or self == other)
        formula = f'(a {sym} b) or (a == b)'
    elif same_side:                     # a < b from a <= b
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            return r if r is NotImplemented else (r and self != other)
        formula = f'(a {sym} b) and (a != b)'
    elif strict == (target in ('__lt__', '__gt__')):
        if strict:                      # a > b from a < b
            def method(self, other):
                r = getattr(type(self), root)(self, other)
                return r if r is NotImplemented else (not r and self != other)
            formula = f'(not a {sym} b) and (a != b)'
        else:                           # a >= b from a <= b
            def method(self, other):
                r = getattr(type(self), root)(self, other)
                return r if r is NotImplemented else (not r or self == other)
            formula = f'(not a {sym} b) or (a == b)'
    else:                               # a >= b from a < b: plain negation
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            return r if r is NotImplemented else not r
        formula = f'(not a {sym} b)'

    method.__name__ = target
    method.__qualname__ = f'_{target[2:4]}_from_{root[2:4]}'
    method.__doc__ = (f'Return a {_SYMBOLS[target]} b.  '
                      f'Computed by @total_ordering from {formula}.')
    return method


# root -> the other three comparisons, built once and shared by all classes
_COMPLETIONS = {root: [(t, _comparison(root, t)) for t in _CHOICE if t != root]
                for root in _CHOICE}
# also reachable as module attributes, _gt_from_lt and so on
globals().update((m.__qualname__, m) for ms in _COMPLETIONS.values() for _, m in ms)


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # Inherited comparisons count, except object's own (which only ever
    # say NotImplemented).
    defined = [name for name in _CHOICE
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, method in _COMPLETIONS[defined[0]]:
        if name not in defined:
            setattr(cls, name, method)
    return cls


# ---- lru_cache, cache ---------------------------------------------------------------

_info_type = None


def _cache_info(hits, misses, maxsize, currsize):
    # The CacheInfo named tuple is made on the first cache_info() call
    # rather than at import: building it would mean importing collections,
    # a large part of what `import functools` would otherwise cost.
    global _info_type
    if _info_type is None:
        from collections import namedtuple
        _info_type = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
        _info_type.__module__ = __name__
    return _info_type(hits, misses, maxsize, currsize)


def __getattr__(name):
    if name == '_CacheInfo':
        _cache_info(0, 0, 0, 0)
        return _info_type
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _memoize(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results, keyed by its arguments.

    Up to *maxsize* results are kept, the least recently used going first;
    with maxsize=None the cache grows without bound.  With *typed* true,
    arguments that are equal but of different types (3 and 3.0) are cached
    apart.  Arguments must be hashable.

    The decorated function has cache_info() (hits, misses, maxsize,
    currsize), cache_clear(), cache_parameters() and __wrapped__.  Both
    @lru_cache and @lru_cache(...) may be written.
    """
    if isinstance(maxsize, int):
        # an int argument may also be a bool: kept as given unless negative
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _memoize(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _memoize(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Unbounded cache of the function's results: lru_cache(maxsize=None)."""
    return _memoize(user_function, None, False)


# ---- partialmethod ----------------------------------------------------------------

class partialmethod(object):
    """A partial() for methods: a descriptor that binds like the callable
    or descriptor it wraps, then supplies the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # one level: the inner arguments go first, our keywords win
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        shown = [repr(self.func)]
        shown += [repr(arg) for arg in self.args]
        shown += [f'{key}={value!r}' for key, value in self.keywords.items()]
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(shown)})"

    def _make_unbound_method(self):
        # For a callable that does not bind itself: a function that, bound
        # in its turn, passes the instance (or class) as first argument.
        outer = self

        def _method(cls_or_self, /, *args, **keywords):
            return outer.func(cls_or_self, *outer.args, *args,
                              **{**outer.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        # inspect.signature() finds the partialmethod through this
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            # A function looked up on the class gives itself back; anything
            # else (a bound method, a classmethod's binding...) is final.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                self_ = getattr(bound, '__self__', _ABSENT)
                if self_ is not _ABSENT:
                    result.__self__ = self_
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---- singledispatch ---------------------------------------------------------------

def _union_members(obj):
    """The members of a union type (X | Y or typing.Union[X, Y]), else None."""
    if isinstance(obj, _UnionType):
        return obj.__args__
    # Only a program that imported typing can hold a typing.Union.
    typing = _sys.modules.get('typing')
    if typing is not None and typing.get_origin(obj) is typing.Union:
        return typing.get_args(obj)
    return None


def _is_dispatch_key(obj):
    if isinstance(obj, type):
        return True
    members = _union_members(obj)
    return members is not None and all(isinstance(m, type) for m in members)


def _first_annotation(func):
    """(name, evaluated annotation) of func's first annotation, as
    typing.get_type_hints() would give it."""
    annotations = getattr(func, '__annotations__', None)
    if not annotations:
        raise TypeError(
            f'Invalid first argument to `register()`: {func!r}. Use either '
            f'`@register(some_class)` or plain `@register` on an annotated function.')
    name, hint = next(iter(annotations.items()))
    if hint is None:
        hint = type(None)
    elif isinstance(hint, str):
        # a string is evaluated where the innermost wrapped function was defined
        origin = func
        while hasattr(origin, '__wrapped__'):
            origin = origin.__wrapped__
        scope = getattr(origin, '__globals__', {})
        hint = eval(hint, scope, scope)
    return name, hint


def _c3_merge(sequences):
    """C3 merge: repeatedly take the first head that is in no tail."""
    sequences = [list(s) for s in sequences if s]
    merged = []
    while sequences:
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(head)
        sequences = [[c for c in s if c is not head] for s in sequences]
        sequences = [s for s in sequences if s]
    return merged


def _linearize(cls, abcs):
    """cls's method resolution order with the ABCs of *abcs* that it
    implements without inheriting them inserted as if they were bases.

    An ABC becomes a base of the class nearest to cls that implements it
    while none of its own bases does.  It goes after the real bases that are
    ABCs themselves and before the others, so a concrete base still yields to
    the interface cls gained over it.
    """
    bases = cls.__bases__
    adopted = [a for a in abcs
               if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    passed_on = [a for a in abcs if a not in adopted]
    split = 0
    for i, base in enumerate(bases):
        if hasattr(base, '__abstractmethods__'):
            split = i + 1
    leading, trailing = list(bases[:split]), list(bases[split:])
    chains = [_linearize(b, passed_on) for b in leading + adopted + trailing]
    return _c3_merge([[cls], *chains, leading, adopted, trailing])


def _dispatch_order(cls, candidates):
    """The classes to try, in order, when dispatching on cls."""
    own = set(cls.__mro__)
    # the registered classes cls is a subclass of only implicitly (through
    # register() or __subclasshook__)
    implicit = [t for t in candidates if t not in own and issubclass(cls, t)]
    # one that is a base of another comes in with that other's MRO
    implicit = [t for t in implicit
                if not any(t is not u and t in u.__mro__ for u in implicit)]
    # Their relative order follows the MRO of a subclass (the longest
    # first) that cls implements as well, when there is one; otherwise the
    # order of registration stands.
    pool = set(implicit)
    ordered = []
    for abc in implicit:
        chains = [[c for c in sub.__mro__ if c in pool]
                  for sub in abc.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            chains = [[abc]]
        chains.sort(key=len, reverse=True)
        for chain in chains:
            ordered += [c for c in chain if c not in ordered]
    return _linearize(cls, ordered)


def _find_impl(cls, registry):
    """The implementation for cls: that of the first registered class in
    its dispatch order.  When the next class is registered as well and
    neither of the two is a real base of cls nor one a subclass of the
    other, the choice would be arbitrary: RuntimeError."""
    order = _dispatch_order(cls, registry.keys())
    real = cls.__mro__
    for i, klass in enumerate(order):
        if klass in registry:
            break
    else:
        return None
    if i + 1 < len(order):
        rival = order[i + 1]
        if (rival in registry and rival not in real and klass not in real
                and not issubclass(klass, rival)):
            raise RuntimeError(f'Ambiguous dispatch: {klass} or {rival}')
    return registry[klass]


def singledispatch(func):
    """Turn func into a generic function dispatching on the type of its
    first argument.

    func is the implementation for object.  register(cls, impl), or
    register(cls) and register (reading the first parameter's annotation)
    as decorators, add implementations for other classes or unions of
    classes; the most specific one along the argument's MRO (ABCs included)
    is called.
    """
    registry = {object: func}
    # class -> implementation.  Strong references: dispatched-on classes
    # stay alive as long as the generic function.
    found = {}
    token = None

    def dispatch(cls):
        """The implementation the generic function uses for class cls."""
        nonlocal token
        # registering a class with an ABC can change the answers: the
        # cache is dropped whenever the global ABC token moves
        if token is not None:
            now = get_cache_token()
            if now != token:
                found.clear()
                token = now
        impl = found.get(cls)
        if impl is None:
            impl = registry.get(cls)
            if impl is None:
                impl = _find_impl(cls, registry)
            found[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (a class or a union
        of classes); without func, a decorator doing so.  register(f) reads
        the class from f's first annotation."""
        nonlocal token
        if _is_dispatch_key(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f'Invalid first argument to `register()`. '
                            f'{cls!r} is not a class or union type.')
        else:
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_dispatch_key(cls):
                why = ('not all arguments are classes' if _union_members(cls) is not None
                       else 'is not a class')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} {why}.')
        members = _union_members(cls)
        for klass in (cls,) if members is None else members:
            registry[klass] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            token = get_cache_token()
        found.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxyType(registry)
    wrapper._clear_cache = found.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """A method version of singledispatch: dispatches on the type of the
    first argument after self (or cls).  It may wrap a descriptor such as
    classmethod, and so may the registered implementations."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """As singledispatch's register(), for this method."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ------------------------------------------------------------------

class cached_property:
    """A property computed once per instance: the first access stores the
    result in the instance's __dict__ under the same name, where later
    lookups find it first (this is a non-data descriptor).  Deleting the
    attribute makes the next access compute it again."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError(f'Cannot assign the same cached_property to two different '
                            f'names ({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f'{name!r} property.') from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                kind = type(instance).__name__
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                                f'support item assignment for caching {name!r} property.') from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
