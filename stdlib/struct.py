"""Conversions between Python values and C structs held in bytes.

A format string gives the layout: an optional first character for byte
order, size and alignment ('@' native, '=' native order with standard
sizes, '<' little-endian, '>' and '!' big-endian), then type codes, each
optionally preceded by a repeat count: x pad byte, c char, b/B signed and
unsigned byte, ? bool, h/H short, i/I int, l/L long, q/Q long long, n/N
ssize_t/size_t and P pointer (native only), e/f/d half, single and double
floats, s bytes and p Pascal string (the count is their length).
Whitespace between codes is ignored. Errors raise struct.error.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]

from _struct import *
from _struct import _clearcache
