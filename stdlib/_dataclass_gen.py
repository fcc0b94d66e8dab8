"""Makers of the methods @dataclass adds, and the signature text it puts in
a class's __doc__.  Private to dataclasses.

__init__ is compiled from source text so that it is an ordinary function:
its parameters, defaults and argument errors ("C.__init__() missing 1
required positional argument: 'x'") come for free.  The other methods only
need the field names, so they are closures and cost no compilation.
"""

import types
from _operator import attrgetter
import dataclasses as _dc     # partly initialised when this is imported

try:
    import _thread
    _thread_id = _thread.get_ident
except ImportError:            # no threads: one repr guard is enough
    def _thread_id():
        return 0


def _tuple_of(names):
    """A function returning the tuple of those attributes of its argument;
    attrgetter is native, so comparisons and hashing stay cheap."""
    names = tuple(names)
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        only = names[0]
        return lambda obj: (getattr(obj, only),)
    return lambda obj: ()


def _has_default(f):
    return f.default is not _dc.MISSING or f.default_factory is not _dc.MISSING


def _default_of(f):
    if f.default_factory is not _dc.MISSING:
        return _dc._HAS_DEFAULT_FACTORY
    return f.default


_INIT_TEMPLATE = '''\
def __dc_make(__dc_factories, __dc_constants, __dc_unset, __dc_objset):
 def __init__({params}):
{body}
 return __init__
'''


def make_init(every, frozen, slots, post_init, module_globals):
    """__init__ for `every` field and InitVar in definition order.  Its
    parameters are the init=True ones, keyword-only ones after a '*'."""
    positional = [f for f in every if f.init and not f.kw_only]
    keyword = [f for f in every if f.init and f.kw_only]
    defaulted = False
    for f in positional:
        if _has_default(f):
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    me = '__dc_self' if any(f.name == 'self' for f in every) else 'self'
    params = [me] + [f.name for f in positional]
    if keyword:
        params += ['*'] + [f.name for f in keyword]

    factories = []
    constants = []
    body = []
    for f in every:
        if f._field_type is _dc._FIELD_INITVAR:
            continue                      # handed to __post_init__ only
        if f.default_factory is not _dc.MISSING:
            factories.append(f.default_factory)
            fresh = '__dc_factories[%d]()' % (len(factories) - 1)
            if f.init:
                value = '%s if %s is __dc_unset else %s' % (fresh, f.name, f.name)
            else:
                value = fresh
        elif f.init:
            value = f.name
        elif slots and f.default is not _dc.MISSING:
            # with __slots__ there is no class attribute to fall back on
            constants.append(f.default)
            value = '__dc_constants[%d]' % (len(constants) - 1)
        else:
            continue
        if frozen:
            body.append('__dc_objset(%s, %r, %s)' % (me, f.name, value))
        else:
            body.append('%s.%s = %s' % (me, f.name, value))
    if post_init:
        extra = [f.name for f in every if f._field_type is _dc._FIELD_INITVAR]
        body.append('%s.__post_init__(%s)' % (me, ', '.join(extra)))

    source = _INIT_TEMPLATE.format(
        params=', '.join(params),
        body='\n'.join('  ' + line for line in body or ['pass']))
    scratch = {}
    # compiled in the class's module, so annotations given as strings
    # resolve against its globals (typing.get_type_hints looks there)
    exec(source, module_globals, scratch)
    init = scratch['__dc_make'](tuple(factories), tuple(constants),
                                _dc._HAS_DEFAULT_FACTORY, object.__setattr__)
    init.__defaults__ = tuple(_default_of(f) for f in positional
                              if _has_default(f)) or None
    init.__kwdefaults__ = {f.name: _default_of(f) for f in keyword
                           if _has_default(f)} or None
    notes = {f.name: f.type for f in positional + keyword}
    notes['return'] = None
    init.__annotations__ = notes
    return init


_repr_busy = set()


def make_repr(names):
    def __repr__(self):
        key = (id(self), _thread_id())
        if key in _repr_busy:
            return '...'             # the object contains itself
        _repr_busy.add(key)
        try:
            inner = ', '.join('%s=%r' % (name, getattr(self, name)) for name in names)
        finally:
            _repr_busy.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, inner)
    return __repr__


_OPERATORS = {
    '__eq__': lambda a, b: a == b,
    '__lt__': lambda a, b: a < b,
    '__le__': lambda a, b: a <= b,
    '__gt__': lambda a, b: a > b,
    '__ge__': lambda a, b: a >= b,
}


def make_compare(method_name, names):
    """Compares the field values as tuples, for instances of one class only."""
    test = _OPERATORS[method_name]
    values = _tuple_of(names)

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(values(self), values(other))
    compare.__name__ = method_name
    return compare


def make_hash(names):
    values = _tuple_of(names)

    def __hash__(self):
        return hash(values(self))
    return __hash__


def make_frozen(cls, names):
    """__setattr__ and __delattr__ refusing changes to fields (and to any
    attribute of an instance of cls itself)."""
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise _dc.FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise _dc.FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


# -- the signature text for __doc__ ---------------------------------------

def _without_typing_prefix(text):
    """Drop 'typing.' from the start of every dotted name in text."""
    out = []
    i = 0
    size = len(text)
    while i < size:
        j = i
        while j < size and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j == i:
            out.append(text[i])
            i += 1
            continue
        word = text[i:j]
        out.append(word[7:] if word.startswith('typing.') else word)
        i = j
    return ''.join(out)


def format_annotation(note):
    """An annotation as inspect.signature shows it."""
    if getattr(note, '__module__', None) == 'typing':
        return _without_typing_prefix(repr(note))
    if isinstance(note, types.GenericAlias) or not isinstance(note, type):
        return repr(note)
    if note.__module__ == 'builtins':
        return note.__qualname__
    return '%s.%s' % (note.__module__, note.__qualname__)


_NO_DEFAULT = object()


def _parameter(name, notes, default=_NO_DEFAULT):
    text = name
    if name in notes:
        text += ': ' + format_annotation(notes[name])
    if default is not _NO_DEFAULT:
        text += (' = ' if name in notes else '=') + repr(default)
    return text


def _python_callable(obj):
    return obj if hasattr(obj, '__code__') else None


def _constructor_of(cls):
    """The function whose parameters a call of cls takes, as inspect picks
    it: a metaclass __call__, else the class's own __new__ or __init__,
    else inherited ones."""
    for meta in type(cls).__mro__:
        if meta is type:
            break
        if '__call__' in meta.__dict__:
            return _python_callable(meta.__dict__['__call__'])
    new = _python_callable(getattr(cls, '__new__', None))
    init = _python_callable(getattr(cls, '__init__', None))
    if new is not None and '__new__' in cls.__dict__:
        return new
    if init is not None and '__init__' in cls.__dict__:
        return init
    return new or init


def signature_text(cls):
    """'(x: int, y: int = 0)' for a class called as cls(x, y=0)."""
    fn = _constructor_of(cls)
    if fn is None:
        return '()'
    code = fn.__code__
    notes = getattr(fn, '__annotations__', None) or {}
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    parts = []
    # the first parameter (self or cls) is bound by the call
    for index in range(1, npos):
        if index >= first_default:
            parts.append(_parameter(names[index], notes, defaults[index - first_default]))
        else:
            parts.append(_parameter(names[index], notes))
        if index == code.co_posonlyargcount - 1:
            parts.append('/')
    rest = npos + nkw
    if code.co_flags & 0x04:          # *args
        parts.append('*' + _parameter(names[rest], notes))
        rest += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(_parameter(name, notes, kwdefaults.get(name, _NO_DEFAULT)))
    if code.co_flags & 0x08:          # **kwargs
        parts.append('**' + _parameter(names[rest], notes))
    text = '(%s)' % ', '.join(parts)
    if 'return' in notes and notes['return'] is not None:
        text += ' -> ' + format_annotation(notes['return'])
    return text
