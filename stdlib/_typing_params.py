"""typing, continued: the type parameters TypeVar, ParamSpec and
TypeVarTuple (with P.args and P.kwargs), and how aliases find and substitute
them (List[T][int]).  typing imports this once the names it uses exist;
everything here is re-exported from typing."""

# What is defined here belongs to typing: reprs and pickles say typing.X.
__name__ = 'typing'

from typing import (Union, Unpack, _UnpackAlias, _ConcatenateGenericAlias, _BuiltinUnion,
                    _coerce, _convert, _caller_module, _make_union)


class _TypeParam:
    """Shared by TypeVar, ParamSpec and TypeVarTuple."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _set_module(self):
        module = _caller_module(3)
        if module != 'typing':
            self.__module__ = module


def _variance_mark(param):
    return '+' if param.__covariant__ else '-' if param.__contravariant__ else '~'


def _set_variance(param, bound, covariant, contravariant):
    if covariant and contravariant:
        raise ValueError("Bivariant types are not supported.")
    param.__covariant__ = bool(covariant)
    param.__contravariant__ = bool(contravariant)
    param.__bound__ = None if bound is None else _coerce(bound, "Bound must be a type.")


class TypeVar(_TypeParam):
    """A type variable: T = TypeVar('T'), TypeVar('N', int, float), TypeVar('S', bound=str)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _set_variance(self, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _coerce(c, "TypeVar(name, constraint, ...): constraints must be types.")
            for c in constraints)
        self._set_module()

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __typing_subst__(self, arg):
        return _coerce(arg, "Parameters to generic types must be types.")


class ParamSpecArgs:
    """P.args: the positional parameters captured by a ParamSpec."""

    _suffix = 'args'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._suffix}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((self.__origin__, self._suffix))


class ParamSpecKwargs(ParamSpecArgs):
    """P.kwargs: the keyword parameters captured by a ParamSpec."""

    _suffix = 'kwargs'


class ParamSpec(_TypeParam):
    """A parameter list variable (PEP 612): P = ParamSpec('P'); Callable[P, int]."""

    args = property(ParamSpecArgs)
    kwargs = property(ParamSpecKwargs)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _set_variance(self, bound, covariant, contravariant)
        self._set_module()

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __typing_subst__(self, arg):
        return _param_spec_value(arg)


class TypeVarTuple(_TypeParam):
    """A variadic type variable (PEP 646): Ts = TypeVarTuple('Ts'); Tuple[int, *Ts]."""

    def __init__(self, name):
        self.__name__ = name
        self._set_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


def _refuse_subclass(cls, *args, **kwargs):
    raise TypeError("Cannot subclass special typing classes")


for _cls in (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs):
    _cls.__init_subclass__ = classmethod(_refuse_subclass)
del _cls


# ---- finding and substituting parameters ------------------------------------

def _unpacked_pack(arg):
    # *Ts, written Unpack[Ts]
    return isinstance(arg, _UnpackAlias) and isinstance(arg.__args__[0], TypeVarTuple)


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec))
            or isinstance(arg, _ConcatenateGenericAlias))


def _param_spec_value(arg):
    if isinstance(arg, (list, tuple)):
        return tuple(_coerce(a, "Expected a type.") for a in arg)
    if not _is_param_expr(arg):
        raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                        f"Got {arg}")
    return arg


def _collect_params(args):
    """The type parameters free in args, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, _TypeParam):
            inner = (arg,)
        elif isinstance(arg, tuple):
            inner = _collect_params(arg)
        elif isinstance(arg, _BuiltinUnion):
            # T | None: this runtime's union does not track its parameters
            inner = _collect_params(arg.__args__)
        else:
            inner = getattr(arg, '__parameters__', ())
        for param in inner:
            if param not in found:
                found.append(param)
    return tuple(found)


def _check_count(target, given, expected):
    if len(given) != expected:
        many = 'many' if len(given) > expected else 'few'
        raise TypeError(f"Too {many} arguments for {target}; "
                        f"actual {len(given)}, expected {expected}")


def _bind(target, params, args, strict=True):
    """Map each of params to its value in args (the subscript of target)."""
    if type(args) is not tuple:
        args = (args,)
    if (len(params) == 1 and isinstance(params[0], ParamSpec)
            and args and not _is_param_expr(args[0])):
        args = (args,)  # PEP 612: X[int, str] stands for X[[int, str]]
    pack = next((i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)), None)
    if pack is None:
        _check_count(target, args, len(params))
        values = args
    else:
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {target}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        end = len(args) - (len(params) - pack - 1)
        values = (*args[:pack], args[pack:end], *args[end:])
    binding = {}
    for param, value in zip(params, values):
        if isinstance(param, ParamSpec):
            if strict:
                value = _param_spec_value(value)
            elif isinstance(value, list):
                value = tuple(value)
        elif isinstance(param, TypeVarTuple):
            value = tuple(_convert(v) for v in value)
        elif strict:
            value = _coerce(value, "Parameters to generic types must be types.")
        else:
            value = _convert(value)
        binding[param] = value
    return binding


def _substituted(arg, binding):
    """arg with the type parameters in binding replaced (a list: *Ts may expand)."""
    if isinstance(arg, _TypeParam):
        return [binding.get(arg, arg)]
    if _unpacked_pack(arg) and arg.__args__[0] in binding:
        return list(binding[arg.__args__[0]])
    if isinstance(arg, tuple):
        return [tuple(x for item in arg for x in _substituted(item, binding))]
    if isinstance(arg, _BuiltinUnion):
        return [_make_union([x for item in arg.__args__ for x in _substituted(item, binding)])]
    params = () if isinstance(arg, type) else getattr(arg, '__parameters__', ())
    if not params:
        return [arg]
    values = []
    for param in params:
        if isinstance(param, TypeVarTuple):
            values.extend(binding[param])
        else:
            values.append(binding[param])
    return [arg[tuple(values)]]
