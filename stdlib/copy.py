"""Shallow and deep copy operations.

    copy.copy(x)              a new object of x's type holding the same parts
    copy.deepcopy(x[, memo])  a new object whose parts are copied recursively

A class customises copying with __copy__() and __deepcopy__(memo); without
them the pickle protocol is used (copyreg.dispatch_table, __reduce_ex__,
__reduce__, then __setstate__ or the instance __dict__ for the state).
deepcopy's memo maps id(original) to its copy, so shared parts stay shared
and cycles terminate.  copy.Error is raised for objects that cannot be copied.
"""

import types
from copyreg import dispatch_table

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # the old name


def _identity(x, memo=None):
    return x


# Objects of these types are never copied: they are immutable, or (functions,
# classes) copying them would make no sense.
_SHARED = [type(None), type(...), type(NotImplemented), bool, int, float,
           complex, str, bytes, type, range, property,
           types.BuiltinFunctionType, types.FunctionType]
try:
    from _weakref import ref as _ref
    _SHARED.append(_ref)
    del _ref
except ImportError:
    pass

# A shallow copy also shares these immutable containers, whose items it would
# not copy anyway; a deep copy must look inside them.
_copy_dispatch = dict.fromkeys(_SHARED + [tuple, frozenset, slice], _identity)
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def _reduction(x, cls, kind):
    # the value describing how to rebuild x, from the first protocol it has
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        return method(4)
    method = getattr(x, '__reduce__', None)
    if not method:
        raise Error('un(%s)copyable object of type %s' % (kind, cls))
    return method()


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    quick = _copy_dispatch.get(cls)
    if quick is not None:
        return quick(x)
    if issubclass(cls, type):
        # a class with a metaclass is still shared
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    rv = _reduction(x, cls, 'shallow')
    if isinstance(rv, str):
        # the object is a global, named by rv: it is its own copy
        return x
    return _rebuild(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x.

    memo maps id(original) to its copy for the objects already copied."""
    if memo is None:
        memo = {}
    key = id(x)
    earlier = memo.get(key, _nil)
    if earlier is not _nil:
        return earlier

    cls = type(x)
    quick = _deepcopy_dispatch.get(cls)
    if quick is not None:
        y = quick(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            rv = _reduction(x, cls, 'deep')
            y = x if isinstance(rv, str) else _rebuild(x, memo, *rv)

    if y is not x:
        memo[key] = y
        # Hold on to the original too: were it freed during the copy, its id
        # could be reused by a new object and hit the memo by mistake.
        memo.setdefault(id(memo), []).append(x)
    return y


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y     # before the items, which may lead back to x
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deep_tuple(x, memo):
    # A tuple cannot be registered before its items exist, so a cycle back
    # to it (through a list, say) has made a copy already by the time they
    # are done: that copy wins.
    items = [deepcopy(item, memo) for item in x]
    if id(x) in memo:
        return memo[id(x)]
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x    # nothing inside needed copying


def _deep_method(x, memo):
    # a bound method: the same function, bound to a copy of its object
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = dict.fromkeys(_SHARED + [types.CodeType], _identity)
_deepcopy_dispatch[list] = _deep_list
_deepcopy_dispatch[dict] = _deep_dict
_deepcopy_dispatch[tuple] = _deep_tuple
_deepcopy_dispatch[types.MethodType] = _deep_method


def _apply_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    # the default state: the instance dict, or (dict, slot values)
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)


def _rebuild(x, memo, func, args, state=None, listitems=None, dictitems=None):
    # Follows a reduce value (func, args[, state[, listitems[, dictitems]]]);
    # a deep copy (memo given) copies each part first.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for k, v in dictitems:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
