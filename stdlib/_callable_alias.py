"""The generic alias made by collections.abc.Callable[params, result].

Callable[[A, B], R] stores its arguments flattened, __args__ == (A, B, R),
and prints them back in the bracketed form; params may also be ..., a
ParamSpec or a Concatenate[...], which stay whole.
"""

# it is collections.abc's, for repr and pickle
__name__ = 'collections.abc'

GenericAlias = type(list[int])
FunctionType = type(lambda: None)


def _is_param_expr(obj):
    # What can stand for a whole parameter list in Callable[params, result]:
    # ..., a list, or typing's ParamSpec and Concatenate[...] objects.
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return (kind.__module__ == 'typing'
            and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


def _whole_params(args):
    # True for the __args__ of Callable[P, R] where P is ..., a ParamSpec or
    # a Concatenate: no parameter list was flattened into them
    return len(args) == 2 and _is_param_expr(args[0])


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    # No private methods here: GenericAlias passes the lookup of most
    # attributes on to the origin class.

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if _whole_params(args):
            return super().__repr__()
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'collections.abc.Callable[[{params}], {_type_repr(args[-1])}]'

    def __reduce__(self):
        # the arguments again in the form Callable[...] was given them
        args = self.__args__
        if not _whole_params(args):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (self.__origin__, args)

    def __getitem__(self, item):
        # Substitutes type variables; GenericAlias does the work but would
        # return a plain GenericAlias.
        if not isinstance(item, tuple):
            item = (item,)
        # PEP 612: for X = Callable[P, R], X[int, str] means X[[int, str]]
        free = self.__parameters__
        if (len(free) == 1 and _is_param_expr(free[0])
                and item and not _is_param_expr(item[0])):
            item = (item,)
        args = super().__getitem__(item).__args__
        if isinstance(args[0], (tuple, list)):
            return _CallableGenericAlias(self.__origin__, tuple(args))
        return _CallableGenericAlias(self.__origin__, (args[:-1], args[-1]))
