"""Type hints at run time (PEP 484 and the PEPs that extend it).

https://docs.python.org/3.11/library/typing.html

Nothing here enforces a hint.  What exists at run time is the vocabulary
(aliases such as List[int], special forms such as Union and ClassVar, type
variables), the machinery that makes user classes generic (Generic, Protocol)
and introspection (get_type_hints, get_origin, get_args).

The module is split in four files: this one holds the special forms, the
aliases and Generic; _typing_params has TypeVar, ParamSpec and TypeVarTuple
and the substitution of type parameters (List[T][int]);
_typing_protocols has Protocol, the Supports* protocols and IO;
_typing_extras has ForwardRef, get_type_hints, get_origin, get_args,
NamedTuple, TypedDict, NewType, Annotated and the small decorators.  The
helpers are imported at the bottom and re-exported from here.
"""

import sys
import types
import collections as _collections

__all__ = [
    # special forms and type variables
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    # aliases of collections.abc and builtin classes
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # functions, decorators and constants
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

_NoneType = type(None)
# typing.Protocol, once _typing_protocols is loaded (on first use: most
# scripts never touch it); until then nothing can be Protocol.
_Protocol = None
_BuiltinAlias = types.GenericAlias
_BuiltinUnion = types.UnionType


def _caller_module(depth=2):
    # The module of whoever called the public constructor, so that reprs and
    # pickling name the defining module rather than typing.
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _show(obj):
    """How a type appears inside an alias repr: int, not <class 'int'>."""
    if isinstance(obj, type):
        module = obj.__module__
        return obj.__qualname__ if module == 'builtins' else f'{module}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _convert(arg, module=None, in_class=False):
    # The two shorthands every type position accepts.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=in_class)
    return arg


def _coerce(arg, msg, argument=True, module=None, *, special_ok=False):
    """Validate one type argument (None and strings are converted first).

    Almost anything passes, as in CPython 3.11; what is refused are the
    qualifiers that only make sense at the top of an annotation, bare special
    forms, and tuples (usually a mistaken Foo[(a, b)])."""
    arg = _convert(arg, module, special_ok)
    if isinstance(arg, _GenericAlias):
        head = arg.__origin__
        if (head is Generic or head is _Protocol
                or (not special_ok and (head is ClassVar or (argument and head is Final)))):
            raise TypeError(f"{arg} is not valid as type argument")
    elif isinstance(arg, _SpecialForm):
        if arg in _BARE_FORMS_OK or (special_ok and (arg is ClassVar or arg is Final)):
            return arg
        raise TypeError(f"Plain {arg} is not valid as type argument")
    elif arg is Generic or arg is _Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    elif type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _make_union(args):
    # Rebuilds a | b | c from evaluated members; typing.Union when some
    # member does not support the operator.
    try:
        result = args[0]
        for arg in args[1:]:
            result = result | arg
        return result
    except TypeError:
        return Union[args]


# ---- cache of subscriptions --------------------------------------------------

_memo = {}


def _memoized(build, owner, params, key=None):
    # List[int] is List[int], as in CPython; also spares rebuilding aliases
    # that annotations create over and over.  Unhashable parameters skip it.
    if key is None:
        key = (owner, params)
    try:
        return _memo[key]
    except KeyError:
        pass
    except TypeError:
        return build(owner, params)
    made = build(owner, params)
    if len(_memo) > 2000:
        _memo.clear()
    _memo[key] = made
    return made


# ---- special forms -----------------------------------------------------------

class _SpecialForm:
    """A typing construct that is neither a class nor an alias (Union,
    ClassVar, Literal...).  Each is an instance holding its subscript rule."""

    def __init__(self, name, subscript=None, doc=None, typed=False):
        self._name = name
        self._subscript = subscript
        self._typed = typed
        self.__doc__ = doc

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    __iter__ = None

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f"{self} is not subscriptable")
        if self._typed:  # equal values of different types (1, True) stay apart
            kinds = tuple(map(type, params)) if type(params) is tuple else type(params)
            return _memoized(self._subscript, self, params, (self, params, kinds))
        return _memoized(self._subscript, self, params)


class _AnyMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(cls):
        return 'typing.Any' if cls is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type, in both directions.  May be subclassed
    (for classes that must pass for anything), not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _one_type(form, params):
    return _GenericAlias(form, (_coerce(params, f'{form} accepts only single type.'),))


def _one_key_type(form, params):
    return _GenericAlias(form, (_coerce(params, f'{form._name} accepts only a single type.'),))


def _union_item(form, params):
    if type(params) is tuple and not params:
        raise TypeError("Cannot take a Union of no types.")
    if type(params) is not tuple:
        params = (params,)
    members = []
    for param in params:
        param = _coerce(param, "Union[arg, ...]: each arg must be a type.")
        nested = isinstance(param, (_UnionGenericAlias, _BuiltinUnion))
        for member in (param.__args__ if nested else (param,)):
            if member not in members:
                members.append(member)
    if len(members) == 1:
        return members[0]
    return _UnionGenericAlias(form, tuple(members))


def _optional_item(form, params):
    return Union[_coerce(params, f"{form} requires a single type."), _NoneType]


def _literal_key(value):
    # 1, 1.0 and True are equal but different literals
    return (type(value), value)


def _literal_item(form, params):
    if type(params) is not tuple:
        params = (params,)
    values = []
    for param in params:
        values.extend(param.__args__ if isinstance(param, _LiteralGenericAlias) else (param,))
    try:
        seen = set()
        unique = []
        for value in values:
            key = _literal_key(value)
            if key not in seen:
                seen.add(key)
                unique.append(value)
        values = unique
    except TypeError:
        pass  # unhashable values are kept as given
    return _LiteralGenericAlias(form, tuple(values), params=())


def _concatenate_item(form, params):
    if type(params) is tuple and not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if type(params) is not tuple:
        params = (params,)
    last = params[-1]
    if not (last is ... or isinstance(last, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable "
                        "or ellipsis.")
    head = tuple(_coerce(p, "Concatenate[arg, ...]: each arg must be a type.") for p in params[:-1])
    return _ConcatenateGenericAlias(form, head + (last,))


def _unpack_item(form, params):
    return _UnpackAlias(form, (_coerce(params, f'{form} accepts only single type.'),))


NoReturn = _SpecialForm('NoReturn', None, "The return type of a function that never returns.")
Never = _SpecialForm('Never', None, "The bottom type: no value has it.")
Self = _SpecialForm('Self', None, "The type of the current class (PEP 673).")
LiteralString = _SpecialForm('LiteralString', None, "A string made only of literals (PEP 675).")
TypeAlias = _SpecialForm('TypeAlias', None, "Marks a type alias: X: TypeAlias = int.")
ClassVar = _SpecialForm('ClassVar', _one_type, "ClassVar[T]: a class attribute.")
Final = _SpecialForm('Final', _one_type, "Final[T]: a name never reassigned.")
TypeGuard = _SpecialForm('TypeGuard', _one_type, "TypeGuard[T]: a bool that narrows.")
Required = _SpecialForm('Required', _one_key_type, "Required[T]: a TypedDict key always set.")
NotRequired = _SpecialForm('NotRequired', _one_key_type, "NotRequired[T]: a key maybe absent.")
Union = _SpecialForm('Union', _union_item, "Union[X, Y]: either X or Y; also written X | Y.")
Optional = _SpecialForm('Optional', _optional_item, "Optional[X] is Union[X, None].")
Literal = _SpecialForm('Literal', _literal_item, "Literal[v, ...]: exactly one of these values.",
                       typed=True)
Concatenate = _SpecialForm('Concatenate', _concatenate_item,
                           "Concatenate[X, P]: parameters X, then those of ParamSpec P.")
Unpack = _SpecialForm('Unpack', _unpack_item, "Unpack[Ts]: a TypeVarTuple's types, or *Ts.")

_BARE_FORMS_OK = frozenset({NoReturn, Never, Self, LiteralString, TypeAlias})


# ---- aliases -----------------------------------------------------------------

def _later_generic_base(alias, bases):
    # Generic must come after every base that already derives from it, or
    # the MRO cannot be built; if such a base follows, leave Generic to it.
    after = False
    for base in bases:
        if after and (isinstance(base, _AliasBase)
                      or (isinstance(base, type) and issubclass(base, Generic))):
            return True
        after = after or base is alias
    return False


class _AliasBase:
    """What all typing aliases share: calling one instantiates the origin,
    subclassing one subclasses the origin (plus Generic), unknown attributes
    come from the origin, and | makes a Union."""

    _name = None
    _inst = True
    __iter__ = None  # __getitem__ must not make aliases iterable

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass  # objects without a __dict__ simply don't record it
        return made

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        entries = () if origin in bases else (origin,)
        if not _later_generic_base(self, bases):
            entries += (Generic,)
        return entries

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _GenericAlias(_AliasBase):
    """A subscripted alias: List[int], ClassVar[int], Box[T]..."""

    def __init__(self, origin, args, *, name=None, inst=True, params=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_params(args) if params is None else params
        self._name = name
        self._inst = inst
        if name is None:
            self.__module__ = origin.__module__

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _show(self.__origin__)
        inner = ', '.join([_show(a) for a in self.__args__]) if self.__args__ else '()'
        return f'{head}[{inner}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __iter__(self):
        yield Unpack[self]  # *Tuple[int, str]

    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is _Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        binding = _bind(self, self.__parameters__, args)
        new_args = [x for arg in self.__args__ for x in _substituted(arg, binding)]
        return self._rebuild(tuple(new_args))

    def _rebuild(self, args):
        """The same kind of alias over new arguments."""
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic and (_Protocol in bases or _later_generic_base(self, bases)):
            return ()
        return (origin,)


class _BareAlias(_AliasBase):
    """An unsubscripted alias such as List or Iterable: usable in isinstance()."""

    def __init__(self, origin, arity, name=None, inst=True, subscript=None):
        self.__origin__ = origin
        self._arity = arity
        self._name = name or origin.__name__
        self._inst = inst
        self._subscript = subscript or _BareAlias._parametrize

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        return _memoized(self._subscript, self, params)

    def _parametrize(self, params):
        if not self._arity:
            raise TypeError(f"{self} is not a generic class")
        if type(params) is not tuple:
            params = (params,)
        params = tuple(_coerce(p, "Parameters to generic types must be types.") for p in params)
        _check_count(self, params, self._arity)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)


class _UnionGenericAlias(_GenericAlias):
    __iter__ = None

    def _rebuild(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _BuiltinUnion)):
            return NotImplemented
        mine, theirs = self.__args__, other.__args__
        return all(a in theirs for a in mine) and all(a in mine for a in theirs)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is _NoneType or args[1] is _NoneType):
            return f'typing.Optional[{_show(args[1] if args[0] is _NoneType else args[0])}]'
        return f"typing.Union[{', '.join([_show(a) for a in args])}]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(map(_literal_key, self.__args__)) == set(map(_literal_key, other.__args__))

    def __hash__(self):
        return hash(frozenset(map(_literal_key, self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias):
    # The class name is looked up by collections.abc.Callable.

    def _rebuild(self, args):
        *head, last = args
        if isinstance(last, (list, tuple)):
            return (*head, *last)  # P got a concrete list: plain parameters now
        if isinstance(last, _ConcatenateGenericAlias):
            head.extend(last.__args__[:-1])
            last = last.__args__[-1]
        return _ConcatenateGenericAlias(self.__origin__, (*head, last))


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


class _CallableAlias(_GenericAlias):
    """Callable[[A, B], R]; __args__ is (A, B, R), or (P, R) when the
    parameters are ..., a ParamSpec or a Concatenate."""

    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return f"typing.Callable[[{', '.join([_show(a) for a in args[:-1]])}], {_show(args[-1])}]"

    def _rebuild(self, args):
        *head, result = args
        whole = (ParamSpec, _ConcatenateGenericAlias)
        if len(head) == 1 and (head[0] is ... or isinstance(head[0], whole)):
            return Callable[head[0], result]
        flat = []
        for item in head:
            flat.extend(item) if isinstance(item, (tuple, list)) else flat.append(item)
        return Callable[flat, result]


def _callable_item(alias, params):
    if type(params) is not tuple or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    arguments, result = params
    result = _coerce(result, "Callable[args, result]: result must be a type.")
    if arguments is ...:
        head = (...,)
    else:
        head = tuple(_convert(a) for a in (arguments if type(arguments) is tuple else (arguments,)))
    return _CallableAlias(alias.__origin__, head + (result,), name='Callable')


def _tuple_item(alias, params):
    if type(params) is not tuple:
        params = (params,)
    if len(params) >= 2 and params[-1] is ...:
        items = tuple(_coerce(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1]) + (...,)
    else:
        items = tuple(_coerce(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params)
    return _GenericAlias(tuple, items, name='Tuple', inst=False)


class _CallableBare(_BareAlias):
    def __getitem__(self, params):
        # [int] and (int,) mean the same; a tuple keeps the memo usable
        if type(params) is tuple and len(params) == 2 and isinstance(params[0], list):
            params = (tuple(params[0]), params[1])
        return _memoized(_callable_item, self, params)


Tuple = _BareAlias(tuple, -1, 'Tuple', inst=False, subscript=_tuple_item)
List = _BareAlias(list, 1, 'List', inst=False)
Dict = _BareAlias(dict, 2, 'Dict', inst=False)
Set = _BareAlias(set, 1, 'Set', inst=False)
FrozenSet = _BareAlias(frozenset, 1, 'FrozenSet', inst=False)
Type = _BareAlias(type, 1, 'Type', inst=False)
Deque = _BareAlias(_collections.deque, 1, 'Deque')
DefaultDict = _BareAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _BareAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _BareAlias(_collections.Counter, 1, 'Counter')

# Aliases made on first use, as their origins live in modules that typing
# need not load: collections.abc (slow to import, and many scripts only
# write List, Dict and Optional), contextlib, re, and collections' lazily
# loaded ChainMap.  name -> (module, attribute, number of parameters)
_DEFERRED = {
    'ChainMap': ('collections', 'ChainMap', 2),
    'ContextManager': ('contextlib', 'AbstractContextManager', 1),
    'AsyncContextManager': ('contextlib', 'AbstractAsyncContextManager', 1),
    'Pattern': ('re', 'Pattern', 1),
    'Match': ('re', 'Match', 1),
    'Callable': ('_collections_abc', 'Callable', 2),
    'AbstractSet': ('_collections_abc', 'Set', 1),
}
for _name, _arity in (('Hashable', 0), ('Awaitable', 1), ('Coroutine', 3), ('AsyncIterable', 1),
                      ('AsyncIterator', 1), ('Iterable', 1), ('Iterator', 1), ('Reversible', 1),
                      ('Sized', 0), ('Container', 1), ('Collection', 1), ('MutableSet', 1),
                      ('Mapping', 2), ('MutableMapping', 2), ('Sequence', 1),
                      ('MutableSequence', 1), ('ByteString', 0), ('MappingView', 1),
                      ('KeysView', 1), ('ItemsView', 2), ('ValuesView', 1), ('Generator', 3),
                      ('AsyncGenerator', 2)):
    _DEFERRED[_name] = ('_collections_abc', _name, _arity)

# Defined in _typing_protocols, loaded when one of them is first asked for.
_PROTOCOL_NAMES = ('Protocol', 'runtime_checkable', '_ProtocolMeta', 'SupportsAbs', 'SupportsBytes',
                   'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
                   'SupportsRound', 'IO', 'TextIO', 'BinaryIO')


def __getattr__(name):
    if name in _PROTOCOL_NAMES:
        import _typing_protocols
        for each in _PROTOCOL_NAMES:
            globals()[each] = getattr(_typing_protocols, each)
        return globals()[name]
    where = _DEFERRED.get(name)
    if where is None:
        raise AttributeError(f"module 'typing' has no attribute '{name}'")
    module, attr, arity = where
    kind = _CallableBare if name == 'Callable' else _BareAlias
    alias = kind(getattr(__import__(module), attr), arity, name)
    globals()[name] = alias
    return alias


def _is_abc_callable(origin):
    # without collections.abc loaded, nothing can be its Callable
    module = sys.modules.get('_collections_abc')
    return module is not None and origin is module.Callable


def __dir__():
    return sorted({*globals(), *_PROTOCOL_NAMES, *_DEFERRED})


# ---- Generic -----------------------------------------------------------------

def _declare(cls, params):
    # Generic[T, S] or Protocol[T]: the parameters a class will take
    if not params:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    params = tuple(_convert(p) for p in params)
    if not all(isinstance(p, (TypeVar, ParamSpec)) or _unpacked_pack(p) for p in params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                        "or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
    return _GenericAlias(cls, params)


def _parametrize_class(cls, params):
    own = getattr(cls, '__parameters__', ())
    if not own:
        raise TypeError(f"{cls} is not a generic class")
    binding = _bind(cls, own, params, strict=False)
    args = []
    for param in own:
        if isinstance(param, TypeVarTuple):
            args.extend(binding[param])
        else:
            args.append(binding[param])
    return _GenericAlias(cls, tuple(args))


class Generic:
    """Base class of generic classes: class Box(Generic[T]) lets Box[int]
    be written (as an annotation, or to instantiate)."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if type(params) is not tuple:
            params = (params,)
        if cls is Generic or cls is _Protocol:
            return _memoized(_declare, cls, params)
        return _memoized(_parametrize_class, cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            defining_protocol = cls.__module__ == 'typing' and cls.__name__ == 'Protocol'
            if Generic in cls.__bases__ and not defining_protocol:
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if Generic in written:
            raise TypeError("Cannot inherit from plain Generic")
        params = _collect_params(written)
        declared = None
        for base in written:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = base.__parameters__
        if declared is not None:
            missing = [p for p in params if p not in declared]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) "
                                f"are not listed in Generic[{', '.join(map(str, declared))}]")
            params = declared
        cls.__parameters__ = params


from _typing_params import (  # noqa: E402  (they build on the names above)
    TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, _TypeParam,
    _refuse_subclass, _unpacked_pack, _is_param_expr, _param_spec_value, _collect_params,
    _check_count, _bind, _substituted)

TYPE_CHECKING = False
Text = str

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

from _typing_extras import (  # noqa: E402
    ForwardRef, get_origin, get_args, _evaluate_hint, Annotated, _AnnotatedAlias, NamedTuple,
    NamedTupleMeta, TypedDict, _TypedDictMeta, is_typeddict, NewType, get_type_hints, cast,
    assert_type, assert_never, reveal_type, overload, get_overloads, clear_overloads, final,
    no_type_check, no_type_check_decorator, dataclass_transform)

del _name, _arity
