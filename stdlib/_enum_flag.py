"""Flag and IntFlag, the enumerations whose members are bit flags.

Part of the enum module (which re-exports both).  A Flag value that is not
a member itself -- a combination such as R|W, or zero -- gets a pseudo-
member made on first use by Flag._missing_ and cached when every one of its
bits is named.  The class's _boundary_ decides what happens to bits no
member covers: STRICT rejects them, CONFORM drops them, EJECT returns a
plain int and KEEP keeps them, shown as a number in the name.
"""

import enum as _core
from enum import Enum, ReprEnum, STRICT, CONFORM, EJECT, KEEP, bin, _bits


def _bits_of(flag, other):
    """The int value of the other operand of a bit operation, or None when
    the operation is not ours to do."""
    if isinstance(other, type(flag)):
        return other._value_
    data_type = flag._member_type_
    if data_type is not object and isinstance(other, data_type):
        return other
    return None


def _name_for(cls, value):
    """Return (name, bits left unnamed) for a pseudo-member: the single-bit
    members first, then any multi-bit members the value contains."""
    chosen = [m for m in cls._iter_member_(value & cls._singles_mask_)]
    covered = 0
    for obj in chosen:
        covered |= obj._value_
    if value & ~cls._singles_mask_:
        for obj in cls._member_map_.values():
            bits = obj._value_
            if bits and bits & value == bits and all(obj is not c for c in chosen):
                chosen.append(obj)
                covered |= bits
    leftover = value ^ covered
    if not covered:
        return None, leftover
    if leftover and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, leftover))
    name = '|'.join(obj._name_ for obj in chosen)
    if leftover:
        name += '|' + cls._numeric_repr_(leftover)
    return name, leftover


class Flag(Enum, boundary=STRICT):
    """Enum of bit flags, combined with |, & and ^ and inverted with ~."""
    __module__ = 'enum'

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The power of two just above the largest value so far."""
        if not count:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            width = largest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % (largest,)) from None
        return 1 << width

    @classmethod
    def _iter_member_by_value_(cls, value):
        lookup = cls._value2member_map_
        for bit in _bits(value & cls._flag_mask_):
            found = lookup.get(bit)
            if found is not None:
                yield found

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        found = list(cls._iter_member_by_value_(value))
        found.sort(key=lambda obj: obj._sort_order_)
        return iter(found)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        named = cls._flag_mask_
        every = cls._all_bits_
        rule = cls._boundary_
        # bits beyond the highest member, or gaps below it that nothing names
        outside = not -every - 1 <= value <= every or value & (every ^ named)
        if outside:
            if rule is STRICT:
                width = max(value.bit_length(), named.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(named, width)))
            if rule is CONFORM:
                value &= named
            elif rule is EJECT:
                return value
            elif rule is KEEP:
                if value < 0:
                    value += max(every + 1, 1 << value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, rule))
        asked = value
        if value < 0:
            # two's complement within the bits the members span
            value += every + 1
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_, leftover = _name_for(cls, value)
        if not leftover:
            cache = cls._value2member_map_
            pseudo = cache.setdefault(value, pseudo)
            if asked != value:
                cache[asked] = pseudo
        return pseudo

    def __repr__(self):
        cls = type(self)
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, shown)
        return '<%s.%s: %s>' % (cls.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _bits_of(self, other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = _bits_of(self, other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = _bits_of(self, other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    # all three are symmetric
    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            cls = type(self)
            if cls._boundary_ in (EJECT, KEEP):
                flipped = cls(~self._value_)
            else:
                flipped = cls(cls._singles_mask_ & ~self._value_)
            self._inverted_ = flipped
        return self._inverted_


# Flag could not be recognised as a flag class while it was being created
Flag._boundary_ = STRICT
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0
Flag._inverted_ = None
_core._Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints as well; unknown bits are kept."""
    __module__ = 'enum'

    # int comes first in the MRO, but the results must stay IntFlags
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
