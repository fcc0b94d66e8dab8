"""Decorators and helpers of the enum module: unique, verify, global_enum
and friends, the pickling helpers and _simple_enum.  Split from enum.py to
keep that file to the class machinery; enum re-exports all of it."""

import sys
from enum import (Enum, ReprEnum, UNIQUE, CONTINUOUS, NAMED_FLAGS, _is_flag,
                  _bits, _single_bit)


def _aliases(enumeration):
    return ', '.join('%s -> %s' % (name, obj._name_)
                     for name, obj in enumeration.__members__.items()
                     if name != obj._name_)


def unique(enumeration):
    """Class decorator: fail if any value has more than one name."""
    found = _aliases(enumeration)
    if found:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, found))
    return enumeration


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if _is_flag(enumeration):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                found = _aliases(enumeration)
                if found:
                    raise ValueError('aliases found in %r: %s' % (enumeration, found))
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_continuous(enumeration, kind):
    values = {obj._value_ for obj in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        expected = [1 << i for i in range(low.bit_length(), high.bit_length() - 1)]
    else:
        expected = range(low + 1, high)
    gaps = [str(v) for v in expected if v not in values]
    if gaps:
        text = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(gaps))
        raise ValueError(text[:256])   # bounded, whatever the gap


def _verify_named_flags(enumeration):
    canonical = enumeration._member_names_
    named = [obj._value_ for obj in enumeration]
    culprits = []
    unnamed = 0
    for name, obj in enumeration._member_map_.items():
        if name in canonical or obj._value_ < 0:
            continue
        lacking = [bit for bit in _bits(obj._value_) if bit not in named]
        if lacking:
            culprits.append(name)
            for bit in lacking:
                unnamed |= bit
    if not culprits:
        return
    if len(culprits) == 1:
        who = 'alias %s is missing' % culprits[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]),
                                                culprits[-1])
    if _single_bit(unnamed):
        what = 'value 0x%x' % unnamed
    else:
        what = 'combined values of 0x%x' % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                     'for details]' % (enumeration.__name__, who, what))


def _module_tail(obj):
    return type(obj).__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME."""
    return '%s.%s' % (_module_tail(self), self._name_)


def global_flag_repr(self):
    """repr() of a global flag: module.A|module.B, unnamed bits as numbers."""
    prefix = _module_tail(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (prefix, type(self).__name__, self._value_)
    parts = self._name_.split('|')
    return '|'.join(p if p[:1].isdigit() else prefix + '.' + p for p in parts)


def global_str(self):
    """str() of a member of a global enum: just its name."""
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: export the members into the enum's module and show
    them as module-level names."""
    cls.__repr__ = global_flag_repr if _is_flag(cls) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    # the member is a module-level name of its own
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # look the member up by name on its class
    return getattr, (type(self), self._name_)


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator for library enums: turn a plain class into an
    enumeration of type `etype`, its public attributes becoming members."""
    def convert(plain):
        metacls = type(etype)
        bases = (etype,)
        namespace = metacls.__prepare__(plain.__name__, bases)
        for key, value in plain.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                namespace[key] = value
        namespace['__qualname__'] = plain.__qualname__
        return metacls.__new__(metacls, plain.__name__, bases, namespace,
                               boundary=boundary)
    return convert


# report the public names as enum's, where users meet them
for _obj in (unique, verify, global_enum_repr, global_flag_repr, global_str,
             global_enum, pickle_by_global_name, pickle_by_enum_name):
    _obj.__module__ = 'enum'
del _obj
