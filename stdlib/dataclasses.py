"""Data classes (PEP 557): @dataclass writes __init__, __repr__, __eq__
and, when asked, ordering, hashing and immutability for a class from its
annotated fields.

Written for pys from the documented behaviour of Python 3.11's module.
The fields are gathered here; the methods are made in _dataclass_gen.
"""

import sys
import types
import abc

__all__ = """
    dataclass field Field FrozenInstanceError InitVar KW_ONLY MISSING fields
    asdict astuple make_dataclass replace is_dataclass
""".split()


class FrozenInstanceError(AttributeError):
    """Raised on an attempt to change a field of a frozen dataclass."""


class _MISSING_TYPE:
    """Type of MISSING, the marker for 'no default given'."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of KW_ONLY: annotating a pseudo-field with it makes the fields
    after it keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# the default __init__ shows for a parameter whose default comes from a factory
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    """What an annotated name of a dataclass is: a field, a ClassVar or an
    InitVar (Field._field_type holds one of the three below)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_EMPTY_METADATA = types.MappingProxyType({})


def _slots_repr(obj):
    shown = ','.join('%s=%r' % (slot, getattr(obj, slot)) for slot in obj.__slots__)
    return '%s(%s)' % (type(obj).__name__, shown)


class InitVar:
    """Annotation of an init-only pseudo-field: passed to __init__ and on
    to __post_init__, never stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type
        if isinstance(inner, type):
            inner = inner.__name__
        else:
            inner = repr(inner)
        return 'dataclasses.InitVar[%s]' % inner

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Everything known about one field; made by field(), completed (name,
    type, kind) when @dataclass processes the class."""
    # also the order repr() shows them in
    __slots__ = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                 'hash', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only

    __repr__ = _slots_repr

    def __set_name__(self, owner, name):
        # a descriptor used as the default still learns its name
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    """The decorator arguments, kept as __dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    __repr__ = _slots_repr


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field beyond its annotation: its default or default
    factory, and whether __init__, __repr__, comparisons and __hash__ use it.
    hash=None means: as compare says.  metadata is kept read-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata,
                 kw_only)


def fields(class_or_instance):
    """The Field objects of a dataclass or dataclass instance, in order
    (ClassVar and InitVar pseudo-fields left out)."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


def _copy_out(value, pack):
    """Deep copy of a field value for asdict/astuple: dataclass instances
    are turned into what `pack` makes of them, containers rebuilt with
    their own type, anything else deep-copied."""
    if _is_instance(value):
        return pack(value)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        # a named tuple takes its items as separate arguments
        return kind(*[_copy_out(item, pack) for item in value])
    if isinstance(value, (list, tuple)):
        return kind(_copy_out(item, pack) for item in value)
    if isinstance(value, dict):
        return kind((_copy_out(k, pack), _copy_out(v, pack)) for k, v in value.items())
    import copy
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively, built by
    dict_factory from a list of (name, value) pairs."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def pack(inst):
        return dict_factory([(f.name, _copy_out(getattr(inst, f.name), pack))
                             for f in fields(inst)])
    return pack(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def pack(inst):
        return tuple_factory([_copy_out(getattr(inst, f.name), pack)
                              for f in fields(inst)])
    return pack(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the fields in `changes` replaced
    and the rest taken from obj (through __init__, so __post_init__ runs)."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    arguments = {}
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f.name in changes:
            if not f.init:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif f.init:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            # an InitVar with a default reads back as that class attribute
            arguments[f.name] = getattr(obj, f.name)
    arguments.update(changes)
    return type(obj)(**arguments)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name.  Each item of `fields` is a name,
    (name, type) or (name, type, Field); a bare name is typed 'typing.Any'."""
    import keyword
    notes = {}
    values = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
            values[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in notes:
            raise TypeError(f'Field name duplicated: {name!r}')
        notes[name] = kind

    def fill(ns):
        ns.update(namespace or {})
        ns.update(values)
        ns['__annotations__'] = notes
    decorate = dataclass(
        init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
        frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
        weakref_slot=weakref_slot)
    return decorate(types.new_class(cls_name, bases, {}, fill))


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Class decorator adding the methods described by the arguments (see
    the module docstring) for the class's annotated fields.  Usable bare,
    @dataclass, or with arguments, @dataclass(order=True)."""
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


from _dataclass_gen import (  # noqa: E402  (it uses the names above)
    make_init, make_repr, make_compare, make_hash, make_frozen, signature_text)


# -- recognising ClassVar, InitVar and KW_ONLY annotations ----------------

def _leading_names(text):
    """('mod', 'Name') for 'mod.Name[...]', (None, 'Name') for 'Name[...]'."""
    def word(s):
        end = 0
        while end < len(s) and (s[end].isalnum() or s[end] == '_'):
            end += 1
        return s[:end], s[end:]
    first, rest = word(text.lstrip())
    if not first:
        return None
    rest = rest.lstrip()
    if rest.startswith('.'):
        second = word(rest[1:].lstrip())[0]
        if second:
            return first, second
    return None, first


def _names_it(annotation, cls, module, test):
    """Whether `annotation` is, or is a string naming, an object passing
    `test`; a string is resolved in the module that defines cls, directly
    or through `module` imported there (e.g. 'typing.ClassVar[int]')."""
    if not isinstance(annotation, str):
        return test(annotation)
    found = _leading_names(annotation)
    if found is None:
        return False
    prefix, name = found
    home = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if prefix is None:
        return test(home.get(name))
    return home.get(prefix) is module and test(getattr(module, name, None))


def _field_for(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING          # a __slots__ entry, not a default
        f = field(default=default)
    f.name, f.type, f._field_type = name, annotation, _FIELD

    typing = sys.modules.get('typing')   # nobody can say ClassVar without it
    if typing is not None and _names_it(
            annotation, cls, typing,
            lambda a: a is typing.ClassVar
            or getattr(a, '__origin__', None) is typing.ClassVar):
        f._field_type = _FIELD_CLASSVAR
    elif _names_it(annotation, cls, sys.modules[__name__],
                   lambda a: a is InitVar or type(a) is InitVar):
        f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    # an unhashable default is taken to be mutable, hence shared by accident
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


# -- the decorator's work -------------------------------------------------

def _install(cls, name, method):
    """Add a method unless the class body defined one; True if it did."""
    if name in cls.__dict__:
        return True
    method.__qualname__ = '%s.%s' % (cls.__qualname__, method.__name__)
    setattr(cls, name, method)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    every = {}
    frozen_bases = []
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, '__dataclass_fields__', None)
        if inherited is not None:
            frozen_bases.append(base.__dataclass_params__.frozen)
            for f in inherited.values():
                every[f.name] = f

    notes = cls.__dict__.get('__annotations__', {})
    own = []
    keyword_only = kw_only
    marker = None
    for name, annotation in notes.items():
        if _names_it(annotation, cls, sys.modules[__name__], lambda a: a is KW_ONLY):
            if marker is not None:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already '
                                'been specified')
            marker = name
            keyword_only = True
        else:
            own.append(_field_for(cls, name, annotation, keyword_only))
    for f in own:
        every[f.name] = f
        # the class attribute becomes the plain default (or goes away)
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in notes:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if frozen_bases:
        if any(frozen_bases) and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not all(frozen_bases):
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = every
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    own_hash = cls.__dict__.get('__hash__', MISSING)
    # a class defining __eq__ gets __hash__ = None implicitly; not a choice
    hash_given = not (own_hash is MISSING
                      or (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    takes_init = [f for f in every.values() if f._field_type is not _FIELD_CLASSVAR]
    stored = [f for f in every.values() if f._field_type is _FIELD]
    if init:
        home = getattr(sys.modules.get(cls.__module__), '__dict__', {})
        _install(cls, '__init__', make_init(takes_init, frozen, slots,
                                            hasattr(cls, '__post_init__'), home))
    if repr:
        _install(cls, '__repr__', make_repr([f.name for f in stored if f.repr]))
    compared = [f.name for f in stored if f.compare]
    if eq:
        _install(cls, '__eq__', make_compare('__eq__', compared))
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _install(cls, name, make_compare(name, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for method in make_frozen(cls, [f.name for f in stored]):
            if _install(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    # __hash__: see "hash" in the dataclass() documentation
    if unsafe_hash and hash_given:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if unsafe_hash or (eq and frozen and not hash_given):
        hashed = [f.name for f in stored
                  if (f.compare if f.hash is None else f.hash)]
        method = make_hash(hashed)
        method.__qualname__ = '%s.__hash__' % cls.__qualname__
        cls.__hash__ = method
    elif eq and not frozen and not hash_given:
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + signature_text(cls)
        except (TypeError, ValueError):
            cls.__doc__ = cls.__name__
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in takes_init
                                   if f.init and not f.kw_only)
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


# -- slots=True -----------------------------------------------------------

def _declared_slots(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        # an iterator was consumed when the class was made
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(declared)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    # frozen: bypass the __setattr__ that refuses
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    """__slots__ only work when given at class creation: make the class
    again, with a slot per field not already slotted by a base."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    if weakref_slot:
        names.append('__weakref__')
    body = dict(cls.__dict__)
    for name in names:
        body.pop(name, None)
    # descriptors of the old class that would clash with the new slots
    body.pop('__dict__', None)
    body.pop('__weakref__', None)
    body['__slots__'] = tuple(name for name in names if name not in taken)
    remade = type(cls)(cls.__name__, cls.__bases__, body)
    remade.__qualname__ = cls.__qualname__
    if frozen:
        if '__getstate__' not in body:
            remade.__getstate__ = _dataclass_getstate
        if '__setstate__' not in body:
            remade.__setstate__ = _dataclass_setstate
    return remade
