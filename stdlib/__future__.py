"""The table of `from __future__ import X` features.

Every feature is a _Feature recording the release that first accepted the
import, the release where the behaviour became the default (None if it has
not been scheduled), and the compiler flag the import sets on code objects.
Importing a name from here is how a program checks that the running
interpreter knows the feature at all.
"""

# Compiler flags, with CPython's numeric values so that code comparing
# code.co_flags against them keeps working.
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """One entry of the table; release tuples look like sys.version_info."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The first release in which the feature could be imported."""
        return self.optional

    def getMandatoryRelease(self):
        """The release in which the feature becomes (or became) the
        default, or None when no such release is planned."""
        return self.mandatory

    def __repr__(self):
        fields = (self.optional, self.mandatory, self.compiler_flag)
        return f"_Feature{fields!r}"


def _table():
    # (name, first release, mandatory release, flag), in the order the
    # features were introduced; that order is all_feature_names's order.
    yield "nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED
    yield "generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED
    yield "division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION
    yield "absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT
    yield "with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT
    yield "print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION
    yield "unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS
    yield "barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL
    yield "generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP
    yield "annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS


all_feature_names = []
for _name, _first, _default, _flag in _table():
    globals()[_name] = _Feature(_first, _default, _flag)
    all_feature_names.append(_name)
del _name, _first, _default, _flag, _table

__all__ = ["all_feature_names", *all_feature_names]
