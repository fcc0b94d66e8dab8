"""Enumerations: classes whose instances are a fixed set of named constants.

Written for pys from the documented behaviour of Python 3.11's enum module
(the library reference and the Enum HOWTO).  How it is put together:

* The body of an enum class runs in an _EnumDict.  Each assignment is
  classified on the spot (member, ignored name, ordinary attribute), since
  auto() has to know the values assigned before it and a clash has to be
  reported at the line that causes it.
* EnumType.__new__ takes the candidate members out of the namespace and
  builds the member objects from inside type.__new__ (see _MemberBuilder),
  so that they exist when __init_subclass__ runs.
* Flag and IntFlag, which add bit arithmetic, live in _enum_flag.
"""

import sys
import builtins as _bi
from types import MappingProxyType, DynamicClassAttribute
from _enum_dict import (_EnumDict, _name_kind, _split_names, _auto_null, auto,
                        member, nonmember)

__all__ = """
    EnumType EnumMeta Enum IntEnum StrEnum Flag IntFlag ReprEnum auto unique
    property verify member nonmember FlagBoundary STRICT CONFORM EJECT KEEP
    global_flag_repr global_enum_repr global_str global_enum EnumCheck
    CONTINUOUS NAMED_FLAGS UNIQUE pickle_by_global_name pickle_by_enum_name
""".split()

# Set once the corresponding classes exist; until then the machinery below
# is busy creating them and must not refer to them.
Enum = None
ReprEnum = None
_Flag = None


# -- small helpers -------------------------------------------------------

def _single_bit(num):
    return num != 0 and not (num & (num - 1))


def _bits(num):
    """The set bits of a non-negative int, lowest first, as ints."""
    while num:
        lowest = num & -num
        yield lowest
        num ^= lowest


def show_flag_values(value):
    return list(_bits(value))


def bin(num, max_bits=None):
    """Like the builtin bin(), but in two's complement with a sign digit
    first (0 positive, 1 negative), padded with that digit to max_bits."""
    width = num.bit_length()
    text = format(num % (1 << (width + 1)), '0%db' % (width + 1))
    sign, digits = text[0], text[1:]
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return '0b%s %s' % (sign, digits)


def _is_flag(cls):
    return _Flag is not None and issubclass(cls, _Flag)


class property(DynamicClassAttribute):
    """Attribute of enum members (name, value, ...).  On the class it yields
    the member of that name, if there is one, so a member may be called
    'name' or 'value' without losing the attribute on the others."""

    member = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            return self.member
        if instance is not None:
            found = ownerclass._member_map_.get(self.name)
            if found is not None:
                return found
        raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                '<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                '<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)


# -- building an enum class -----------------------------------------------

def _mixins(cls_name, bases):
    """Return (data type, enum base) for a new enumeration, rejecting bases
    that already have members and a last base that is not an enum."""
    if not bases:
        return object, None
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType) and getattr(klass, '_member_names_', None):
                raise TypeError('<enum %r> cannot extend %r' % (cls_name, klass))
    enum_base = bases[-1]
    if not isinstance(enum_base, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type(cls_name, bases) or object, enum_base


def _data_type(cls_name, bases):
    found = []
    for base in bases:
        plain_mixin = None
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is object:
                    continue
                supplier = klass._member_type_
            elif '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                # a subclass without its own __new__ still counts as the type
                supplier = plain_mixin or klass
            else:
                plain_mixin = plain_mixin or klass
                continue
            if supplier not in found:
                found.append(supplier)
            break
    if len(found) > 1:
        raise TypeError('too many data types for %r: %r' % (cls_name, set(found)))
    return found[0] if found else None


def _value_repr(bases):
    """How member values are shown in repr(): the data type's own __repr__."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                return klass._value_repr_
            if '__repr__' in klass.__dict__:
                return klass.__dict__['__repr__']
    return None


def _constructor(body, data_type, enum_base):
    """Return (callable creating member objects, keep it as __new_member__,
    pass the member's value to it)."""
    own = body.get('__new__')
    if isinstance(own, staticmethod):
        own = own.__func__
    if enum_base is None:
        return own or object.__new__, False, False
    make = own
    if make is None:
        trivial = (None.__new__, object.__new__, Enum.__new__)
        for attr in ('__new_member__', '__new__'):
            for owner in (data_type, enum_base):
                found = getattr(owner, attr, None)
                if found is not None and found not in trivial:
                    make = found
                    break
            if make is not None:
                break
        else:
            make = object.__new__
    use_args = make not in (Enum.__new__, object.__new__)
    return make, own is not None, use_args


class _MemberBuilder:
    """Placed in the namespace handed to type.__new__, which calls our
    __set_name__ with the new class before __init_subclass__ runs; that is
    the moment the members must come into existence."""

    def __init__(self, wanted):
        self.wanted = wanted
        self.error = None

    def __set_name__(self, enum_class, attr):
        delattr(enum_class, attr)
        try:
            for name, value in self.wanted:
                _add_member(enum_class, name, value)
        except BaseException as exc:
            self.error = exc
            raise


def _add_member(enum_class, name, raw):
    data_type = enum_class._member_type_
    args = raw if isinstance(raw, tuple) else (raw,)
    if data_type is tuple:
        args = (args,)
    make = enum_class._new_member_
    obj = make(enum_class, *args) if enum_class._use_args_ else make(enum_class)
    if not hasattr(obj, '_value_'):
        if data_type is object:
            obj._value_ = raw
        else:
            try:
                obj._value_ = data_type(*args)
            except Exception as exc:
                raise TypeError(
                    '_value_ not set in __new__, unable to create it') from exc
    value = obj._value_
    obj._name_ = name
    obj.__objclass__ = enum_class
    obj.__init__(*args)
    obj._sort_order_ = len(enum_class._member_names_)

    flag = _is_flag(enum_class)
    if flag:
        enum_class._flag_mask_ |= value
        if _single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1

    earlier = _lookup(enum_class, value)
    if earlier is not None:
        obj = earlier              # an alias: the name refers to the first member
    elif not flag or _single_bit(value):
        enum_class._member_names_.append(name)

    shadowed = _inherited_descriptor(enum_class, name)
    if shadowed is None:
        type.__setattr__(enum_class, name, obj)
    else:
        # keep the inherited attribute working on members, while the class
        # attribute gives the member
        redirect = property(shadowed.fget, shadowed.fset, shadowed.fdel)
        redirect.member = obj
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    enum_class._member_map_[name] = obj
    try:
        enum_class._value2member_map_.setdefault(value, obj)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _lookup(enum_class, value):
    """The member with this value, or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        pass
    for candidate in enum_class._member_map_.values():
        if candidate._value_ == value:
            return candidate
    return None


def _inherited_descriptor(enum_class, name):
    chosen = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, DynamicClassAttribute):
            return attr
        if all(hasattr(attr, a) for a in ('fget', 'fset', 'fdel')):
            chosen = attr
    return chosen


def _finish_methods(enum_class, own_names, bases, data_type, enum_base):
    """Settle __repr__, __str__, __format__ and __reduce_ex__.  Members must
    not show themselves the way their data type or object would; a ReprEnum
    on the other hand keeps the data type's str() and format()."""
    own_names = set(own_names)
    if ReprEnum in bases:      # (None while ReprEnum itself is made)
        if data_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '__format__' not in own_names:
            type.__setattr__(enum_class, '__format__', data_type.__format__)
            own_names.add('__format__')
        if '__str__' not in own_names:
            as_text = data_type.__str__
            if as_text is object.__str__:
                as_text = data_type.__repr__
            type.__setattr__(enum_class, '__str__', as_text)
            own_names.add('__str__')
    for attr in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if attr in own_names:
            continue
        current = getattr(enum_class, attr)
        if current == getattr(data_type, attr) or current == getattr(object, attr):
            type.__setattr__(enum_class, attr, getattr(enum_base, attr))


def _check_order(enum_class, order, flag):
    if isinstance(order, str):
        order = _split_names(order)
    if flag:
        # multi-bit flags are never listed, so they may be left out
        members = enum_class._member_map_
        order = [n for n in order
                 if n not in members or _single_bit(members[n]._value_)]
    if order != enum_class._member_names_:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (enum_class._member_names_, order))


def _member_pairs(names, enum_base, start):
    """(name, value) pairs from any form the functional API accepts."""
    if isinstance(names, str):
        names = _split_names(names)
    listed = isinstance(names, (tuple, list)) and len(names) > 0
    if listed and isinstance(names[0], str):
        pairs = []
        produced = []
        for index, name in enumerate(names):
            value = enum_base._generate_next_value_(name, start, index, produced[:])
            produced.append(value)
            pairs.append((name, value))
        return pairs
    pairs = []
    for entry in names or ():
        if isinstance(entry, str):
            pairs.append((entry, names[entry]))
        else:
            key, value = entry
            pairs.append((key, value))
    return pairs


def _refuse_pickling(self, proto):
    raise TypeError('%r cannot be pickled' % self)


class EnumType(type):
    """Metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_base = _mixins(cls, bases)[1]
        return _EnumDict(cls, getattr(enum_base, '_generate_next_value_', None))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False,
                **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        if not isinstance(classdict, _EnumDict):
            namespace = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                namespace[key] = value
            classdict = namespace
        data_type, enum_base = _mixins(cls, bases)
        body = dict(classdict)
        for name in body.pop('_ignore_', ()):
            body.pop(name, None)
        order = body.pop('_order_', None)
        wanted = [(name, body.pop(name)) for name in classdict.candidates]
        bad = sorted(name for name, _ in wanted if name in ('mro', ''))
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(name) for name in bad))
        make, keep_new, use_args = _constructor(body, data_type, enum_base)
        flag = any(_is_flag(base) for base in bases)
        body.update(
            _new_member_=make, _use_args_=use_args, _member_names_=[],
            _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
            _member_type_=data_type, _value_repr_=_value_repr(bases))
        if flag:
            body.update(
                _boundary_=boundary or getattr(enum_base, '_boundary_', None),
                _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        builder = _MemberBuilder(wanted)
        if wanted:
            body['_enum_member_builder_'] = builder
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError:
            # type.__new__ wraps what __set_name__ raised; report the original
            if builder.error is None:
                raise
        if builder.error is not None:
            raise builder.error

        if enum_base is not None:
            _finish_methods(enum_class, classdict, bases, data_type, enum_base)
            if keep_new:
                type.__setattr__(enum_class, '__new_member__', make)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if flag:
            values = [obj._value_ for obj in enum_class]
            if values != sorted(values):
                # name combined flags in the order the members were written
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if order is not None:
            _check_order(enum_class, order, flag)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Look a member up by value, or with `names` create a new enum."""
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        return cls.__new__(cls, value)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                'in 3.12 __contains__ will no longer raise TypeError, but will '
                'return True or\nFalse depending on whether the value is a '
                'member or the value of a member', DeprecationWarning,
                stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (_bi.type(member).__qualname__,
                               _bi.type(cls).__qualname__))
        if not isinstance(member, cls):
            return False
        return member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # only reached when normal lookup fails, e.g. for a member hidden
        # behind an enum.property with no member attached
        if _name_kind('', name) != 'dunder':
            found = cls.__dict__.get('_member_map_', {}).get(name)
            if found is not None:
                return found
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        members = cls._member_map_
        return (members[name] for name in cls._member_names_)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_bi.property
    def __members__(cls):
        """Read-only mapping of every member name, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return '<%s %r>' % ('flag' if _is_flag(cls) else 'enum', cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and its variants."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        enum_base = _mixins(class_name, bases)[1]
        namespace = metacls.__prepare__(class_name, bases)
        for name, value in _member_pairs(names, enum_base, start):
            namespace[name] = value
        if module is None:
            # the caller's module: two frames up, past __call__
            try:
                caller = sys._getframe(2)
                module = caller.f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            namespace['__reduce_ex__'] = _refuse_pickling
            namespace['__module__'] = '<unknown>'
        else:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace,
                               boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Make an enum from the module-level constants of `module` (or of
        `source`) whose names pass `filter`, and install it there."""
        target = sys.modules[module].__dict__
        table = source.__dict__ if source else target
        chosen = [(key, val) for key, val in table.items() if filter(key)]
        try:
            chosen.sort(key=lambda kv: (kv[1], kv[0]))
        except TypeError:
            chosen.sort(key=lambda kv: kv[0])
        new = cls(name, chosen, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(new)
        else:
            target.update(new.__members__)
        target[name] = new
        return new

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        data_type, enum_base = _mixins(class_name, bases)
        return data_type, enum_base or Enum


EnumMeta = EnumType


# -- the base classes -----------------------------------------------------

def _via_missing(cls, value):
    """Ask cls._missing_ for a member; fail the way the docs describe."""
    problem = None
    try:
        result = cls._missing_(value)
    except Exception as exc:
        problem, result = exc, None
    if isinstance(result, cls):
        return result
    if (isinstance(result, int) and _is_flag(cls)
            and cls._boundary_ is FlagBoundary.EJECT):
        return result
    invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if problem is None:
        if result is None:
            raise invalid
        problem = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
    if not isinstance(problem, ValueError):
        problem.__context__ = invalid
    raise problem


class Enum(metaclass=EnumType):
    """Base class of enumerations.  Subclass it and assign members in the
    body, or call it: Enum('Color', 'RED GREEN BLUE')."""

    def __new__(cls, value):
        # members are made when the class is; this only looks them up
        if type(value) is cls:
            return value
        found = _lookup(cls, value)
        if found is not None:
            return found
        return _via_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """One more than the latest value; `start` for the first member."""
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            ranked = sorted(last_values)
        except TypeError:
            ranked = None
        if ranked is not None and ranked[-1] == newest:
            try:
                return newest + 1
            except TypeError:
                pass
        import warnings
        warnings.warn(
            'In 3.13 the default `auto()`/`_generate_next_value_` will require '
            'all values to be sortable and support adding +1\nand the value '
            'returned will be the largest value in the enum incremented by 1',
            DeprecationWarning, stacklevel=5)
        for earlier in reversed(ranked if ranked is not None else last_values):
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        cls = type(self)
        shown = (cls._value_repr_ or repr)(self._value_)
        return '<%s.%s: %s>' % (cls.__name__, self._name_, shown)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        cls = type(self)
        members = cls._member_map_
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                     'name', 'value'}
        else:
            names = set(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_')
        for klass in cls.__mro__:
            for attr, obj in klass.__dict__.items():
                if attr[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or attr not in members:
                        names.add(attr)
                    else:
                        names.discard(attr)
                elif attr not in members:
                    names.add(attr)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    # members are singletons
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose members print (str() and format()) as their data type
    would; only repr() shows the enum."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints as well."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs as well; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        wording = ('encoding must be a string, not %r',
                   'errors must be a string, not %r')
        for template, arg in zip(wording, values[1:]):
            if not isinstance(arg, str):
                raise TypeError(template % (arg,))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member covers."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class EnumCheck(StrEnum):
    """The constraints verify() can enforce."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


from _enum_flag import Flag, IntFlag  # noqa: E402  (builds on the above)
from _enum_tools import (  # noqa: E402
    unique, verify, global_enum_repr, global_flag_repr, global_str, global_enum,
    pickle_by_global_name, pickle_by_enum_name, _reduce_ex_by_global_name,
    _simple_enum)
