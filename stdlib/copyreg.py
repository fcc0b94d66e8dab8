"""Registry of reduction functions, shared by copy and pickle.

dispatch_table maps a type to a function returning the (callable, args, ...)
tuple that rebuilds an instance; it matters for types that cannot describe
themselves through __reduce_ex__. The module also holds the helpers that the
default object.__reduce_ex__ names in its results, and the registry of
pickle extension codes.
"""

__all__ = ['pickle', 'constructor',
           'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # the constructor is only validated: nothing keeps a list of them
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str))
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


dispatch_table[complex] = pickle_complex
dispatch_table[type(int | str)] = pickle_union


# ---- the helpers named by object.__reduce_ex__'s results -------------------

def _reconstructor(cls, base, state):
    # protocols 0 and 1: make a bare cls instance whose builtin part (base)
    # is initialised from state
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_HEAPTYPE = 1 << 9     # type.__flags__ bit of classes made by class statements
_builtin_callable = type(len)


def _builtin_base(cls):
    # the first class along the MRO that Python code did not define, or
    # whose __new__ is a builtin belonging to that very class
    for klass in cls.__mro__:
        flags = getattr(klass, '__flags__', None)
        if flags is not None and not flags & _HEAPTYPE:
            return klass
        maker = klass.__new__
        if type(maker) is _builtin_callable and getattr(maker, '__self__', None) is klass:
            return klass
    return object


_SLOTS_NEED_GETSTATE = ('a class that defines __slots__ without defining '
                        '__getstate__ cannot be pickled')


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for pickle protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    rebuild_args = (cls, base, value)

    has_slots = bool(getattr(self, '__slots__', None))
    try:
        getstate = self.__getstate__
    except AttributeError:
        if has_slots:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"{_SLOTS_NEED_GETSTATE} with protocol {proto}") from None
        state = getattr(self, '__dict__', None)
    else:
        if has_slots and type(self).__getstate__ is object.__getstate__:
            raise TypeError(_SLOTS_NEED_GETSTATE)
        state = getstate()

    if state:
        return _reconstructor, rebuild_args, state
    return _reconstructor, rebuild_args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    # a private slot name is stored as its class-private attribute name
    if name.startswith('__') and not name.endswith('__'):
        prefix = owner.__name__.lstrip('_')
        if prefix:
            return '_' + prefix + name
    return name


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases, as attribute names
    (cached in cls.__slotnames__)."""
    cached = cls.__dict__.get('__slotnames__')
    if cached is not None:
        return cached

    found = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__', ())
            if isinstance(declared, str):
                declared = [declared]
            found.extend(_mangled(klass, n) for n in declared
                         if n != '__dict__' and n != '__weakref__')
    try:
        cls.__slotnames__ = found
    except (TypeError, AttributeError):
        pass    # a builtin type takes no new attributes
    return found


# ---- extension codes ---------------------------------------------------------
# pickle writes a registered (module, name) as its small integer code.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> the object, filled by unpicklers


def add_extension(module, name, code):
    """Make pickle write the global module.name as the given code."""
    code = int(code)
    if not 0 < code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return      # registering the same pair again is allowed
    if known_code is not None:
        raise ValueError("key %s is already registered with code %s"
                         % (key, known_code))
    if known_key is not None:
        raise ValueError("code %s is already in use for key %s"
                         % (code, known_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
