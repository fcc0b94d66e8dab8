"""Rational numbers (https://docs.python.org/3.11/library/fractions.html).

The Fraction type is native (_fractions) for speed; this module is its
public face. Where a numbers module exists, Fraction is registered as a
numbers.Rational so that isinstance checks against the numeric tower hold.
"""

from _fractions import Fraction

__all__ = ['Fraction']

try:
    import numbers as _numbers
except ImportError:
    pass
else:
    _numbers.Rational.register(Fraction)
    del _numbers
