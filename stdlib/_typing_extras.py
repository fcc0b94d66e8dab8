"""typing, continued: ForwardRef and the introspection functions
(get_type_hints, get_origin, get_args), Annotated, NamedTuple, TypedDict,
NewType and the small functions and decorators.  typing imports this
once its core names exist; everything here is re-exported from typing."""

# What is defined here belongs to typing: reprs and pickles say typing.X.
__name__ = 'typing'

import sys
import types
import collections as _collections
from typing import (Generic, Union, Required, NotRequired, _GenericAlias, _AliasBase,
                    ParamSpecArgs, _coerce, _show, _caller_module, _is_param_expr,
                    _refuse_subclass, _make_union, _NoneType,
                    _BuiltinAlias, _BuiltinUnion, _is_abc_callable)


# ---- forward references ------------------------------------------------------

class ForwardRef:
    """A type written as a string, to be evaluated later (get_type_hints)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' is not an expression on its own; a one-element tuple is
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        """The referenced type (evaluated afresh each time, since the
        namespaces may differ between calls)."""
        if self.__forward_arg__ in recursive_guard:
            return self
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            home = sys.modules.get(self.__forward_module__)
            if home is not None:
                globalns = home.__dict__
        value = _coerce(eval(self.__forward_code__, globalns, localns),
                        "Forward references must evaluate to types.",
                        self.__forward_is_argument__, special_ok=self.__forward_is_class__)
        value = _evaluate_hint(value, globalns, localns, recursive_guard | {self.__forward_arg__})
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = self.__forward_module__
        suffix = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{suffix})'


ForwardRef.__init_subclass__ = classmethod(_refuse_subclass)


def _evaluate_hint(hint, globalns, localns, guard=frozenset()):
    """hint with every ForwardRef inside it evaluated."""
    if isinstance(hint, ForwardRef):
        return hint._evaluate(globalns, localns, guard)
    if isinstance(hint, _GenericAlias):
        new = tuple([_evaluate_hint(a, globalns, localns, guard) for a in hint.__args__])
        return hint if _same_items(new, hint.__args__) else hint._rebuild(new)
    if isinstance(hint, (_BuiltinAlias, _BuiltinUnion)):
        old = hint.__args__
        # list['int'] keeps a plain string where typing would have made a ForwardRef
        new = tuple([_evaluate_hint(ForwardRef(a) if isinstance(a, str) else a,
                                    globalns, localns, guard) for a in old])
        if _same_items(new, old):
            return hint
        if isinstance(hint, _BuiltinUnion):
            return _make_union(new)
        if _is_abc_callable(hint.__origin__) and not (len(new) == 2 and _is_param_expr(new[0])):
            return hint.__origin__[list(new[:-1]), new[-1]]
        return _BuiltinAlias(hint.__origin__, new)
    return hint


def _same_items(a, b):
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


# ---- introspection -----------------------------------------------------------

def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Union[...]) is Union."""
    if isinstance(tp, _AliasBase):
        return Annotated if isinstance(tp, _AnnotatedAlias) else tp.__origin__
    if isinstance(tp, (ParamSpecArgs, _BuiltinAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _BuiltinUnion):
        return _BuiltinUnion
    return None


def get_args(tp):
    """The subscript, flattened as written: get_args(Callable[[int], str]) is ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        args = tp.__args__
        flattened = not (len(args) == 2 and _is_param_expr(args[0]))
        if args and flattened and _is_abc_callable(tp.__origin__):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _BuiltinUnion):
        return tp.__args__
    return ()


# ---- Annotated ---------------------------------------------------------------

class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: the type T carrying metadata (x, ...)."""

    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):  # Annotated[Annotated[T, a], b] is flat
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def _rebuild(self, args):
        return Annotated[(args[0], *self.__metadata__)]

    def __repr__(self):
        notes = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_show(self.__origin__)}, {notes}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: type T, plus metadata x for whatever tools read it.

    get_type_hints() drops the metadata unless include_extras=True."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if type(params) is not tuple or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _coerce(params[0], "Annotated[t, ...]: t must be a type.", special_ok=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---- NamedTuple --------------------------------------------------------------

# Names the generated class owns; a class body may not redefine them.
_NAMEDTUPLE_OWN = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                             '_field_defaults', '_make', '_replace', '_asdict', '_source'})
# Entries of the class body that are not copied onto the class.
_NAMEDTUPLE_SKIP = frozenset({'__module__', '__name__', '__annotations__'})


def _build_namedtuple(name, fields, defaults, module):
    fields = [(field, _coerce(hint, f"field {field} annotation must be a type"))
              for field, hint in fields]
    cls = _collections.namedtuple(name, [f for f, _ in fields], defaults=defaults, module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = dict(fields)
    return cls


class NamedTupleMeta(type):
    """Turns a class statement deriving from NamedTuple into a namedtuple."""

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_default = []
        for field in hints:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        cls = _build_namedtuple(typename, hints.items(), [ns[f] for f in with_default],
                                ns['__module__'])
        if Generic in bases:
            # the same class again, over (tuple, Generic); Generic reads the
            # parameters from __orig_bases__ as the class is made
            body = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
            body['__orig_bases__'] = ns.get('__orig_bases__', bases)
            cls = type(typename, tuple(tuple if b is _NamedTupleBase else b for b in bases), body)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_OWN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIP and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed collections.namedtuple, by class statement or by call:

        class Point(NamedTuple):
            x: int
            y: int = 0

        Point = NamedTuple('Point', [('x', int), ('y', int)])
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _build_namedtuple(typename, fields, (), _caller_module())


_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_bases(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_bases


# ---- TypedDict ---------------------------------------------------------------

def _key_required(hint, total):
    if isinstance(hint, _AnnotatedAlias):
        hint = hint.__origin__
    if isinstance(hint, _GenericAlias):
        if hint.__origin__ is Required:
            return True
        if hint.__origin__ is NotRequired:
            return False
    return total


class _TypedDictMeta(type):
    """Makes a TypedDict class: a dict subclass that only records its keys."""

    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if not (type(base) is _TypedDictMeta or base is Generic):
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        cls = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        own = {key: _coerce(hint, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type",
                            module=cls.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            hints.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        hints.update(own)
        for key, hint in own.items():
            if _key_required(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__annotations__ = hints
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        if not hasattr(cls, '__total__'):
            cls.__total__ = total
        return cls

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys; at run time its
    instances are plain dicts.

        class Track(TypedDict, total=False):
            name: Required[str]
            seconds: int
    """
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in "
                      "Python 3.11, will be removed in Python 3.13, and may not be understood "
                      "by third-party type checkers.", DeprecationWarning, stacklevel=2)
    body = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        body['__module__'] = module
    return _TypedDictMeta(typename, (), body, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---- NewType -----------------------------------------------------------------

class NewType:
    """UserId = NewType('UserId', int): a distinct type to checkers; at run
    time calling it just returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, value):
        return value

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # class C(UserId) is a mistake; say what was probably meant, naming
        # the class being defined (only known once it exists)
        supertype = self.__name__

        class _NotSubclassable:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {supertype})`")
        return (_NotSubclassable,)


# ---- get_type_hints ----------------------------------------------------------

# Objects that may lack __annotations__ but are still fine to ask about.
_HINTABLE = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType,
             types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)


def _hint_value(value, argument, in_class):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return ForwardRef(value, is_argument=argument, is_class=in_class)
    return value


def _class_hints(cls, globalns, localns):
    hints = {}
    for base in reversed(cls.__mro__):
        annotations = base.__dict__.get('__annotations__')
        if not hasattr(annotations, 'items'):
            continue
        if globalns is None:
            home = sys.modules.get(base.__module__)
            gns = home.__dict__ if home is not None else {}
        else:
            gns = globalns
        lns = dict(vars(base)) if localns is None else localns
        if globalns is None and localns is None:
            # names of the module win over the class's own (as before 3.10)
            gns, lns = lns, gns
        for name, value in annotations.items():
            hints[name] = _evaluate_hint(_hint_value(value, False, True), gns, lns)
    return hints


def _object_hints(obj, globalns, localns):
    is_module = isinstance(obj, types.ModuleType)
    if globalns is None:
        if is_module:
            globalns = obj.__dict__
        else:
            target = obj
            while hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            target = getattr(target, '__func__', target)  # bound methods
            globalns = getattr(target, '__globals__', {})
    if localns is None:
        localns = globalns
    # a bound method's annotations are its function's (read them there, as
    # this runtime's method objects do not pass attribute reads on)
    source = obj.__func__ if isinstance(obj, types.MethodType) else obj
    annotations = getattr(source, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, _HINTABLE):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: _evaluate_hint(_hint_value(value, not is_module, False), globalns, localns)
            for name, value in annotations.items()}


def _strip_extras(hint):
    # Annotated[T, x] -> T and Required[T] / NotRequired[T] -> T, at any depth
    if isinstance(hint, _AnnotatedAlias):
        return _strip_extras(hint.__origin__)
    if isinstance(hint, _GenericAlias):
        if hint.__origin__ is Required or hint.__origin__ is NotRequired:
            return _strip_extras(hint.__args__[0])
        new = tuple([_strip_extras(a) for a in hint.__args__])
        return hint if _same_items(new, hint.__args__) else hint._rebuild(new)
    if isinstance(hint, (_BuiltinAlias, _BuiltinUnion)):
        new = tuple([_strip_extras(a) for a in hint.__args__])
        if _same_items(new, hint.__args__):
            return hint
        if isinstance(hint, _BuiltinUnion):
            return _make_union(new)
        return _BuiltinAlias(hint.__origin__, new)
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class or function, with strings and
    None evaluated to types.  A class's include those of its bases.
    Annotated metadata and Required/NotRequired are stripped unless
    include_extras is true."""
    if getattr(obj, '__no_type_check__', False):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        hints = _object_hints(obj, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_extras(hint) for name, hint in hints.items()}


# ---- small functions and decorators ------------------------------------------

def cast(typ, val):
    """Tell a type checker that val has type typ; at run time, return val."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; returns val."""
    return val


def assert_never(arg, /):
    """For code a type checker should prove unreachable (exhaustive matches)."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and return obj (a type
    checker reports the inferred type instead)."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


# (module, qualified name) -> {first line: overload}; keyed by line so that
# re-running a definition replaces instead of piling up
_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated functions "
        "outside a stub module should always be followed by an implementation that is not "
        "@overload-ed.")


def overload(func):
    """Mark one signature of an overloaded function; the undecorated
    definition that follows is the implementation."""
    inner = getattr(func, '__func__', func)
    try:
        key = (inner.__module__, inner.__qualname__)
        _overloads.setdefault(key, {})[inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass  # not a Python function: nothing to record
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    inner = getattr(func, '__func__', func)
    key = (getattr(inner, '__module__', None), getattr(inner, '__qualname__', None))
    return list(_overloads.get(key, {}).values())


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overloads.clear()


def final(f):
    """Mark a method as not to be overridden, or a class as not to be
    subclassed (for type checkers; sets __final__ where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tell type checkers to ignore a function's or class's annotations;
    get_type_hints() then returns {} for it."""
    if isinstance(arg, type):
        prefix = arg.__qualname__ + '.'
        for value in list(vars(arg).values()):
            target = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
            if getattr(target, '__module__', None) != arg.__module__:
                continue
            if not getattr(target, '__qualname__', '').startswith(prefix):
                continue  # defined elsewhere, merely assigned here
            if isinstance(target, types.FunctionType):
                target.__no_type_check__ = True
            elif isinstance(target, type):
                no_type_check(target)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator apply no_type_check to what it returns."""
    import functools

    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like
    classes (PEP 681); records the options in __dataclass_transform__."""
    def mark(target):
        target.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return target
    return mark
