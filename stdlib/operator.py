"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.
"""

# The functions and the getter classes are native (_operator); this layer
# names the public API and adds the dunder spellings of each function.
from _operator import *
from _operator import (
    lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, add, and_,
    floordiv, index, inv, invert, lshift, mod, mul, matmul, neg, or_, pos,
    pow, rshift, sub, truediv, xor, concat, contains, countOf, delitem,
    getitem, indexOf, setitem, length_hint, call, attrgetter, itemgetter,
    methodcaller, iadd, iand, iconcat, ifloordiv, ilshift, imod, imul,
    imatmul, ior, ipow, irshift, isub, itruediv, ixor,
)

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs

for _name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'abs', 'add', 'and', 'floordiv',
              'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg',
              'or', 'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat',
              'contains', 'delitem', 'getitem', 'setitem', 'iadd', 'iand',
              'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'imatmul',
              'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor', 'call'):
    globals()['__%s__' % _name] = globals()[_name + '_' if _name in ('and', 'or') else _name]
__not__ = not_
del _name
